"""The user page (F3) and the bulk actions: one transaction each, refused as a whole, history kept."""

from __future__ import annotations

import csv
import io

import pytest

from seatdesk.db.models import (
    Account,
    Event,
    OutboxMessage,
    PermissionHistory,
    SeatAssignment,
    Team,
    User,
    UserTeam,
    db,
)
from seatdesk.domain import seats as st
from seatdesk.domain.export import csv_bytes, neutralise
from seatdesk.services import bulk, demo, queries
from seatdesk.services import seats as seats_service
from seatdesk.services import user_page as page
from seatdesk.services import users as users_service
from tests.conftest import sqlite_only
from tests.services.test_rules import add_user, refused


def seats(user):
    return {t for (t,) in SeatAssignment.select(SeatAssignment.seat_type).where(SeatAssignment.user == user).tuples()}


@pytest.fixture
def team(seat_account):
    return Team.create(account=seat_account, name="Sales EMEA")


def test_save_user_changes_seat_teams_and_preset_in_one_go_with_history(seat_account, team):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "zoe@example.com", (st.VIEW_ONLY,))
    edit = page.UserEdit(frozenset({st.CORE}), frozenset({team.id}), None)
    change = page.save_user(seat_account.id, admin, user.id, edit)
    assert change.users == {user.id} and change.seats
    assert seats(user) == {st.CORE}
    assert UserTeam.select().where(UserTeam.user == user, UserTeam.team == team).exists()
    texts = [page.describe_change(r.change) for r in page.history_rows(seat_account.id, user.id)]
    assert any("Core Seat" in t for t in texts) and any("Sales EMEA" in t for t in texts)


def test_view_only_unassigns_and_the_seat_stays_billed(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "core@example.com", (st.CORE,))
    before = seats_service.seat_summary(seat_account.id, st.CORE).total
    change = page.save_user(seat_account.id, admin, user.id, page.UserEdit(frozenset({st.VIEW_ONLY}), frozenset(), None))
    assert seats(user) == {st.VIEW_ONLY}
    assert seats_service.seat_summary(seat_account.id, st.CORE).total == before  # R12
    assert any("keep paying" in n.translated() for n in change.notices)


def test_deactivated_user_seat_is_refused_and_nothing_is_written(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "gone@example.com", (st.CORE,))
    users_service.deactivate_user(seat_account.id, admin, user.id)
    history = PermissionHistory.select().count()
    refused("deactivated", page.save_user, seat_account.id, admin, user.id,
            page.UserEdit(frozenset({st.VIEW_ONLY}), frozenset(), None))
    assert seats(user) == {st.CORE} and PermissionHistory.select().count() == history


def test_remove_from_account_says_how_while_a_paid_seat_is_held(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    user = add_user(seat_account, "paid@example.com", (st.CORE,))
    error = refused("holds_paid_seat", users_service.remove_user, seat_account.id, admin, user.id)
    assert "View-Only Seat" in error.translated()
    page.save_user(seat_account.id, admin, user.id, page.UserEdit(frozenset({st.VIEW_ONLY}), frozenset(), None))
    users_service.remove_user(seat_account.id, admin, user.id)
    assert not User.select().where(User.id == user.id).exists()


def test_reset_password_queues_an_email_and_refuses_invited_users(seat_account):
    admin = seat_account.acting_user_id
    user = add_user(seat_account, "pw@example.com", (st.VIEW_ONLY,))
    page.reset_password(seat_account.id, admin, user.id, "de")
    message = OutboxMessage.get(OutboxMessage.kind == "password_reset")
    assert message.recipient == "pw@example.com" and message.language == "de" and "Passwort" in message.subject
    invited = users_service.create_user(seat_account.id, admin, "new@example.com", seat_types=(st.VIEW_ONLY,)).result
    refused("invited", page.reset_password, seat_account.id, admin, invited.id, "en")


def test_bulk_change_seat_is_refused_as_a_whole_when_seats_are_missing(seat_account):
    admin = seat_account.acting_user_id
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    available = seats_service.seat_summary(seat_account.id, st.CORE).available
    users = [add_user(seat_account, f"u{i}@example.com", (st.VIEW_ONLY,)) for i in range(available + 1)]
    action = bulk.BulkAction(bulk.CHANGE_SEAT, seat_type=st.CORE)
    ids = [u.id for u in users]
    error = refused("not_enough_seats", bulk.preview, seat_account.id, admin, ids, action)
    assert "Buy seats first" in error.translated()
    assert all(seats(u) == {st.VIEW_ONLY} for u in users)
    seats_service.buy_seats(seat_account.id, admin, st.CORE, 1)
    assert bulk.preview(seat_account.id, admin, ids, action) == len(ids)
    assert all(seats(u) == {st.VIEW_ONLY} for u in users)  # a preview writes nothing
    assert bulk.run(seat_account.id, admin, ids, action).result == len(ids)
    assert all(seats(u) == {st.CORE} for u in users)


def test_bulk_team_and_status_count_only_the_users_that_change(seat_account, team):
    admin = seat_account.acting_user_id
    users = [add_user(seat_account, f"t{i}@example.com", (st.VIEW_ONLY,)) for i in range(4)]
    ids = [u.id for u in users]
    UserTeam.create(user=users[0], team=team)
    assert bulk.run(seat_account.id, admin, ids, bulk.BulkAction(bulk.ADD_TO_TEAM, team_id=team.id)).result == 3
    assert UserTeam.select().where(UserTeam.team == team).count() == 4
    assert bulk.run(seat_account.id, admin, ids[:2], bulk.BulkAction(bulk.REMOVE_FROM_TEAM, team_id=team.id)).result == 2
    assert bulk.run(seat_account.id, admin, ids, bulk.BulkAction(bulk.DEACTIVATE)).result == 4
    assert {u.status for u in User.select().where(User.id.in_(ids))} == {"deactivated"}
    assert Event.select().where(Event.kind == "user_deactivated").count() == 4
    refused("self", bulk.run, seat_account.id, admin, ids + [admin], bulk.BulkAction(bulk.DEACTIVATE))
    assert bulk.run(seat_account.id, admin, ids, bulk.BulkAction(bulk.REACTIVATE)).result == 4


def test_bulk_needs_add_and_edit_users(seat_account):
    user = add_user(seat_account, "plain@example.com", (st.VIEW_ONLY,))
    refused("permission", bulk.run, seat_account.id, user.id, [user.id], bulk.BulkAction(bulk.REACTIVATE))


def test_partial_user_rows_read_only_the_ids_asked(seat_account):
    a = add_user(seat_account, "a@example.com", (st.VIEW_ONLY,))
    add_user(seat_account, "b@example.com", (st.VIEW_ONLY,))
    assert [r.email for r in queries.user_rows(seat_account.id, [a.id])] == ["a@example.com"]


def test_csv_export_is_excel_ready_and_neutralises_formulas():
    data = csv_bytes(["Name", "Email"], [["=HYPERLINK(1)", "zoë@example.com"], ["+1", "@x"], ["-2", "ok"]], ",")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1] == ["'=HYPERLINK(1)", "zoë@example.com"] and rows[2] == ["'+1", "'@x"] and rows[3][0] == "'-2"
    assert b"," in csv_bytes(["a", "b"], [], ".").split(b"\r\n")[0]
    assert neutralise("plain") == "plain"
    for start in ("|cmd", "\uff1dSUM(A1)", "\uff0b1", "\uff0d1", "\uff20x", "\uff5ccmd"):  # DDE and full-width forms
        assert neutralise(start) == "'" + start


