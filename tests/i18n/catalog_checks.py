"""Checks a native translator makes on a catalog, written as functions the tests run.

Each check takes a language and a list of ``Entry`` (the msgid forms and the msgstr forms of
one message) and returns a list of human-readable problems; the tests assert it is empty, and
prove, on an altered in-memory copy, that the check does report what it should.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"
NNBSP = "\u202f"


@dataclass(frozen=True)
class Entry:
    ids: tuple[str, ...]
    strings: tuple[str, ...]

    @property
    def key(self) -> str:
        return self.ids[0]


def load_entries(language: str) -> list[Entry]:
    path = ROOT / "translations" / language / "LC_MESSAGES" / "seatdesk.po"
    with path.open("rb") as fh:
        catalog = read_po(fh, locale=language)
    entries = []
    for message in catalog:
        if not message.id:
            continue
        ids = tuple(message.id) if isinstance(message.id, tuple | list) else (message.id,)
        strings = tuple(message.string) if isinstance(message.string, tuple | list) else (message.string,)
        entries.append(Entry(ids, strings))
    return entries


def terminology() -> list[dict[str, str]]:
    with (ROOT / "translations" / "terminology.tsv").open(encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("".join(rows)), delimiter="\t"))


# -- French spacing --------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[a-z_]*\}|\[#\]")
_IGNORED = re.compile(
    r"[a-z][a-z0-9+.-]*://\S*"        # URLs
    r"|\b\d{1,2}:\d{2}\b"             # times such as 10:30
    r"|\(\*[^)]*\)(;;)?"              # Qt file-dialog filters: (*.csv);;
    r"|;;"
)


def _without_ignored(text: str) -> str:
    # Placeholders (with a format spec such as {amount:>8} too) count as a word.
    return _IGNORED.sub(" ", re.sub(r"\{[^{}]*\}", "X", text))


def french_spacing_problems(entries: list[Entry]) -> list[str]:
    """Before : ; ? ! and inside « », French puts a no-break space (U+00A0 or U+202F)."""
    problems = []
    for entry in entries:
        for text in entry.strings:
            clean = _without_ignored(text)
            for match in re.finditer(r"[:;?!]", clean):
                i = match.start()
                before = clean[i - 1] if i else ""
                if before in (NBSP, NNBSP) or before in ":;?!":
                    continue
                if i == 0:
                    continue
                kind = "a plain space" if before == " " else "no space"
                problems.append(f"{entry.key!r}: {kind} before {match.group()!r} in {text!r}")
            for match in re.finditer("«(.)", clean):
                if match.group(1) not in (NBSP, NNBSP):
                    problems.append(f"{entry.key!r}: no no-break space after « in {text!r}")
            for match in re.finditer("(.)»", clean):
                if match.group(1) not in (NBSP, NNBSP):
                    problems.append(f"{entry.key!r}: no no-break space before » in {text!r}")
    return problems


# -- quotation marks ---------------------------------------------------------------------

_ASCII_SINGLE_QUOTED = re.compile(r"(?<![\w'])'(?=[\w{…])[^'\n]*?[\w.…!?}]'(?![\w'])")
_ASCII_DOUBLE = re.compile('"')
_QUOTES_ALLOWED = {
    "fr": "«»",
    "de": "„“",
    "nl": "‘’",
}


def quote_problems(language: str, entries: list[Entry]) -> list[str]:
    """French quotes with « », German with „…“, Dutch with ‘…’: never English-style quotes."""
    problems = []
    for entry in entries:
        for text in entry.strings:
            clean = PLACEHOLDER.sub("X", text)
            if _ASCII_DOUBLE.search(clean):
                problems.append(f"{entry.key!r}: straight double quote in {text!r}")
            if _ASCII_SINGLE_QUOTED.search(clean):
                problems.append(f"{entry.key!r}: 'single-quoted' text in {text!r}")
            if language == "fr" and re.search("[“”‘]", clean):
                problems.append(f"{entry.key!r}: English curly quotes in a French text {text!r}")
            if language == "nl" and re.search("[“”„]", clean):
                problems.append(f"{entry.key!r}: double quotes in a Dutch text (use ‘…’) {text!r}")
            if language == "de":
                if "”" in clean or "‘" in clean:
                    problems.append(f"{entry.key!r}: English quotes in a German text (use „…“) {text!r}")
                if clean.count("„") != clean.count("“"):
                    problems.append(f"{entry.key!r}: unbalanced „…“ in {text!r}")
    return problems


# -- terminology -----------------------------------------------------------------------

#: Glossary concepts checked inside longer messages (terminology.tsv keys; a row ``key~form``
#: adds an inflected or compound form of the concept ``key``). A message whose
#: English contains the term must contain the language's term (or one of its listed forms).
INSIDE_KEYS = (
    "seat.noun", "seat.noun_plural", "seat.paid", "seat.paid_plural", "seat.unassigned",
    "seat.unassigned_plural", "seat.core", "seat.view_only", "seat.sales", "seat.service",
    "seat.partner", "seat.sales_or_service", "seat.additional", "seat.included", "seat.paid_users",
    "seat.model", "seat.type", "nav.users_teams", "nav.account_billing",
    "billing.renewal_date", "billing.downgrade", "billing.subscription", "billing.subscription_plural",
    "billing.billing", "billing.billing_period", "perm.modify_billing", "perm.add_edit_users",
    "perm.permission", "perm.permission_set", "perm.permission_sets", "users.manage_paid_users", "legacy.checkout",
    "user.super_admin", "ui.outbox", "ui.planning_date", "ui.invite_link", "ui.price_catalog",
    "ui.acting_as",
)

#: Ends a term may take in each language (plural, case, compound): German and Dutch compounds
#: hold the term anywhere (Benutzerlizenztyp, gebruikersmachtigingen), so any letters may
#: come before or after it there.
_SUFFIX = {"fr": r"(?:s|es|x)?\b", "de": r"", "nl": r""}

FORBIDDEN = {
    "fr": [
        (r"\bsièges?\b", "siège (use licence)"),
        (r"(?<!à la )(?<!en )(?<!sur )\bplaces?\b(?! de (?:marché|travail))", "place (use licence)"),
        (r"\b(?:dés|ré)?affect(?:er|ez|é|ée|és|ées|ation|ations)\b(?! de prospects)",
         "affecter / désaffecter (use attribuer / désattribuer)"),
        (r"\bpermissions?\b", "permission (use autorisation)"),
        (r"\bdéclassement\b", "déclassement (use rétrogradation)"),
    ],
    "de": [
        (r"\bSitzpl(?:a|ä)tz\w*", "Sitzplatz (use Benutzerlizenz)"),
        (r"\bNutzer\w*", "Nutzer (use Benutzer)"),
        (r"\bKont(?:o|os|en)\b", "Konto (use Account)"),
        (r"\bAuschecken\b", "Auschecken (use Checkout)"),
        (r"\bRechnungsstellung\b", "Rechnungsstellung (use Abrechnung)"),
    ],
    "nl": [
        (r"\bzitplaats\w*", "zitplaats (use seat)"),
        (r"\bstoel(?:en)?\b", "stoel (use seat)"),
        (r"\bplaatsen\b", "plaatsen (use seats)"),
        (r"\b(?:u|uw)\b", "u/uw (this app says je/jij)"),
        (r"\boutbox\b", "outbox (use Postvak UIT)"),
    ],
}


def _en_pattern(term: str) -> re.Pattern:
    words = re.escape(term)
    # English plural of the last word: seat / seats, subscription / subscriptions.
    return re.compile(rf"(?<![\w-]){words}(?:s)?(?![\w-])", re.IGNORECASE)


def _form_pattern(language: str, form: str) -> re.Pattern:
    # German compounds hold the term anywhere (Sales Hub-Lizenz, Abrechnungszeitraum).
    start = r"(?<![\w])" if language == "fr" else ""
    return re.compile(rf"{start}{re.escape(form)}{_SUFFIX[language]}", re.IGNORECASE)


def _terms(language: str, rows: list[dict[str, str]], keys) -> list[tuple[str, list[str]]]:
    """(English term, accepted forms) for each concept, longest English term first."""
    wanted = set(keys)
    by_en: dict[str, list[str]] = {}
    for row in rows:
        if row["key"].split("~")[0] not in wanted:
            continue
        by_en.setdefault(row["en"].casefold(), []).append(row[language])
    # A plural row ("paid seats") is a form of its singular concept ("paid seat"): the English
    # pattern matches both, so the translation may use either.
    for en in [en for en in by_en if en.endswith("s") and en[:-1] in by_en]:
        by_en[en[:-1]].extend(by_en.pop(en))
    return sorted(by_en.items(), key=lambda item: -len(item[0]))


def term_problems(language: str, entries: list[Entry], rows: list[dict[str, str]] | None = None,
                  keys=INSIDE_KEYS) -> list[str]:
    """A glossary term inside a longer message (or a plural form) is translated with the glossary's term.

    The English is matched on word boundaries, longest terms first; a longer term hides the shorter
    ones it holds ("paid seat" is checked, not "seat" again).
    """
    rows = terminology() if rows is None else rows
    terms = _terms(language, rows, keys)
    compiled = [(en, _en_pattern(en), [_form_pattern(language, form) for form in forms], forms)
                for en, forms in terms]
    problems = []
    for entry in entries:
        english = [PLACEHOLDER.sub(" ", text) for text in entry.ids]
        masked = list(english)
        for en, pattern, forms, raw_forms in compiled:
            if not any(pattern.search(text) for text in masked):
                continue
            masked = [pattern.sub(" ", text) for text in masked]
            for text in entry.strings:
                clean = PLACEHOLDER.sub(" ", text)
                if not any(form.search(clean) for form in forms):
                    problems.append(f"{entry.key!r}: {en!r} is not translated as {' / '.join(raw_forms)!r}"
                                    f" in {text!r}")
    return problems


def forbidden_problems(language: str, entries: list[Entry]) -> list[str]:
    problems = []
    for entry in entries:
        for text in entry.strings:
            clean = PLACEHOLDER.sub(" ", text)
            for pattern, why in FORBIDDEN.get(language, []):
                if re.search(pattern, clean, re.IGNORECASE):
                    problems.append(f"{entry.key!r}: {why} in {text!r}")
    return problems


def _is_label(text: str) -> bool:
    """Short text without sentence punctuation: a button, a column, a field name."""
    return bool(text) and len(text.split()) <= 6 and not re.search(r"[.?!:{]", text)


def label_case_problems(language: str, entries: list[Entry], rows: list[dict[str, str]] | None = None) -> list[str]:
    """A msgid that is a glossary label is translated with the glossary's term and its capitalisation.

    The first letter follows the msgid (a label starts with a capital wherever it is shown); every
    other letter is the glossary's, so "Compte et Facturation" or "Nicht Zugewiesene" are caught.
    """
    rows = terminology() if rows is None else rows
    terms: dict[str, set[str]] = {}
    for row in rows:
        if "~" not in row["key"]:  # the ~ rows list inflected forms for the checks inside sentences
            terms.setdefault(row["en"].casefold(), set()).add(row[language])
    problems = []
    for entry in entries:
        if len(entry.ids) != 1 or entry.key.casefold() not in terms:
            continue
        text = entry.strings[0]
        expected = terms[entry.key.casefold()]
        if entry.key[:1].isupper() and _is_label(entry.key):
            allowed = {term[:1].upper() + term[1:] for term in expected}
        elif _is_label(entry.key):
            allowed = expected | {term[:1].lower() + term[1:] for term in expected if language != "de"}
        else:
            allowed = expected
        if text not in allowed:
            problems.append(f"{entry.key!r}: {text!r} differs from the glossary's {' / '.join(sorted(allowed))!r}")
    return problems
