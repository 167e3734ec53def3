"""The window's left navigation: the pages by group, the entry of the page shown selected, and in training
mode the groups named as the CRM's path (Settings › Users & Teams, account name › Account & Billing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidgetItem

from seatdesk.i18n import N_, _
from seatdesk.ui.icons import icon
from seatdesk.ui.pages.billing import BillingPage

#: The navigation: (group title, [(entry title, icon, page name, tab of the page)]); a group
#: without a title is a single entry.
NAVIGATION = (
    (N_("Users & Teams"), ((N_("Users"), "users", "users_tab", None),
                           (N_("Seats"), "id-badge-2", "seats_tab", None),
                           (N_("Teams"), "users-group", "teams_page", None),
                           (N_("Permission sets"), "lock", "permission_sets_page", None))),
    (N_("Account & Billing"), ((N_("Overview"), "layout-dashboard", "billing_tab", "overview"),
                               (N_("Subscriptions"), "receipt", "billing_tab", "subscriptions"),
                               (N_("Pricing & Features"), "credit-card", "pricing_page", None))),
    (N_("Planning"), ((N_("Compare and project"), "chart-line", "plans_compare_page", None),
                      (N_("Reclaim"), "armchair", "reclaim_page", None))),
    (None, ((N_("Event log"), "history", "events_page", None),)),
)
_PAGE_ROLE = Qt.ItemDataRole.UserRole

#: In training, these navigation groups say the path the CRM takes to them.
#: Two lines each, so the navigation keeps its width on a small screen.
CRM_PATHS = {"Users & Teams": N_("⚙ Settings ›\n{section}"), "Account & Billing": N_("{account} ›\n{section}")}



class Navigation:
    """Mixed into the main window (which has ``ui.navigation``, ``pages``, ``show_page`` and ``in_training``)."""

    def _build_navigation(self) -> None:
        tree = self.ui.navigation
        tree.setUniformRowHeights(False)  # the CRM's path takes two lines in training mode
        tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        bold = QFont(tree.font())
        bold.setBold(True)
        self._nav_items: list[tuple[QTreeWidgetItem, str]] = []
        for group, entries in NAVIGATION:
            parent = tree.invisibleRootItem()
            if group is not None:
                parent = QTreeWidgetItem(tree)
                parent.setFlags(Qt.ItemFlag.ItemIsEnabled)
                parent.setFont(0, bold)
                self._nav_items.append((parent, group))
            for title, icon_name, page, tab in entries:
                item = QTreeWidgetItem(parent)
                item.setIcon(0, icon(icon_name))
                item.setData(0, _PAGE_ROLE, (page, tab))
                self._nav_items.append((item, title))
        tree.expandAll()
        tree.currentItemChanged.connect(self._navigated)

    def _navigated(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        target = item.data(0, _PAGE_ROLE) if item is not None else None
        if target:
            page, tab = target
            if self.current_page() is not self.pages[page] or tab is not None:
                self.show_page(page, tab)

    def _select_navigation(self) -> None:
        current = self.current_page()
        if current is None:
            return
        tab = None
        if isinstance(current, BillingPage) and current.built:
            tab = "overview" if current.current_tab() is current.overview else "subscriptions"
        tree = self.ui.navigation
        for item, _title in self._nav_items:
            if item.data(0, _PAGE_ROLE) in ((current.objectName(), tab), (current.objectName(), None)):
                tree.blockSignals(True)
                tree.setCurrentItem(item)
                tree.blockSignals(False)
                return

    def _retranslate_navigation(self) -> None:
        account = self.context.account() if self.in_training() and self.context.account_id else None
        for item, title in self._nav_items:
            text = _(title)
            if account is not None and title in CRM_PATHS:
                text = _(CRM_PATHS[title]).format(section=text, account=account.name)
            item.setText(0, text)
        self.ui.navigation.setFixedWidth(max(170, self.ui.navigation.sizeHintForColumn(0) + 24))
