"""Practice data in the session's language (R33): the same demo in every language, only named differently."""

from __future__ import annotations

import pytest

from seatdesk import i18n
from seatdesk.db.database import close_database, open_database
from seatdesk.db.models import Account, OutboxMessage, Preset, Team, User, db
from seatdesk.services import demo
from seatdesk.services.accounts import sync_permission_catalog
from seatdesk.services.demo import ascii_email_part
from seatdesk.services.practice_names import ACCOUNT_KEYS, NAMES, SET_KEYS
from tests.conftest import fresh_database

#: What must be the same in every language: every column but the names, emails and times of writing.
SHAPE_QUERIES = {
    "accounts": "SELECT id, currency, seat_model, plan_of, acting_user_id, salesforce_integration FROM account",
    "subscriptions": "SELECT * FROM subscription",
    "users": "SELECT id, account_id, status, is_super_admin, is_partner_employee, preset_id, last_active, created_on "
             "FROM \"user\"",
    "seats": "SELECT * FROM seat_assignment",
    "purchases": "SELECT id, subscription_id, seat_type, kind, quantity, unit_price_cents, cost_now_cents, "
                 "purchased_on FROM seat_purchase",
    "teams": "SELECT id, account_id FROM team",
    "memberships": "SELECT * FROM user_team",
    "permissions": "SELECT * FROM user_permission",
    "sets": "SELECT id, account_id FROM preset",
    "set_permissions": "SELECT * FROM preset_permission",
    "outbox": "SELECT id, account_id, user_id, kind FROM outbox_message",
    "events": "SELECT id, account_id, kind FROM event",
}


def _shape() -> dict[str, list[tuple]]:
    return {name: db.execute_sql(sql + " ORDER BY 1").fetchall() for name, sql in SHAPE_QUERIES.items()}


@pytest.fixture
def demo_in(tmp_path):
    """``demo_in(language)``: the demo made in a database of its own; returns its shape and names."""
    made = []

    def make(language):
        close_database()
        open_database(fresh_database(tmp_path, f"demo_{language}.sqlite3"))
        sync_permission_catalog()
        ids = demo.fill_demo(language)
        made.append(language)
        return ids, _shape()

    yield make
    close_database()


def test_the_demo_has_the_same_shape_in_every_language(demo_in):
    shapes = {language: demo_in(language)[1] for language in i18n.LANGUAGES}
    assert len(shapes["en"]["users"]) > 60 and any(row[2] == "invited" for row in shapes["en"]["users"])
    for language in ("fr", "de", "nl"):
        for table, rows in shapes["en"].items():
            assert shapes[language][table] == rows, (language, table)


def test_the_french_demo_is_named_in_french(demo_in):
    ids, _shape = demo_in("fr")
    assert [Account.get_by_id(i).name for i in ids] == ["Comptoirs du Nord", "Maison Lefort", "Kayaks de la Loire",
                                                         "Atelier Fabre"]
    teams = {t.name for t in Team.select()}
    assert {"Ventes", "Support", "Ventes EMEA", "Finances", "Équipage"} <= teams
    assert not teams & {"Sales", "Sales EMEA", "Finance", "Crew", "Office"}
    assert {p.name for p in Preset.select()} == {"Marketing par défaut", "Ventes par défaut", "Commerciaux"}
    french = set(NAMES["fr"].first_names) | {"Anne", "Claude", "Aurélie", "François"}
    users = list(User.select())
    assert all(u.first_name in french for u in users)
    assert all(u.email.endswith(".example") and u.email.isascii() for u in users)
    assert "northwind" not in " ".join(u.email for u in users)
    invitation = OutboxMessage.select().first()  # the pending invitations are written in French too
    assert invitation.language == "fr" and "Comptoirs du Nord" in invitation.subject


def test_english_is_the_demo_as_it_always_was(demo_in):
    ids, _shape = demo_in("en")
    assert [Account.get_by_id(i).name for i in ids] == ["Northwind Traders", "Contoso Legacy", "Kiwi Kayaks",
                                                         "Fabrikam Free Tools"]
    assert User.get(User.email == "admin@northwind.example").first_name == "Anna"
    assert {p.name for p in Preset.select()} == {"Marketing defaults", "Sales defaults", "Sales reps"}


def test_the_demo_follows_the_current_language_by_default(demo_in):
    i18n.set_language("de")
    ids, _shape = demo_in(None)
    assert Account.get_by_id(ids[0]).name == "Nordwind Handel"
    assert Team.select().where(Team.name == "Vertrieb").exists()


def test_a_practice_account_alone_is_the_demo_s_first(demo_in, tmp_path):
    ids, shape = demo_in("nl")
    first = [u.email for u in User.select().where(User.account == ids[0]).order_by(User.id)]
    close_database()
    open_database(fresh_database(tmp_path, "one.sqlite3"))
    sync_permission_catalog()
    account_id = demo.practice_account("northwind", "nl", name="Oefening")
    assert Account.get_by_id(account_id).name == "Oefening"
    assert [u.email for u in User.select().where(User.account == account_id).order_by(User.id)] == first
    with pytest.raises(ValueError):
        demo.practice_account("nowhere", "nl")
    with pytest.raises(ValueError):
        demo.practice_account("kiwi", "es")


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_language_has_tables_of_the_same_shape(language):
    names, english = NAMES[language], NAMES["en"]
    assert tuple(names.accounts) == ACCOUNT_KEYS and tuple(names.sets) == SET_KEYS
    assert len(names.first_names) == len(english.first_names) and len(names.last_names) == len(english.last_names)
    for key in ACCOUNT_KEYS:
        assert len(names.accounts[key].teams) == len(english.accounts[key].teams)
    # Different names make different email addresses (an email is unique in an account).
    assert len({ascii_email_part(n) for n in names.first_names}) == len(names.first_names)
    assert len({ascii_email_part(n) for n in names.last_names}) == len(names.last_names)
    assert len({a.name for a in names.accounts.values()}) == len(ACCOUNT_KEYS)


def test_demo_users_at_scale_are_named_in_the_language(demo_in):
    ids, _shape = demo_in("fr")
    before = User.select().count()
    demo.fill_demo_users(ids[0], 30, language="fr")
    added = list(User.select().where(User.id > before))
    assert len(added) == 30 and all(u.first_name in NAMES["fr"].first_names for u in added)


def test_seatdesk_demo_lang_fr_makes_the_french_practice_data(qapp, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QApplication

    from seatdesk import cli
    from tests.conftest import dispose

    monkeypatch.setattr(QApplication, "exec", lambda self=None: 0)
    try:
        assert cli.main(["--db", str(tmp_path / "fr.sqlite3"), "--demo", "--lang", "fr"]) == 0
        assert [a.name for a in Account.select().order_by(Account.id)][:2] == ["Comptoirs du Nord", "Maison Lefort"]
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
        assert window.account_combo.currentText() == "Comptoirs du Nord"
    finally:
        for window in [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow"]:
            dispose(window)
        close_database()
        i18n.set_language("en")
