"""Plans (R27): named copies of an account on its planning date, where every screen and rule works as in
the account and nothing reaches it.

A plan is an account of its own (``Account.plan_of`` names the account it copies), so the services need
no second copy of any rule. Making one copies the account's rows with ``INSERT ... SELECT``: each copied
table's ids move by one offset past the highest id ever given, so the links between the copied rows move
with them and no id is given twice.
"""

from __future__ import annotations

from seatdesk.db.models import Account, User, db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change
from seatdesk.services.common import clean_name, get_account, get_actor, record, require

DRAFT, FOR_APPROVAL, APPROVED = "draft", "for_approval", "approved"
STATES = (DRAFT, FOR_APPROVAL, APPROVED)
STATE_LABELS = {DRAFT: N_("Draft"), FOR_APPROVAL: N_("For approval"), APPROVED: N_("Approved")}
MAX_NAME = 80
NEED_BILLING_FOR_PLANS = N_("You need Modify billing permissions to make and change plans.")


def _map(table: str, where: str, params: tuple) -> str:
    """A temporary table ``map_<table>`` of (old id, new id) for the rows copied: the new ids follow the highest
    id ever given, one after another whatever the gaps, so copies never make ids grow faster than rows."""
    name = f"map_{table}"
    count = db.execute_sql(f'SELECT count(*) FROM "{table}" WHERE {where}', params).fetchone()[0]
    base = db.reserve_ids(table, count)
    db.execute_sql(f"DROP TABLE IF EXISTS {name}")  # a temporary table (the name is seatdesk's alone)
    db.execute_sql(f"CREATE TEMP TABLE {name} (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    db.execute_sql(f'INSERT INTO {name} (old, new) SELECT id, {int(base)} + ROW_NUMBER() OVER (ORDER BY id) '
                   f'FROM "{table}" WHERE {where}', params)
    return name


def _new(mapping: str, column: str) -> str:
    """The SQL giving a copied row's new reference (NULL stays NULL)."""
    return f'(SELECT new FROM {mapping} WHERE old = "{column}")'


def _copy(table: str, where: str, params: tuple, changed: dict[str, str], mapping: str | None = None) -> None:
    """Copy the rows of ``table`` matching ``where``: columns in ``changed`` take that SQL expression, the
    id its new value in ``mapping`` (a new id when None)."""
    columns = [c for c in db.column_names(table) if c != "id" or mapping is not None]
    values = [_new(mapping, "id") if c == "id" else changed.get(c, f'"{c}"') for c in columns]
    db.execute_sql(f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
                   f'SELECT {", ".join(values)} FROM "{table}" WHERE {where}', params)


def _check_name(root: Account, name: str, keep: int | None = None) -> str:
    others = [a.name for a in Account.select(Account.name).where(Account.plan_of == root.id, Account.id != (keep or 0))]
    return clean_name(name, others, MAX_NAME, (N_("Type a name for the plan."), "no_name"),
                      (Nn_("A plan's name has at most {n} character.", "A plan's name has at most {n} characters."),
                       "name_too_long"),
                      (N_("{account} already has a plan named {name}. Choose another name."), "name_taken"),
                      account=root.name)


def _root(account: Account) -> Account:
    return get_account(account.plan_of) if account.plan_of else account


