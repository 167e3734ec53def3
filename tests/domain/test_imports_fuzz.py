"""Users files people bring (issue 14, R20), as properties: any bytes give rows or seatdesk's own refusal,
quickly; any well-formed table the csv module writes, in a supported encoding and delimiter, reads back."""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as s

from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import read_users_file


@settings(max_examples=400, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(s.binary(max_size=4000) | s.builds(lambda head, body: head + body,
                                           s.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"Email\n",
                                                           b"E\x00m\x00a\x00i\x00l\x00", b"\x00E\x00m"]),
                                           s.binary(max_size=2000)))
def test_any_bytes_give_rows_or_a_refusal(data):
    try:
        rows = read_users_file(data)
    except DomainError as refusal:
        assert refusal.translated()
    else:
        assert isinstance(rows, list)


LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàâäçéèêëîïôöùûüÿÀÉÈÖÜßñ"
NAME = s.text(alphabet=LETTERS + " -'\",;\t", min_size=0, max_size=12).map(str.strip)
EMAIL = s.builds(lambda user, host: f"{user}@{host}.example", s.text(alphabet="abcdefghij.+_-0123456789", min_size=1,
                                                                      max_size=10).map(lambda u: u.strip(".") or "x"),
                 s.text(alphabet="abcdefghij", min_size=1, max_size=8))
HEADERS = {"fr": ("Adresse e-mail", "Prénom", "Nom"), "de": ("E-Mail-Adresse", "Vorname", "Nachname"),
           "nl": ("E-mailadres", "Voornaam", "Achternaam"), "en": ("Email", "First name", "Last name")}


@settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])
@given(rows=s.lists(s.tuples(EMAIL, NAME, NAME), min_size=1, max_size=20),
       delimiter=s.sampled_from([",", ";", "\t"]), encoding=s.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]),
       language=s.sampled_from(sorted(HEADERS)), order=s.permutations([0, 1, 2]))
def test_a_well_formed_table_reads_back_exactly(rows, delimiter, encoding, language, order):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([HEADERS[language][i] for i in order])
    writer.writerows([[row[i] for i in order] for row in rows])
    read = read_users_file(out.getvalue().encode(encoding))
    assert [(c.email, c.first_name, c.last_name) for c in read] == [
        (email, first, last) for email, first, last in rows]
