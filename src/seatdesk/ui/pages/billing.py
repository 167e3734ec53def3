"""Account & Billing: the Overview and Subscriptions tabs, the price catalog's note and the billing rule."""

from __future__ import annotations

from PySide6.QtCore import Signal

from seatdesk.i18n import _
from seatdesk.services.catalog import current_catalog
from seatdesk.ui.pages.base import AccountContext, Page
from seatdesk.ui.qt_compat import emit


class BillingPage(Page):
    """A frame for two pages in tabs; each tab is built and filled when first shown.

    Signals:
        tab_changed: another tab is shown.
    """

    tab_changed = Signal()

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "billing_tab", parent)
        self.overview: Page | None = None  # the tabs are made with the page (start-up imports neither)
        self.subscriptions: Page | None = None

    def title(self) -> str:
        return _("Account & Billing")

    def build(self) -> None:
        from seatdesk.ui.forms.ui_billing_page import Ui_BillingPage
        from seatdesk.ui.pages.billing_overview import BillingOverviewPage
        from seatdesk.ui.pages.subscriptions import SubscriptionsPage

        self.ui = Ui_BillingPage()
        self.ui.setupUi(self)
        self.overview = BillingOverviewPage(self.context)
        self.subscriptions = SubscriptionsPage(self.context)
        tabs = self.ui.billing_tabs
        for page in (self.overview, self.subscriptions):
            tabs.addTab(page, "")
        tabs.currentChanged.connect(self._tab_changed)
        # The navigation names both (Account & Billing › Overview, Subscriptions): no second row of tabs.
        tabs.tabBar().hide()
        tabs.setDocumentMode(True)
        self.ui.catalog_note_label.linkActivated.connect(lambda _link: self.open_data_folder())
        self.retranslate()

    @staticmethod
    def open_data_folder() -> None:
        """The folder where a price_catalog.json of the user's replaces the sample prices (made if missing)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from seatdesk.paths import data_dir

        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_tab(self, overview: bool) -> None:
        if not self.built:
            self.built = True
            self.build()
        self.ui.billing_tabs.setCurrentWidget(self.overview if overview else self.subscriptions)

    def current_tab(self) -> Page:
        return self.ui.billing_tabs.currentWidget()

    def _tab_changed(self, _index: int) -> None:
        for page in (self.overview, self.subscriptions):
            if page is not self.current_tab():
                page.deactivate()
        if self.current:
            self.current_tab().activate()
        emit(self.tab_changed)

    def activate(self) -> None:
        super().activate()
        self.current_tab().activate()

    def deactivate(self) -> None:
        super().deactivate()
        self.current_tab().deactivate()

    def fill(self) -> None:
        self._show_catalog_note()

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        tabs = self.ui.billing_tabs
        for page in (self.overview, self.subscriptions):
            tabs.setTabText(tabs.indexOf(page), page.title().replace("&", "&&"))
        self._show_catalog_note()

    def _show_catalog_note(self) -> None:
        """Where the prices come from, without the install's path: a link opens its folder."""
        catalog = current_catalog()
        if catalog.sample:
            text = _("Sample prices, for planning and training only. To use other figures, put your own "
                     "price_catalog.json in the seatdesk data folder.")
        else:
            text = _("Prices from your own price catalog.")
        link = _("Open the folder")
        self.ui.catalog_note_label.setText(f"{text} <a href='folder'>{link}</a>")

    def focus_search(self) -> bool:
        return self.current_tab().focus_search()

    def export(self) -> bool:
        return self.current_tab().export()

    def save_state(self, settings) -> None:
        if self.built:
            for page in (self.overview, self.subscriptions):
                page.save_state(settings)
