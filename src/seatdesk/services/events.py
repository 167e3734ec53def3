"""What each entry of the event log says, in words a person reads (translated when shown)."""

from __future__ import annotations

import datetime as dt

from seatdesk.domain.seats import HUB_LABELS, SEAT_TYPE_LABELS, TIER_LABELS
from seatdesk.i18n import N_, Msg, Nn_, tr

_TEXTS = {
    "account_created": N_("Account {name} created"),
    "subscription_added": N_("{hub} {tier} subscription: term {term_start} to {renewal_date}"),
    "seats_included": Nn_("{hub} includes {n} {seat}", "{hub} includes {n} × {seat}"),
    "seats_bought": Nn_("Bought {n} {seat}: {cost} now ({days_left} of {days_in_term} days left in the term)",
                        "Bought {n} × {seat}: {cost} now ({days_left} of {days_in_term} days left in the term)"),
    "removal_scheduled": Nn_("Removal of {n} {seat} scheduled for {effective_date}",
                             "Removal of {n} × {seat} scheduled for {effective_date}"),
    "removal_cancelled": Nn_("Removal of {n} {seat} on {effective_date} cancelled",
                             "Removal of {n} × {seat} on {effective_date} cancelled"),
    "removal_cancelled_reassigned": Nn_("Removal of {n} {seat} on {effective_date} cancelled: the seat was reassigned",
                                        "Removal of {n} × {seat} on {effective_date} cancelled: the seats were reassigned"),
    "removal_applied": Nn_("{n} {seat} removed at the renewal on {effective_date}",
                           "{n} × {seat} removed at the renewal on {effective_date}"),
    "seats_free": Nn_("The HubSpot free tools include {n} free {seat}", "The HubSpot free tools include {n} × {seat} free"),
    "free_seats_removed": Nn_("Upgraded from the HubSpot free tools: {n} free {seat} removed",
                              "Upgraded from the HubSpot free tools: {n} × {seat} removed"),
    "subscription_upgraded": N_("{hub} changed from {from_tier} to {tier} at once: {cost} now ({days_left} of {days_in_term} days left in the term)"),
    "subscription_change_scheduled": N_("{hub}: change from {from_tier} to {tier} scheduled for {effective_date}"),
    "subscription_change_cancelled": N_("{hub}: change from {from_tier} to {tier} on {effective_date} cancelled"),
    "subscription_change_held": N_("{hub}: change from {from_tier} to {tier} on {effective_date} cancelled: users hold the seats it would take away"),
    "subscription_change_applied": N_("{hub} changed from {from_tier} to {tier} at the renewal on {effective_date}"),
    "seats_converted": Nn_("{n} additional seat became {seat} with the tier change (was {from_seat})",
                           "{n} additional seats became {seat} with the tier change (were {from_seat})"),
    "add_on_bought": N_("Add-on {add_on} bought for {hub}: {cost} now ({days_left} of {days_in_term} days left in the term)"),
    "add_on_removal_scheduled": N_("Removal of the add-on {add_on} scheduled for {effective_date}"),
    "add_on_removal_cancelled": N_("Removal of the add-on {add_on} on {effective_date} cancelled"),
    "add_on_removed": N_("Add-on {add_on} removed at the renewal on {effective_date}"),
    "plan_created": N_("Plan {name} made by {by} from {source}, a copy as on the planning date"),
    "plan_made": N_("Plan {name} made from this account"),
    "plan_renamed": N_("Plan {old_name} renamed {name} by {by}"),
    "plan_state_draft": N_("Plan marked draft by {by}"),
    "plan_state_for_approval": N_("Plan marked for approval by {by}"),
    "plan_state_approved": N_("Plan approved by {by}"),
    "plan_deleted": N_("Plan {name} deleted"),
    "term_renewed": N_("{hub} renewed: new term {term_start} to {renewal_date}"),
    "seat_reclaimed_idle": Nn_("{seat} taken back from {email} (no activity for {n} day); saving {saving} per year",
                               "{seat} taken back from {email} (no activity for {n} days); saving {saving} per year"),
    "seat_reclaimed_invited": Nn_(
        "{seat} taken back from {email} (invitation not accepted for {n} day); saving {saving} per year",
        "{seat} taken back from {email} (invitation not accepted for {n} days); saving {saving} per year"),
    "seat_reclaimed_deactivated": N_("{seat} taken back from {email} (deactivated user); saving {saving} per year"),
    "seat_reclaimed_idle_included": Nn_(
        "{seat} taken back from {email} (no activity for {n} day); an included seat, so no saving",
        "{seat} taken back from {email} (no activity for {n} days); an included seat, so no saving"),
    "seat_reclaimed_invited_included": Nn_(
        "{seat} taken back from {email} (invitation not accepted for {n} day); an included seat, so no saving",
        "{seat} taken back from {email} (invitation not accepted for {n} days); an included seat, so no saving"),
    "seat_reclaimed_deactivated_included": N_(
        "{seat} taken back from {email} (deactivated user); an included seat, so no saving"),
    "seat_assigned": N_("{seat} assigned to {email}"),
    "seat_unassigned": N_("{seat} unassigned from {email}"),
    "user_created": N_("User {email} added"),
    "user_deactivated": N_("User {email} deactivated"),
    "user_reactivated": N_("User {email} reactivated"),
    "user_removed": N_("User {email} removed from the account"),
    "super_admin_given": N_("{email} made super admin"),
    "super_admin_removed": N_("Super admin rights removed from {email}"),
    "planning_date_moved": N_("Planning date moved from {previous} to {date}"),
    "invitation_accepted": N_("{email} accepted the invitation"),
    "invitation_resent": N_("Invitation email for {email} queued again in the outbox"),
    "team_preset_set": N_("{email}: team and preset settings set"),
    "team_added": N_("{email} added to the team {team}"),
    "team_removed": N_("{email} removed from the team {team}"),
    "preset_changed": N_("{email}: preset settings {preset}"),
    "permissions_set": N_("{email}: permissions set from a template"),
    "team_created": N_("Team {team} created"),
    "team_renamed": N_("Team {old_name} renamed {team}"),
    "team_deleted": Nn_("Team {team} deleted; its {n} user stays in the account",
                        "Team {team} deleted; its {n} users stay in the account"),
    "team_members_moved": Nn_("{n} user taken out of the team {team}", "{n} users taken out of the team {team}"),
    "team_members_moved_to": Nn_("{n} user moved from the team {team} to {target}",
                                 "{n} users moved from the team {team} to {target}"),
    "permission_set_created": N_("Permission set {name} created"),
    "permission_set_renamed": N_("Permission set {old_name} renamed {name}"),
    "permission_set_edited": N_("Permissions of the permission set {name} changed"),
    "permission_set_duplicated": N_("Permission set {name} created as a copy of {source}"),
    "permission_set_deleted": Nn_("Permission set {name} deleted; its {n} user keeps their permissions",
                                  "Permission set {name} deleted; its {n} users keep their permissions"),
    "permission_set_applied": Nn_("Permission set {name} given to {n} user",
                                  "Permission set {name} given to {n} users"),
    "password_reset": N_("Password reset email for {email} queued in the outbox"),
    "demo_users_added": Nn_("{n} demo user added; Core Seats bought before this term: {seats}",
                            "{n} demo users added; Core Seats bought before this term: {seats}"),
    "users_imported": Nn_("Users export imported: {n} new user, {updated} updated, {left_out} lines left out",
                          "Users export imported: {n} new users, {updated} updated, {left_out} lines left out"),
    "salesforce_on": N_("Salesforce integration turned on"),
    "salesforce_off": N_("Salesforce integration turned off"),
}


