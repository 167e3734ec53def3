"""The main window: Users & Teams (Users, Seats), Account & Billing, Event log, and the toolbar.

Signals flow one way: a control asks a service, the service returns a Change,
and the window refreshes what the Change names.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from seatdesk import __version__, i18n
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_date, format_money, format_number, ngettext
from seatdesk.services import Change, accounts, clock, queries
from seatdesk.services import seats as seat_service
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import planning_date, today
from seatdesk.services.events import describe
from seatdesk.ui import labels
from seatdesk.ui.forms.ui_main_window import Ui_MainWindow
from seatdesk.ui.messages import show_notices, show_refusal
from seatdesk.ui.table_model import Column, RowTableModel

N_ = i18n.N_
SEARCH_DELAY_MS = 150
KEY_PERMISSION_LABELS = {"modify_billing": N_("Modify billing"), "add_edit_users": N_("Add and edit users")}


def _date_key(value: dt.date | None):
    return value or dt.date.min


def _user_name(row: queries.UserRow) -> str:
    return row.name or row.email


def _seat_text(row: queries.UserRow) -> str:
    return ", ".join(labels.seat_label(t) for t in row.seat_types) or _("No paid seat")


def _permissions_text(row: queries.UserRow) -> str:
    parts = [_("Super Admin")] if row.is_super_admin else []
    parts += [_(KEY_PERMISSION_LABELS[k]) for k in row.key_permissions]
    return ", ".join(parts)


USER_COLUMNS = (
    Column(N_("Name"), _user_name),
    Column(N_("Email"), lambda r: r.email),
    Column(N_("Teams"), lambda r: ", ".join(r.teams)),
    Column(N_("Access level"), lambda r: _("Super Admin") if r.is_super_admin else _("User")),
    Column(N_("Seat type"), _seat_text),
    Column(N_("Status"), lambda r: labels.status_label(r.status)),
    Column(N_("Last active date"), lambda r: format_date(r.last_active), lambda r: _date_key(r.last_active)),
)
SEAT_COLUMNS = (
    Column(N_("Name"), _user_name),
    Column(N_("Email"), lambda r: r.email),
    Column(N_("Seat"), _seat_text),
    Column(N_("Permissions"), _permissions_text),
    Column(N_("Invitation status"), lambda r: labels.invitation_label(r.invitation)),
    Column(N_("Last active date"), lambda r: format_date(r.last_active), lambda r: _date_key(r.last_active)),
)


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
        self._build_toolbar()
        self._build_menu()
        self._build_tables()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filters)
        self.ui.users_search_edit.textChanged.connect(self._search_timer.start)
        self.ui.seats_search_edit.textChanged.connect(self._search_timer.start)
        for combo in (self.ui.seat_filter_combo, self.ui.status_filter_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.ui.seat_filter_combo.currentIndexChanged.connect(self._apply_filters)
        self.ui.status_filter_combo.currentIndexChanged.connect(self._apply_filters)
        self.ui.setup_account_button.clicked.connect(self.new_account)
        self.ui.main_tabs.currentChanged.connect(lambda _i: self._show_events_if_visible())
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
        self.account_menu.addSeparator()
        self.account_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self, objectName="about_action")
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def _build_tables(self) -> None:
        self.users_model = RowTableModel(USER_COLUMNS, self)
        self.seats_model = RowTableModel(SEAT_COLUMNS, self)
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
        self.ui.seats_layout.setStretchFactor(self.ui.seats_table, 1)
        self.ui.users_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.seats_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.ui.subscriptions_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

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
        try:
            change = action()
        except DomainError as error:
            show_refusal(self, error)
            return None
        if not quiet:
            show_notices(self, change)
        return change

    def _acting_user_chosen(self, index: int) -> None:
        if self._loading or index < 0 or self.account_id is None:
            return
        self._run(lambda: accounts.set_acting_user(self.account_id, self.acting_user_combo.itemData(index)))

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

    # -- refreshing ------------------------------------------------------------------------------
    def refresh_all(self) -> None:
        if self.account_id is None:
            return
        self._show_acting_users()
        self._show_planning_date()
        rows = queries.user_rows(self.account_id)
        search = lambda r: f"{r.first_name} {r.last_name} {r.email}"  # noqa: E731
        self.users_model.set_rows(rows, search)
        self.seats_model.set_rows(rows, search)
        self._fill_filters()
        self._apply_filters()
        self._show_seat_summaries()
        self.subscriptions_model.set_rows(queries.subscription_figures(self.account_id))
        self._events_stale = True
        self._show_events_if_visible()
        self._show_catalog_note()
        self._resize_columns()

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
        for user_id, label in queries.acting_candidates(self.account_id):
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
        keep_seat = self.ui.seat_filter_combo.currentData()
        keep_status = self.ui.status_filter_combo.currentData()
        self._loading = True
        combo = self.ui.seat_filter_combo
        combo.clear()
        combo.addItem(_("All seats"), None)
        for seat_type in st.seat_types_for_model(account.seat_model):
            combo.addItem(labels.seat_label(seat_type), seat_type)
        if account.seat_model == st.LEGACY:
            combo.addItem(_("No paid seat"), "")
        combo.setCurrentIndex(max(0, combo.findData(keep_seat)))
        combo = self.ui.status_filter_combo
        combo.clear()
        combo.addItem(_("All statuses"), None)
        for status in labels.STATUS_LABELS:
            combo.addItem(labels.status_label(status), status)
        combo.setCurrentIndex(max(0, combo.findData(keep_status)))
        self._loading = False

    def _apply_filters(self) -> None:
        if self._loading:
            return
        self.users_model.set_filter(self.ui.users_search_edit.text())
        seat = self.ui.seat_filter_combo.currentData()
        status = self.ui.status_filter_combo.currentData()

        def keep(row: queries.UserRow) -> bool:
            if seat is not None and (seat not in row.seat_types if seat else bool(row.seat_types)):
                return False
            return status is None or row.status == status

        self.seats_model.set_filter(self.ui.seats_search_edit.text(), keep)
        shown, total = self.users_model.rowCount(), self.users_model.total_count()
        self.ui.users_count_label.setText(
            ngettext("{shown} of {n} user", "{shown} of {n} users", total).format(
                shown=format_number(shown), n=format_number(total)))

    def _show_seat_summaries(self) -> None:
        layout = self.ui.seat_summaries_layout
        for widget in self._summary_widgets:
            layout.removeWidget(widget)
            widget.setParent(None)  # out of findChild's reach at once, not at the next event loop
            widget.deleteLater()
        self._summary_widgets = []
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
            detail.setWordWrap(True)
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
            inner.addStretch(1)
            layout.addWidget(box)
            self._summary_widgets.append(box)
        stretch = QWidget(self.ui.seats_tab)
        stretch.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(stretch)
        self._summary_widgets.append(stretch)

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
        self._apply_filters()
        self._show_seat_summaries()
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
        self.quit_action.setText(_("&Quit"))
        self.help_menu.setTitle(_("&Help"))
        self.about_action.setText(_("&About seatdesk"))
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        self.language_combo.blockSignals(False)

    def _about(self) -> None:
        QMessageBox.about(self, _("About seatdesk"), _(
            "seatdesk {version}\n\nPlan and teach the seats (paid user licences) of a CRM account, offline. "
            "Prices are sample figures.").format(version=__version__))
