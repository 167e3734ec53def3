"""Reading the CRM's "Export users" file (R31): every user of the live account with their teams, role,
permissions and last login, headers as the CRM writes them in English, French, German or Dutch.

Plain Python, no database: the file's bytes become ``ExportRow`` rows with the line each came from, and
the problems found in a line on its own (a date that is no date, a permission or seat nobody knows).
``services.crm_import`` checks the rows against the account. The file is read by ``imports.read_table``,
the reader of the create-user wizard's CSV files (encodings, BOM, UTF-16, delimiter from the header row).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field

from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import (
    EMAIL_HEADERS,
    FIRST_NAME_HEADERS,
    LAST_NAME_HEADERS,
    NEEDS_EMAIL_COLUMN,
    _key,
    header_keys,
    read_table,
)
from seatdesk.i18n import LANGUAGES, N_, load_translations

#: An account export holds thousands of users (a few hundred bytes each); above this it is no users export.
MAX_EXPORT_BYTES = 100_000_000
TOO_BIG = N_("The file is too big for a users export (more than {size} MB). Choose the CRM's Export users file.")

USER_ID, FIRST_NAME, LAST_NAME, EMAIL, LAST_LOGIN, TEAMS, ROLE, PERMISSIONS, SEAT = (
    "user_id", "first_name", "last_name", "email", "last_login", "teams", "role", "permissions", "seat")

#: Column headers per language, as the CRM's export and its help pages name them (reduced with ``_key``).
_HEADERS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        USER_ID: ("User ID", "UserId", "ID", "HubSpot user ID"),
        FIRST_NAME: ("First name", "FirstName", "Given name"),
        LAST_NAME: ("Last name", "LastName", "Surname", "Family name"),
        EMAIL: ("Email", "Email address", "E-mail", "E-mail address"),
        LAST_LOGIN: ("Last login", "Last login date", "Last logged in", "Last active", "Last active date"),
        TEAMS: ("Teams", "Team", "Assigned teams"),
        ROLE: ("Role", "Assigned role", "Permission set", "Role / permission set", "Roles"),
        PERMISSIONS: ("Permissions",),
        SEAT: ("Seat", "Seat type", "Seats", "Assigned seat"),
    },
    "fr": {
        USER_ID: ("ID utilisateur", "ID de l'utilisateur", "Identifiant utilisateur", "Identifiant"),
        FIRST_NAME: ("Prénom",),
        LAST_NAME: ("Nom", "Nom de famille"),
        EMAIL: ("Adresse e-mail", "E-mail", "Courriel", "Adresse électronique"),
        LAST_LOGIN: ("Dernière connexion", "Date de dernière connexion", "Date de la dernière connexion",
                     "Dernière date d'activité", "Dernière activité"),
        TEAMS: ("Équipes", "Équipe", "Équipes attribuées", "Équipes assignées"),
        ROLE: ("Rôle", "Rôle attribué", "Jeu d'autorisations", "Ensemble d'autorisations", "Rôles"),
        PERMISSIONS: ("Autorisations", "Permissions"),
        SEAT: ("Licence", "Type de licence", "Licences", "Licence attribuée"),
    },
    "de": {
        USER_ID: ("Benutzer-ID", "Benutzer ID", "Benutzerkennung"),
        FIRST_NAME: ("Vorname",),
        LAST_NAME: ("Nachname", "Familienname"),
        EMAIL: ("E-Mail-Adresse", "E-Mail", "Mailadresse"),
        LAST_LOGIN: ("Letzte Anmeldung", "Datum der letzten Anmeldung", "Letzter Login", "Letztes aktives Datum",
                     "Zuletzt aktiv"),
        TEAMS: ("Teams", "Team", "Zugewiesene Teams"),
        ROLE: ("Rolle", "Zugewiesene Rolle", "Berechtigungssatz", "Berechtigungsset", "Rollen"),
        PERMISSIONS: ("Berechtigungen",),
        SEAT: ("Benutzerlizenz", "Lizenz", "Benutzerlizenztyp", "Zugewiesene Benutzerlizenz"),
    },
    "nl": {
        USER_ID: ("Gebruikers-ID", "Gebruiker-ID", "Gebruikers ID", "Gebruikersnummer"),
        FIRST_NAME: ("Voornaam",),
        LAST_NAME: ("Achternaam",),
        EMAIL: ("E-mailadres", "E-mail", "Emailadres"),
        LAST_LOGIN: ("Laatste aanmelding", "Laatste login", "Datum laatste aanmelding", "Laatst ingelogd",
                     "Laatste activiteitsdatum", "Laatst actief"),
        TEAMS: ("Teams", "Team", "Toegewezen teams"),
        ROLE: ("Rol", "Toegewezen rol", "Machtigingenset", "Set machtigingen", "Rollen"),
        PERMISSIONS: ("Machtigingen", "Rechten"),
        SEAT: ("Seat", "Type seat", "Toegewezen seat", "Seats"),
    },
}
_FIELD_KEYS = {lang: {f: frozenset(map(_key, names)) for f, names in fields.items()}
               for lang, fields in _HEADERS.items()}
# The create-user wizard's wider lists count too (Work email, Mail...), for every language.
_SHARED = {EMAIL: EMAIL_HEADERS, FIRST_NAME: FIRST_NAME_HEADERS, LAST_NAME: LAST_NAME_HEADERS}

#: How a date is written in each language's short format, besides ISO (2025-03-14): day, month, year order.
DATE_ORDER = {"en": "mdy", "fr": "dmy", "de": "dmy", "nl": "dmy"}
DATE_EXAMPLE = {"en": "3/14/2025", "fr": "14/03/2025", "de": "14.03.2025", "nl": "14-03-2025"}
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][0-9:.,]+(?:Z|[+-]\d{2}:?\d{2})?(?: ?UTC)?)?")
_SHORT_DATE = re.compile(r"(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?:,? +\d{1,2}:\d{2}(?::\d{2})?(?: ?[AaPp][Mm])?)?")
#: What the CRM writes for a user who never logged in.
_NEVER = frozenset(map(_key, ("never", "jamais", "nie", "niemals", "nooit", "none", "aucune")))
_LIST_SEPARATORS = re.compile(r"[;|\n]")
_SUPER_ADMIN = frozenset(map(_key, ("Super Admin", "Super administrator", "super administrateur",
                                    "superadministrateur", "Super-Admin", "Superadmin", "superbeheerder")))


@dataclass(frozen=True)
class ExportRow:
    """One user of the export, as read. ``permissions`` None: the cell is empty (or there is no column)."""

    line: int
    email: str
    first_name: str = ""
    last_name: str = ""
    user_id: str = ""
    last_login: dt.date | None = None
    teams: tuple[str, ...] = ()
    role: str = ""
    permissions: frozenset[str] | None = None
    super_admin: bool = False
    seat: str | None = None


@dataclass(frozen=True)
class LineProblem:
    """A problem of one line: ``left_out`` when the line is not imported, else what is done instead."""

    line: int
    email: str
    message: str
    params: dict = field(default_factory=dict)
    left_out: bool = False


@dataclass(frozen=True)
class CrmExport:
    """The file read: its language (from its headers), the columns it has, its rows and their problems."""

    language: str
    columns: frozenset[str]
    rows: list[ExportRow]
    problems: list[LineProblem]


def _language(keys: list[str]) -> str:
    """The language whose headers the file uses most (English on a tie: its words are shared)."""
    scores = {lang: sum(1 for k in keys if any(k in names for names in fields.values()))
              for lang, fields in _FIELD_KEYS.items()}
    return max(LANGUAGES, key=lambda lang: (scores[lang], lang == "en"))


def _columns(keys: list[str], language: str) -> dict[str, int]:
    """{field: column index}: the file's language first, then any language (a column renamed by hand)."""
    found: dict[str, int] = {}
    for lang in (language, *[lang for lang in LANGUAGES if lang != language]):
        for name, wanted in _FIELD_KEYS[lang].items():
            if name in found:
                continue
            index = next((i for i, k in enumerate(keys) if k in wanted and i not in found.values()), None)
            if index is not None:
                found[name] = index
    for name, wanted in _SHARED.items():
        if name not in found:
            index = next((i for i, k in enumerate(keys) if k in wanted and i not in found.values()), None)
            if index is not None:
                found[name] = index
    return found