def create_plan(account_id: int, actor_id: int, name: str, note: str = "") -> Change:
    """A plan of the account (or a copy of a plan, of the same account): users, seats, subscriptions,
    scheduled removals and tier changes, add-ons, teams, permission sets and permissions, as on the
    planning date. Needs Modify billing. ``Change.result`` is the plan's account row."""
    with db.atomic():
        source = get_account(account_id)
        actor = _checked_actor(source, actor_id)
        root = _root(source)
        name = _check_name(root, name)
        plan = Account.create(name=name, currency=source.currency, seat_model=source.seat_model,
                              planning_date=source.planning_date, salesforce_integration=source.salesforce_integration,
                              plan_of=root.id, plan_note=note.strip(), plan_state=DRAFT)
        src, new = (source.id,), plan.id
        of_account = '"account_id" = ?'
        in_subs = '"subscription_id" IN (SELECT id FROM "subscription" WHERE "account_id" = ?)'
        in_users = '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'
        in_presets = '"preset_id" IN (SELECT id FROM "preset" WHERE "account_id" = ?)'
        subs, presets = _map("subscription", of_account, src), _map("preset", of_account, src)
        teams, users = _map("team", of_account, src), _map("user", of_account, src)
        actor_moved = {"actor_id": _new(users, "actor_id")}
        account = {"account_id": str(new)}
        # parents first: the copied links point at copied rows (foreign keys stay on)
        _copy("subscription", of_account, src, account, subs)
        _copy("preset", of_account, src, account, presets)
        _copy("team", of_account, src, account, teams)
        _copy("user", of_account, src, {**account, "preset_id": _new(presets, "preset_id")}, users)
        for table in ("seat_purchase", "seat_removal", "add_on"):
            _copy(table, in_subs, src, {"subscription_id": _new(subs, "subscription_id"), **actor_moved})
        _copy("subscription_change", of_account, src, {**account, **actor_moved})
        _copy("preset_permission", in_presets, src, {"preset_id": _new(presets, "preset_id")})
        _copy("user_team", in_users, src, {"user_id": _new(users, "user_id"), "team_id": _new(teams, "team_id")})
        _copy("seat_assignment", of_account, src, {**account, "user_id": _new(users, "user_id")})
        _copy("user_permission", in_users, src, {"user_id": _new(users, "user_id")})
        _copy("permission_history", in_users, src, {"user_id": _new(users, "user_id"), **actor_moved})
        _copy("invitation", in_users, src, {"user_id": _new(users, "user_id"), "token": f"\"token\" || '.{new}'"})
        # the renewals already applied: the plan's planning date can't go back before them either
        _copy("event", '"account_id" = ? AND "kind" = \'term_renewed\'', src, {**account, "actor_id": "NULL"})
        mapped = db.execute_sql(f'SELECT m.new FROM {users} m JOIN "user" u ON u.id = m.old '
                                'WHERE u.account_id = ? AND u.email_key = ?', (source.id, actor.email_key)).fetchone()
        plan.acting_user_id = mapped[0] if mapped else None  # the person making the plan acts in it
        plan.save()
        for table in (subs, presets, teams, users):
            db.execute_sql(f"DROP TABLE {table}")
        record(plan, None, "plan_created",
               name=name, account_name=root.name, source=source.name, by=actor.email)
        record(root, actor, "plan_made", name=name)
        return Change(accounts=True, result=plan)


def _plan_of(account_id: int) -> Account:
    plan = get_account(account_id)
    if not plan.plan_of:
        raise DomainError(N_("This is the account itself, not a plan."), code="not_a_plan")
    return plan


def _checked_actor(account: Account, actor_id: int) -> User:
    """The user of the account itself who makes or manages a plan: acting in the account, or in a plan as the
    copy of an account user (a user added only in a plan can't approve it). Needs Modify billing."""
    root = _root(account)
    user = User.get_or_none((User.id == actor_id) & (User.account.in_([account.id, root.id])))
    if user is not None and user.account_id != root.id:
        user = User.get_or_none((User.account == root.id) & (User.email_key == user.email_key))
        if user is None:
            raise DomainError(N_("Only a user of the account itself can make and manage its plans."),
                              code="not_account_user")
    actor = get_actor(root, user.id if user else actor_id)
    require(actor, NEED_BILLING_FOR_PLANS, "modify_billing")
    return actor


def rename_plan(plan_id: int, actor_id: int, name: str) -> Change:
    with db.atomic():
        plan = _plan_of(plan_id)
        actor = _checked_actor(plan, actor_id)
        old, plan.name = plan.name, _check_name(_root(plan), name, keep=plan.id)
        plan.save()
        record(plan, None, "plan_renamed", name=plan.name, old_name=old,
               by=actor.email)
        return Change(accounts=True)


def set_plan_state(plan_id: int, actor_id: int, state: str) -> Change:
    """Draft, for approval or approved; who and when go to the plan's event log."""
    if state not in STATES:
        raise DomainError(N_("Choose draft, for approval or approved."), code="bad_state")
    with db.atomic():
        plan = _plan_of(plan_id)
        actor = _checked_actor(plan, actor_id)
        if plan.plan_state == state:
            return Change()
        plan.plan_state = state
        plan.save()
        record(plan, None, "plan_state", state=state, by=actor.email)
        return Change(accounts=True)


def delete_plan(plan_id: int, actor_id: int) -> Change:
    """Delete a plan and everything in it; the account is not touched."""
    with db.atomic():
        plan = _plan_of(plan_id)
        actor = _checked_actor(plan, actor_id)
        root = _root(plan)
        name = plan.name
        plan.delete_instance(recursive=False)  # its rows go with it (ON DELETE CASCADE)
        record(root, actor, "plan_deleted", name=name)
        return Change(accounts=True, result=root)


def plans_of(account_id: int) -> list[Account]:
    return list(Account.select().where(Account.plan_of == account_id).order_by(Account.name, Account.id))
