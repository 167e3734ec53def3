"""Use cases: each public function is one user action in one transaction (no Qt).

Every action returns a ``Change`` saying what the window must refresh and what
it must tell the user; a refusal raises ``DomainError`` and writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from seatdesk.i18n import Message, tr


@dataclass
class Notice:
    """Something the user must be told after an action (for example R10)."""

    message: Message
    params: dict[str, Any] = field(default_factory=dict)

    def translated(self) -> str:
        return tr(self.message, **self.params)


@dataclass
class Change:
    """What an action changed.

    Attributes:
        users: ids of users whose rows changed; ``all_users`` when too many to list.
        seats: seat counts changed (Seats tab, summaries).
        billing: subscriptions, costs or scheduled removals changed.
        accounts: the list of accounts or the account's settings changed.
        notices: messages for the user.
        result: the object the action made (a user, a purchase), if any.
    """

    users: set[int] = field(default_factory=set)
    all_users: bool = False
    seats: bool = False
    billing: bool = False
    accounts: bool = False
    notices: list[Notice] = field(default_factory=list)
    result: Any = None
