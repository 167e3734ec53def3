"""Reading the users to add (R20): typed or pasted addresses, a CSV file, a Salesforce users export.

Plain Python, no database: this module turns text or file bytes into ``Candidate`` rows with the
line each one came from; ``services.users.check_new_users`` then checks them against the account.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Msg, Nn_

MAX_CSV_USERS = 100

#: Where a candidate came from (shown in the problems table).
TYPED, CSV_FILE, SALESFORCE = "typed", "csv", "salesforce"
SOURCE_LABELS = {
    TYPED: N_("Add email address(es)"),
    CSV_FILE: N_("A CSV file"),
    SALESFORCE: N_("Salesforce records"),
}

NEEDS_EMAIL_COLUMN = N_("Your CSV file needs an Email column with your users' email addresses.")
CSV_LIMIT = Nn_("This file lists {n} user. You can add up to 100 users per CSV import. For more, run several imports.",
                "This file lists {n} users. You can add up to 100 users per CSV import. For more, run several imports.")


@dataclass(frozen=True)
class Candidate:
    """One user to add, as read: ``line`` is the line of the text box or of the file (header = line 1)."""

    source: str
    line: int
    email: str
    first_name: str = ""
    last_name: str = ""



#: The csv module's English errors, as a reason inside a translated sentence.
_CSV_REASONS = (
    ("line contains nul", N_("the line holds a NUL character, as a spreadsheet or binary file does")),
    ("field larger than field limit", N_("a field is too long")),
    ("unexpected end of data", N_("the file ends inside a quoted field")),
    ("new-line character seen in unquoted field", N_("a line break is inside an unquoted field")),
)


def _csv_reason(error: csv.Error) -> Msg:
    text = str(error).casefold()
    for start, reason in _CSV_REASONS:
        if start in text:
            return Msg(reason)
    return Msg(N_("the quotes or separators do not match"))

def _key(header: str) -> str:
    """A header reduced to its letters, without accents or case: 'Adresse e-mail' -> 'adresseemail'."""
    text = unicodedata.normalize("NFKD", header).encode("ascii", "ignore").decode().casefold()
    return re.sub(r"[^a-z0-9]", "", text)


#: Column headers in EN/FR/DE/NL as spreadsheets and exports name them, reduced with ``_key``.
EMAIL_HEADERS = frozenset(map(_key, (
    "Email", "E-mail", "E-Mail", "Email address", "E-mail address", "Mail", "Courriel", "Adresse e-mail",
    "Adresse électronique", "Adresse courriel", "Adres e-mail", "E-Mail-Adresse", "Emailadresse", "Mailadresse",
    "E-mailadres", "Emailadres", "Mailadres", "Work Email", "Work email address", "Business email",
)))
FIRST_NAME_HEADERS = frozenset(map(_key, (
    "First name", "FirstName", "Given name", "Prénom", "Vorname", "Voornaam",
)))
LAST_NAME_HEADERS = frozenset(map(_key, (
    "Last name", "LastName", "Surname", "Family name", "Nom", "Nom de famille", "Nachname", "Familienname",
    "Achternaam",
)))

_SEPARATORS = re.compile(r"[,;\s]+")
_TRIM = "<>\"'()[]"
#: A word of a name column: "Anna", "Jean-Luc", "O'Neil", "J." (no digit, no @, no inner period).
_NAME = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?")


def split_addresses(text: str) -> list[Candidate]:
    """Addresses separated by comma, space, semicolon or line break (R20), each with its line.

    Pasted spreadsheet rows keep working: on a line that holds an address, words that read as
    names (letters, inner hyphens or apostrophes, an initial's period) are taken as other columns
    and left out; every other word is kept and reported by the check ("bob(at)x.com", "x.com"),
    and a line with no @ at all is reported word by word, so no typed word is silently dropped.
    """
    result = []
    for number, line in enumerate(text.splitlines(), start=1):
        words = [w.strip(_TRIM) for w in _SEPARATORS.split(line)]
        words = [w for w in words if w]
        with_at = [w for w in words if "@" in w]
        if with_at:  # the other words are left out only when they read as names, never a mistyped address
            words = [w for w in words if "@" in w or not _NAME.fullmatch(w)]
        result += [Candidate(TYPED, number, w) for w in words]
    return result


#: A users file above this is no list of 100 users (a few kilobytes): refused before it is read.
MAX_FILE_BYTES = 5_000_000
#: A header cell longer than this is no column name: not normalised (a 10 MB cell would be, per lookup).
MAX_HEADER_CELL = 100
UNREADABLE_TEXT = N_("The file can't be read as text: it is neither UTF-8, UTF-16 nor Windows-1252. Save it as "
                     "CSV UTF-8 in your spreadsheet, then choose it again.")


def decode(data: bytes) -> str:
    """Text of a file as Excel saves it: UTF-8 with or without BOM, UTF-16 (Unicode text, with or without
    BOM, little or big endian), else Windows-1252.

    Raises:
        DomainError: UTF-16 that doesn't decode (an odd byte count, a lone surrogate).
    """
    try:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return data.decode("utf-16")
        if data.startswith(b"\xef\xbb\xbf"):
            return data[3:].decode("utf-8", errors="replace")
        if len(data) > 3 and data[1:2] == b"\x00" and data[3:4] == b"\x00":
            return data.decode("utf-16-le")
        if len(data) > 3 and data[0:1] == b"\x00" and data[2:3] == b"\x00":
            return data.decode("utf-16-be")
    except UnicodeDecodeError:
        raise DomainError(UNREADABLE_TEXT, code="not_text") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(header_line: str) -> str:
    """Comma, semicolon or tab: the one the header row uses most outside quotes (comma when none)."""
    counts = {",": 0, ";": 0, "\t": 0}
    quoted = False
    for char in header_line:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(counts, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


def _first_line(text: str) -> str:
    """The header row, which may hold quoted line breaks."""
    quoted, end = False, len(text)
    for index, char in enumerate(text):
        if char == '"':
            quoted = not quoted
        elif char in "\r\n" and not quoted:
            end = index
            break
    return text[:end]


def _column(keys: list[str], names: frozenset[str]) -> int | None:
    return next((i for i, key in enumerate(keys) if key in names), None)


def read_table(data: bytes, max_bytes: int = MAX_FILE_BYTES,
               too_big: str = N_("The file is too big for a users import (more than {size} MB): a CSV file of 100 users "
                                 "is a few kilobytes. Choose the right file, or split it.")
               ) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The header cells and the rows (line of the file where each ends, cells) of a CSV file as Excel and
    exports save it: UTF-8 with or without BOM, UTF-16, Windows-1252; comma, semicolon or tab, read from
    the header row. Blank rows are left out.

    Raises:
        DomainError: a workbook, above ``max_bytes`` (``too_big`` says so, with ``size`` in MB), not text,
            empty, or not CSV (with the line).
    """
    if data.startswith(b"PK\x03\x04"):
        raise DomainError(N_("This is an Excel workbook, not a CSV file. In Excel, save it as CSV, then choose the CSV file."),
                          code="not_csv")
    if len(data) > max_bytes:
        raise DomainError(too_big, code="file_too_big", size=max_bytes // 1_000_000)
    text = decode(data)
    if not text.strip():
        raise DomainError(N_("The file is empty."), code="empty_file")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(_first_line(text)),
                        quotechar='"', doublequote=True)
    rows = []
    started = 1  # the line where the row being read starts
    try:
        header = next(reader)
        started = reader.line_num + 1
        for row in reader:
            if any(c.strip() for c in row):
                rows.append((reader.line_num, row))
            last_start, started = started, reader.line_num + 1
    except csv.Error as error:
        raise DomainError(N_("The file can't be read as CSV (line {line}: {reason})."), code="bad_csv",
                          line=reader.line_num, reason=_csv_reason(error)) from None
    # A quote opened and never closed takes the rest of the file into one cell, silently: say where it opened.
    if rows and rows[-1][0] > last_start and text.count('"') % 2:
        raise DomainError(N_("The file can't be read as CSV (line {line}: {reason})."), code="bad_csv",
                          line=last_start, reason=_csv_reason(csv.Error("unexpected end of data")))
    return header, rows


def header_keys(header: list[str]) -> list[str]:
    """Each header cell reduced with ``_key`` (a cell too long to be a column name gives "")."""
    return [_key(cell) if len(cell) <= MAX_HEADER_CELL else "" for cell in header]


def read_users_file(data: bytes, source: str = CSV_FILE) -> list[Candidate]:
    """The users of a CSV file with an Email column (R20); a Salesforce export has the same shape.

    Raises:
        DomainError: not a text table, no Email column, or more than 100 users in a CSV import.
    """
    header, table = read_table(data)
    keys = header_keys(header)
    email_col = _column(keys, EMAIL_HEADERS)
    if email_col is None:
        raise DomainError(NEEDS_EMAIL_COLUMN, code="no_email_column")
    first_col = _column(keys, FIRST_NAME_HEADERS)
    last_col = _column(keys, LAST_NAME_HEADERS)

    def cell(row: list[str], col: int | None) -> str:
        return row[col].strip() if col is not None and col < len(row) else ""

    rows = [Candidate(source, line, cell(row, email_col), cell(row, first_col), cell(row, last_col))
            for line, row in table]
    if source == CSV_FILE and len(rows) > MAX_CSV_USERS:
        raise DomainError(CSV_LIMIT, code="too_many_rows", n=len(rows))
    return rows
