"""Helpers shared by the services: loading, the planning date, permission checks, the event log."""

from __future__ import annotations

import datetime as dt

from peewee import Model

from seatdesk.db.engines import POSTGRESQL
from seatdesk.db.models import Account, Event, Permission, User, UserPermission, db
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING, has_permission
from seatdesk.i18n import N_

#: Messages of R18, worded as the glossary's rule sentences.
NEED_MODIFY_BILLING = N_("You need Modify billing permissions to add or remove paid seats.")
NEED_BILLING_FOR_SUBSCRIPTIONS = N_("You need Modify billing permissions to change subscriptions.")
NEED_USERS_AND_BILLING = N_("You need both Add and edit users and Modify billing permissions to give users access to paid features.")
NEED_ADD_EDIT_USERS = N_("You need Add and edit users permissions to change users.")


def today() -> dt.date:
    return dt.date.today()


def planning_date(account: Account) -> dt.date:
    """The date every time rule uses (R22): the chosen planning date, never before today."""
    chosen = account.planning_date
    return max(chosen, today()) if chosen else today()


def get_account(account_id: int) -> Account:
    account = Account.get_or_none(Account.id == account_id)
    if account is None:
        raise DomainError(N_("This account no longer exists. Choose another account."), code="no_account")
    return account


def get_user(account: Account, user_id: int) -> User:
    user = User.get_or_none((User.id == user_id) & (User.account == account))
    if user is None:
        raise DomainError(N_("This user no longer exists in the account."), code="no_user")
    return user


def granted_permissions(user: User) -> set[str]:
    query = (Permission.select(Permission.key)
             .join(UserPermission).where(UserPermission.user == user))
    return {key for (key,) in query.tuples()}


def user_can(user: User, *permissions: str) -> bool:
    granted = granted_permissions(user)
    return all(has_permission(user.is_super_admin, granted, p) for p in permissions)


def get_actor(account: Account, actor_id: int | None) -> User:
    """The acting user (R18); must be an active user of the account."""
    if actor_id is None:
        raise DomainError(N_("First choose, in Acting as, the user whose permissions apply."), code="no_actor")
    actor = get_user(account, actor_id)
    if actor.status != "active":
        raise DomainError(N_("{email} is not an active user and can't make changes. Choose another user in Acting as."),
                          code="actor_inactive", email=actor.email)
    return actor


def require(actor: User, message, *permissions: str) -> None:
    """Refuse with ``message`` unless ``actor`` has every permission."""
    if not user_can(actor, *permissions):
        raise DomainError(message, code="permission")


def require_billing(actor: User) -> None:
    require(actor, NEED_MODIFY_BILLING, MODIFY_BILLING)


def require_users(actor: User) -> None:
    require(actor, NEED_ADD_EDIT_USERS, ADD_EDIT_USERS)


def require_paid_access(actor: User) -> None:
    require(actor, NEED_USERS_AND_BILLING, ADD_EDIT_USERS, MODIFY_BILLING)


def record(account: Account, actor: User | None, kind: str, **data) -> Event:
    """Add an entry to the account's event log, dated with the planning date."""
    return Event.create(account=account, actor=actor, kind=kind,
                        planning_date=planning_date(account), data=data)


