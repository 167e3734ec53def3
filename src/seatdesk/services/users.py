"""Users of an account (R13, R14, R16, R17): create, deactivate, reactivate, remove, super admin."""

from __future__ import annotations

from seatdesk.db.models import Permission, SeatAssignment, User, UserPermission, db
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_
from seatdesk.services import Change
from seatdesk.services.common import (
    get_account,
    get_actor,
    get_user,
    planning_date,
    record,
    require_paid_access,
    require_users,
)
from seatdesk.services.history import record_history
from seatdesk.services.seats import VIEW_ONLY_NO_SUPER_ADMIN, _check_can_hold, _take_seat, seats_of

REMOVE_ACCESS_FIRST = N_("To remove a user who has a seat, first remove their Sales Hub or Service Hub access in user permissions.")


def normalize_email(email: str) -> str:
    """Check an address's syntax (email-validator, no network) and return it normalised.

    Raises:
        DomainError: the address is not valid.
    """
    from email_validator import (  # imported on first use: start-up
        EmailNotValidError,
        validate_email,
    )

    try:
        return validate_email(email.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        raise DomainError(N_("{email} is not a valid email address."), code="bad_email",
                          email=email.strip()) from None


def email_key(email: str) -> str:
    return email.casefold()


def _insert_user(account, actor, email, first_name="", last_name="", *, status="invited",
                 super_admin=False, partner=False, seat_types=(), permissions=()):
    email = normalize_email(email)
    if User.select().where(User.account == account, User.email_key == email_key(email)).exists():
        raise DomainError(N_("{email} is already a user of this account."), code="duplicate_email", email=email)
    user = User.create(account=account, email=email, email_key=email_key(email), first_name=first_name.strip(),
                       last_name=last_name.strip(), status=status, is_super_admin=super_admin,
                       is_partner_employee=partner, created_on=planning_date(account))
    record(account, actor, "user_created", user_id=user.id, email=email)
    if account.seat_model == st.SEAT_BASED and not seat_types:
        seat_types = (st.VIEW_ONLY,) if not super_admin else (st.CORE,)
    for seat_type in seat_types:
        _check_can_hold(account, user, seat_type)
        _take_seat(account, actor, user, seat_type)
    if permissions:
        ids = [pid for (pid,) in Permission.select(Permission.id).where(Permission.key.in_(list(permissions))).tuples()]
        UserPermission.insert_many([(user.id, pid) for pid in ids],
                                   fields=[UserPermission.user, UserPermission.permission]).execute()
    record_history(account, actor, user, {"created": True, "seat": {"from": [], "to": list(seat_types)},
                                          "permissions": {"added": sorted(permissions), "removed": []},
                                          "super_admin": super_admin})
    return user


def create_user(account_id: int, actor_id: int | None, email: str, first_name: str = "", last_name: str = "",
                *, seat_types=(), permissions=(), super_admin=False, partner=False,
                status: str = "invited") -> Change:
    """Add one user with its seat(s) and permissions in one transaction.

    ``actor_id`` None is only for the first user of a new account (R23) and the demo.
    """
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id) if actor_id is not None else None
        if actor is not None:
            require_users(actor)
            if any(st.is_paid(t) for t in seat_types):
                require_paid_access(actor)
        user = _insert_user(account, actor, email, first_name, last_name, status=status,
                            super_admin=super_admin, partner=partner, seat_types=seat_types,
                            permissions=permissions)
        return Change(users={user.id}, seats=True, result=user)


def _refuse_self(actor: User, user: User, message) -> None:
    if actor.id == user.id:
        raise DomainError(message, code="self")


def _set_status(account_id: int, actor_id: int, user_id: int, status: str) -> Change:
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        if status == "deactivated":
            _refuse_self(actor, user, N_("You can't deactivate yourself. Act as another user to do it."))
            if user.status == "deactivated":
                return Change()
        elif user.status != "deactivated":
            return Change()
        user.status = status
        user.save()
        record(account, actor, "user_deactivated" if status == "deactivated" else "user_reactivated",
               user_id=user.id, email=user.email)
        return Change(users={user.id})


def deactivate_user(account_id: int, actor_id: int, user_id: int) -> Change:
    """Deactivate a user; their seats stay assigned (R13 explains how to free them)."""
    return _set_status(account_id, actor_id, user_id, "deactivated")


def reactivate_user(account_id: int, actor_id: int, user_id: int) -> Change:
    return _set_status(account_id, actor_id, user_id, "active")


def remove_user(account_id: int, actor_id: int, user_id: int) -> Change:
    """Remove a user from the account; refused while they hold a paid seat (R14)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require_users(actor)
        user = get_user(account, user_id)
        _refuse_self(actor, user, N_("You can't remove yourself. Act as another user to do it."))
        if any(st.is_paid(t) for t in seats_of(user)):
            raise DomainError(REMOVE_ACCESS_FIRST, code="holds_paid_seat")
        record(account, actor, "user_removed", user_id=user.id, email=user.email,
               seat_types=seats_of(user))
        SeatAssignment.delete().where(SeatAssignment.user == user).execute()
        user.delete_instance()
        return Change(users={user_id}, seats=True)


def set_super_admin(account_id: int, actor_id: int, user_id: int, value: bool) -> Change:
    """Make a user super admin or not; only a super admin may (R18); never a View-Only user (R16)."""
    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        if not actor.is_super_admin:
            raise DomainError(N_("Only a super admin can give or remove super admin rights."), code="permission")
        user = get_user(account, user_id)
        if value and st.VIEW_ONLY in seats_of(user):
            raise DomainError(VIEW_ONLY_NO_SUPER_ADMIN, code="view_only_super_admin")
        if value == user.is_super_admin:
            return Change()
        if not value:
            _refuse_self(actor, user, N_("You can't remove your own super admin rights. Act as another super admin to do it."))
        user.is_super_admin = value
        user.save()
        record_history(account, actor, user, {"super_admin": value})
        record(account, actor, "super_admin_changed", user_id=user.id, email=user.email, value=value)
        return Change(users={user.id})
