"""A permission-history entry reads as one change a line, lists as the language writes them."""

from __future__ import annotations

from seatdesk import i18n
from seatdesk.services.user_page import describe_change


def test_each_change_on_its_own_line_and_lists_in_the_language():
    change = {"teams": {"added": ["Support", "Finance"]}, "super_admin": True}
    assert describe_change(change) == "Made super admin\nAdded to teams: Support and Finance"
    with i18n.language_of("fr"):
        text = describe_change(change)
    assert text.splitlines()[1].endswith("Support et Finance") and ";" not in text


def test_permissions_inside_the_entry_read_as_in_a_sentence():
    change = {"permissions": {"added": ["reports_view"]}}
    with i18n.language_of("fr"):
        text = describe_change(change)
    assert ": " in text and not any(part[:1].isupper() for part in text.split("\u00a0: ")[1:])