def parse_date(text: str, language: str, order: str | None = None) -> dt.date | None:
    """A last login as the CRM writes it: ISO (2025-03-14, with a time or not) or the language's short
    date (3/14/2025 in English, 14/03/2025, 14.03.2025 or 14-03-2025 elsewhere). Empty or "never": None.

    Raises:
        ValueError: anything else, or a day that does not exist.
    """
    text = text.strip()
    if not text or _key(text) in _NEVER:
        return None
    iso = _ISO_DATE.fullmatch(text)
    if iso:
        return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
    short = _SHORT_DATE.fullmatch(text)
    if short:
        first, second, year = int(short[1]), int(short[3]), int(short[4])
        if len(short[4]) == 2:
            year += 2000
        month, day = (first, second) if (order or DATE_ORDER[language]) == "mdy" else (second, first)
        return dt.date(year, month, day)
    raise ValueError(text)


def date_order(texts, language: str) -> str:
    """The order of the short dates of a column: the language's, unless the column shows the other one
    (a day above 12 where the month would be: an English export from a day-first locale, or the reverse)."""
    seen = set()
    for text in texts:
        short = _SHORT_DATE.fullmatch(text.strip()) if text else None
        if short:
            first, second = int(short[1]), int(short[3])
            if first > 12 >= second:
                seen.add("dmy")
            elif second > 12 >= first:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else DATE_ORDER[language]


