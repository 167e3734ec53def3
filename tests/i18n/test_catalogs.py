"""The catalogs: complete, not fuzzy, placeholders kept, glossary terms used, forms compiled."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from seatdesk import i18n
from seatdesk.i18n.ui_extractor import extract_ui

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("fr", "de", "nl")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|\[#\]")


def catalog(language):
    with (ROOT / "translations" / language / "LC_MESSAGES" / "seatdesk.po").open("rb") as fh:
        return read_po(fh, locale=language)


def messages(language):
    return [m for m in catalog(language) if m.id]


def _strings(message):
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def _ids(message):
    return list(message.id) if isinstance(message.id, tuple | list) else [message.id]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_not_fuzzy(language):
    untranslated = [m.id for m in messages(language) if not all(_strings(m))]
    fuzzy = [m.id for m in messages(language) if m.fuzzy]
    assert not untranslated
    assert not fuzzy


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_match(language):
    for message in messages(language):
        expected = sorted(set(PLACEHOLDER.findall(" ".join(_ids(message)))))
        for text in _strings(message):
            assert sorted(set(PLACEHOLDER.findall(text))) == expected, (message.id, text)


def test_catalogs_hold_every_extracted_message():
    with (ROOT / "translations" / "seatdesk.pot").open("rb") as fh:
        template = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(fh) if m.id}
    for language in LANGUAGES:
        ids = {m.id if isinstance(m.id, str) else tuple(m.id) for m in messages(language)}
        assert template <= ids, template - ids


def terminology():
    with (ROOT / "translations" / "terminology.tsv").open(encoding="utf-8") as fh:
        rows = [line for line in fh if not line.startswith("#")]
    return list(csv.DictReader(io.StringIO("".join(rows)), delimiter="\t"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_glossary_terms_are_translated_with_the_glossary_term(language):
    terms: dict[str, set[str]] = {}
    for row in terminology():
        terms.setdefault(row["en"].casefold(), set()).add(row[language].casefold())
    checked = 0
    for message in messages(language):
        if isinstance(message.id, str) and message.id.casefold() in terms:
            checked += 1
            assert message.string.casefold() in terms[message.id.casefold()], (message.id, message.string)
    assert checked >= 20


def test_terminology_file_follows_the_glossary_decisions():
    by_key = {row["key"]: row for row in terminology()}
    assert by_key["seat.noun"]["fr"] == "licence"
    assert by_key["seat.noun"]["de"] == "Benutzerlizenz"
    assert by_key["nav.users_teams"]["fr"] == "Utilisateurs et équipes"


@pytest.mark.parametrize(("language", "expected"), [("fr", "Licences"), ("de", "Benutzerlizenzen"), ("nl", "Seats")])
def test_compiled_catalog_reaches_the_app(language, expected):
    i18n.set_language(language)
    assert i18n._("Seats") == expected


def test_french_plural_and_formatting():
    i18n.set_language("fr")
    assert i18n.ngettext("{n} paid seat", "{n} paid seats", 0).format(n=0) == "0 licence payante"
    assert i18n.ngettext("{n} paid seat", "{n} paid seats", 2).format(n=2) == "2 licences payantes"
    assert i18n.format_money(123456, "EUR") == "1\u202f234,56\u00a0€"


def test_ui_extractor_reads_strings_and_skips_notr():
    source = b"""<ui><widget><property name="text"><string>Hello</string></property>
    <property name="x"><string notr="true">seatdesk</string></property>
    <property name="y"><string comment="ctx" extracomment="a note">Open</string></property></widget></ui>"""
    found = list(extract_ui(io.BytesIO(source), [], [], {}))
    assert [(f, m, c) for _l, f, m, c in found] == [(None, "Hello", []), ("pgettext", ("ctx", "Open"), ["a note"])]


def test_compiled_forms_are_not_stale():
    from seatdesk.devtools.__main__ import compile_form, form_target

    def code(text):
        return [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]

    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        assert code(form_target(ui_file).read_text(encoding="utf-8")) == code(compile_form(ui_file)), (
            f"{ui_file.name} changed: run python -m seatdesk.devtools forms")


def test_template_is_up_to_date_with_the_sources(tmp_path):
    import subprocess
    import sys

    out = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg", "-k", "N_",
                    "-k", "Nn_:1,2", "--no-location", "-o", str(out), "."], check=True, cwd=ROOT,
                   capture_output=True)
    with out.open("rb") as fh:
        fresh = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(fh) if m.id}
    with (ROOT / "translations" / "seatdesk.pot").open("rb") as fh:
        template = {m.id if isinstance(m.id, str) else tuple(m.id) for m in read_po(fh) if m.id}
    assert fresh == template, ("run python -m seatdesk.devtools extract", fresh ^ template)
