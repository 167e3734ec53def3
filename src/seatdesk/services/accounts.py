"""Accounts (R1, R23) and the permission catalog tables (R19)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from seatdesk.db.models import (
    Account,
    Permission,
    PermissionTemplate,
    SeatPurchase,
    Subscription,
    TemplatePermission,
    db,
)
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_
from seatdesk.services import Change
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import get_account, get_actor, insert_rows, record, today


@dataclass
class SubscriptionSpec:
    hub: str
    tier: str
    term_start: dt.date
    commitment_months: int = 12
    billing_period_months: int = 12
    auto_renew: bool = True


@dataclass
class AccountSpec:
    """What the first-run dialog asks (R23)."""

    name: str
    currency: str
    seat_model: str
    subscriptions: list[SubscriptionSpec]
    admin_email: str
    admin_first_name: str = ""
    admin_last_name: str = ""
    salesforce_integration: bool = False
    planning_date: dt.date | None = None
    extra: dict = field(default_factory=dict)


def sync_permission_catalog() -> None:
    """Keep the permission and template tables in step with ``domain.permissions`` (idempotent).

    Run when a database opens: a database made by an older seatdesk gets the permissions added since,
    the groups and order of the CRM's guide, and the templates' permissions of this version; nothing
    is written when they already match.
    """
    with db.atomic():
        existing = {p.key: p for p in Permission.select()}
        position = 0
        for group, _label, items in perms.PERMISSION_GROUPS:
            for key, _name in items:
                position += 1
                row = existing.get(key)
                if row is None:
                    existing[key] = Permission.create(key=key, group=group, position=position)
                elif (row.group, row.position) != (group, position):
                    Permission.update(group=group, position=position).where(Permission.id == row.id).execute()
        templates = {t.key: t for t in PermissionTemplate.select()}
        links: dict[int, set[int]] = {}
        for template_id, permission_id in TemplatePermission.select(TemplatePermission.template,
                                                                    TemplatePermission.permission).tuples():
            links.setdefault(template_id, set()).add(permission_id)
        for position, (key, _label, keys) in enumerate(perms.TEMPLATES, start=1):
            template = templates.get(key) or PermissionTemplate.create(key=key, position=position)
            wanted = {existing[k].id for k in keys}
            if links.get(template.id, set()) != wanted:
                TemplatePermission.delete().where(TemplatePermission.template == template.id).execute()
                insert_rows(TemplatePermission, [{"template": template.id, "permission": pid}
                                                 for pid in sorted(wanted)])


PERIOD_LONGER_THAN_TERM = N_("The billing period can't be longer than the commitment term. Choose a shorter billing period.")


def list_accounts() -> list[Account]:
    """The accounts by name, each followed by its plans by name (R27: the chooser lists plans under their account)."""
    from seatdesk.domain.names import collation_key

    rows = sorted(Account.select(), key=lambda a: (collation_key(a.name), a.id))  # Éclair between Delta and Fox
    plans: dict[int, list[Account]] = {}
    for row in rows:
        if row.plan_of:
            plans.setdefault(row.plan_of, []).append(row)
    ordered = []
    for row in rows:
        if not row.plan_of:
            ordered.append(row)
            ordered.extend(plans.pop(row.id, []))
    return ordered


def _check_spec(spec: AccountSpec) -> None:
    catalog = current_catalog()
    if not spec.name.strip():
        raise DomainError(N_("Enter the account's name."), code="no_name")
    if spec.currency not in catalog.currencies:
        raise DomainError(N_("Choose a currency of the price catalog: {currencies}."), code="currency",
                          currencies=", ".join(catalog.currencies))
    if spec.seat_model not in st.SEAT_MODELS:
        raise DomainError(N_("Choose a seat model."), code="seat_model")
    if not spec.subscriptions:
        raise DomainError(N_("Choose at least one hub subscription with its tier."), code="no_subscription")
    if spec.seat_model == st.LEGACY and not any(s.hub in st.LEGACY_HUBS and s.tier in st.PAID_TIERS
                                                for s in spec.subscriptions):
        raise DomainError(N_("A legacy account needs a paid Sales Hub or Service Hub subscription (Starter, Professional or Enterprise)."),
                          code="legacy_needs_sales_service")
    for sub in spec.subscriptions:
        if sub.commitment_months not in catalog.commitment_months:
            raise DomainError(N_("Choose a commitment term of the price catalog."), code="term")
        if sub.billing_period_months not in catalog.billing_period_months:
            raise DomainError(N_("Choose a billing period of the price catalog."), code="period")
        if sub.billing_period_months > sub.commitment_months:
            raise DomainError(PERIOD_LONGER_THAN_TERM, code="period")
        if add_months(sub.term_start, sub.commitment_months) <= today():
            raise DomainError(N_("The term that starts on {date} has already ended. Choose a later term start."),
                              code="term_ended", date=sub.term_start)


def create_account(spec: AccountSpec) -> Change:
    """Create an account with its subscriptions, included seats and acting super admin (R23)."""
    _check_spec(spec)
    sync_permission_catalog()
    catalog = current_catalog()
    with db.atomic():
        account = Account.create(name=spec.name.strip(), currency=spec.currency, seat_model=spec.seat_model,
                                 salesforce_integration=spec.salesforce_integration,
                                 planning_date=spec.planning_date)
        record(account, None, "account_created", name=account.name, seat_model=account.seat_model,
               currency=account.currency)
        for s in spec.subscriptions:
            sub = Subscription.create(account=account, hub=s.hub, tier=s.tier, term_start=s.term_start,
                                      commitment_months=s.commitment_months,
                                      billing_period_months=s.billing_period_months,
                                      renewal_date=add_months(s.term_start, s.commitment_months),
                                      auto_renew=s.auto_renew)
            record(account, None, "subscription_added", subscription=s.hub, tier=s.tier,
                   term_start=s.term_start.isoformat(), renewal_date=sub.renewal_date.isoformat())
            for seat_type, quantity in catalog.included(spec.seat_model, s.hub, s.tier).items():
                if quantity <= 0:
                    continue
                SeatPurchase.create(subscription=sub, seat_type=seat_type, kind="included", quantity=quantity,
                                    purchased_on=s.term_start)
                record(account, None, "seats_included", seat_type=seat_type, quantity=quantity, subscription=s.hub)
        paid = [sub for sub in account.subscriptions if sub.tier in st.PAID_TIERS]
        free = catalog.free_seats_of(spec.seat_model)
        if not paid and free:  # the HubSpot free tools' seats (R15), held by the first hub
            holder = min(account.subscriptions, key=lambda sub: st.HUBS.index(sub.hub))
            for seat_type, quantity in free.items():
                if quantity > 0:
                    SeatPurchase.create(subscription=holder, seat_type=seat_type, kind="free", quantity=quantity,
                                        purchased_on=holder.term_start)
                    record(account, None, "seats_free", seat_type=seat_type, quantity=quantity)
        from seatdesk.services.users import (
            create_user,  # the user services load when an account is made
        )

        admin_seats = ()
        if spec.seat_model == st.SEAT_BASED:
            admin_seats = (st.CORE,)
        change = create_user(account.id, None, spec.admin_email, spec.admin_first_name, spec.admin_last_name,
                             seat_types=admin_seats, super_admin=True, status="active")
        account.acting_user_id = change.result.id
        account.save()
        from seatdesk.services.clock import roll_over

        roll_over(account.id)
        return Change(accounts=True, seats=True, billing=True, all_users=True, result=account)


def set_acting_user(account_id: int, user_id: int) -> Change:
    """Remember whom the window acts as (R18); must be an active user of the account."""
    with db.atomic():
        account = get_account(account_id)
        get_actor(account, user_id)
        account.acting_user_id = user_id
        account.save()
        return Change(accounts=True)


def set_salesforce_integration(account_id: int, actor_id: int, on: bool) -> Change:
    """Turn the Salesforce integration on or off (account settings); needs Edit account defaults."""
    from seatdesk.services.common import require

    with db.atomic():
        account = get_account(account_id)
        actor = get_actor(account, actor_id)
        require(actor, N_("You need Edit account defaults permissions to change the account settings."),
                "account_defaults")
        if account.salesforce_integration == on:
            return Change()
        account.salesforce_integration = on
        account.save()
        record(account, actor, "salesforce_integration", value=on)
        return Change(accounts=True)
