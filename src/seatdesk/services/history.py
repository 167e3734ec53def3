"""The permission history (R19): who changed which user's seat or permissions, when."""

from __future__ import annotations

from seatdesk.db.models import Account, PermissionHistory, User
from seatdesk.services.common import planning_date


def record_history(account: Account, actor: User | None, user: User, change: dict) -> PermissionHistory:
    return PermissionHistory.create(user=user, actor=actor, planning_date=planning_date(account), change=change)
