"""First run and "New account": the account to plan, its subscriptions and the acting super admin (R23)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QWidget

from seatdesk.domain import seats as st
from seatdesk.domain.billing import add_months
from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_date
from seatdesk.services.accounts import AccountSpec, SubscriptionSpec, create_account
from seatdesk.services.catalog import current_catalog
from seatdesk.services.common import today
from seatdesk.ui import labels
from seatdesk.ui.dialogs import assign_mnemonics, mnemonic_widgets, refill_combo, tab_chain
from seatdesk.ui.forms.ui_setup_dialog import Ui_SetupDialog


class SetupDialog(QDialog):
    """Asks for the account; on OK the service creates it in one transaction.

    Attributes:
        account_id: the new account's id once accepted.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_SetupDialog()
        self.ui.setupUi(self)
        self.setObjectName("SetupDialog")
        self.account_id: int | None = None
        catalog = current_catalog()
        self.ui.currency_combo.addItems(list(catalog.currencies))
        self._hub_labels: dict[str, QLabel] = {}
        self.tier_combos: dict[str, QComboBox] = {}
        for row, hub in enumerate(st.HUBS):
            label = QLabel(self.ui.subscriptions_group)
            combo = QComboBox(self.ui.subscriptions_group, objectName=f"tier_combo_{hub}")
            line, column = divmod(row, 2)  # two hubs a line: the dialog fits 680 px high in every language
            self.ui.hubs_layout.addWidget(label, line, column * 2)
            self.ui.hubs_layout.addWidget(combo, line, column * 2 + 1)
            label.setBuddy(combo)
            self._hub_labels[hub] = label
            self.tier_combos[hub] = combo
        # the tier combos are made here, after the form: put them in reading order between seat model and term
        chain = [self.ui.seat_model_combo, *self.tier_combos.values(), self.ui.term_start_edit]
        tab_chain(chain)
        self.ui.term_start_edit.setDate(QDate(today().replace(day=1)))
        self.ui.term_start_edit.dateChanged.connect(self._show_renewal)
        self.ui.commitment_combo.currentIndexChanged.connect(self._show_renewal)
        self.ui.error_label.setStyleSheet("QLabel { color: #b91c1c; }")
        self.ui.button_box.accepted.connect(self._accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        catalog = current_catalog()
        labels.localize_date_edit(self.ui.term_start_edit)
        refill_combo(self.ui.seat_model_combo, [(_(st.SEAT_MODEL_LABELS[m]), m) for m in st.SEAT_MODELS])
        for hub in st.HUBS:
            self._hub_labels[hub].setText(labels.hub_label(hub))
            refill_combo(self.tier_combos[hub], [(_("Not subscribed"), None)]
                       + [(labels.tier_label(t), t) for t in st.TIERS])
        refill_combo(self.ui.commitment_combo, [(labels.months_label(m), m) for m in catalog.commitment_months],
                   default=12)
        refill_combo(self.ui.billing_period_combo,
                   [(labels.period_label(m), m) for m in catalog.billing_period_months], default=12)
        self._show_renewal()
        assign_mnemonics(mnemonic_widgets(self))

    def _show_renewal(self) -> None:
        months = self.ui.commitment_combo.currentData() or 12
        start = self.ui.term_start_edit.date().toPython()
        # written like the start date above it (a numeric short date with a four-digit year)
        self.ui.renewal_value_label.setText(format_date(add_months(start, months), "short"))

    def spec(self) -> AccountSpec:
        """The account as the form describes it."""
        start = self.ui.term_start_edit.date().toPython()
        subscriptions = [
            SubscriptionSpec(hub, combo.currentData(), start, self.ui.commitment_combo.currentData(),
                             self.ui.billing_period_combo.currentData(), self.ui.auto_renew_check.isChecked())
            for hub, combo in self.tier_combos.items() if combo.currentData()
        ]
        return AccountSpec(
            name=self.ui.account_name_edit.text(), currency=self.ui.currency_combo.currentText(),
            seat_model=self.ui.seat_model_combo.currentData(), subscriptions=subscriptions,
            admin_email=self.ui.admin_email_edit.text(), admin_first_name=self.ui.admin_first_name_edit.text(),
            admin_last_name=self.ui.admin_last_name_edit.text())

    def _accept(self) -> None:
        try:
            change = create_account(self.spec())
        except DomainError as error:
            self.ui.error_label.setText(error.translated())
            return
        self.account_id = change.result.id
        self.accept()

    def ok_button(self):
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
