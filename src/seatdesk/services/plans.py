"""Plans (R27): named copies of an account on its planning date, where every screen and rule works as in
the account and nothing reaches it.

A plan is an account of its own (``Account.plan_of`` names the account it copies), so the services need
no second copy of any rule. Making one copies the account's rows with ``INSERT ... SELECT``: each copied
table's ids move by one offset past the highest id ever given, so the links between the copied rows move
with them and no id is given twice.
"""

from __future__ import annotations

from seatdesk.db.models import Account, db
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_, Nn_
from seatdesk.services import Change
from seatdesk.services.common import get_account, get_actor, record, require

DRAFT, FOR_APPROVAL, APPROVED = "draft", "for_approval", "approved"
STATES = (DRAFT, FOR_APPROVAL, APPROVED)
STATE_LABELS = {DRAFT: N_("Draft"), FOR_APPROVAL: N_("For approval"), APPROVED: N_("Approved")}
MAX_NAME = 80
NEED_BILLING_FOR_PLANS = N_("You need Modify billing permissions to make and change plans.")


def _columns(table: str) -> list[str]:
    return [row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')]


def _offset(table: str, where: str, params: tuple) -> int:
    """How far the copied rows' ids move: past the highest id ever given in ``table``."""
    low = db.execute_sql(f'SELECT min(id) FROM "{table}" WHERE {where}', params).fetchone()[0]
    if low is None:
        return 0
    high = db.execute_sql(f'SELECT max(id) FROM "{table}"').fetchone()[0] or 0
    seq = db.execute_sql("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    return max(high, seq[0] if seq else 0) + 1 - low


def _copy(table: str, where: str, params: tuple, changed: dict[str, str], id_offset: int | None = None) -> None:
    """Copy the rows of ``table`` matching ``where``: columns in ``changed`` take that SQL expression, the
    id moves by ``id_offset`` (a new id when None)."""
    columns = [c for c in _columns(table) if c != "id" or id_offset is not None]
    values = [f'"id" + {int(id_offset)}' if c == "id" else changed.get(c, f'"{c}"') for c in columns]
    db.execute_sql(f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{c}{chr(34)}" for c in columns)}) '
                   f'SELECT {", ".join(values)} FROM "{table}" WHERE {where}', params)


def _check_name(root: Account, name: str, keep: int | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError(N_("Type a name for the plan."), code="no_name")
    if len(name) > MAX_NAME:
        raise DomainError(Nn_("A plan's name has at most {n} character.", "A plan's name has at most {n} characters."),
                          code="name_too_long", n=MAX_NAME)
    taken = (Account.select().where(Account.plan_of == root.id, Account.id != (keep or 0))
             .where(Account.name.collate("NOCASE") == name).exists())
    if taken:
        raise DomainError(N_("{account} already has a plan named {name}. Choose another name."), code="name_taken",
                          account=root.name, name=name)
    return name


def _root(account: Account) -> Account:
    return get_account(account.plan_of) if account.plan_of else account


def create_plan(account_id: int, actor_id: int, name: str, note: str = "") -> Change:
    """A plan of the account (or a copy of a plan, of the same account): users, seats, subscriptions,
    scheduled removals and tier changes, add-ons, teams, permission sets and permissions, as on the
    planning date. Needs Modify billing. ``Change.result`` is the plan's account row."""
    with db.atomic():
        source = get_account(account_id)
        actor = get_actor(source, actor_id)
        require(actor, NEED_BILLING_FOR_PLANS, "modify_billing")
        root = _root(source)
        name = _check_name(root, name)
        plan = Account.create(name=name, currency=source.currency, seat_model=source.seat_model,
                              planning_date=source.planning_date, salesforce_integration=source.salesforce_integration,
                              plan_of=root.id, plan_note=note.strip(), plan_state=DRAFT)
        src, new = (source.id,), plan.id
        in_subs = '"subscription_id" IN (SELECT id FROM "subscription" WHERE "account_id" = ?)'
        in_users = '"user_id" IN (SELECT id FROM "user" WHERE "account_id" = ?)'
        in_presets = '"preset_id" IN (SELECT id FROM "preset" WHERE "account_id" = ?)'
        subs = _offset("subscription", '"account_id" = ?', src)
        presets = _offset("preset", '"account_id" = ?', src)
        teams = _offset("team", '"account_id" = ?', src)
        users = _offset("user", '"account_id" = ?', src)
        actor_moved = {"actor_id": f'"actor_id" + {users}'}
        # parents first: the copied links point at copied rows (foreign keys stay on)
        _copy("subscription", '"account_id" = ?', src, {"account_id": str(new)}, subs)
        _copy("preset", '"account_id" = ?', src, {"account_id": str(new)}, presets)
        _copy("team", '"account_id" = ?', src, {"account_id": str(new)}, teams)
        _copy("user", '"account_id" = ?', src, {"account_id": str(new), "preset_id": f'"preset_id" + {presets}'},
              users)
        _copy("seat_purchase", in_subs, src, {"subscription_id": f'"subscription_id" + {subs}', **actor_moved})
        _copy("seat_removal", in_subs, src, {"subscription_id": f'"subscription_id" + {subs}', **actor_moved})
        _copy("add_on", in_subs, src, {"subscription_id": f'"subscription_id" + {subs}', **actor_moved})
        _copy("subscription_change", '"account_id" = ?', src, {"account_id": str(new), **actor_moved})
        _copy("preset_permission", in_presets, src, {"preset_id": f'"preset_id" + {presets}'})
        _copy("user_team", in_users, src, {"user_id": f'"user_id" + {users}', "team_id": f'"team_id" + {teams}'})
        _copy("seat_assignment", '"account_id" = ?', src, {"account_id": str(new), "user_id": f'"user_id" + {users}'})
        _copy("user_permission", in_users, src, {"user_id": f'"user_id" + {users}'})
        _copy("invitation", in_users, src, {"user_id": f'"user_id" + {users}', "token": f"\"token\" || '.{new}'"})
        plan.acting_user_id = source.acting_user_id + users if source.acting_user_id else None
        plan.save()
        record(plan, get_actor(plan, plan.acting_user_id) if plan.acting_user_id else None, "plan_created",
               name=name, account_name=root.name, source=source.name, by=actor.email)
        record(root, actor, "plan_made", name=name)
        return Change(accounts=True, result=plan)


def _plan_of(account_id: int) -> Account:
    plan = get_account(account_id)
    if not plan.plan_of:
        raise DomainError(N_("This is the account itself, not a plan."), code="not_a_plan")
    return plan


def _checked_actor(plan: Account, actor_id: int):
    """The acting user of the plan's account (plans are managed from the account or the plan)."""
    root = _root(plan)
    try:
        actor = get_actor(plan, actor_id)
    except DomainError:
        actor = get_actor(root, actor_id)
    require(actor, NEED_BILLING_FOR_PLANS, "modify_billing")
    return actor


def rename_plan(plan_id: int, actor_id: int, name: str) -> Change:
    with db.atomic():
        plan = _plan_of(plan_id)
        actor = _checked_actor(plan, actor_id)
        old, plan.name = plan.name, _check_name(_root(plan), name, keep=plan.id)
        plan.save()
        record(plan, actor if actor.account_id == plan.id else None, "plan_renamed", name=plan.name, old_name=old,
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
        record(plan, actor if actor.account_id == plan.id else None, "plan_state", state=state, by=actor.email)
        return Change(accounts=True)


def delete_plan(plan_id: int, actor_id: int) -> Change:
    """Delete a plan and everything in it; the account is not touched."""
    with db.atomic():
        plan = _plan_of(plan_id)
        actor = _checked_actor(plan, actor_id)
        root = _root(plan)
        name = plan.name
        plan.delete_instance(recursive=False)  # its rows go with it (ON DELETE CASCADE)
        record(root, actor if actor.account_id == root.id else None, "plan_deleted", name=name)
        return Change(accounts=True, result=root)


def plans_of(account_id: int) -> list[Account]:
    return list(Account.select().where(Account.plan_of == account_id).order_by(Account.name, Account.id))
