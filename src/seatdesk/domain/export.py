"""CSV export that Excel opens correctly in each language (no Qt, no database)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

#: Cells starting with these are formulas to a spreadsheet (CSV injection); tab and CR too, "|" (DDE) and
#: the full-width forms some spreadsheets read as the ASCII ones (＝ ＋ － ＠ ｜).
FORMULA_STARTS = ("=", "+", "-", "@", "|", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20", "\uff5c")


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe, so it shows as text."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def delimiter_for(decimal_mark: str) -> str:
    """Excel splits CSV on the list separator of the system's locale: ``;`` where the decimal mark is a comma."""
    return ";" if decimal_mark == "," else ","


def csv_bytes(headers: Sequence[str], rows: Iterable[Sequence[str]], decimal_mark: str) -> bytes:
    """UTF-8 with a byte order mark (so Excel reads accents), CRLF line ends, every cell neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter_for(decimal_mark), lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in headers])
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig")
