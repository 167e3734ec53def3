"""Users & Teams › Users: every user, search, filters, export, the user page and bulk actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import _
from seatdesk.services import bulk
from seatdesk.services.common import NEED_ADD_EDIT_USERS, NEED_USERS_AND_BILLING
from seatdesk.ui.forms.ui_users_page import Ui_UsersPage
from seatdesk.ui.icons import icon
from seatdesk.ui.pages.base import set_allowed
from seatdesk.ui.pages.user_table import UserTablePage
from seatdesk.ui.user_tables import USER_COLUMNS, FilterBar, bulk_action_text


class BulkActions:
    """The bulk entries of a table's menus: they say how many selected users they act on."""

    def __init__(self, page: UserTablePage):
        self.page = page
        self.actions: dict[str, QAction] = {}
        for kind in bulk.KINDS:
            action = QAction(page, objectName=f"bulk_{kind}_action")
            action.triggered.connect(lambda _c=False, k=kind: page.context.flows.open_bulk(k, page.selected_user_ids()))
            self.actions[kind] = action
        page.table.selectionModel().selectionChanged.connect(lambda *_a: self.show())

    def show(self) -> None:
        n = self.page.selected_count()
        may = self.page.context.may(ADD_EDIT_USERS)
        for kind, action in self.actions.items():
            action.setText(bulk_action_text(kind, n))
            action.setEnabled(n > 0 and may)
            action.setToolTip("" if may else _(NEED_ADD_EDIT_USERS))

    def add_to(self, menu: QMenu) -> None:
        for action in self.actions.values():
            menu.addAction(action)


class UsersPage(UserTablePage):
    """The Users table with the Create user button, the Outbox and the Actions menu."""

    export_name = "users"

    def title(self) -> str:
        return _("Users")

    def build(self) -> None:
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        self.table, self.search_edit, self.count_label = (
            self.ui.users_table, self.ui.users_search_edit, self.ui.users_count_label)
        self.build_table(USER_COLUMNS, self.ui.users_filters_row, "users_", FilterBar.KINDS)
        self.ui.users_filter_row.insertWidget(2, self.export_button)
        flows = self.context.flows
        self.ui.create_user_button.setIcon(icon("user-plus"))
        self.ui.create_user_button.clicked.connect(flows.open_create_user)
        self.ui.outbox_button.setIcon(icon("mail"))
        self.ui.outbox_button.clicked.connect(flows.open_outbox)
        self.change_seat_action = QAction(self, objectName="change_seat_action")
        self.change_seat_action.triggered.connect(
            lambda: flows.open_change_seat(self.first_selected_id(), self.model.total_count()))
        self.manage_paid_users_action = QAction(self, objectName="manage_paid_users_action")
        self.manage_paid_users_action.triggered.connect(flows.open_manage_paid_users)
        self.bulk = BulkActions(self)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        menu.addAction(self.manage_paid_users_action)
        menu.addAction(self.change_seat_action)
        menu.addSeparator()
        self.bulk.add_to(menu)
        self.ui.users_actions_button.setMenu(menu)
        self.ui.users_actions_button.setIcon(icon("dots"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.clicked.connect(self._clicked)
        self.table.activated.connect(lambda index: flows.open_user(self.model.row_at(index.row()).id))
        self.set_tab_order(self.ui.outbox_button, self.ui.create_user_button, after=(self.ui.users_actions_button,))
        self.retranslate()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        self.retranslate_table()
        self.change_seat_action.setText(_("Change seat"))
        self.manage_paid_users_action.setText(_("Manage paid users"))
        self.bulk.show()

    def apply_permissions(self) -> None:
        context = self.context
        set_allowed(self.ui.create_user_button, context.may(ADD_EDIT_USERS), NEED_ADD_EDIT_USERS)
        paid = context.may(MODIFY_BILLING, ADD_EDIT_USERS)
        for action in (self.change_seat_action, self.manage_paid_users_action):
            set_allowed(action, paid, NEED_USERS_AND_BILLING)
        self.manage_paid_users_action.setVisible(context.legacy())
        self.bulk.show()

    def _clicked(self, index) -> None:
        """A plain click on a name opens the user page; Ctrl or Shift clicks only select."""
        if index.column() == 0 and QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.context.flows.open_user(self.model.row_at(index.row()).id)

    def _context_menu(self, pos) -> None:
        index = self.table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        open_action = menu.addAction(_("Open user page"))
        open_action.triggered.connect(lambda: self.context.flows.open_user(self.model.row_at(index.row()).id))
        menu.addSeparator()
        self.bulk.add_to(menu)
        menu.exec(self.table.viewport().mapToGlobal(pos))