def describe(kind: str, data: dict, currency: str) -> str:
    """The event in the current language."""
    from seatdesk.i18n import format_money

    if kind == "removal_cancelled" and data.get("reason") == "reassigned":
        kind = "removal_cancelled_reassigned"
    if kind == "subscription_change_cancelled" and data.get("reason") == "seats_held":
        kind = "subscription_change_held"
    if kind == "plan_state":
        kind = f"plan_state_{data.get('state', 'draft')}"
    if kind == "salesforce_integration":
        kind = "salesforce_on" if data.get("value") else "salesforce_off"
    if kind == "super_admin_changed":
        kind = "super_admin_given" if data.get("value") else "super_admin_removed"
    if kind == "teams_changed":
        kind = "team_added" if data.get("added") else "team_removed"
        data = {"email": data.get("email", ""), "team": ", ".join(data.get("added") or data.get("removed") or [])}
    if kind == "team_members_moved" and data.get("target"):
        kind = "team_members_moved_to"
    if kind == "seat_reclaimed":
        kind = f"seat_reclaimed_{data.get('why', 'idle')}" + ("" if data.get("saving_year_cents") else "_included")
        data = {**data, "quantity": data.get("days") or 0,
                "saving": format_money(data.get("saving_year_cents", 0), data.get("currency", currency))}
    if kind == "preset_changed" and not data.get("preset"):
        data = {**data, "preset": "—"}
    message = _TEXTS.get(kind)
    if message is None:
        return kind
    params: dict = {}
    for key, value in data.items():
        if key in ("term_start", "renewal_date", "effective_date", "date", "previous"):
            params[key] = dt.date.fromisoformat(value)
        elif key == "subscription":
            params["hub"] = Msg(HUB_LABELS.get(value, value))
        elif key in ("tier", "from_tier"):
            params[key] = Msg(TIER_LABELS.get(value or "free", value))
        elif key == "seat_type":
            params["seat"] = Msg(SEAT_TYPE_LABELS.get(value, value))
        elif key == "add_on":
            from seatdesk.services.subscriptions import add_on_name

            params["add_on"] = add_on_name(value)
        elif key == "from_type":
            params["from_seat"] = Msg(SEAT_TYPE_LABELS.get(value, value))
        elif key == "quantity":
            params["n"] = value
        elif key == "cost_now_cents":
            params["cost"] = format_money(value, data.get("currency", currency))
        else:
            params[key] = value
    try:
        return tr(message, **params)
    except (KeyError, IndexError):
        return kind
