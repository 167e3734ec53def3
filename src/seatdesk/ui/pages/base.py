"""What every page shares: the account it shows (``AccountContext``) and lazy building (``Page``).

A page is built when it is first shown and filled again only when it is shown with stale data:
start-up builds and fills the first page only (SPEC §5).
"""

from __future__ import annotations

import bisect

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from seatdesk.i18n import N_, _
from seatdesk.services import Change, accounts, queries
from seatdesk.services.common import actor_can
from seatdesk.ui.qt_compat import emit

READ_ONLY_REASON = N_("Read-only file: you can look, but no change can be saved.")


def set_allowed(widget, allowed: bool, reason: str) -> None:
    """Enable ``widget``, or grey it out with the missing permission as its tooltip (R18); in a database
    opened read-only every change is greyed out with that reason."""
    from seatdesk.db.database import read_only

    if read_only():
        allowed, reason = False, READ_ONLY_REASON
    widget.setEnabled(allowed)
    widget.setToolTip("" if allowed else _(reason))


def _patched(rows: list, changed: list, removed: set[int]) -> list:
    """``rows`` (in the database's order: name key, then id) with ``changed`` in their places."""
    from seatdesk.domain.names import name_sort_key

    def key(row):
        return name_sort_key(row.first_name, row.last_name, row.email), row.id

    gone = removed | {row.id for row in changed}
    kept = [row for row in rows if row.id not in gone]
    for row in changed:
        bisect.insort(kept, row, key=key)
    return kept


class AccountContext(QObject):
    """The account the window shows, the acting user, and what changed in it.

    Pages read the account through it and report what their actions changed to it; the frame
    sets the account and the acting user.

    Signals:
        reloaded: everything may have changed (another account, the planning date, F5).
        changed(Change): a service changed what the Change names.
        acting_user_changed: permissions may differ.
    """

    reloaded = Signal()
    changed = Signal(object)
    acting_user_changed = Signal()
    texts_changed = Signal(object)  # a page set its texts again (the frame gives fresh mnemonics)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.account_id: int | None = None
        self.actor_id: int | None = None
        self._account = None
        self._user_rows = None
        self._change_rows: tuple = (None, [], set())
        self._allowed: dict[tuple[str, ...], bool] = {}
        self.flows = None  # the dialogs' openers (ui.flows.Flows), set by the frame

    # -- reading ---------------------------------------------------------------------------------
    def account(self):
        """The account row (read once per change)."""
        if self._account is None and self.account_id is not None:
            self._account = accounts.get_account(self.account_id)
        return self._account

    def legacy(self) -> bool:
        from seatdesk.domain import seats as st

        return self.account().seat_model == st.LEGACY

    def currency(self) -> str:
        return self.account().currency

    def may(self, *permissions: str) -> bool:
        """Whether the acting user has all these permissions (R18)."""
        if self.account_id is None:
            return False
        if permissions not in self._allowed:  # asked by every page and action: read once per change
            self._allowed[permissions] = actor_can(self.account_id, self.actor_id, *permissions)
        return self._allowed[permissions]

    def user_rows(self) -> list[queries.UserRow]:
        """Every user row of the account in name order, read once for the pages that show them."""
        if self._user_rows is None:
            with queries.paused_gc():
                self._user_rows = queries.user_rows(self.account_id)
        return self._user_rows

    def change_rows(self, change: Change) -> tuple[list[queries.UserRow], set[int]]:
        """The rows of the users ``change`` names, read once for every page, and the ids it removed.

        The account's rows read for the pages are patched to match, in name order, so a page shown
        later shares them instead of reading a second copy (100,000 rows: ~50 MB).
        """
        if self._change_rows[0] is not change:
            rows = queries.user_rows(self.account_id, change.users)
            removed = set(change.users) - {r.id for r in rows}
            if self._user_rows is not None:
                self._user_rows = _patched(self._user_rows, rows, removed)
            self._change_rows = (change, rows, removed)
        return self._change_rows[1], self._change_rows[2]

    # -- telling ---------------------------------------------------------------------------------
    def set_account(self, account_id: int | None, actor_id: int | None) -> None:
        self.account_id, self.actor_id = account_id, actor_id
        self.reload()

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self._account = None
        self._allowed.clear()
        emit(self.acting_user_changed)

    def reload(self) -> None:
        """Forget what was read; every page reads again when shown."""
        self._account = None
        self._user_rows = None
        self._allowed.clear()
        emit(self.reloaded)

    def apply(self, change: Change | None) -> None:
        """Tell the pages what a service changed (they refresh that only)."""
        if change is None or self.account_id is None:
            return
        if change.accounts or change.all_users or len(change.users) > queries.PARTIAL_REFRESH_LIMIT:
            self.reload()
            return
        self._account = None
        self._allowed.clear()
        if change.users and self._user_rows is not None:
            self.change_rows(change)
        emit(self.changed, change)


class Page(QWidget):
    """A page of the window's stack: built when first shown, filled again when shown stale.

    Subclasses implement ``build()`` (the form and its models), ``fill()`` (read the account),
    ``retranslate()``, and may implement ``apply_change()`` for a partial refresh and
    ``focus_search()`` / ``export()`` for Ctrl+F and Ctrl+E.
    """

    def __init__(self, context: AccountContext, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.context = context
        self.built = False
        self.stale = True
        self.current = False
        context.reloaded.connect(self._reloaded)
        context.changed.connect(self._changed)
        context.acting_user_changed.connect(self._actor_changed)

    # -- lifecycle -------------------------------------------------------------------------------
    def activate(self) -> None:
        """The page is shown: build it the first time, fill it when its data is stale."""
        self.current = True
        if not self.built:
            self.built = True
            self.build()
        if self.stale and self.context.account_id is not None:
            self.stale = False
            from seatdesk.ui.progress import busy

            with busy():  # a big account takes a moment to read
                self.fill()
        emit(self.context.texts_changed, self)

    def deactivate(self) -> None:
        self.current = False

    def _reloaded(self) -> None:
        self.stale = True
        if self.current:
            self.activate()

    def _changed(self, change: Change) -> None:
        if self.built and not self.stale and self.current:
            self.apply_change(change)
            emit(self.context.texts_changed, self)
        elif self.built and not self.stale:  # read again when next shown
            self.stale = True

    def _actor_changed(self) -> None:
        if self.built and not self.stale:
            self.apply_permissions()
            emit(self.context.texts_changed, self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.built:
            self.retranslate()
            emit(self.context.texts_changed, self)
        super().changeEvent(event)

    # -- to implement ----------------------------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def fill(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def apply_change(self, change: Change) -> None:
        """Refresh after ``change`` while shown; default: fill again."""
        self.fill()

    def apply_permissions(self) -> None:
        """Grey out what the acting user may not do (R18)."""

    def focus_search(self) -> bool:
        """Put the cursor in the page's search field (Ctrl+F); False when it has none."""
        return False

    def export(self) -> bool:
        """Export what the page shows (Ctrl+E); False when it has nothing to export."""
        return False

    def save_state(self, settings) -> None:
        """Remember column widths and sort orders."""

    def title(self) -> str:
        raise NotImplementedError
