"""The planning date (R22) and the renewal roll-over it triggers (R11)."""

from __future__ import annotations

import datetime as dt

from seatdesk.db.models import Subscription, db
from seatdesk.domain.billing import add_months
from seatdesk.domain.errors import DomainError
from seatdesk.domain.seats import HUB_LABELS
from seatdesk.i18n import N_, Msg, Nn_
from seatdesk.services import Change, Notice
from seatdesk.services.common import get_account, planning_date, record, today
from seatdesk.services.seats import apply_removals_due


def _latest_roll_over(account) -> dt.date | None:
    """The latest renewal already applied (renewals are applied in date order, but several hubs renew)."""
    from seatdesk.db.models import Event

    starts = [dt.date.fromisoformat(data["term_start"]) for (data,) in
              Event.select(Event.data).where(Event.account == account, Event.kind == "term_renewed").tuples()]
    return max(starts, default=None)


def minimum_planning_date(account_id: int) -> dt.date:
    """Today, or the last renewal already applied when it is later: time only moves forward past renewals."""
    account = get_account(account_id)
    rolled = _latest_roll_over(account)
    return max(today(), rolled) if rolled else today()


def roll_over(account_id: int) -> Change:
    """Renew every subscription whose renewal date is on or before the planning date (R11)."""
    with db.atomic():
        account = get_account(account_id)
        day = planning_date(account)
        change = Change()
        while True:  # the renewals up to the planning date, in date order across the hubs
            sub = (Subscription.select().where(Subscription.account == account, Subscription.renewal_date <= day)
                   .order_by(Subscription.renewal_date, Subscription.id).first())
            if sub is None:
                break
            from seatdesk.services.subscriptions import (  # loaded with the first renewal, not at start-up
                apply_add_on_removals_due,
                apply_tier_changes_due,
            )

            renewal = sub.renewal_date
            removed = apply_removals_due(account, sub, renewal)
            apply_add_on_removals_due(account, sub, renewal)
            change.notices.extend(apply_tier_changes_due(account, sub, renewal))
            sub.term_start = renewal
            sub.renewal_date = add_months(renewal, sub.commitment_months)
            sub.save()
            record(account, None, "term_renewed", subscription=sub.hub, term_start=renewal.isoformat(),
                   renewal_date=sub.renewal_date.isoformat(), seats_removed=removed)
            change.seats = change.billing = True
            change.notices.append(Notice(
                Nn_("{hub} renewed on {date}: {n} seat removed.",
                    "{hub} renewed on {date}: {n} seats removed."),
                {"hub": Msg(HUB_LABELS[sub.hub]), "date": renewal, "n": removed}))
        return change


def set_planning_date(account_id: int, day: dt.date) -> Change:
    """Move the planning date (R22) and apply the renewals it passes (R11), after a backup copy when any."""
    if Subscription.select().where(Subscription.account == account_id, Subscription.renewal_date <= day).exists():
        from seatdesk.services.backups import make_backup

        make_backup("renewal")
    with db.atomic():
        account = get_account(account_id)
        earliest = minimum_planning_date(account_id)
        if day < earliest:
            raise DomainError(
                N_("The planning date can't be before {date}: it can't be in the past, and renewals up to that date are already applied."),
                code="date_too_early", date=earliest)
        before = planning_date(account)
        account.planning_date = None if day == today() else day
        account.save()
        if day != before:
            record(account, None, "planning_date_moved", date=day.isoformat(), previous=before.isoformat())
        change = roll_over(account_id)
        change.billing = True
        change.seats = True
        change.accounts = True
        return change
