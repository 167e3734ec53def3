"""Importing the live account (R31): a preview with every problem by line, nothing written until
confirmed, then one transaction; seat rules; seats bought or the import refused; into a plan."""

from __future__ import annotations

import datetime as dt

import pytest

from seatdesk.db.models import (
    Account,
    Event,
    Preset,
    SeatAssignment,
    SeatPurchase,
    Team,
    User,
    UserTeam,
    db,
)
from seatdesk.domain import seats as st
from seatdesk.domain.crm_export import read_crm_export
from seatdesk.domain.errors import DomainError
from seatdesk.services import crm_import as ci
from seatdesk.services import permission_sets, plans, users
from seatdesk.services.common import granted_permissions
from seatdesk.services.seats import seat_summary, seats_of
from tests.crm_files import export_bytes

ROWS = [
    ["1", "Ada", "Admin", "ADMIN@example.com", "2025-01-02", "Board", "", ""],       # line 2: already a user
    ["2", "Sam", "Seller", "sam@example.com", "2025-03-01", "Sales", "Sales team", ""],  # 3: role gives seat
    ["3", "Vic", "Viewer", "vic@example.com", "", "Sales; Board", "", "View contacts and companies"],  # 4
    ["4", "", "", "not-an-address", "", "", "", ""],                                  # 5: left out
    ["5", "Sam", "Again", "Sam@Example.com", "", "", "", ""],                         # 6: listed twice
    ["6", "Una", "Known", "una@example.com", "2025-02-30", "", "Ghost role", "Edit contacts and companies"],  # 7
]


def actor_of(account) -> int:
    return User.get(User.account == account.id, User.email_key == "admin@example.com").id


@pytest.fixture
def sales_team_set(seat_account):
    actor = actor_of(seat_account)
    return permission_sets.create_set(seat_account.id, actor, "Sales team", "sales_rep").result


def export(rows=ROWS, **kw):
    return read_crm_export(export_bytes(rows, **kw))


def snapshot(account_id):
    """Every row an import may write, for "nothing was written" checks."""
    return (User.select().where(User.account == account_id).count(),
            SeatAssignment.select().where(SeatAssignment.account == account_id).count(),
            Team.select().where(Team.account == account_id).count(),
            Event.select().where(Event.account == account_id).count(),
            SeatPurchase.select().count(), UserTeam.select().count())


def test_the_preview_lists_every_problem_by_line_and_writes_nothing(seat_account, sales_team_set):
    before = snapshot(seat_account.id)
    preview = ci.preview_import(seat_account.id, actor_of(seat_account), export(), ci.KEEP)
    assert snapshot(seat_account.id) == before
    assert [u.status for u in preview.users] == ["updated", "new", "new", "left_out", "left_out", "new"]
    problems = [(p.line, p.left_out, p.message.split(":")[0]) for p in preview.problems]
    assert (5, True, "Not a valid email address.") in problems
    assert (6, True, "Listed twice") in problems
    assert any(line == 7 and not left and "Ghost role" in str(p.params) for (line, left, _m), p
               in zip(problems, preview.problems, strict=True))
    assert any(p.line == 7 and "2025-02-30" in str(p.params) for p in preview.problems)  # no 30 February
    assert preview.new_teams == ["Board", "Sales"]
    assert preview.refusal is None


def test_confirming_imports_in_one_go(seat_account, sales_team_set):
    actor = actor_of(seat_account)
    change = ci.import_users(seat_account.id, actor, export(), ci.KEEP)
    assert change.result.count("new") == 3
    sam = User.get(User.email_key == "sam@example.com")
    assert sam.status == "active" and sam.last_active == dt.date(2025, 3, 1) and sam.preset_id == sales_team_set.id
    assert seats_of(sam) == [st.SALES]  # the role's sequences need a Sales Seat
    assert "sequences" in granted_permissions(sam)
    vic = User.get(User.email_key == "vic@example.com")
    assert seats_of(vic) == [st.VIEW_ONLY] and vic.status == "invited" and granted_permissions(vic) == {"contacts_view"}
    assert {t.name for t in Team.select().where(Team.account == seat_account.id)} == {"Board", "Sales"}
    assert {t.team.name for t in UserTeam.select().where(UserTeam.user == vic)} == {"Board", "Sales"}
    una = User.get(User.email_key == "una@example.com")
    assert una.preset_id is None and una.last_active is None and seats_of(una) == [st.CORE]
    admin = User.get_by_id(actor)
    assert admin.last_active == dt.date(2025, 1, 2) and seats_of(admin) == [st.CORE]
    assert Event.select().where(Event.kind == "users_imported").count() == 1
    again = ci.preview_import(seat_account.id, actor, export(), ci.KEEP)
    assert again.count("new") == 0 and again.count("updated") == 0 and again.refusal.code == "nothing_to_import"