def insert_rows(model: type[Model], rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys, field names) with one ``executemany``, in the caller's transaction.

    peewee's insert_many builds the SQL in Python (~10 µs a value, QT-NOTES: 20,000 events took
    0.6 s) and binds every value of every row to one statement, beyond SQLite's variable limit on
    many builds past a few thousand rows. Values go through each field's ``db_value`` as with
    peewee; fields left out get their default, computed once for the batch.
    """
    if not rows:
        return
    meta = model._meta
    given = list(rows[0])
    defaults = [f for f in meta.sorted_fields if f.name not in given and f.default is not None]
    fields = [meta.fields[name] for name in given] + defaults
    fixed = [f.db_value(f.default() if callable(f.default) else f.default) for f in defaults]
    convert = [(name, meta.fields[name].db_value) for name in given]
    sql = 'INSERT INTO "{}" ({}) VALUES ({})'.format(
        meta.table_name, ", ".join(f'"{f.column_name}"' for f in fields), ", ".join("?" * len(fields)))
    db.executemany(sql, [[to_db(row[name]) for name, to_db in convert] + fixed for row in rows])


def record_many(account: Account, actor: User | None, kind: str, entries: list[dict]) -> None:
    """Add one event of ``kind`` per entry of ``entries`` (a batch: one statement)."""
    day = planning_date(account)
    insert_rows(Event, [{"account": account, "actor": actor, "kind": kind, "planning_date": day, "data": data}
                        for data in entries])


def actor_can(account_id: int, actor_id: int | None, *permissions: str) -> bool:
    """Whether the acting user may do what needs ``permissions`` (the window greys out what they can't)."""
    if actor_id is None:
        return False
    actor = User.get_or_none((User.id == actor_id) & (User.account == account_id))
    return actor is not None and actor.status == "active" and user_can(actor, *permissions)


def actor_is_super_admin(account_id: int, actor_id: int | None) -> bool:
    """Whether the acting user is an active super admin (only they give or remove super admin rights)."""
    actor = User.get_or_none((User.id == actor_id) & (User.account == account_id)) if actor_id else None
    return bool(actor and actor.is_super_admin and actor.status == "active")


DATABASE_BUSY = N_("Another seatdesk is changing this account right now. Nothing was changed: try again in a moment.")


def database_refusal(error: Exception) -> DomainError:
    """A database error met during an action, as the refusal the window shows (the transaction rolled back)."""
    text = str(error).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return DomainError(DATABASE_BUSY, code="database_busy")
    if ("server closed the connection" in text or "connection already closed" in text or "terminating connection"
            in text or "could not connect" in text or "connection refused" in text or "no connection to the server" in text
            or "connection not opened" in text or "connection timed out" in text or "ssl syscall" in text):
        return DomainError(N_("The connection to the team database was lost: nothing was changed. Check the network "
                              "and the server, then try again."), code="database_connection_lost")
    if "readonly" in text or "read-only" in text:
        return DomainError(N_("This database file can only be read: nothing was changed. Open a copy you can write "
                              "to, or ask for write access to the file."), code="database_read_only")
    if "malformed" in text or "disk image" in text or "not a database" in text:
        return DomainError(N_("The database file is damaged: nothing was changed. Restore a backup copy of the "
                              "file, or open another one."), code="database_damaged")
    if getattr(db.obj, "engine", None) == POSTGRESQL:
        return DomainError(N_("The team database refused the change ({detail}): nothing was changed. Try again; if "
                              "it happens again, send this message to the server's administrator."),
                           code="database_error", detail=" ".join(str(error).split()))
    return DomainError(N_("The database could not be changed ({detail}): nothing was changed. Check the disk and "
                          "the file, then try again."), code="database_error", detail=str(error))


def plain_name(text: str) -> str:
    """A typed or imported name as stored: spaces collapsed, invisible and control characters out."""
    import unicodedata

    return "".join(ch for ch in " ".join((text or "").split()) if unicodedata.category(ch) not in ("Cf", "Cc"))


def name_key(text: str) -> str:
    """Names that read the same (case, accents written two ways, compatibility forms, invisible characters)
    have the same key."""
    import unicodedata

    return unicodedata.normalize("NFKC", plain_name(text)).casefold()


def clean_name(name: str, others, max_length: int, empty: tuple, too_long: tuple, taken: tuple, **params) -> str:
    """A name as stored (teams, permission sets, plans): spaces collapsed, invisible characters out, not empty,
    at most ``max_length`` characters, and none of ``others`` (names of the same kind) reading the same
    (case, accents written two ways, compatibility forms). ``empty``, ``too_long`` and ``taken`` are
    (message, code) of the refusals; ``too_long`` is a plural pair over ``n``, ``taken`` names ``name`` and
    gets ``params`` too."""
    name = plain_name(name)
    if not name:
        raise DomainError(empty[0], code=empty[1])
    if len(name) > max_length:
        raise DomainError(too_long[0], code=too_long[1], n=max_length)
    for other in others:
        if name_key(other) == name_key(name):
            raise DomainError(taken[0], code=taken[1], name=other, **params)
    return name
