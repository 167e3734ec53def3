"""Account & Billing › Overview: Products & Add-ons, a box per subscription (legacy accounts remove here)."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from seatdesk.domain.permissions import MODIFY_BILLING
from seatdesk.i18n import _
from seatdesk.services import Change, queries
from seatdesk.services.common import NEED_MODIFY_BILLING
from seatdesk.ui.forms.ui_billing_overview_page import Ui_BillingOverviewPage
from seatdesk.ui.pages.base import AccountContext, Page, set_allowed
from seatdesk.ui.widgets.subscription_box import subscription_box


class SubscriptionBoxes(Page):
    """A page that shows a box per subscription in ``boxes_layout``; legacy or seat-based decides
    whether its boxes carry the removal buttons (``actions_when_legacy``)."""

    actions_when_legacy = True

    def show_boxes(self, layout, figures: list[queries.SubscriptionFigures]) -> None:
        for widget in getattr(self, "_box_widgets", []):
            layout.removeWidget(widget)
            widget.setParent(None)  # out of findChild's reach at once
            widget.deleteLater()
        self._box_widgets: list[QWidget] = []
        self._buttons: list[QPushButton] = []
        legacy = self.context.legacy()
        with_actions = legacy == self.actions_when_legacy
        for f in figures:
            box = subscription_box(f, self.context.flows, with_actions, legacy, self._buttons)
            layout.addWidget(box)
            self._box_widgets.append(box)
        stretch = QWidget()
        stretch.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        layout.addWidget(stretch)
        self._box_widgets.append(stretch)
        self.apply_permissions()

    def apply_permissions(self) -> None:
        allowed = self.context.may(MODIFY_BILLING)
        for button in getattr(self, "_buttons", []):
            set_allowed(button, allowed, NEED_MODIFY_BILLING)

    def apply_change(self, change: Change) -> None:
        if change.billing or change.seats or change.accounts:
            self.fill()
        else:
            self.apply_permissions()


class BillingOverviewPage(SubscriptionBoxes):
    actions_when_legacy = True

    def __init__(self, context: AccountContext, parent=None):
        super().__init__(context, "overview_tab", parent)

    def title(self) -> str:
        return _("Overview")

    def build(self) -> None:
        self.ui = Ui_BillingOverviewPage()
        self.ui.setupUi(self)

    def fill(self) -> None:
        self.show_boxes(self.ui.products_layout, queries.subscription_figures(self.context.account_id))

    def retranslate(self) -> None:
        self.ui.retranslateUi(self)
        if not self.stale and self.context.account_id is not None:
            self.fill()
