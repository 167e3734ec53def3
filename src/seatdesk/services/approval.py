"""The approval pack of a plan (R29): what it is, who prepared it, the comparison with its account, the
projection, the changes made in it (from its event log, in words) and the seats it takes back.

This module reads and puts into words; ``ui/approval_pack.py`` lays the pack out as a PDF, and
``changes_csv`` gives the changes as a CSV that Excel opens in each language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from peewee import JOIN

from seatdesk.db.models import Event, User
from seatdesk.domain.errors import DomainError
from seatdesk.domain.export import csv_bytes
from seatdesk.domain.names import name_and_email
from seatdesk.i18n import N_, _, decimal_separator, format_date, format_datetime
from seatdesk.services.common import get_account, planning_date
from seatdesk.services.compare import Side, side
from seatdesk.services.events import describe

#: Kinds about the plan itself (told in the pack's heading, not among its changes).
_ABOUT_THE_PLAN = ("plan_created", "plan_renamed", "plan_state")


@dataclass(frozen=True)
class ChangeLine:
    at: dt.datetime
    planning_date: dt.date
    by: str
    text: str


@dataclass(frozen=True)
class Pack:
    plan_name: str
    account_name: str
    state: str
    state_by: str  # who set the state, and when ("" for a draft never changed)
    state_at: dt.datetime | None
    note: str
    prepared_by: str
    prepared_at: dt.datetime
    planning_date: dt.date
    currency: str
    months: int
    plan: Side
    account: Side
    changes: tuple[ChangeLine, ...]
    reclaimed: tuple = ()


def _changes(plan_id: int, currency: str) -> list[ChangeLine]:
    """What was done in the plan since it was copied, oldest first: the events after ``plan_created``."""
    made = (Event.select(Event.id).where((Event.account == plan_id) & (Event.kind == "plan_created"))
            .order_by(Event.id).first())
    since = made.id if made else 0
    rows = (Event.select(Event, User).join(User, on=(Event.actor == User.id), join_type=JOIN.LEFT_OUTER)
            .where((Event.account == plan_id) & (Event.id > since) & Event.kind.not_in(_ABOUT_THE_PLAN))
            .order_by(Event.id))
    return [ChangeLine(e.at, e.planning_date, e.actor.email if e.actor_id and e.actor else "",
                       describe(e.kind, e.data, currency)) for e in rows]


def pack(plan_id: int, actor_id: int | None, months: int) -> Pack:
    """Everything the pack shows, read once (in the current language). Only a plan has one."""
    from seatdesk.services.plans import STATE_LABELS

    plan = get_account(plan_id)
    if not plan.plan_of:
        raise DomainError(N_("Only a plan has an approval pack: choose one of the account's plans first."),
                          code="not_a_plan")
    account = get_account(plan.plan_of)
    actor = User.get_or_none(User.id == actor_id) if actor_id else None
    last_state = (Event.select().where((Event.account == plan.id) & (Event.kind == "plan_state"))
                  .order_by(Event.id.desc()).first())
    from seatdesk.services.reclaim import reclaimed_in

    reclaimed = tuple(reclaimed_in(plan.id))
    return Pack(plan_name=plan.name, account_name=account.name,
                state=_(STATE_LABELS.get(plan.plan_state, STATE_LABELS["draft"])),
                state_by=last_state.data.get("by", "") if last_state else "",
                state_at=last_state.at if last_state else None, note=plan.plan_note,
                prepared_by=name_and_email(actor.first_name, actor.last_name, actor.email) if actor else "",
                prepared_at=dt.datetime.now().replace(microsecond=0), planning_date=planning_date(plan),
                currency=plan.currency, months=months, plan=side(plan.id, months), account=side(account.id, months),
                changes=tuple(_changes(plan.id, plan.currency)), reclaimed=reclaimed)


def changes_csv(the_pack: Pack) -> bytes:
    """The changes as CSV rows: when, planning date, by, what happened."""
    return csv_bytes([_("Done on"), _("Planning date"), _("By"), _("What happened")],
                     ([format_datetime(c.at), format_date(c.planning_date), c.by, c.text] for c in the_pack.changes),
                     decimal_separator())
