"""Refusals read as a native writes them: counts through plural forms, causes in the user's language."""

from __future__ import annotations

import errno

import pytest

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.domain.catalog import CatalogError, load_catalog
from seatdesk.domain.errors import DomainError
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


def _refusal(action, *args):
    with pytest.raises(DomainError) as info:
        action(*args)
    return info.value


def test_no_seat_available_names_the_seats_bought_in_every_language(seat_account):
    for i in range(5):  # 6 Core Seats, the admin holds one
        users_service.create_user(seat_account.id, seat_account.acting_user_id, f"u{i}@example.com",
                                  seat_types=(st.CORE,), status="active")
    extra = users_service.create_user(seat_account.id, seat_account.acting_user_id, "extra@example.com",
                                      status="active").result
    error = _refusal(seats_service.assign_seat, seat_account.id, seat_account.acting_user_id, extra.id, st.CORE)
    assert error.code == "no_seat_available"
    assert error.translated() == "No Core Seat is available: you bought 6 and all are assigned. Buy seats first."
    i18n.set_language("fr")
    assert error.translated() == ("Aucune «\u202fLicence principale\u202f» n'est disponible\u00a0: vous en avez "
                                  "acheté 6 et toutes sont attribuées. Achetez d'abord des licences.")
    i18n.set_language("nl")
    assert "je hebt er 6 gekocht" in error.translated()


def test_nothing_removable_says_which_seats_can_be_removed(seat_account):
    error = _refusal(seats_service.schedule_removal, seat_account.id, seat_account.acting_user_id, st.CORE, 1)
    assert error.code == "nothing_removable"
    i18n.set_language("de")
    assert error.translated().startswith("Es gibt keine „Core-Lizenz“, die entfernt werden kann:")


def test_price_catalog_errors_say_why_in_the_language(tmp_path):
    broken = tmp_path / "catalog.json"
    broken.write_text('{"currencies": [', encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(broken)
    i18n.set_language("fr")
    assert "n'est pas un fichier JSON valide (ligne 1, colonne" in info.value.translated()
    with pytest.raises(CatalogError) as info:
        load_catalog(tmp_path)  # a folder
    assert info.value.params["detail"] == i18n.Msg("it is a folder, not a file")
    assert "c'est un dossier, pas un fichier" in info.value.translated()


def test_os_error_message_is_translated_when_shown():
    message = i18n.os_error_message(OSError(errno.EROFS, "Read-only file system"))
    i18n.set_language("nl")
    assert i18n.display_value(message) == "de schijf is alleen-lezen"
