"""Reading users to add: typed addresses, CSV files as Excel saves them, Salesforce exports (R20)."""

from __future__ import annotations

import pytest

from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import CSV_FILE, SALESFORCE, read_users_file, split_addresses


def emails(candidates):
    return [(c.line, c.email) for c in candidates]


def test_addresses_split_on_comma_space_semicolon_and_line_break():
    text = "a@x.example, b@x.example c@x.example;d@x.example\n\ne@x.example;"
    assert emails(split_addresses(text)) == [(1, "a@x.example"), (1, "b@x.example"), (1, "c@x.example"),
                                             (1, "d@x.example"), (3, "e@x.example")]


def test_pasted_spreadsheet_rows_keep_the_address_and_report_lines_without_one():
    text = "Anna\tMartin\tanna@x.example\n<bob@x.example>\nnot-an-address\n"
    assert emails(split_addresses(text)) == [(1, "anna@x.example"), (2, "bob@x.example"), (3, "not-an-address")]


def test_csv_header_in_every_language_with_names_and_line_numbers():
    for header in ("Email", "E-mail", "E-Mail", "Courriel", "Adresse e-mail", "E-mailadres", "E-Mail-Adresse"):
        data = f"Prénom,Nom,{header}\nZoë,Müller,zoe@x.example\n\n,,\nBo,Li,bo@x.example\n".encode()
        rows = read_users_file(data)
        assert [(r.line, r.email, r.first_name, r.last_name) for r in rows] == [
            (2, "zoe@x.example", "Zoë", "Müller"), (5, "bo@x.example", "Bo", "Li")], header


def test_csv_saved_by_excel_semicolon_windows_1252():
    data = "Vorname;Nachname;E-Mail\r\nJürgen;Weiß;juergen@x.example\r\n".encode("cp1252")
    [row] = read_users_file(data)
    assert (row.email, row.first_name, row.last_name) == ("juergen@x.example", "Jürgen", "Weiß")


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_csv_with_bom_and_unicode_text_with_tabs(encoding):
    data = "Email\tFirst name\r\nchloé@x.example\tChloé\r\n".encode(encoding)
    [row] = read_users_file(data)
    assert (row.email, row.first_name) == ("chloé@x.example", "Chloé")


def test_csv_without_email_column_is_refused():
    with pytest.raises(DomainError) as refused:
        read_users_file(b"Name,Phone\nAnna,123\n")
    assert refused.value.code == "no_email_column"
    assert "Email column" in refused.value.translated()


def test_more_than_100_users_in_one_csv_is_refused_with_the_count():
    data = ("Email\n" + "".join(f"u{i}@x.example\n" for i in range(101))).encode()
    with pytest.raises(DomainError) as refused:
        read_users_file(data)
    assert refused.value.code == "too_many_rows"
    assert "101 users" in refused.value.translated() and "several imports" in refused.value.translated()
    assert len(read_users_file(("Email\n" + "".join(f"u{i}@x.example\n" for i in range(100))).encode())) == 100


def test_a_salesforce_export_has_no_100_limit():
    data = ("Id,FirstName,LastName,Email,IsActive\n"
            + "".join(f"005{i},F{i},L{i},u{i}@x.example,true\n" for i in range(150))).encode()
    rows = read_users_file(data, SALESFORCE)
    assert len(rows) == 150 and rows[0].source == SALESFORCE and rows[0].first_name == "F0"


def test_an_excel_workbook_and_an_empty_file_are_refused():
    for data, code in ((b"PK\x03\x04rest", "not_csv"), (b"  \n", "empty_file")):
        with pytest.raises(DomainError) as refused:
            read_users_file(data, CSV_FILE)
        assert refused.value.code == code


def test_headers_people_use_and_a_huge_header_read_quickly():
    import time

    from seatdesk.domain.imports import read_users_file

    for header in ("Mailadres", "Mailadresse", "Adres e-mail", "Work Email"):
        assert read_users_file(f"{header};Voornaam\na@example.com;An\n".encode()) [0].email == "a@example.com"
    huge = ("Email," + ",".join("x" * 50_000 for _ in range(80)) + "\na@example.com\n").encode()
    started = time.perf_counter()
    assert read_users_file(huge)[0].email == "a@example.com"
    assert time.perf_counter() - started < 2
