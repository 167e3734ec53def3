"""The permission catalog, templates and who may do what (R16, R18, R19)."""

from __future__ import annotations

from seatdesk.i18n import N_

MODIFY_BILLING = "modify_billing"
ADD_EDIT_USERS = "add_edit_users"

#: (group key, group label, [(permission key, label), ...]) in display order, grouped as the CRM's
#: user-permissions guide groups them.
PERMISSION_GROUPS: tuple[tuple[str, str, tuple[tuple[str, str], ...]], ...] = (
    ("crm", N_("CRM objects"), (
        ("contacts_view", N_("View contacts and companies")),
        ("contacts_edit", N_("Edit contacts and companies")),
        ("deals_edit", N_("Edit deals")),
        ("tickets_edit", N_("Edit tickets")),
        ("tasks_edit", N_("Edit tasks")),
    )),
    ("marketing", N_("Marketing"), (
        ("marketing_email", N_("Marketing email")),
        ("social", N_("Social")),
        ("campaigns", N_("Campaigns")),
        ("ads", N_("Ads")),
    )),
    ("content", N_("Content"), (
        ("website_pages", N_("Website pages")),
        ("blog", N_("Blog")),
    )),
    ("sales", N_("Sales"), (
        ("sequences", N_("Sequences")),
        ("meetings", N_("Meetings")),
        ("quotes", N_("Quotes")),
    )),
    ("service", N_("Service"), (
        ("conversations", N_("Conversations inbox")),
        ("knowledge_base", N_("Knowledge base")),
        ("help_desk", N_("Help desk")),
    )),
    ("automation", N_("Automation"), (
        ("workflows", N_("Workflows")),
        ("chatflows", N_("Chatflows")),
    )),
    ("reports", N_("Reports"), (
        ("reports_view", N_("View reports")),
        ("dashboards_edit", N_("Edit dashboards")),
    )),
    ("account", N_("Account and administration"), (
        (ADD_EDIT_USERS, N_("Add and edit users")),
        ("add_edit_teams", N_("Add and edit teams")),
        (MODIFY_BILLING, N_("Modify billing")),
        ("account_defaults", N_("Edit account defaults")),
    )),
)

#: The seat a permission needs in the seat-based model, as the guide says: "any" (a View-Only Seat
#: too), "paid" (Core, Sales or Service Seat), "sales" (Sales Seat), "service" (Service Seat).
ANY_SEAT, PAID_SEAT, SALES_SEAT, SERVICE_SEAT = "any", "paid", "sales", "service"
SEAT_NEEDED = {
    "contacts_view": ANY_SEAT, "reports_view": ANY_SEAT, ADD_EDIT_USERS: ANY_SEAT, "add_edit_teams": ANY_SEAT,
    MODIFY_BILLING: ANY_SEAT, "account_defaults": ANY_SEAT,
    "sequences": SALES_SEAT, "help_desk": SERVICE_SEAT,
}
SEAT_NEEDED_LABELS = {
    ANY_SEAT: N_("Any seat"),
    PAID_SEAT: N_("Paid seat"),
    SALES_SEAT: N_("Sales Seat"),
    SERVICE_SEAT: N_("Service Seat"),
}


def seat_needed(permission: str) -> str:
    return SEAT_NEEDED.get(permission, PAID_SEAT)


PERMISSION_KEYS = tuple(key for _g, _l, perms in PERMISSION_GROUPS for key, _label in perms)
PERMISSION_LABELS = {key: label for _g, _l, perms in PERMISSION_GROUPS for key, label in perms}
PERMISSION_GROUP_OF = {key: group for group, _l, perms in PERMISSION_GROUPS for key, _label in perms}

#: Default permission sets by job (R19).
TEMPLATES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("marketer", N_("Marketer"), ("contacts_view", "contacts_edit", "marketing_email", "social",
                                  "campaigns", "ads", "website_pages", "blog", "workflows", "reports_view")),
    ("sales_rep", N_("Sales rep"), ("contacts_view", "contacts_edit", "deals_edit", "tasks_edit",
                                    "sequences", "meetings", "quotes")),
    ("sales_manager", N_("Sales manager"), ("contacts_view", "contacts_edit", "deals_edit",
                                            "tasks_edit", "sequences", "meetings", "quotes",
                                            "reports_view", "dashboards_edit", "add_edit_teams")),
    ("service_agent", N_("Service agent"), ("contacts_view", "contacts_edit", "tickets_edit",
                                            "conversations", "knowledge_base", "help_desk", "chatflows")),
    ("account_admin", N_("Account admin"), (ADD_EDIT_USERS, "add_edit_teams", MODIFY_BILLING,
                                            "account_defaults", "contacts_view", "reports_view")),
    ("reporting", N_("Reporting only"), ("contacts_view", "reports_view")),
)


def has_permission(is_super_admin: bool, granted: set[str] | frozenset[str], permission: str) -> bool:
    """Super admins have every permission (R18)."""
    return is_super_admin or permission in granted

#: Permissions that only view (a View-Only Seat can't create, edit or delete anything).
VIEW_PERMISSIONS = frozenset({"contacts_view", "reports_view"})
#: Administration permissions: left out of the defaults, given on purpose; a View-Only Seat may hold
#: them ("suits occasional users: reports, data gathering, admin tasks").
ADMIN_PERMISSIONS = frozenset({ADD_EDIT_USERS, "add_edit_teams", MODIFY_BILLING, "account_defaults"})
TEMPLATE_PERMISSIONS = {key: frozenset(keys) for key, _label, keys in TEMPLATES}


def allowed_permissions(view_only: bool) -> frozenset[str]:
    """What a user may hold: with a View-Only Seat only the viewing and administration permissions."""
    return VIEW_PERMISSIONS | ADMIN_PERMISSIONS if view_only else frozenset(PERMISSION_KEYS)


def default_permissions(view_only: bool) -> frozenset[str]:
    """HubSpot's defaults for a seat ("Don't restrict access"): what it may hold but administration."""
    return allowed_permissions(view_only) - ADMIN_PERMISSIONS
