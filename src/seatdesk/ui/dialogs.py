"""What the seat dialogs share: their form, the account and acting user they work for, live retranslation."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStackedWidget,
    QWidget,
)

from seatdesk.i18n import _
from seatdesk.services import Change
from seatdesk.ui.messages import run_action


def button_text(text: str) -> str:
    """A translated text for a button: a single & is a word here, not a shortcut marker."""
    return text.replace("&", "&&")


_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic_of(text: str) -> str:
    """The letter a text's single ``&`` marks ("&&" is a literal &), lower case; "" when it has none."""
    found = _MNEMONIC.search(text.replace("&&", "\0"))
    return found.group(1).casefold() if found else ""


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _with_mnemonic(plain: str, used: set[str]) -> str:
    """``plain`` with "&" before its first free letter: a word's initial first, then any letter, then a digit.

    Digits come last: they are counts, which change while the dialog is open.
    """
    initials = [i for i, ch in enumerate(plain) if ch.isalpha() and (i == 0 or not plain[i - 1].isalnum())]
    letters = [i for i, ch in enumerate(plain) if ch.isalpha() and i not in initials]
    digits = [i for i, ch in enumerate(plain) if ch.isdigit()]
    for i in initials + letters + digits:
        if plain[i].casefold() not in used:
            used.add(plain[i].casefold())
            return plain[:i].replace("&", "&&") + "&" + plain[i:].replace("&", "&&")
    return plain.replace("&", "&&")


def mnemonic_widgets(root: QWidget) -> list[QWidget]:
    """The widgets under ``root`` that take a mnemonic: buttons, check boxes, radio buttons, labels of a field.

    Buttons inside a table (one per row) are left out: a shortcut can't say which row it means.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLabel):
            if widget.buddy() is None or not widget.text():
                continue
        elif not isinstance(widget, (QPushButton, QCheckBox, QRadioButton)) or not widget.text():
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not root and not isinstance(parent, QAbstractItemView):
            parent = parent.parentWidget()
        if isinstance(parent, QAbstractItemView):
            continue
        found.append(widget)
    return found


def assign_mnemonics(widgets: Iterable[QWidget], reserved: Iterable[str] = (),
                     set_text: Callable[[QWidget, str], None] | None = None) -> None:
    """Give each widget a mnemonic no other of them has, in the current language (as KDE's accelerator manager).

    A mnemonic the text already has is kept when it is free (Qt's own "&Next >"); ``reserved`` letters are
    taken by buttons outside the list. Runs again whenever texts change: it is cheap and gives the same
    letters for the same texts.
    """
    widgets = list(widgets)
    used = {letter.casefold() for letter in reserved if letter}
    pending = []
    for widget in widgets:
        letter = mnemonic_of(widget.text())
        if letter and letter not in used:
            used.add(letter)
        else:
            pending.append(widget)
    for widget in pending:
        text = _with_mnemonic(_plain(widget.text()), used)
        if text != widget.text():
            (set_text or (lambda w, t: w.setText(t)))(widget, text)


def tab_chain(widgets) -> None:
    """Tab moves through ``widgets`` in this order (widgets made in code, after the form, join at the end otherwise)."""
    widgets = list(widgets)
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


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


def pad_form_labels(*forms: QFormLayout) -> None:
    """Give each label of ``forms`` room for its text as drawn with its mnemonic underline.

    The underlined letter is drawn as a run of its own, which loses the kerning the size hint counted
    (NL "Toe te voegen seats" lost its last letter under the spin box).
    """
    for form in forms:
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setMinimumWidth(0)
                label.setMinimumWidth(label.sizeHint().width() + label.fontMetrics().averageCharWidth())


def fit_to_page(dialog: QWidget, stack: QStackedWidget, only_current: bool = True) -> None:
    """Size ``dialog`` to the page ``stack`` shows, not to its tallest page (a short last page is not left blank).

    A stacked layout takes the size, and the height for a width, of its tallest page: the other pages'
    size policy becomes Ignored and the stack answers the shown page's height for a width.
    With ``only_current`` False every page counts again (going back from a short page).
    """
    for index in range(stack.count()):
        page = stack.widget(index)
        counts = index == stack.currentIndex() or not only_current
        policy = QSizePolicy.Policy.Preferred if counts else QSizePolicy.Policy.Ignored
        page.setSizePolicy(policy, policy)
    if only_current:
        # An instance attribute overrides the C++ virtual in PySide: the stack answers for its shown page.
        stack.heightForWidth = lambda width: stack.currentWidget().heightForWidth(width)
    elif "heightForWidth" in vars(stack):
        del stack.heightForWidth
    stack.layout().invalidate()
    stack.updateGeometry()
    dialog.layout().invalidate()
    dialog.layout().activate()
    if not only_current:
        dialog.adjustSize()
        return
    page = stack.currentWidget()
    width = stack.contentsRect().width()
    height = max(page.heightForWidth(width), page.minimumSizeHint().height())
    dialog.resize(dialog.width(), dialog.height() - stack.contentsRect().height() + height)


def subscription_name(hub_label: str, tier_label: str) -> str:
    """A subscription named by its translated hub and tier, in the order the language puts them."""
    # Translators: a subscription's name, e.g. "Marketing Hub Professional"; keep both placeholders.
    return _("{hub} {tier}").format(hub=hub_label, tier=tier_label)


def cancel_text() -> str:
    """Qt's own Cancel of standard buttons (qtbase catalog): "Abbrechen", not the billing term "stornieren"."""
    return QCoreApplication.translate("QPlatformTheme", "Cancel")


class ServiceDialog(QDialog):
    """A dialog built from a Designer form that asks services on behalf of the acting user.

    Subclasses fill ``_retranslate()`` with the texts they compute (counts, money, dates); each call
    ends with fresh mnemonics (the texts, and so the free letters, change with the language and counts).
    """

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("_retranslate")
        if own is not None:
            def retranslate(self, _own=own) -> None:
                _own(self)
                assign_mnemonics(mnemonic_widgets(self))

            retranslate.__doc__ = own.__doc__
            cls._retranslate = retranslate

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
        from seatdesk.db.database import data_version

        self._data_version = data_version()  # what the figures shown were read at

    def run(self, action, quiet: bool = False) -> Change | None:
        """Call ``action`` unless another seatdesk changed the database since the dialog read it: then
        say so, read the figures again, and let the user check them and confirm."""
        from seatdesk.db.database import data_version

        if data_version() != self._data_version:
            self._data_version = data_version()
            QMessageBox.information(self, _("Changed meanwhile"), _(
                "Another seatdesk changed this account while this window was open. The figures are read "
                "again: check them, then confirm."))
            self._retranslate()
            return None
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
