"""The main window: a frame of toolbar, menus, left navigation and a stack of pages.

The frame only wires: pages get the account through an ``AccountContext`` and open dialogs
through ``Flows``; a service's ``Change`` goes to the context, and each page refreshes what it
names (a hidden page when it is next shown). Pages are built when first shown.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from seatdesk import __version__
from seatdesk.domain.permissions import ADD_EDIT_USERS
from seatdesk.i18n import _, label_value
from seatdesk.services import accounts
from seatdesk.services.common import NEED_ADD_EDIT_USERS
from seatdesk.ui.dialogs import button_text
from seatdesk.ui.flows import Flows
from seatdesk.ui.forms.ui_main_window import Ui_MainWindow
from seatdesk.ui.frame_parts import DatabaseWatch, PlanMenu
from seatdesk.ui.icons import app_icon, icon
from seatdesk.ui.navigation import Navigation
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.pages.billing import BillingPage
from seatdesk.ui.pages.compare import ComparePage
from seatdesk.ui.pages.events import EventsPage
from seatdesk.ui.pages.permission_sets import PermissionSetsPage
from seatdesk.ui.pages.pricing import PricingPage
from seatdesk.ui.pages.reclaim import ReclaimPage
from seatdesk.ui.pages.seats import SeatsPage
from seatdesk.ui.pages.teams import TeamsPage
from seatdesk.ui.pages.users import UsersPage
from seatdesk.ui.second_language import SecondLanguage
from seatdesk.ui.settings import settings
from seatdesk.ui.training_mode import TrainingMode
from seatdesk.ui.widgets.account_bar import AccountBar

FIRST_PAGE = "users_tab"


class MainWindow(PlanMenu, DatabaseWatch, TrainingMode, Navigation, QMainWindow):
    """seatdesk's main window for one database; shows one account at a time (R1)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setObjectName("MainWindow")
        self.setWindowIcon(app_icon())
        self.context = AccountContext(self)
        self.flows = Flows(self, self.context, self.show_billing)
        self.context.flows = self.flows
        bar = QToolBar(self, objectName="main_toolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.account_bar = AccountBar(bar, self.context, self.flows)
        self.menuBar().setCornerWidget(self.account_bar.planning_note, Qt.Corner.TopRightCorner)
        self.account_bar.account_chosen.connect(lambda account_id: settings().setValue("last_account", account_id))
        self.pages: dict[str, Page] = {}
        for page in (UsersPage(self.context, "users_tab"), SeatsPage(self.context, "seats_tab"),
                     TeamsPage(self.context), PermissionSetsPage(self.context), BillingPage(self.context),
                     PricingPage(self.context), ComparePage(self.context), ReclaimPage(self.context),
                     EventsPage(self.context)):
            self.ui.page_stack.addWidget(page)
            self.pages[page.objectName()] = page
        self.pages["reclaim_page"].account_wanted.connect(lambda account_id: self.reload_accounts(select=account_id))
        self.ui.page_stack.currentChanged.connect(self._page_changed)
        self._build_plan_banner()
        self.pages["billing_tab"].tab_changed.connect(self._select_navigation)
        self._build_navigation()
        self._build_menus()
        self.ui.setup_account_button.clicked.connect(self.new_account)
        self.context.acting_user_changed.connect(self._apply_permissions)
        self.context.texts_changed.connect(self._page_texts_changed)
        self.context.reloaded.connect(self._apply_permissions)
        self._retranslate()
        self._restore()
        self.reload_accounts()
        self._start_watch()

    # -- building ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        def action(name: str, slot, shortcut=None, icon_name: str | None = None) -> QAction:
            made = QAction(self, objectName=name)
            made.triggered.connect(slot)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            if icon_name:
                made.setIcon(icon(icon_name))
            self.addAction(made)  # shortcuts work with the menu bar hidden (macOS native menus)
            return made

        self.new_account_action = action("new_account_action", self.new_account)
        self.pricing_action = action("pricing_action", lambda: self.show_page("pricing_page"), None, "credit-card")
        self.import_users_action = action("import_users_action", self._import_users)
        self._build_plan_actions(action)
        self._build_training_action(action)
        self.backup_action = action("backup_action", self._back_up)
        self.restore_action = action("restore_action", self._open_restore)
        self.team_database_action = action("team_database_action", self._open_team_database)
        self.salesforce_action = action("salesforce_action", self._salesforce_toggled)
        self.salesforce_action.setCheckable(True)
        self.reload_action = action("reload_action", self.refresh_all, QKeySequence.StandardKey.Refresh, "refresh")
        self.export_action = action("export_action", self._export, "Ctrl+E", "file-export")
        self.quit_action = action("quit_action", self.close, "Ctrl+Q")  # Cmd+Q on macOS; Windows has no standard key
        self.create_user_action = action("create_user_action", self._create_user, QKeySequence.StandardKey.New,
                                         "user-plus")
        self.find_action = action("find_action", self._find, QKeySequence.StandardKey.Find, "search")
        self.outbox_action = action("outbox_action", self.flows.open_outbox, None, "mail")
        self.shortcuts_action = action("shortcuts_action", self._show_shortcuts, QKeySequence.StandardKey.HelpContents)
        self.about_action = action("about_action", self._about)
        self.account_menu = self.menuBar().addMenu("")
        for item in (self.new_account_action, self.salesforce_action, self.pricing_action, self.import_users_action, None,
                     self.new_plan_action, self.duplicate_plan_action, self.rename_plan_action, self.plan_state_menu,
                     self.approval_pack_action, self.delete_plan_action, None,
                     self.backup_action, self.restore_action, self.team_database_action, None, self.reload_action,
                     self.export_action, None, self.quit_action):
            if item is None:
                self.account_menu.addSeparator()
            elif isinstance(item, QMenu):
                self.account_menu.addMenu(item)
            else:
                self.account_menu.addAction(item)
        self.users_menu = self.menuBar().addMenu("")
        for item in (self.create_user_action, self.find_action, self.outbox_action):
            self.users_menu.addAction(item)
        self.second_language = SecondLanguage(self, self.account_bar.second_language_combo)  # R33: captions
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.setObjectName("view_menu")
        self.view_menu.addMenu(self.second_language.menu)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.training_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.shortcuts_action)
        self.help_menu.addAction(self.about_action)

    # -- pages ---------------------------------------------------------------------------------
    def page(self, name: str) -> Page:
        return self.pages[name]

    def current_page(self) -> Page | None:
        widget = self.ui.page_stack.currentWidget()
        return widget if isinstance(widget, Page) else None

    def show_page(self, name: str, tab: str | None = None) -> Page:
        """Make page ``name`` current (built and filled) and select it in the navigation."""
        page = self.pages[name]
        if tab is not None:
            page.show_tab(tab == "overview")
        if self.context.account_id is not None:
            self.ui.page_stack.setCurrentWidget(page)
            page.activate()
        self._select_navigation()
        return page

    def show_billing(self, overview: bool) -> None:
        self.show_page("billing_tab", "overview" if overview else "subscriptions")

    def _page_changed(self, _index: int) -> None:
        current = self.current_page()
        for page in self.pages.values():
            if page is not current and page.current:
                page.deactivate()
        if current is not None:
            current.activate()
            settings().setValue("last_page", current.objectName())
        self._select_navigation()
        self.assign_mnemonics()
        self.second_language.apply(self)

    # -- accounts --------------------------------------------------------------------------------
    @property
    def account_combo(self):
        return self.account_bar.account_combo

    @property
    def acting_user_combo(self):
        return self.account_bar.acting_user_combo

    @property
    def planning_date_edit(self):
        return self.account_bar.planning_date_edit

    @property
    def language_combo(self):
        return self.account_bar.language_combo

    @property
    def account_id(self) -> int | None:
        return self.context.account_id

    def acting_user_id(self) -> int | None:
        return self.context.actor_id

    def reload_accounts(self, select: int | None = None) -> None:
        """Fill the account list; show the first-run page when the database has none (R23)."""
        rows = accounts.list_accounts()
        remembered = settings().value("last_account")
        ids = {row.id for row in rows}
        select = next((i for i in (select, self.context.account_id, _int(remembered)) if i in ids),
                      rows[0].id if rows else None)
        self.ui.navigation.setEnabled(bool(rows))
        if not rows:
            self.context.account_id = None
            self.ui.page_stack.setCurrentWidget(self.ui.empty_page)
        elif self.current_page() is None:
            name = settings().value("last_page")
            self.ui.page_stack.setCurrentWidget(self.pages.get(name if isinstance(name, str) else "",
                                                               self.pages[FIRST_PAGE]))
        self.account_bar.fill_accounts(rows, select)

    def new_account(self) -> None:
        from seatdesk.ui.setup_dialog import SetupDialog

        dialog = SetupDialog(self)
        if dialog.exec() and dialog.account_id is not None:
            self.reload_accounts(select=dialog.account_id)

    def refresh_all(self) -> None:
        """Read everything again (F5): the account may have changed outside this window."""
        if self.context.account_id is not None:
            self.account_bar.show_acting_users()
            self.account_bar.show_planning_date()
            self.context.reload()

    def apply_change(self, change) -> None:
        self.context.apply(change)

    def _apply_permissions(self) -> None:
        if self.context.account_id is None:
            return
        self._show_plan()
        set_allowed(self.create_user_action, self.context.may(ADD_EDIT_USERS), NEED_ADD_EDIT_USERS)
        set_allowed(self.import_users_action, self.context.may(ADD_EDIT_USERS), NEED_ADD_EDIT_USERS)
        self.salesforce_action.setChecked(self.context.account().salesforce_integration)

    def _salesforce_toggled(self, on: bool) -> None:
        self.flows.run(lambda: accounts.set_salesforce_integration(self.account_id, self.acting_user_id(), on),
                       quiet=True, reload=True)
        self.salesforce_action.setChecked(self.context.account().salesforce_integration)

    # -- keys --------------------------------------------------------------------------------------
    def _create_user(self) -> None:
        if self.context.account_id is not None and self.create_user_action.isEnabled():
            self.show_page("users_tab")
            self.flows.open_create_user()

    def _import_users(self) -> None:
        if self.context.account_id is not None and self.import_users_action.isEnabled():
            self.flows.open_import_users()

    def _find(self) -> None:
        page = self.current_page()
        if page is None or not page.focus_search():
            self.show_page("users_tab").focus_search()

    def _export(self) -> None:
        page = self.current_page()
        if page is None or not page.export():
            self.statusBar().showMessage(_("This page has nothing to export."), 5000)

    def _show_shortcuts(self) -> None:
        rows = [(self.find_action, _("Search on the current page")), (self.create_user_action, _("Create user")),
                (self.reload_action, _("Read the account again")), (self.export_action, _("Export the table shown")),
                (self.quit_action, _("Quit"))]
        text = "\n".join(label_value(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), what)
                         for a, what in rows)
        QMessageBox.information(self, _("Keyboard shortcuts"), text)

    def _page_texts_changed(self, page: Page) -> None:
        if page.isVisibleTo(self) or page is self.current_page():
            self.assign_mnemonics()
            self.second_language.apply(page)

    def assign_mnemonics(self) -> None:
        """A letter for every toolbar label and every button and field label of the page shown, never
        two alike with each other or with the menus, in the current language (texts change with it)."""
        from seatdesk.ui.dialogs import assign_mnemonics, mnemonic_of

        reserved = [mnemonic_of(menu.title()) for menu in (self.account_menu, self.users_menu, self.view_menu,
                                                            self.help_menu)]
        bar = self.account_bar
        toolbar = [bar.account_label, bar.acting_label, bar.planning_label, bar.language_label]
        assign_mnemonics(toolbar, reserved)
        page = self.current_page()
        if page is not None and page.built:
            reserved += [mnemonic_of(label.text()) for label in toolbar]
            assign_mnemonics(page_mnemonic_widgets(page), reserved)

    # -- remembered between runs -------------------------------------------------------------------
    def _restore(self) -> None:
        values = settings()
        geometry = values.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = values.value("window/state")
        if state is not None:
            self.restoreState(state)

    def save_settings(self) -> None:
        values = settings()
        values.setValue("window/geometry", self.saveGeometry())
        values.setValue("window/state", self.saveState())
        for page in self.pages.values():
            page.save_state(values)

    def closeEvent(self, event) -> None:
        if self.in_training():  # the result kept, the trainee's own database remembered for next time
            self.training_panel.end()
        self.save_settings()
        super().closeEvent(event)

    # -- language ----------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle("seatdesk")
        self._retranslate_read_only()
        self._retranslate_navigation()
        self._retranslate_training()
        self.account_bar.retranslate()
        self.account_menu.setTitle(_("&Account"))
        self.new_account_action.setText(_("&New account…"))
        self.pricing_action.setText(_("&Pricing && Features"))
        self.import_users_action.setText(_("&Import the live account…"))
        self._retranslate_plans()
        self.backup_action.setText(_("&Back up now"))
        self.restore_action.setText(_("Res&tore from a backup…"))
        self.team_database_action.setText(_("Team databa&se…"))
        self.salesforce_action.setText(button_text(_("Salesforce integration")))
        self.reload_action.setText(_("&Reload"))
        self.export_action.setText(_("&Export…"))
        self.quit_action.setText(_("&Quit"))
        self.users_menu.setTitle(_("&Users"))
        self.create_user_action.setText(_("&Create user…"))
        self.find_action.setText(_("&Find"))
        self.outbox_action.setText(_("&Outbox"))
        self.view_menu.setTitle(_("&View"))
        self.second_language.retranslate()
        self.help_menu.setTitle(_("&Help"))
        self.shortcuts_action.setText(_("&Keyboard shortcuts"))
        self.about_action.setText(_("&About seatdesk"))
        self.assign_mnemonics()

    def _about(self) -> None:
        from seatdesk.cli import about_text

        QMessageBox.about(self, _("About seatdesk"), "\n\n".join((
            f"seatdesk {__version__}", about_text(), _("Prices are sample figures, for planning and training."))))


def page_mnemonic_widgets(page: QWidget) -> list[QWidget]:
    """What takes a mnemonic on a page: as in dialogs, plus tool buttons with a text (Actions)."""
    from PySide6.QtWidgets import QAbstractItemView, QToolButton

    from seatdesk.ui.dialogs import mnemonic_widgets

    found = mnemonic_widgets(page)
    for button in page.findChildren(QToolButton):
        parent = button.parentWidget()
        if button.text() and not isinstance(parent, QAbstractItemView) and not parent.inherits("QTabBar") \
                and button not in found and not button.objectName().startswith("qt_"):
            found.append(button)
    return found


def _int(value) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
