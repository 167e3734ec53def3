"""The main window: Users & Teams (Users, Seats), Account & Billing, Event log, and the toolbar.

Signals flow one way: a control asks a service, the service returns a Change,
and the window refreshes what the Change names.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from seatdesk import __version__, i18n
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.permissions import ADD_EDIT_USERS, MODIFY_BILLING
from seatdesk.i18n import _, format_date, format_money, format_number, ngettext
from seatdesk.services import Change, accounts, bulk, clock, queries
from seatdesk.services import seats as seat_service
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import (
    NEED_ADD_EDIT_USERS,
    NEED_MODIFY_BILLING,
    NEED_USERS_AND_BILLING,
    actor_can,
    planning_date,
    today,
)
from seatdesk.services.events import describe
from seatdesk.ui import labels
from seatdesk.ui.dialogs import button_text
from seatdesk.ui.forms.ui_main_window import Ui_MainWindow
from seatdesk.ui.messages import ask, run_action, show_refusal
from seatdesk.ui.table_model import Column, RowTableModel
from seatdesk.ui.user_tables import (
    NAME_COLUMN,
    SEAT_COLUMNS,
    USER_COLUMNS,
    FilterBar,
    bulk_action_text,
    export_visible,
    search_text,
    user_model,
)

N_ = i18n.N_
SEARCH_DELAY_MS = 150
RESIZE_PRECISION = 60  # rows a column width is measured on: Qt's default 1,000 costs 0.4 s at 100,000 rows


def _seat_counts(counts: dict[str, int]) -> str:
    return "\n".join(f"{labels.seat_label(t)}: {format_number(n)}" for t, n in counts.items())


def _removals_text(f: queries.SubscriptionFigures) -> str:
    return "\n".join(
        ngettext("{n} {seat} on {date}", "{n} × {seat} on {date}", n).format(
            n=format_number(n), seat=labels.seat_label(t), date=format_date(d))
        for _id, t, n, d in f.scheduled_removals)


SUBSCRIPTION_COLUMNS = (  # the figures first: a planner reads them without scrolling
    Column(N_("Subscription"), lambda f: labels.hub_label(f.hub)),
    Column(N_("Tier"), lambda f: labels.tier_label(f.tier)),
    Column(N_("Included seats"), lambda f: _seat_counts(f.included)),
    Column(N_("Additional seats"), lambda f: _seat_counts(f.additional)),
    Column(N_("Scheduled removals"), _removals_text),
    Column(N_("Cost this term"), lambda f: format_money(f.cost_this_term_cents, f.currency), align_right=True),
    Column(N_("Per billing period from the renewal"),
           lambda f: format_money(f.cost_per_period_from_renewal_cents, f.currency), align_right=True),
    Column(N_("Renewal date"), lambda f: format_date(f.renewal_date)),
    Column(N_("Term"), lambda f: _("{months} from {date}").format(
        months=labels.months_label(f.commitment_months), date=format_date(f.term_start))),
    Column(N_("Billing period"), lambda f: labels.period_label(f.billing_period_months)),
    Column(N_("Auto-renewal"), lambda f: _("On") if f.auto_renew else _("Off")),
)


class MainWindow(QMainWindow):
    """seatdesk's main window for one database; shows one account at a time (R1)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setObjectName("MainWindow")
        self.account_id: int | None = None
        self._currency_code = "EUR"
        self._events_stale = True
        self._loading = False
        self._summary_widgets: list[QWidget] = []
        self._product_widgets: list[QWidget] = []
        self._committed_widgets: list[QWidget] = []
        self._seat_buttons: list[QPushButton] = []  # Add seats, Remove unassigned seats (Modify billing)
        self._section_buttons: list[QPushButton] = []  # Remove and Cancel removal in Account & Billing
        self._build_toolbar()
        self._build_menu()
        self._build_tables()
        self._build_filters()
        self.ui.setup_account_button.clicked.connect(self.new_account)
        self._build_seat_actions()
        self.ui.main_tabs.currentChanged.connect(lambda _i: self._show_events_if_visible())
        self.ui.users_teams_tabs.currentChanged.connect(lambda _i: self._show_seats_if_visible())
        self._retranslate()
        self.reload_accounts()

    # -- building ------------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.account_label = QLabel(bar)
        self.account_combo = QComboBox(bar, objectName="account_combo")
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.acting_label = QLabel(bar)
        self.acting_user_combo = QComboBox(bar, objectName="acting_user_combo")
        self.acting_user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.planning_label = QLabel(bar)
        self.planning_date_edit = QDateEdit(bar, objectName="planning_date_edit", calendarPopup=True)
        self.planning_note = QLabel(bar, objectName="planning_date_note")
        self.planning_note.setStyleSheet("QLabel { color: #b45309; font-weight: bold; padding-left: 6px; }")
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.language_label = QLabel(bar)
        self.language_combo = QComboBox(bar, objectName="language_combo")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        for widget in (self.account_label, self.account_combo, self.acting_label, self.acting_user_combo,
                       self.planning_label, self.planning_date_edit, self.planning_note, spacer,
                       self.language_label, self.language_combo):
            if isinstance(widget, QLabel) and widget is not self.planning_note:
                widget.setContentsMargins(8, 0, 4, 0)
            bar.addWidget(widget)
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.acting_user_combo.currentIndexChanged.connect(self._acting_user_chosen)
        self.planning_date_edit.editingFinished.connect(self._planning_date_chosen)
        self.planning_date_edit.calendarWidget().clicked.connect(lambda _d: self._planning_date_chosen())
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

    def _build_menu(self) -> None:
        self.account_menu = self.menuBar().addMenu("")
        self.new_account_action = QAction(self, objectName="new_account_action")
        self.new_account_action.triggered.connect(self.new_account)
        self.quit_action = QAction(self, objectName="quit_action", shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.account_menu.addAction(self.new_account_action)
        self.salesforce_action = QAction(self, objectName="salesforce_action", checkable=True)
        self.salesforce_action.triggered.connect(self._salesforce_toggled)
        self.account_menu.addAction(self.salesforce_action)
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, objectName="about_action")
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _build_filters(self) -> None:
        """Search (debounced) and filter combos of the Users and Seats tables, and their Export buttons."""
        self._search_timers = {}
        for name, edit in (("users", self.ui.users_search_edit), ("seats", self.ui.seats_search_edit)):
            timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
            timer.timeout.connect(lambda n=name: self._apply_filters(n))
            edit.textChanged.connect(timer.start)
            self._search_timers[name] = timer
        row = QHBoxLayout()
        self.ui.users_layout.insertLayout(2, row)
        self.users_filters = FilterBar(self.ui.users_tab, row, "users_", FilterBar.KINDS, with_label=True)
        row.addStretch(1)
        self.seats_filters = FilterBar(self.ui.seats_tab, self.ui.seats_filter_row, "",
                                       ("seat", "status", "permission"), with_label=True)
        self.users_filters.changed.connect(lambda: self._apply_filters("users"))
        self.seats_filters.changed.connect(lambda: self._apply_filters("seats"))
        self.users_export_button = QPushButton(self.ui.users_tab, objectName="users_export_button")
        self.ui.users_filter_row.insertWidget(2, self.users_export_button)
        self.seats_count_label = QLabel(self.ui.seats_tab, objectName="seats_count_label")
        self.seats_export_button = QPushButton(self.ui.seats_tab, objectName="seats_export_button")
        self.ui.seats_filter_row.addWidget(self.seats_count_label)
        self.ui.seats_filter_row.addWidget(self.seats_export_button)
        self.users_export_button.clicked.connect(lambda: self.export_table("users"))
        self.seats_export_button.clicked.connect(lambda: self.export_table("seats"))

    def _build_tables(self) -> None:
        self.users_model = user_model(USER_COLUMNS, self)
        self.seats_model = user_model(SEAT_COLUMNS, self)
        self._seats_stale = True
        self.subscriptions_model = RowTableModel(SUBSCRIPTION_COLUMNS, self)
        self.events_model = RowTableModel((
            Column(N_("Planning date"), lambda e: format_date(e.planning_date), lambda e: e.id),
            Column(N_("By"), lambda e: e.actor.email if e.actor_id and e.actor else ""),
            Column(N_("What happened"), lambda e: describe(e.kind, e.data, self._currency())),
        ), self)
        for view, model in ((self.ui.users_table, self.users_model), (self.ui.seats_table, self.seats_model),
                            (self.ui.subscriptions_table, self.subscriptions_model),
                            (self.ui.events_table, self.events_model)):
            view.setModel(model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.verticalHeader().setVisible(False)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            view.horizontalHeader().setStretchLastSection(True)
            view.horizontalHeader().setResizeContentsPrecision(RESIZE_PRECISION)
        for view in (self.ui.users_table, self.ui.seats_table):
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            # The header paints each section asking QItemSelectionModel::isColumnSelected, which
            # walks every row of the selection through model.index() (two Python calls a row):
            # Select all on 100,000 users took 0.9 s. The headers get their own, always empty,
            # selection model: they never show column selection here.
            for header in (view.horizontalHeader(), view.verticalHeader()):
                header.setSelectionModel(QItemSelectionModel(view.model(), view))
        self.ui.seats_layout.setStretchFactor(self.ui.seats_table, 1)
        self.ui.users_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.seats_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.subscriptions_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _build_seat_actions(self) -> None:
        """Change seat (button, Actions menu, context menu, double-click), Manage paid users, legacy Remove."""
        self.change_seat_action = QAction(self, objectName="change_seat_action")
        self.change_seat_action.triggered.connect(lambda: self.open_change_seat(self._selected_seat_user()))
        self.manage_paid_users_action = QAction(self, objectName="manage_paid_users_action")
        self.manage_paid_users_action.triggered.connect(self.open_manage_paid_users)
        self.actions_menu = QMenu(self)
        self.actions_menu.setToolTipsVisible(True)
        self.actions_menu.addAction(self.manage_paid_users_action)
        self.actions_menu.addAction(self.change_seat_action)
        self.actions_menu.addSeparator()
        self.bulk_actions = {}
        for kind in bulk.KINDS:  # on the users selected in the table of the tab shown
            action = QAction(self, objectName=f"bulk_{kind}_action")
            action.triggered.connect(lambda _c=False, k=kind: self.open_bulk(k))
            self.actions_menu.addAction(action)
            self.bulk_actions[kind] = action
        self.ui.users_actions_button.setMenu(self.actions_menu)
        self.ui.change_seat_button.clicked.connect(lambda: self.open_change_seat(self._selected_seat_user()))
        self.ui.legacy_remove_button.clicked.connect(lambda: self.show_billing(overview=True))
        self.ui.create_user_button.clicked.connect(self.open_create_user)
        self.ui.outbox_button.clicked.connect(self.open_outbox)
        table = self.ui.seats_table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._seats_context_menu)
        table.doubleClicked.connect(lambda index: self.open_change_seat(self.seats_model.row_at(index.row()).id))
        users = self.ui.users_table
        users.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        users.customContextMenuRequested.connect(self._users_context_menu)
        users.clicked.connect(self._users_clicked)
        users.activated.connect(lambda index: self.open_user(self.users_model.row_at(index.row()).id))
        for view in (self.ui.users_table, self.ui.seats_table):
            view.selectionModel().selectionChanged.connect(lambda *_a: self._show_bulk_texts())
        self.ui.users_teams_tabs.currentChanged.connect(lambda _i: self._show_bulk_texts())
        self._dialog = None

    # -- accounts --------------------------------------------------------------------------------
    def reload_accounts(self, select: int | None = None) -> None:
        """Fill the account list; show the first-run page when the database has none (R23)."""
        rows = accounts.list_accounts()
        select = select or self.account_id or (rows[0].id if rows else None)
        self._loading = True
        self.account_combo.clear()
        for account in rows:
            self.account_combo.addItem(account.name, account.id)
        self._loading = False
        if not rows:
            self.account_id = None
            self.ui.main_stack.setCurrentWidget(self.ui.empty_page)
            for widget in (self.account_combo, self.acting_user_combo, self.planning_date_edit):
                widget.setEnabled(False)
            return
        for widget in (self.account_combo, self.acting_user_combo, self.planning_date_edit):
            widget.setEnabled(True)
        self.ui.main_stack.setCurrentWidget(self.ui.main_tabs)
        index = max(0, self.account_combo.findData(select))
        if self.account_combo.currentIndex() == index:
            self._account_chosen(index)
        else:
            self.account_combo.setCurrentIndex(index)

    def _account_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        self.account_id = self.account_combo.itemData(index)
        self._currency_code = self._account().currency
        self._run(lambda: clock.roll_over(self.account_id), quiet=True)
        self.refresh_all()

    def new_account(self) -> None:
        from seatdesk.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(self)
        if dialog.exec() and dialog.account_id is not None:
            self.account_id = None
            self.reload_accounts(select=dialog.account_id)

    def _account(self):
        return accounts.get_account(self.account_id) if self.account_id else None

    def _currency(self) -> str:
        return self._currency_code

    # -- actions through services -------------------------------------------------------------
    def _run(self, action, quiet: bool = False) -> Change | None:
        """Call a service; show its refusal or its notices; refresh what it changed."""
        return run_action(self, action, quiet)

    def _acting_user_chosen(self, index: int) -> None:
        if self._loading or index < 0 or self.account_id is None:
            return
        self._run(lambda: accounts.set_acting_user(self.account_id, self.acting_user_combo.itemData(index)))
        self._apply_permissions()

    def acting_user_id(self) -> int | None:
        return self.acting_user_combo.currentData()

    def _planning_date_chosen(self) -> None:
        if self._loading or self.account_id is None:
            return
        day = self.planning_date_edit.date().toPython()
        account = self._account()
        if day == planning_date(account):
            return
        due = [s for s in account.subscriptions if s.renewal_date <= day]
        if due:
            names = ", ".join(f"{labels.hub_label(s.hub)} ({format_date(s.renewal_date)})" for s in due)
            answer = QMessageBox.question(
                self, _("Apply renewals?"),
                _("Moving the planning date to {date} passes the renewal of {subscriptions}. "
                  "The scheduled removals take effect and the terms roll over; this can't be undone.").format(
                    date=format_date(day), subscriptions=names))
            if answer != QMessageBox.StandardButton.Yes:
                self._show_planning_date()
                return
        change = self._run(lambda: clock.set_planning_date(self.account_id, day))
        if change is not None:
            self.refresh_all()
        else:
            self._show_planning_date()

    # -- seat billing flows -----------------------------------------------------------------------
    def _open_dialog(self, dialog, then=None, apply: bool = False) -> None:
        """Show a flow's dialog window-modal; when it closes, refresh after what it changed.

        With ``apply``, only what its changes name is refreshed (the user page, bulk actions).
        """
        self._dialog = dialog

        def finished(result: int) -> None:
            if apply:
                for change in getattr(dialog, "changes", None) or [dialog.change]:
                    self.apply_change(change)
            elif dialog.change is not None:
                self.refresh_all()
            if then is not None and result:
                then()
            self._dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def open_purchase(self, seat_type: str) -> None:
        from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

        try:  # a seat type no subscription sells any more (a tier changed) is refused before the dialog
            seat_service.quote_purchase(self.account_id, seat_type, 1)
        except DomainError as error:
            show_refusal(self, error)
            return
        self._open_dialog(PurchaseSeatsDialog(self.account_id, self.acting_user_id(), seat_type, self))

    def open_remove(self, seat_type: str) -> None:
        """Account & Billing, then the removal dialog of ``seat_type`` (or why nothing can be removed)."""
        from seatdesk.ui.remove_dialog import RemoveSeatsDialog

        legacy = self._account().seat_model == st.LEGACY
        self.show_billing(overview=legacy)
        try:
            seat_service.check_removal_count(seat_service.seat_summary(self.account_id, seat_type), 1)
        except DomainError as error:
            show_refusal(self, error)
            return
        self._open_dialog(RemoveSeatsDialog(self.account_id, self.acting_user_id(), seat_type, self),
                          then=lambda: self.show_billing(overview=legacy))

    def cancel_removal(self, removal_id: int, text: str) -> None:
        if ask(self, text, _("Cancel the removal of these seats? They stay in your subscription after the "
                             "renewal date."), text, _("Keep the removal")):
            if self._run(lambda: seat_service.cancel_removal(self.account_id, self.acting_user_id(), removal_id)):
                self.refresh_all()

    def open_change_seat(self, user_id: int | None = None) -> None:
        from seatdesk.ui.change_seat_dialog import ChangeSeatDialog

        if user_id is None and self.users_model.total_count() > queries.USER_COMBO_LIMIT:
            QMessageBox.information(self, _("Change seat"), _("Select a user in the table first."))
            return
        self._open_dialog(ChangeSeatDialog(self.account_id, self.acting_user_id(), user_id, self))

    def _salesforce_toggled(self, on: bool) -> None:
        self._run(lambda: accounts.set_salesforce_integration(self.account_id, self.acting_user_id(), on),
                  quiet=True)
        self._events_stale = True
        self._show_events_if_visible()
        self.salesforce_action.setChecked(self._account().salesforce_integration)

    def open_create_user(self) -> None:
        from seatdesk.ui.create_user_wizard import CreateUserWizard

        self._open_dialog(CreateUserWizard(self.account_id, self.acting_user_id(), self))

    def open_outbox(self) -> None:
        from seatdesk.ui.outbox_dialog import OutboxDialog

        self._open_dialog(OutboxDialog(self.account_id, self))

    def open_manage_paid_users(self) -> None:
        from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog

        self._open_dialog(ManagePaidUsersDialog(self.account_id, self.acting_user_id(), self))

    def show_billing(self, overview: bool) -> None:
        self.ui.main_tabs.setCurrentWidget(self.ui.billing_tab)
        self.ui.billing_tabs.setCurrentWidget(self.ui.overview_tab if overview else self.ui.subscriptions_tab)

    def _selected_seat_user(self) -> int | None:
        on_users = self.ui.users_teams_tabs.currentWidget() is self.ui.users_tab
        view, model = ((self.ui.users_table, self.users_model) if on_users
                       else (self.ui.seats_table, self.seats_model))
        rows = view.selectionModel().selectedRows()
        return model.row_at(rows[0].row()).id if rows else None

    def _seats_context_menu(self, pos) -> None:
        index = self.ui.seats_table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        action = menu.addAction(self.change_seat_action.text())
        action.setEnabled(self.change_seat_action.isEnabled())
        action.triggered.connect(lambda: self.open_change_seat(self.seats_model.row_at(index.row()).id))
        menu.addSeparator()
        for bulk_action in self.bulk_actions.values():
            menu.addAction(bulk_action)
        menu.exec(self.ui.seats_table.viewport().mapToGlobal(pos))

    def _users_clicked(self, index) -> None:
        """A plain click on a name opens the user page; Ctrl or Shift clicks only select."""
        from PySide6.QtWidgets import QApplication

        if index.column() == 0 and QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
            self.open_user(self.users_model.row_at(index.row()).id)

    def _users_context_menu(self, pos) -> None:
        index = self.ui.users_table.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        open_action = menu.addAction(_("Open user page"))
        open_action.triggered.connect(lambda: self.open_user(self.users_model.row_at(index.row()).id))
        menu.addSeparator()
        for bulk_action in self.bulk_actions.values():
            menu.addAction(bulk_action)
        menu.exec(self.ui.users_table.viewport().mapToGlobal(pos))

    def _selected_count(self) -> int:
        on_seats = self.ui.users_teams_tabs.currentWidget() is self.ui.seats_tab
        view = self.ui.seats_table if on_seats else self.ui.users_table
        return sum(r.height() for r in view.selectionModel().selection())

    def _show_bulk_texts(self) -> None:
        """The bulk entries say how many users they act on; greyed out with no selection."""
        n = self._selected_count()
        may = actor_can(self.account_id, self.acting_user_id(), ADD_EDIT_USERS) if self.account_id else False
        for kind, action in self.bulk_actions.items():
            action.setText(bulk_action_text(kind, n))
            action.setEnabled(n > 0 and may)
            action.setToolTip("" if may else _(NEED_ADD_EDIT_USERS))

    def open_bulk(self, kind: str) -> None:
        from seatdesk.ui.bulk_dialog import BulkDialog

        ids = self.selected_user_ids()
        if not ids:
            QMessageBox.information(self, _("Actions"), _("Select users in the table first."))
            return
        dialog = BulkDialog(self.account_id, self.acting_user_id(), ids, kind, self)
        self._open_dialog(dialog, apply=True)

    def open_user(self, user_id: int) -> None:
        """The user page (F3); what it saved or did is refreshed when it closes."""
        from seatdesk.ui.user_dialog import UserDialog

        self._open_dialog(UserDialog(self.account_id, self.acting_user_id(), user_id, self), apply=True)

    def _apply_permissions(self) -> None:
        """Grey out what the acting user may not do, with the reason as tooltip (R18)."""
        actor = self.acting_user_id()
        billing = actor_can(self.account_id, actor, MODIFY_BILLING)
        paid = actor_can(self.account_id, actor, MODIFY_BILLING, ADD_EDIT_USERS)
        legacy = self._account().seat_model == st.LEGACY
        gated = [(w, billing, NEED_MODIFY_BILLING) for w in self._seat_buttons + self._section_buttons]
        gated.append((self.ui.create_user_button, actor_can(self.account_id, actor, ADD_EDIT_USERS),
                      NEED_ADD_EDIT_USERS))
        gated += [(w, paid, NEED_USERS_AND_BILLING) for w in (self.change_seat_action, self.ui.change_seat_button,
                                                              self.manage_paid_users_action)]
        for widget, allowed, reason in gated:
            widget.setEnabled(allowed)
            widget.setToolTip("" if allowed else _(reason))
        self.manage_paid_users_action.setVisible(legacy)
        self._show_bulk_texts()
        self.salesforce_action.setChecked(self._account().salesforce_integration)
        self.ui.legacy_remove_button.setVisible(legacy)

    # -- refreshing ------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        if self.account_id is None:
            return
        self._show_acting_users()
        self._show_planning_date()
        self._fill_filters()
        with queries.paused_gc():
            rows = queries.user_rows(self.account_id)  # in name order: the Name column's order is known
            self.users_model.set_rows(rows, search_text, orders={NAME_COLUMN: list(range(len(rows)))})
            self._seats_stale = True
            self._apply_filters("users")
            self._show_seats_if_visible()
        self._show_seat_summaries()
        self._show_billing()
        self._apply_permissions()
        self._events_stale = True
        self._show_events_if_visible()
        self._show_catalog_note()
        self._resize_columns()

    def _show_billing(self) -> None:
        figures = queries.subscription_figures(self.account_id)
        self.subscriptions_model.set_rows(figures)
        self._show_billing_sections(figures)

    def _show_events_if_visible(self) -> None:
        """The event log is read when its tab is shown: it can be long and start-up stays quick."""
        if self._events_stale and self.ui.main_tabs.currentWidget() is self.ui.events_tab and self.account_id:
            self._events_stale = False
            self.events_model.set_rows(queries.events(self.account_id))
            self._resize_view(self.ui.events_table)

    def _resize_columns(self) -> None:
        for view in (self.ui.users_table, self.ui.seats_table, self.ui.subscriptions_table, self.ui.events_table):
            self._resize_view(view)
        self.ui.subscriptions_table.resizeRowsToContents()

    @staticmethod
    def _resize_view(view) -> None:
        header = view.horizontalHeader()
        for column in range(view.model().columnCount() - 1):
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 320))

    def _show_acting_users(self) -> None:
        account = self._account()
        self._loading = True
        self.acting_user_combo.clear()
        for user_id, label in queries.acting_candidates(self.account_id, account.acting_user_id):
            self.acting_user_combo.addItem(label, user_id)
        index = self.acting_user_combo.findData(account.acting_user_id)
        self.acting_user_combo.setCurrentIndex(max(0, index))
        self._loading = False

    def _show_planning_date(self) -> None:
        account = self._account()
        day = planning_date(account)
        self._loading = True
        self.planning_date_edit.setMinimumDate(QDate(clock.minimum_planning_date(self.account_id)))
        self.planning_date_edit.setDate(QDate(day))
        self._loading = False
        not_today = day != today()
        self.planning_note.setText(_("Not today: planning ahead") if not_today else "")
        self.planning_note.setVisible(not_today)
        self.planning_date_edit.setStyleSheet("QDateEdit { background: #fde68a; }" if not_today else "")
        self.planning_date_edit.setToolTip(
            _("All time rules use this date. Move it forward to see renewals and removals take effect."))

    def _fill_filters(self) -> None:
        account = self._account()
        teams = queries.teams(self.account_id)
        self.users_filters.fill(account.seat_model, teams)
        self.seats_filters.fill(account.seat_model, teams)

    def _apply_filters(self, which: str = "both") -> None:
        """Search and filters of the Users table, the Seats table, or both; then the counts."""
        if which in ("users", "both"):
            self.users_model.set_filter(self.ui.users_search_edit.text(), self.users_filters.predicate())
        if which in ("seats", "both") and not self._seats_stale:
            self.seats_model.set_filter(self.ui.seats_search_edit.text(), self.seats_filters.predicate())
        self._show_counts()

    def _show_counts(self) -> None:
        for model, label in ((self.users_model, self.ui.users_count_label), (self.seats_model, self.seats_count_label)):
            shown, total = model.rowCount(), model.total_count()
            label.setText(ngettext("{shown} of {n} user", "{shown} of {n} users", total).format(
                shown=format_number(shown), n=format_number(total)))

    def _show_seats_if_visible(self) -> None:
        """The Seats table is filled when its tab is shown: opening a big account fills one table, not two."""
        if self._seats_stale and self.ui.users_teams_tabs.currentWidget() is self.ui.seats_tab and self.account_id:
            self._seats_stale = False
            with queries.paused_gc():
                self.seats_model.set_rows(self.users_model.all_rows(), search_text,
                                          orders={NAME_COLUMN: list(self.users_model.ascending_order(NAME_COLUMN))})
                self._apply_filters("seats")
            self._resize_view(self.ui.seats_table)

    def show_seats_tab(self) -> None:
        self.ui.main_tabs.setCurrentWidget(self.ui.users_teams_page)
        self.ui.users_teams_tabs.setCurrentWidget(self.ui.seats_tab)

    def apply_change(self, change: Change | None) -> None:
        """Refresh what ``change`` names: the rows of its users only, the seat counts, the billing."""
        if change is None or self.account_id is None:
            return
        if change.accounts or change.all_users or len(change.users) > queries.PARTIAL_REFRESH_LIMIT:
            self.refresh_all()
            return
        if change.users:
            rows = queries.user_rows(self.account_id, change.users)
            removed = change.users - {r.id for r in rows}
            self.users_model.update_rows(rows, removed)
            if not self._seats_stale:
                self.seats_model.update_rows(rows, removed)
            self._show_counts()
            self._show_acting_users()
        if change.seats or change.billing:
            self._show_seat_summaries()
        if change.billing:
            self._show_billing()
        self._apply_permissions()
        self._events_stale = True
        self._show_events_if_visible()

    def selected_user_ids(self, view=None) -> list[int]:
        """Ids of the users selected in ``view`` (default: the table of the tab shown), in view order."""
        if view is None:
            on_seats = self.ui.users_teams_tabs.currentWidget() is self.ui.seats_tab
            view = self.ui.seats_table if on_seats else self.ui.users_table
        model = view.model()
        ids = []
        for selected in sorted(view.selectionModel().selection(), key=lambda r: r.top()):
            ids += [model.row_at(row).id for row in range(selected.top(), selected.bottom() + 1)]
        return list(dict.fromkeys(ids))

    def select_users(self, view, ids) -> None:
        """Select the rows of these users in ``view`` (those shown)."""
        from PySide6.QtCore import QItemSelection

        model = view.model()
        selection = QItemSelection()
        last = model.columnCount() - 1
        for row in model.rows_of(ids):
            selection.select(model.index(row, 0), model.index(row, last))
        view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def export_table(self, which: str, path: Path | None = None) -> Path | None:
        """Export the rows the table shows to a CSV file (asks where when ``path`` is None)."""
        from PySide6.QtWidgets import QFileDialog

        model = self.users_model if which == "users" else self.seats_model
        if path is None:
            name = f"{_('Users') if which == 'users' else _('Seats')} {today().isoformat()}.csv"
            chosen, _filter = QFileDialog.getSaveFileName(self, _("Export to CSV"), str(Path.home() / name),
                                                          _("CSV files (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            count = export_visible(model, path)
        except OSError as error:
            QMessageBox.warning(self, _("Not possible"), _("The file {path} can't be written: {reason}").format(
                path=path, reason=error.strerror or error))
            return None
        self.statusBar().showMessage(ngettext("{n} row exported to {path}", "{n} rows exported to {path}",
                                              count).format(n=format_number(count), path=path), 8000)
        return path

    @staticmethod
    def _add_button(layout, parent: QWidget, name: str, text: str, slot, into: list) -> QPushButton:
        button = QPushButton(button_text(text), parent, objectName=name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        into.append(button)
        return button

    @staticmethod
    def _clear(layout, widgets: list[QWidget]) -> None:
        for widget in widgets:
            layout.removeWidget(widget)
            widget.setParent(None)  # out of findChild's reach at once, not at the next event loop
            widget.deleteLater()
        widgets.clear()

    def _show_seat_summaries(self) -> None:
        layout = self.ui.seat_summaries_layout
        self._clear(layout, self._summary_widgets)
        self._seat_buttons.clear()
        summaries = seat_service.seat_summaries(self.account_id)
        paid = sum(s.total for s in summaries if s.paid)
        self.ui.paid_seats_label.setText(
            ngettext("{n} paid seat", "{n} paid seats", paid).format(n=format_number(paid)))
        for summary in summaries:
            box = QFrame(self.ui.seats_tab, objectName=f"seat_box_{summary.seat_type}")
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            inner = QVBoxLayout(box)
            title = QLabel(f"<b>{labels.seat_label(summary.seat_type)}</b>", box)
            counts = QLabel(box, objectName=f"seat_summary_{summary.seat_type}")
            detail = QLabel(box, objectName=f"seat_detail_{summary.seat_type}")
            for label in (title, detail):  # long seat names (FR, DE) wrap instead of being cut when boxes are narrow
                label.setWordWrap(True)
            if summary.paid:
                counts.setText(_("{assigned} of {purchased} seats assigned").format(
                    assigned=format_number(summary.assigned), purchased=format_number(summary.total)))
                lines = [ngettext("{n} available", "{n} available", summary.available).format(
                    n=format_number(summary.available))]
                if summary.scheduled_removal:
                    lines.append(ngettext("{n} to be removed on {date}", "{n} to be removed on {date}",
                                          summary.scheduled_removal).format(
                        n=format_number(summary.scheduled_removal), date=format_date(summary.next_removal_date)))
                detail.setText("\n".join(lines))
            else:
                counts.setText(ngettext("{n} assigned", "{n} assigned", summary.assigned).format(
                    n=format_number(summary.assigned)))
                detail.setText(_("Free, unlimited"))
            for widget in (title, counts, detail):
                inner.addWidget(widget)
            if summary.paid:
                self._add_button(inner, box, f"add_seats_button_{summary.seat_type}", _("Add seats"),
                                 lambda _c=False, t=summary.seat_type: self.open_purchase(t), self._seat_buttons)
                self._add_button(inner, box, f"remove_unassigned_button_{summary.seat_type}",
                                 _("Remove unassigned seats"), lambda _c=False, t=summary.seat_type: self.open_remove(t),
                                 self._seat_buttons)
            inner.addStretch(1)
            layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            self._summary_widgets.append(box)
        stretch = QWidget(self.ui.seats_tab)
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(stretch)
        self._summary_widgets.append(stretch)

    def _show_billing_sections(self, figures: list[queries.SubscriptionFigures] | None = None) -> None:
        """Overview > Products & Add-ons and Subscriptions > Committed terms: a box per subscription.

        The removal buttons sit where the account's seat model has them: Committed terms for
        seat-based accounts (F7), Products & Add-ons for legacy ones (F9); the other place shows the counts.
        """
        self._section_buttons.clear()
        legacy = self._account().seat_model == st.LEGACY
        if figures is None:
            figures = queries.subscription_figures(self.account_id)
        for layout, widgets, with_actions in ((self.ui.products_layout, self._product_widgets, legacy),
                                              (self.ui.committed_layout, self._committed_widgets, not legacy)):
            self._clear(layout, widgets)
            for subscription in figures:
                box = self._subscription_box(subscription, with_actions, legacy)
                layout.addWidget(box)
                widgets.append(box)
            stretch = QWidget()
            stretch.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
            layout.addWidget(stretch)
            widgets.append(stretch)

    def _subscription_box(self, f: queries.SubscriptionFigures, with_actions: bool, legacy: bool) -> QGroupBox:
        box = QGroupBox(f"{labels.hub_label(f.hub)} {labels.tier_label(f.tier)}")
        grid = QGridLayout(box)
        row = 0
        grid.addWidget(QLabel(_("Renewal date: {date} · {period}").format(
            date=format_date(f.renewal_date), period=labels.period_label(f.billing_period_months))), row, 0, 1, 3)
        for seat_type in sorted(set(f.included) | set(f.additional), key=st.SEAT_TYPE_ORDER.get):
            row += 1
            included, additional = f.included.get(seat_type, 0), f.additional.get(seat_type, 0)
            grid.addWidget(QLabel(f"<b>{labels.seat_label(seat_type)}</b>"), row, 0)
            grid.addWidget(QLabel(_("{included} included, {additional} additional").format(
                included=format_number(included), additional=format_number(additional))), row, 1)
            if with_actions and st.is_paid(seat_type) and additional > 0:
                text = _("Remove") if legacy else _("Remove unassigned seats")
                holder = QHBoxLayout()
                self._add_button(holder, box, f"committed_remove_button_{seat_type}", text,
                                 lambda _c=False, t=seat_type: self.open_remove(t), self._section_buttons)
                holder.addStretch(1)
                grid.addLayout(holder, row, 2)
        for removal_id, seat_type, count, date in f.scheduled_removals:
            row += 1
            note = QLabel(_("Seat removal scheduled: {n} × {seat} on {date}").format(
                n=format_number(count), seat=labels.seat_label(seat_type), date=format_date(date)))
            note.setStyleSheet("QLabel { color: #b45309; }")
            grid.addWidget(note, row, 0, 1, 2)
            if with_actions:
                text = _("Cancel removal request") if legacy else _("Cancel this removal")
                holder = QHBoxLayout()
                self._add_button(holder, box, "cancel_removal_button", text,
                                 lambda _c=False, r=removal_id, t=text: self.cancel_removal(r, t),
                                 self._section_buttons)
                holder.addStretch(1)
                grid.addLayout(holder, row, 2)
        if with_actions and legacy and f.scheduled_removals:
            row += 1
            hint = QLabel(_("To change how many seats a removal request removes, cancel the request and "
                            "schedule a new one."))
            hint.setWordWrap(True)
            grid.addWidget(hint, row, 0, 1, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _show_catalog_note(self) -> None:
        catalog = current_catalog()
        text = _("Prices from the price catalog {path}.").format(path=catalog.path)
        if catalog.sample:
            text = _("Sample prices, for planning and training only: {path}. Put your own copy named "
                     "price_catalog.json in the seatdesk data folder to use other figures.").format(path=catalog.path)
        self.ui.catalog_note_label.setText(text)

    # -- language ----------------------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != i18n.current_language():
            i18n.set_language(code)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            if self.account_id is not None:
                self._refresh_texts()
        super().changeEvent(event)

    def _refresh_texts(self) -> None:
        """Re-render every translated or formatted text; keeps search, filters, sort and selection."""
        for model in (self.users_model, self.seats_model, self.subscriptions_model, self.events_model):
            model.retranslate()
        self._fill_filters()
        self._show_counts()
        self._show_seat_summaries()
        self._show_billing_sections()
        self._apply_permissions()
        self._show_planning_date()
        self._show_catalog_note()
        self._resize_columns()

    def _retranslate(self) -> None:
        self.setWindowTitle("seatdesk")
        for tabs in (self.ui.main_tabs, self.ui.users_teams_tabs):
            for index in range(tabs.count()):  # a single & would be read as a shortcut marker
                tabs.setTabText(index, tabs.tabText(index).replace("&&", "&").replace("&", "&&"))
        self.account_label.setText(_("Account"))
        self.acting_label.setText(_("Acting as"))
        self.planning_label.setText(_("Planning date"))
        self.language_label.setText(_("Language"))
        labels.localize_date_edit(self.planning_date_edit)
        self.account_menu.setTitle(_("&Account"))
        self.new_account_action.setText(_("&New account…"))
        self.salesforce_action.setText(button_text(_("Salesforce integration")))
        self.quit_action.setText(_("&Quit"))
        self.help_menu.setTitle(_("&Help"))
        self.about_action.setText(_("&About seatdesk"))
        self.change_seat_action.setText(_("Change seat"))
        self.users_export_button.setText(_("Export…"))
        self.seats_export_button.setText(_("Export…"))
        for button in (self.users_export_button, self.seats_export_button):
            button.setToolTip(_("Save the rows shown (after search and filters) as a CSV file for Excel."))
        self._show_bulk_texts()
        self.manage_paid_users_action.setText(_("Manage paid users"))
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        self.language_combo.blockSignals(False)

    def _about(self) -> None:
        QMessageBox.about(self, _("About seatdesk"), _(
            "seatdesk {version}\n\nPlan and teach the seats (paid user licences) of a CRM account, offline. "
            "Prices are sample figures.").format(version=__version__))