def test_seat_rules(seat_account, sales_team_set):
    actor = actor_of(seat_account)
    rows = [["1", "Ed", "", "ed@example.com", "", "", "", "Edit contacts and companies"],
            ["2", "Vi", "", "vi@example.com", "", "", "", "View reports"],
            ["3", "Se", "", "se@example.com", "", "", "Sales team", ""]]
    users.create_user(seat_account.id, actor, "vi@example.com", seat_types=[st.CORE], permissions=["reports_view"])
    seats = {}
    for rule in ci.SEAT_RULES:
        preview = ci.preview_import(seat_account.id, actor, export(rows), rule)
        seats[rule] = [u.seats for u in preview.users]
    assert seats[ci.KEEP] == [(st.CORE,), (st.CORE,), (st.SALES,)]  # Vi keeps the Core Seat she has
    assert seats[ci.BY_ROLE] == [(st.CORE,), (st.VIEW_ONLY,), (st.SALES,)]
    assert seats[ci.VIEW_ONLY_NO_EDIT] == [(st.CORE,), (st.VIEW_ONLY,), (st.SALES,)]
    preview = ci.preview_import(seat_account.id, actor, export(rows), ci.VIEW_ONLY_NO_EDIT)
    assert preview.freed == {st.CORE: 1}
    ci.import_users(seat_account.id, actor, export(rows), ci.VIEW_ONLY_NO_EDIT)
    assert seats_of(User.get(User.email_key == "vi@example.com")) == [st.VIEW_ONLY]


def test_missing_paid_seats_are_bought_in_the_same_transaction(seat_account):
    actor = actor_of(seat_account)
    free = seat_summary(seat_account.id, st.CORE).available
    rows = [[str(i), "", "", f"e{i}@example.com", "", "", "", "Edit deals"] for i in range(free + 3)]
    preview = ci.preview_import(seat_account.id, actor, export(rows), ci.BY_ROLE)
    assert preview.to_buy == {st.CORE: 3} and preview.cost_now_cents > 0 and preview.refusal is None
    ci.import_users(seat_account.id, actor, export(rows), ci.BY_ROLE)
    summary = seat_summary(seat_account.id, st.CORE)
    assert summary.available == 0 and summary.additional == 3


def test_a_refusal_writes_nothing(seat_account):
    actor = actor_of(seat_account)
    clerk = users.create_user(seat_account.id, actor, "clerk@example.com", seat_types=[st.VIEW_ONLY],
                              permissions=["add_edit_users"], status="active").result
    rows = [["1", "", "", "paid@example.com", "", "New team", "", "Edit deals"]]
    before = snapshot(seat_account.id)
    with pytest.raises(DomainError) as refused:
        ci.import_users(seat_account.id, clerk.id, export(rows), ci.BY_ROLE)
    assert refused.value.code == "permission"  # paid access needs Modify billing too (R18)
    assert snapshot(seat_account.id) == before


def test_a_cancelled_import_writes_nothing(seat_account):
    actor = actor_of(seat_account)
    rows = [[str(i), "", "", f"c{i}@example.com", "", "T", "", ""] for i in range(30)]
    before = snapshot(seat_account.id)
    with pytest.raises(ci.ImportCancelled):
        ci.import_users(seat_account.id, actor, export(rows), ci.KEEP, lambda done, total: done < total)
    assert snapshot(seat_account.id) == before


