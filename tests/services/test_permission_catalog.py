"""The permission catalog as the CRM's user-permissions guide groups it, and older databases brought along."""

from seatdesk.db.models import Permission, PermissionTemplate, TemplatePermission
from seatdesk.domain import permissions as perms
from seatdesk.services.accounts import sync_permission_catalog


def test_the_guide_s_groups_and_the_seat_each_permission_needs():
    groups = [label for _key, label, _items in perms.PERMISSION_GROUPS]
    assert groups == ["CRM objects", "Marketing", "Content", "Sales", "Service", "Automation", "Reports",
                      "Account and administration"]
    assert perms.seat_needed("contacts_view") == perms.ANY_SEAT  # a View-Only Seat can view
    assert perms.seat_needed("sequences") == perms.SALES_SEAT
    assert perms.seat_needed("help_desk") == perms.SERVICE_SEAT
    assert perms.seat_needed("workflows") == perms.PAID_SEAT
    # what a View-Only Seat may hold is exactly what needs any seat
    assert perms.allowed_permissions(True) == {k for k in perms.PERMISSION_KEYS if perms.seat_needed(k) == perms.ANY_SEAT}


def test_a_database_of_an_older_seatdesk_is_brought_along(db_path):
    """As a database made before the regrouping: a permission missing, one in its old group, a template
    with its old permissions. Opening it (sync) adds, regroups and updates, and a second sync writes nothing."""
    Permission.delete().where(Permission.key == "workflows").execute()
    Permission.update(group="service", position=99).where(Permission.key == "knowledge_base").execute()
    marketer = PermissionTemplate.get(PermissionTemplate.key == "marketer")
    TemplatePermission.delete().where(TemplatePermission.template == marketer).execute()
    sync_permission_catalog()
    assert Permission.get(Permission.key == "workflows").group == "automation"
    order = [p.key for p in Permission.select().order_by(Permission.position)]
    assert order == list(perms.PERMISSION_KEYS)
    held = {p.key for p in Permission.select().join(TemplatePermission).where(TemplatePermission.template == marketer)}
    assert held == perms.TEMPLATE_PERMISSIONS["marketer"]
    before = [tuple(r) for r in TemplatePermission.select().order_by(TemplatePermission.id).tuples()]
    sync_permission_catalog()
    assert [tuple(r) for r in TemplatePermission.select().order_by(TemplatePermission.id).tuples()] == before
