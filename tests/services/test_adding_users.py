"""Adding users in a batch (F1, F2, R6, R16-R21): checks, one transaction, invitations and the outbox."""

from __future__ import annotations

import email

import pytest

from seatdesk import i18n
from seatdesk.db.models import (
    Event,
    Invitation,
    OutboxMessage,
    PermissionHistory,
    Preset,
    SeatAssignment,
    Team,
    User,
    UserTeam,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import CSV_FILE, SALESFORCE, TYPED, Candidate, split_addresses
from seatdesk.services import outbox
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.services.common import granted_permissions
from seatdesk.services.users import NewUsers
from tests.services.test_rules import add_user


def refused(code, action, *args, **kwargs):
    with pytest.raises(DomainError) as info:
        action(*args, **kwargs)
    assert info.value.code == code, info.value
    return info.value


def typed(*addresses):
    return split_addresses("\n".join(addresses))


def create(account, candidates, **kw):
    return users_service.create_users(account.id, account.acting_user_id, NewUsers(candidates, **kw))


def snapshot():
    return tuple(m.select().count() for m in (User, SeatAssignment, PermissionHistory, Invitation, OutboxMessage,
                                                Event))


def test_every_problem_is_listed_with_its_line_before_anything_is_written(seat_account):
    add_user(seat_account, "Taken@Example.com")
    candidates = typed("ok@example.com, bad@@example", "taken@example.COM", "OK@example.com") + [
        Candidate(CSV_FILE, 4, ""), Candidate(CSV_FILE, 5, "new@example.com")]
    before = snapshot()
    check = users_service.check_new_users(seat_account.id, candidates)
    assert [c.email for c in check.valid] == ["ok@example.com", "new@example.com"]
    assert [(p.candidate.source, p.candidate.line, p.translated()) for p in check.problems] == [
        (TYPED, 1, "Not a valid email address."),
        (TYPED, 2, "Already a user of this account."),
        (TYPED, 3, "Listed twice: already on line 1 of Add email address(es)."),
        (CSV_FILE, 4, "No email address on this line."),
    ]
    assert snapshot() == before
    refused("bad_batch", create, seat_account, candidates, seat_types=(st.CORE,))
    assert snapshot() == before


def test_a_batch_gets_the_same_seat_and_permissions_with_history_and_one_invitation_each(seat_account):
    chosen = perms.TEMPLATE_PERMISSIONS["sales_rep"]
    i18n.set_language("de")
    change = create(seat_account, typed("a@example.com b@example.com", "c@example.com"), seat_types=(st.CORE,),
                    permissions=chosen, language="fr")
    users = change.result
    assert [u.email for u in users] == ["a@example.com", "b@example.com", "c@example.com"]
    for user in users:
        assert user.status == "invited"
        assert seats_service.seats_of(user) == [st.CORE]
        assert granted_permissions(user) == set(chosen)
        [history] = user.history
        assert history.change["seat"] == {"from": [], "to": [st.CORE]}
        assert history.actor_id == seat_account.acting_user_id
    messages = list(OutboxMessage.select().order_by(OutboxMessage.id))
    assert [m.recipient for m in messages] == ["a@example.com", "b@example.com", "c@example.com"]
    assert all(m.language == "fr" and "Test account" in m.subject and "rejoindre" in m.subject for m in messages)
    token = Invitation.get(Invitation.user == users[0]).token
    assert token in messages[0].body and messages[0].link.endswith(token)
    assert i18n.current_language() == "de"  # the window's language is left alone


def test_dont_send_an_invite_queues_nothing_but_keeps_a_link(seat_account):
    [user] = create(seat_account, typed("quiet@example.com"), seat_types=(st.VIEW_ONLY,), invite=False).result
    assert OutboxMessage.select().count() == 0
    assert "token=" in outbox.open_invitation_link(seat_account.id, user.id)
    assert granted_permissions(user) == set(perms.default_permissions(view_only=True))


def test_missing_paid_seats_refuse_the_whole_batch(seat_account):
    available = seats_service.seat_summary(seat_account.id, st.CORE).available
    batch = typed(*[f"u{i}@example.com" for i in range(available + 2)])
    assert seats_service.missing_seats(seat_account.id, (st.CORE,), len(batch)) == {st.CORE: 2}
    before = snapshot()
    error = refused("no_seat_available", create, seat_account, batch, seat_types=(st.CORE,))
    assert "2 more seats" in error.translated()
    assert snapshot() == before
    seats_service.buy_seats(seat_account.id, seat_account.acting_user_id, st.CORE, 2)
    assert len(create(seat_account, batch, seat_types=(st.CORE,)).result) == available + 2


def test_forbidden_access_is_refused(seat_account, legacy_account):
    one = typed("x@example.com")
    refused("view_only_super_admin", create, seat_account, one, seat_types=(st.VIEW_ONLY,), super_admin=True)
    refused("partner_only", create, seat_account, one, seat_types=(st.PARTNER,))
    refused("view_only_permissions", create, seat_account, one, seat_types=(st.VIEW_ONLY,),
            permissions=frozenset({"deals_edit"}))
    refused("tier", create, seat_account, one, seat_types=(st.SERVICE,))  # no Service Hub Pro/Enterprise
    refused("super_admin_paid_later", create, legacy_account, one, seat_types=("sales_professional",),
            super_admin=True)
    [partner] = create(seat_account, one, seat_types=(st.PARTNER,), partner=True).result
    assert partner.is_partner_employee


def test_only_a_super_admin_makes_super_admins_and_paid_access_needs_both_permissions(seat_account):
    clerk = add_user(seat_account, "clerk@example.com", permissions=(perms.ADD_EDIT_USERS,))
    one = typed("x@example.com")
    for kw in ({"seat_types": (st.VIEW_ONLY,), "super_admin": True}, {"seat_types": (st.CORE,)}):
        refused("permission", users_service.create_users, seat_account.id, clerk.id, NewUsers(one, **kw))
    [made] = users_service.create_users(seat_account.id, clerk.id, NewUsers(one, seat_types=(st.VIEW_ONLY,))).result
    assert not made.is_super_admin


def test_salesforce_records_need_the_integration_and_a_professional_hub(seat_account, db_path):
    record = [Candidate(SALESFORCE, 2, "sf@example.com", "Sales", "Force")]
    refused("salesforce", create, seat_account, record, seat_types=(st.VIEW_ONLY,))
    seat_account.salesforce_integration = True
    seat_account.save()
    [user] = create(seat_account, record, seat_types=(st.VIEW_ONLY,)).result
    assert (user.first_name, user.last_name) == ("Sales", "Force")


def test_legacy_user_with_sales_and_service_seats(legacy_account):
    seats_service.buy_seats(legacy_account.id, legacy_account.acting_user_id, "service_starter", 1)
    [user] = create(legacy_account, typed("l@example.com"),
                    seat_types=("sales_professional", "service_starter")).result
    assert seats_service.seats_of(user) == ["sales_professional", "service_starter"]


def test_accepting_an_invitation_needs_the_same_email_and_activates_the_user(seat_account):
    [user] = create(seat_account, typed("Inv@Example.com"), seat_types=(st.VIEW_ONLY,)).result
    token = Invitation.get(Invitation.user == user).token
    refused("email_mismatch", outbox.accept_invitation, seat_account.id, token, "other@example.com")
    assert User.get_by_id(user.id).status == "invited"
    outbox.accept_invitation(seat_account.id, token, " inv@example.COM ")
    user = User.get_by_id(user.id)
    assert user.status == "active" and user.last_active is not None
    refused("not_open", outbox.accept_invitation, seat_account.id, token, "inv@example.com")
    refused("accepted", outbox.open_invitation_link, seat_account.id, user.id)
    [row] = outbox.outbox_rows(seat_account.id)
    assert row.accepted and row.token is None


def test_outbox_exports_eml_files(seat_account, tmp_path):
    create(seat_account, typed("a@example.com", "b@example.com"), seat_types=(st.VIEW_ONLY,), language="nl")
    rows = outbox.outbox_rows(seat_account.id)
    files = outbox.export_eml(seat_account.id, [r.id for r in rows], tmp_path / "out")
    assert len(files) == 2
    parsed = email.message_from_bytes(files[0].read_bytes(), policy=email.policy.default)
    assert parsed["To"] == "a@example.com" and parsed["Content-Language"] == "nl"
    assert "token=" in parsed.get_content()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    refused("export", outbox.export_eml, seat_account.id, [rows[0].id], blocker / "sub")


def test_team_and_preset_after_creation(seat_account):
    users = create(seat_account, typed("a@example.com", "b@example.com"), seat_types=(st.VIEW_ONLY,)).result
    team = Team.create(account=seat_account, name="Support")
    preset = Preset.create(account=seat_account, name="Defaults")
    ids = [u.id for u in users]
    users_service.add_to_team_and_preset(seat_account.id, seat_account.acting_user_id, ids, team.id, preset.id)
    users_service.add_to_team_and_preset(seat_account.id, seat_account.acting_user_id, ids, team.id, None)
    assert UserTeam.select().where(UserTeam.team == team).count() == 2
    assert {User.get_by_id(i).preset_id for i in ids} == {preset.id}


def test_eml_export_is_all_or_nothing_with_long_addresses_and_names_on_several_lines(seat_account, tmp_path,
                                                                                   monkeypatch):
    """A valid 254-character address and an account name with CR/LF export fine; a failure half-way
    leaves no file behind."""
    from pathlib import Path

    from seatdesk.db.models import Account

    Account.update(name="Acme\r\nBcc: everyone@example.com").where(Account.id == seat_account.id).execute()
    long_address = "a" * 64 + "@" + ".".join(["b" * 61] * 3) + ".com"
    assert len(long_address) == 254
    create(seat_account, typed(long_address, "c@example.com"), seat_types=(st.VIEW_ONLY,))
    rows = outbox.outbox_rows(seat_account.id)
    files = outbox.export_eml(seat_account.id, [r.id for r in rows], tmp_path / "out")
    assert len(files) == 2 and all(len(f.name) < 120 for f in files)
    for path in files:
        parsed = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        assert parsed["Bcc"] is None
    real_write = Path.write_bytes
    calls = []

    def full_disk(self, data):
        calls.append(self)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", full_disk)
    refused("export", outbox.export_eml, seat_account.id, [r.id for r in rows], tmp_path / "second")
    assert list((tmp_path / "second").iterdir()) == []