def rows_of(account_id):
    with db.atomic():
        return (sorted(User.select(User.email, User.first_name, User.last_active, User.preset)
                       .where(User.account == account_id).tuples()),
                sorted(SeatAssignment.select(SeatAssignment.user, SeatAssignment.seat_type)
                       .where(SeatAssignment.account == account_id).tuples()),
                sorted(Team.select(Team.name).where(Team.account == account_id).tuples()))


def test_into_a_plan_the_account_stays_as_it_was(seat_account, sales_team_set):
    actor = actor_of(seat_account)
    plan = plans.create_plan(seat_account.id, actor, "Imported").result
    account_before = rows_of(seat_account.id)
    plan_actor = Account.get_by_id(plan.id).acting_user_id
    ci.import_users(plan.id, plan_actor, export(), ci.BY_ROLE)
    assert rows_of(seat_account.id) == account_before
    assert User.select().where(User.account == plan.id).count() == 4
    assert Preset.get(Preset.account == plan.id).name == "Sales team"


def test_legacy_accounts_give_the_hub_seat_the_permissions_need(legacy_account):
    actor = actor_of(legacy_account)
    rows = [["1", "", "", "seq@example.com", "", "", "", "Sequences"],
            ["2", "", "", "view@example.com", "", "", "", "View reports"]]
    preview = ci.preview_import(legacy_account.id, actor, export(rows), ci.BY_ROLE)
    assert [u.seats for u in preview.users] == [("sales_professional",), ()]


def test_the_file_seat_column_a_deactivated_user_and_super_admin_rights(seat_account):
    actor = actor_of(seat_account)
    gone = users.create_user(seat_account.id, actor, "gone@example.com", seat_types=[st.CORE],
                             permissions=["deals_edit"], status="active").result
    users.deactivate_user(seat_account.id, actor, gone.id)
    clerk = users.create_user(seat_account.id, actor, "clerk@example.com", seat_types=[st.CORE],
                              permissions=["add_edit_users", "modify_billing", "add_edit_teams"],
                              status="active").result
    header = ["User ID", "First name", "Last name", "Email", "Last login", "Teams", "Role", "Permissions", "Seat"]
    rows = [["1", "", "", "gone@example.com", "", "", "", "View reports", "View-Only Seat"],
            ["2", "", "", "boss@example.com", "", "", "", "Super Admin; Edit deals", "Core"],
            ["3", "", "", "pat@example.com", "", "", "", "", "Partner Seat"]]
    preview = ci.preview_import(seat_account.id, clerk.id, export(rows, header=header), ci.KEEP)
    gone_row, boss, pat = preview.users
    assert gone_row.seats == (st.CORE,)  # R13: a deactivated user's seat does not change
    assert not boss.super_admin and boss.seats == (st.CORE,)
    assert pat.seats == (st.PARTNER,) and pat.partner
    said = {p.line: p.message for p in preview.problems}
    assert "deactivated" in said[2] and "super admin" in said[3]
    ci.import_users(seat_account.id, clerk.id, export(rows, header=header), ci.KEEP)
    assert seats_of(User.get_by_id(gone.id)) == [st.CORE]
    assert User.get(User.email_key == "pat@example.com").is_partner_employee
    assert not User.get(User.email_key == "boss@example.com").is_super_admin


def test_an_updated_user_gets_the_file_s_permissions_with_their_history(seat_account):
    from seatdesk.db.models import PermissionHistory

    actor = actor_of(seat_account)
    ann = users.create_user(seat_account.id, actor, "ann@example.com", seat_types=[st.CORE],
                            permissions=["deals_edit", "quotes"], status="active").result
    rows = [["1", "Ann", "Lee", "Ann@Example.com", "2025-06-01", "", "", "Edit deals; Meetings"]]
    preview = ci.preview_import(seat_account.id, actor, export(rows), ci.KEEP)
    assert [u.status for u in preview.users] == ["updated"]
    ci.import_users(seat_account.id, actor, export(rows), ci.KEEP)
    ann = User.get_by_id(ann.id)
    assert (ann.first_name, ann.last_name, ann.last_active) == ("Ann", "Lee", dt.date(2025, 6, 1))
    assert granted_permissions(ann) == {"deals_edit", "meetings"}
    change = PermissionHistory.select().where(PermissionHistory.user == ann).order_by(PermissionHistory.id.desc()).get()
    assert change.change == {"permissions": {"added": ["meetings"], "removed": ["quotes"]}}