def test_demo_users_fill_a_big_account_in_one_transaction(db_path):
    first = demo.fill_demo()[0]
    before = User.select().where(User.account == first).count()
    demo.fill_demo_users(first, 2000)
    assert User.select().where(User.account == first).count() == before + 2000
    core = seats_service.seat_summary(first, st.CORE)
    assert core.assigned <= core.total  # the Core Seats they hold were bought
    rows = queries.user_rows(first)
    assert len({r.email for r in rows}) == len(rows)
    assert not User.select().where(User.sort_name == "").exists()  # every insert path stores the name key


def test_user_rows_come_in_the_name_columns_order(seat_account):
    """SQL sorts by the stored key; the table trusts that order, so it must be the Name column's own."""
    from seatdesk.ui.user_tables import NAME_COLUMN, USER_COLUMNS

    for first, last, email in [("émile", "Zola", "e1@example.com"), ("Emile", "Adam", "e2@example.com"),
                               ("", "", "aaron@example.com"), ("Ærø", "Łukasz", "x@example.com"),
                               ("Bob", "", "b@example.com"), ("zoé", "b", "z@example.com")]:
        users_service.create_user(seat_account.id, seat_account.acting_user_id, email, first_name=first,
                                  last_name=last, status="active")
    rows = queries.user_rows(seat_account.id)
    key = USER_COLUMNS[NAME_COLUMN].sort_key
    assert rows == sorted(rows, key=key)
    names = [r.name or r.email for r in rows]
    assert names.index("aaron@example.com") < names.index("Ærø Łukasz") < names.index("Bob")
    assert names.index("Emile Adam") < names.index("émile Zola") < names.index("zoé b")


def test_acting_as_lists_only_administrators_in_a_big_account(seat_account, monkeypatch):
    from seatdesk.domain.permissions import ADD_EDIT_USERS

    helper = add_user(seat_account, "helper@example.com", (st.CORE,), permissions=(ADD_EDIT_USERS,)).id
    plain = [add_user(seat_account, f"plain{n}@example.com", (st.VIEW_ONLY,)).id for n in range(4)]
    boss = add_user(seat_account, "boss@example.com", super_admin=True).id
    listed = [uid for uid, _label in queries.acting_candidates(seat_account.id)]
    assert set(plain) <= set(listed)  # a small account lists everyone active
    monkeypatch.setattr(queries, "ACTING_LIST_LIMIT", 3)
    listed = [uid for uid, _label in queries.acting_candidates(seat_account.id, keep=plain[2])]
    admins = {seat_account.acting_user_id, boss}
    assert set(listed[:2]) == admins and listed[2] == helper and listed[3:] == [plain[2]]


@sqlite_only
def test_bulk_action_on_thousands_of_users_fits_sqlites_default_variable_limit(db_path):
    """Rows are inserted with executemany: one statement per row, whatever SQLite's variable limit
    (32,766 by default; 6,000 events of 6 values each exceed it in one INSERT)."""
    import sqlite3

    first = demo.fill_demo()[0]
    demo.fill_demo_users(first, 8000)
    db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    admin = Account.get_by_id(first).acting_user_id
    ids = [uid for (uid,) in User.select(User.id).where(User.account == first, User.status == "active",
                                                        User.id != admin).tuples()]
    assert len(ids) > 5500
    change = bulk.run(first, admin, ids, bulk.BulkAction(bulk.DEACTIVATE))
    assert change.result == len(ids)
    assert Event.select().where(Event.kind == "user_deactivated").count() == len(ids)
    assert not User.select().where(User.id.in_(ids[:1000]), User.status != "deactivated").exists()