def split_list(cell: str) -> list[str]:
    """Names in one cell: separated by semicolons, bars or line breaks; by commas only when none of those is there."""
    parts = _LIST_SEPARATORS.split(cell) if _LIST_SEPARATORS.search(cell) else cell.split(",")
    seen, names = set(), []
    for part in ("".join(ch for ch in " ".join(p.split()) if unicodedata.category(ch) not in ("Cf", "Cc"))
                 for p in parts):
        if part and part.casefold() not in seen:
            seen.add(part.casefold())
            names.append(part)
    return names


_LOOKUPS: dict[str, dict[str, str]] = {}
_BAD = object()


def _lookup(kind: str) -> dict[str, str]:
    """{name reduced with ``_key``: key} of the permissions or seat types, by their labels in every
    language and their own keys; built once."""
    if kind not in _LOOKUPS:
        labels = perms.PERMISSION_LABELS if kind == "permissions" else st.SEAT_TYPE_LABELS
        table: dict[str, str] = {}
        for language in LANGUAGES:
            catalog = load_translations(language)
            for key, label in labels.items():
                table.setdefault(_key(catalog.gettext(label)), key)
        for key in labels:
            table.setdefault(_key(key), key)
        if kind == "seats":  # the short names people write
            for key, short in ((st.CORE, "Core"), (st.SALES, "Sales"), (st.SERVICE, "Service"),
                               (st.VIEW_ONLY, "View-Only"), (st.VIEW_ONLY, "View only"), (st.PARTNER, "Partner")):
                table.setdefault(_key(short), key)
        _LOOKUPS[kind] = table
    return _LOOKUPS[kind]


#: Columns looked at in the header row (the CRM's export has about ten).
MAX_COLUMNS = 200
MAX_HEADER_BYTES = 64_000  # the header row of the export is a few hundred bytes


