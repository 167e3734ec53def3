"""The one formatting path: label and value, lists, dates with four-digit years, OS error reasons."""

from __future__ import annotations

import datetime as dt
import errno

import pytest

from seatdesk import i18n

DAY = dt.date(2026, 12, 1)
MOMENT = dt.datetime(2026, 12, 1, 14, 5)


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Seat: 3"), ("fr", "Seat\u00a0: 3"), ("de", "Seat: 3"), ("nl", "Seat: 3")])
def test_label_value_uses_the_language_pattern(language, expected):
    i18n.set_language(language)
    assert i18n.label_value("Seat", 3) == expected


def test_label_value_formats_dates_and_numbers_as_tr_does():
    i18n.set_language("fr")
    assert i18n.label_value("Date", DAY) == "Date\u00a0: 1 déc. 2026"
    assert i18n.label_value("Licences", 12345) == "Licences\u00a0: 12\u202f345"


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Core, Sales, and Service"), ("fr", "Core, Sales et Service"),
    ("de", "Core, Sales und Service"), ("nl", "Core, Sales en Service")])
def test_format_list_joins_as_the_language_does(language, expected):
    i18n.set_language(language)
    assert i18n.format_list(["Core", "Sales", "Service"]) == expected


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("width", ["short", "medium", "long", "full"])
def test_dates_always_have_four_digit_years(language, width):
    i18n.set_language(language)
    assert "2026" in i18n.format_date(DAY, width)
    assert "2026" in i18n.format_datetime(MOMENT, width)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "12/1/2026, 2:05\u202fPM"), ("fr", "01/12/2026 14:05"), ("de", "01.12.2026, 14:05"),
    ("nl", "01-12-2026, 14:05")])
def test_history_rows_show_a_short_date_and_time(language, expected):
    i18n.set_language(language)
    assert i18n.format_datetime(MOMENT) == expected


def test_os_error_reasons_are_translated_inside_a_sentence():
    i18n.set_language("fr")
    assert i18n.os_error_reason(PermissionError(errno.EACCES, "Permission denied")) == "accès refusé"
    assert i18n.os_error_reason(OSError(errno.ENOSPC, "No space left on device")) == "le disque est plein"
    assert i18n.os_error_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
