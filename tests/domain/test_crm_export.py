"""The CRM's Export users file (R31): headers in four languages, the encodings Excel saves, dates in ISO
and the language's own format, problems with their line numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from seatdesk.domain.crm_export import parse_date, read_crm_export, split_list
from seatdesk.domain.errors import DomainError
from tests.crm_files import export_bytes


def test_english_comma_utf8_with_bom():
    data = export_bytes([["101", "Ann", "Lee", "ann@example.com", "2025-03-14", "Sales; EMEA", "Sales team",
                          "Edit deals; Sequences"],
                         ["102", "Bob", "", "bob@example.com", "3/9/2025 10:22 AM", "", "", ""]])
    assert data.startswith(b"\xef\xbb\xbf")
    export = read_crm_export(data)
    assert export.language == "en"
    assert export.columns >= {"user_id", "email", "last_login", "teams", "role", "permissions"}
    ann, bob = export.rows
    assert (ann.line, ann.user_id, ann.first_name, ann.last_name) == (2, "101", "Ann", "Lee")
    assert ann.last_login == dt.date(2025, 3, 14) and bob.last_login == dt.date(2025, 3, 9)
    assert ann.teams == ("Sales", "EMEA") and ann.role == "Sales team"
    assert ann.permissions == {"deals_edit", "sequences"} and bob.permissions is None
    assert export.problems == []


def test_french_semicolon_windows_1252():
    data = export_bytes([["7", "Zoé", "Lefèvre", "zoe@exemple.fr", "14/03/2025", "Équipe Sud", "",
                          "Modifier les transactions, Séquences"]], "fr", "cp1252", ";")
    export = read_crm_export(data)
    assert export.language == "fr"
    (zoe,) = export.rows
    assert (zoe.first_name, zoe.last_name, zoe.email) == ("Zoé", "Lefèvre", "zoe@exemple.fr")
    assert zoe.last_login == dt.date(2025, 3, 14)
    assert zoe.permissions == {"deals_edit", "sequences"} and zoe.teams == ("Équipe Sud",)


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_german_utf16_as_excel_saves_unicode_text(delimiter):
    data = export_bytes([["8", "Jörg", "Weiß", "joerg@beispiel.de", "03.02.2025", "Vertrieb", "Super-Admin", ""]],
                        "de", "utf-16", delimiter)
    export = read_crm_export(data)
    assert export.language == "de"
    (joerg,) = export.rows
    assert (joerg.first_name, joerg.last_name, joerg.last_login) == ("Jörg", "Weiß", dt.date(2025, 2, 3))
    assert joerg.super_admin and joerg.role == ""


def test_dutch_with_a_seat_column():
    header = ["Gebruikers-ID", "Voornaam", "Achternaam", "E-mailadres", "Laatste aanmelding", "Teams", "Rol",
              "Machtigingen", "Seat"]
    data = export_bytes([["9", "Sanne", "de Vries", "sanne@voorbeeld.nl", "01-12-2024", "", "",
                          "Contactpersonen en bedrijven bekijken", "Alleen-bekijken-seat"]], "nl", "utf-8", ";",
                        header)
    export = read_crm_export(data)
    assert export.language == "nl"
    (sanne,) = export.rows
    assert sanne.last_login == dt.date(2024, 12, 1) and sanne.seat == "view_only"
    assert sanne.permissions == {"contacts_view"}


def test_problems_carry_their_line_numbers():
    data = export_bytes([
        ["1", "A", "", "a@example.com", "2025-13-01", "", "", ""],          # line 2: no 13th month (ISO)
        ["2", "B", "", "b@example.com", "12/31/2025", "", "", ""],          # line 3: English, month first
        ["3", "C", "", "c@example.com", "yesterday", "", "", "Edit deals; Fly"],  # line 4: both problems
        ["4", "D", "", "d@example.com", "never", "", "", ""],               # never logged in: no problem
        ["5", "E", "", "e@example.com", "13/13/2025", "", "", ""],          # line 6: no 13th month either way
    ])
    export = read_crm_export(data)
    lines = [(p.line, p.left_out) for p in export.problems]
    assert lines == [(2, False), (4, False), (4, False), (6, False)]
    assert "2025-13-01" in str(export.problems[0].params) and export.problems[1].params["example"] == "3/14/2025"
    assert export.problems[2].params == {"permissions": "Fly"}
    assert [r.last_login for r in export.rows] == [None, dt.date(2025, 12, 31), None, None, None]


def test_no_email_column_and_not_csv_are_refused():
    with pytest.raises(DomainError) as refused:
        read_crm_export(export_bytes([["1"]], header=["User ID"]))
    assert refused.value.code == "no_email_column"
    with pytest.raises(DomainError) as refused:
        read_crm_export(b"PK\x03\x04 workbook")
    assert refused.value.code == "not_csv"


def test_no_row_limit_here():
    rows = [[str(i), "", "", f"u{i}@example.com", "", "", "", ""] for i in range(150)]
    assert len(read_crm_export(export_bytes(rows)).rows) == 150


def test_dates_and_lists():
    assert parse_date("2025-03-14T09:30:00Z", "en") == dt.date(2025, 3, 14)
    assert parse_date("14.03.25", "de") == dt.date(2025, 3, 14)
    assert parse_date("", "fr") is None and parse_date("Jamais", "fr") is None
    with pytest.raises(ValueError):
        parse_date("14/03/2025", "en")
    assert split_list("Sales, EMEA") == ["Sales", "EMEA"]
    assert split_list("Sales, EMEA; Board|board") == ["Sales, EMEA", "Board"]


def test_the_date_order_follows_the_column_when_it_shows_the_other_one():
    from seatdesk.domain.crm_export import read_crm_export
    from tests.crm_files import export_bytes

    # an English export from a day-first locale: 25/03 can only be day-first, so 03/04 is 3 April
    rows = [["1", "A", "B", "a@example.com", "25/03/2025", "", "", ""],
            ["2", "C", "D", "c@example.com", "03/04/2025", "", "", ""]]
    read = read_crm_export(export_bytes(rows))
    assert [r.last_login.isoformat() for r in read.rows] == ["2025-03-25", "2025-04-03"]
    # without such a day, the language's order (English: month first)
    read = read_crm_export(export_bytes([["2", "C", "D", "c@example.com", "03/04/2025", "", "", ""]]))
    assert read.rows[0].last_login.isoformat() == "2025-03-04"