def read_crm_export(data: bytes) -> CrmExport:
    """The users of the CRM's Export users file (R31), with no limit on their number.

    Raises:
        DomainError: not a CSV file (see ``imports.read_table``), or no Email column.
    """
    end = data.find(b"\n", 0, MAX_HEADER_BYTES)
    if len(data) > MAX_HEADER_BYTES and end < 0:
        raise DomainError(N_("The first line of this file is far too long for the header of a users export. Choose "
                             "the file the CRM saved with Users & Teams › Export users."), code="not_an_export")
    header, table = read_table(data, MAX_EXPORT_BYTES, TOO_BIG)
    header = header[:MAX_COLUMNS]  # the export has a dozen columns: a row of thousands is looked at no further
    keys = header_keys(header)
    language = _language(keys)
    columns = _columns(keys, language)
    if EMAIL not in columns:
        raise DomainError(NEEDS_EMAIL_COLUMN, code="no_email_column")
    permission_names = _lookup("permissions") if PERMISSIONS in columns else {}
    seat_names = _lookup("seats") if SEAT in columns else {}
    width = len(header)
    index = {name: columns.get(name, width) for name in (USER_ID, FIRST_NAME, LAST_NAME, EMAIL, LAST_LOGIN, TEAMS,
                                                          ROLE, PERMISSIONS, SEAT)}
    rows: list[ExportRow] = []
    problems: list[LineProblem] = []
    dates: dict[str, object] = {}  # thousands of users share a few hundred days
    login_column = index[LAST_LOGIN]
    order = date_order((cells[login_column] for _line, cells in table if login_column < len(cells)), language)
    example = DATE_EXAMPLE[language] if order == DATE_ORDER[language] else (
        "14/03/2025" if order == "dmy" else "3/14/2025")
    for line, cells in table:
        cells = [c.strip() for c in cells] + [""] * (width + 1 - len(cells))
        email = cells[index[EMAIL]]
        login_text = cells[index[LAST_LOGIN]]
        last_login = None
        if login_text:
            if login_text not in dates:
                try:
                    dates[login_text] = parse_date(login_text, language, order)
                except (ValueError, OverflowError):
                    dates[login_text] = _BAD
            last_login = dates[login_text]
            if last_login is _BAD:
                last_login = None
                problems.append(LineProblem(line, email, N_(
                    "The last login {value} is not a date (write it as 2025-03-14 or {example}): the user is "
                    "imported without a last active date."), {"value": login_text, "example": example}))
            elif last_login is not None and last_login > dt.date.today() + dt.timedelta(days=1):  # a future login
                problems.append(LineProblem(line, email, N_(
                    "The last login {value} is in the future: the user is imported without a last active date."),
                    {"value": login_text}))
                last_login = None
        permissions, super_admin = None, False
        permission_cell = cells[index[PERMISSIONS]]
        if permission_cell:
            found, unknown = set(), []
            for name in split_list(permission_cell):
                reduced = _key(name)
                if reduced in _SUPER_ADMIN:
                    super_admin = True
                elif reduced in permission_names:
                    found.add(permission_names[reduced])
                else:
                    unknown.append(name)
            if unknown:
                problems.append(LineProblem(line, email, N_(
                    "Unknown permissions left out: {permissions}."), {"permissions": ", ".join(unknown)}))
            permissions = frozenset(found)
        role = " ".join(cells[index[ROLE]].split())
        if _key(role) in _SUPER_ADMIN:
            role, super_admin = "", True
        seat = None
        seat_cell = cells[index[SEAT]]
        if seat_cell:
            seat = seat_names.get(_key(seat_cell))
            if seat is None:
                problems.append(LineProblem(line, email, N_(
                    "Unknown seat {seat}: the seat rule chooses this user's seat."), {"seat": seat_cell}))
        rows.append(ExportRow(
            line=line, email=email, first_name=cells[index[FIRST_NAME]], last_name=cells[index[LAST_NAME]],
            user_id=cells[index[USER_ID]], last_login=last_login, teams=tuple(split_list(cells[index[TEAMS]])),
            role=role, permissions=permissions, super_admin=super_admin, seat=seat))
    return CrmExport(language, frozenset(columns), rows, problems)
