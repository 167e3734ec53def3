"""Display words of the domain's values, translated when called."""

from __future__ import annotations

from seatdesk.domain.seats import ADD_ON_LABELS, HUB_LABELS, SEAT_TYPE_LABELS, TIER_LABELS
from seatdesk.i18n import N_, _, ngettext

STATUS_LABELS = {"invited": N_("Invited"), "active": N_("Active"), "deactivated": N_("Deactivated")}
INVITATION_LABELS = {"pending": N_("Pending"), "accepted": N_("Accepted"), "not_sent": N_("Not sent")}
PERIOD_LABELS = {1: N_("Monthly"), 3: N_("Quarterly"), 12: N_("Annually")}


def seat_label(seat_type: str) -> str:
    return _(SEAT_TYPE_LABELS.get(seat_type, seat_type))


def hub_label(hub: str) -> str:
    return _(HUB_LABELS.get(hub, hub))


def add_on_label(key: str) -> str:
    """An add-on's name: translated for the sample catalog's, else as the user's catalog names it."""
    if key in ADD_ON_LABELS:
        return _(ADD_ON_LABELS[key])
    from seatdesk.services.catalog import current_catalog

    offer = current_catalog().add_ons.get(key)
    return offer.name if offer else key


def tier_label(tier: str) -> str:
    return _(TIER_LABELS.get(tier, tier))


def status_label(status: str) -> str:
    return _(STATUS_LABELS.get(status, status))


def invitation_label(state: str) -> str:
    return _(INVITATION_LABELS.get(state, state))


def period_label(months: int) -> str:
    if months in PERIOD_LABELS:
        return _(PERIOD_LABELS[months])
    return ngettext("Every {n} month", "Every {n} months", months).format(n=months)


def months_label(months: int) -> str:
    return ngettext("{n} month", "{n} months", months).format(n=months)


def month_explanation(month, money) -> str:
    """How a projected month's figure is made: each charge with its inputs (``money`` formats cents)."""
    from seatdesk.domain.seats import HUBS
    from seatdesk.i18n import format_date

    lines = []
    for charge in month.charges:
        product = hub_label(charge.name) if charge.name in HUBS else charge.name
        if charge.months:
            lines.append(_("{product}, billed {date}: {months} × {per_month} per month = {amount}").format(
                product=product, date=format_date(charge.day), months=months_label(charge.months),
                per_month=money(charge.month_cents), amount=money(charge.amount_cents)))
        else:
            lines.append(_("{product}, {date}: bought pro rata, {amount}").format(
                product=product, date=format_date(charge.day), amount=money(charge.amount_cents)))
    return "\n".join(lines) or _("Nothing is billed this month.")


def localize_date_edit(edit) -> None:
    """Show a date edit in the current language's date format (setLocale alone does not redraw it)."""
    from PySide6.QtCore import QLocale

    from seatdesk.i18n.qt import date_display_format

    edit.setLocale(QLocale())
    edit.setDisplayFormat(date_display_format())


#: Preset names the demo data and new accounts store in English: shown in the user's language,
#: stored unchanged (a name an admin typed is shown as typed).
PRESET_NAMES = (N_("Marketing defaults"), N_("Sales defaults"))


def preset_label(name: str) -> str:
    """A preset's (permission set's) name as shown: the shipped presets translated, any other name as stored."""
    return _(name) if name in PRESET_NAMES else name


def template_choices(account_id: int) -> list[tuple[str, str]]:
    """(text, key) of what pre-fills permissions: the shipped templates, then the account's permission
    sets as they are now (``services.permission_sets.template_permissions`` reads a key)."""
    from seatdesk.services.permission_sets import template_choices as choices

    return [(_(name) if shipped else preset_label(name), key) for key, name, shipped in choices(account_id)]