# -- after an adversarial review ------------------------------------------------------------------

def test_confirming_is_refused_when_the_account_changed_since_the_preview(seat_account):
    actor = actor_of(seat_account)
    rows = [[str(i), "R", "C", f"race{i}@example.com", "2025-06-01", "", "", "Edit contacts and companies"]
            for i in range(3)]
    seen = ci.preview_import(seat_account.id, actor, export(rows), ci.KEEP)
    free = seat_summary(seat_account.id, st.CORE)
    for i in range(free.total - free.assigned):  # another desk takes every free Core Seat meanwhile
        users.create_user(seat_account.id, actor, f"other{i}@example.com", seat_types=(st.CORE,))
    before = snapshot(seat_account.id)
    with pytest.raises(DomainError, match="changed since the preview") as refused:
        ci.import_users(seat_account.id, actor, export(rows), ci.KEEP, confirmed=seen.digest())
    assert refused.value.code == "preview_stale"
    assert snapshot(seat_account.id) == before  # nothing bought, nobody added
    again = ci.preview_import(seat_account.id, actor, export(rows), ci.KEEP)
    ci.import_users(seat_account.id, actor, export(rows), ci.KEEP, confirmed=again.digest())  # seen, then done


def test_an_unclosed_quote_is_said_with_its_line_instead_of_swallowing_the_rest():
    from tests.crm_files import HEADERS

    raw = (",".join(HEADERS["en"]) + "\r\n1,A,B,a1@example.com,,,,\r\n" + '2,"Bad,B,a2@example.com,,,,\r\n'
           + "".join(f"{i},A,B,u{i}@example.com,,,,\r\n" for i in range(3, 10))).encode()
    with pytest.raises(DomainError) as refused:
        read_crm_export(raw)
    assert refused.value.code == "bad_csv" and refused.value.params["line"] == 3
    assert "ends inside a quoted field" in refused.value.translated()


def test_a_header_line_far_too_long_is_refused_at_once():
    import time

    started = time.perf_counter()
    with pytest.raises(DomainError) as refused:
        read_crm_export(b"Email," + b"x," * 2_000_000 + b"\r\na@example.com\r\n")
    assert refused.value.code == "not_an_export"
    assert time.perf_counter() - started < 5  # refused before reading, not after minutes


def test_the_acting_user_s_own_line_keeps_their_seat_and_rights(seat_account):
    actor = actor_of(seat_account)
    admin = User.get_by_id(actor)
    rights = granted_permissions(admin)
    rows = [["1", "Ada", "Admin", "admin@example.com", "2025-01-02", "", "", "View contacts and companies"]]
    preview = ci.preview_import(seat_account.id, actor, export(rows), ci.VIEW_ONLY_NO_EDIT)
    assert any("Your own seat and permissions stay as they are" in p.message for p in preview.problems)
    ci.import_users(seat_account.id, actor, export(rows), ci.VIEW_ONLY_NO_EDIT)
    assert granted_permissions(User.get_by_id(actor)) == rights
    assert st.VIEW_ONLY not in seats_of(User.get_by_id(actor))


def test_team_names_that_read_the_same_are_one_team_and_invisible_ones_none(seat_account):
    actor = actor_of(seat_account)
    rows = [["7", "Zoe", "T", "zoe@example.com", "", "Sales\u200b; \u200b; Te\x00am", "", ""],
            ["8", "Yan", "T", "yan@example.com", "", "sales", "", ""]]
    ci.import_users(seat_account.id, actor, export(rows), ci.KEEP)
    names = sorted(t.name for t in Team.select().where(Team.account == seat_account.id))
    assert "Sales" in names and "Team" in names
    assert not any("\u200b" in n or "\x00" in n or not n.strip() for n in names)
    assert sum(1 for n in names if n.casefold() == "sales") == 1


def test_a_last_login_in_the_future_is_said_and_left_out():
    rows = [["1", "Fay", "Future", "fay@example.com", "2099-01-01", "", "", ""]]
    read = export(rows)
    assert read.rows[0].last_login is None
    assert any(p.line == 2 and "in the future" in p.message for p in read.problems)
