"""What the seat dialogs share: their form, the account and acting user they work for, live retranslation."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QComboBox, QDialog, QWidget

from seatdesk.i18n import _
from seatdesk.services import Change
from seatdesk.ui.messages import run_action


def button_text(text: str) -> str:
    """A translated text for a button: a single & is a word here, not a shortcut marker."""
    return text.replace("&", "&&")


def refill_combo(combo: QComboBox, items: Iterable[tuple[str, object]], default: object = None) -> None:
    """Replace a combo's entries (text, data) keeping the entry chosen (``default`` on the first fill).

    No change signal is sent: the choice stays what the user made it.
    """
    keep = combo.currentData() if combo.count() else default
    combo.blockSignals(True)
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(keep)))
    combo.blockSignals(False)


def subscription_name(hub_label: str, tier_label: str) -> str:
    """A subscription named by its translated hub and tier, in the order the language puts them."""
    # Translators: a subscription's name, e.g. "Marketing Hub Professional"; keep both placeholders.
    return _("{hub} {tier}").format(hub=hub_label, tier=tier_label)


def cancel_text() -> str:
    """Qt's own Cancel of standard buttons (qtbase catalog): "Abbrechen", not the billing term "stornieren"."""
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


class ServiceDialog(QDialog):
    """A dialog built from a Designer form that asks services on behalf of the acting user.

    Subclasses fill ``_retranslate()`` with the texts they compute (counts, money, dates).
    """

    def __init__(self, form_class, name: str, account_id: int, actor_id: int | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = form_class()
        self.ui.setupUi(self)
        self.setObjectName(name)
        self.account_id = account_id
        self.actor_id = actor_id
        self.change: Change | None = None  # what the dialog's action changed, once done
        self.ui.cancel_button.setText(cancel_text())

    def run(self, action, quiet: bool = False) -> Change | None:
        change = run_action(self, action, quiet)
        if change is not None:
            self.change = change
        return change

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.cancel_button.setText(cancel_text())
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        raise NotImplementedError
