"""Change seat as a person reads it: the current seat caption follows the count, no seat entry is clipped."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.i18n import qt as i18n_qt
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.ui.change_seat_dialog import ChangeSeatDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import dialogs, opened  # noqa: F401  (dialogs: fixture)


def add_user(account, email, seat_types=()):
    return users_service.create_user(account.id, account.acting_user_id, email, seat_types=seat_types,
                                     status="active").result


def test_the_current_seat_caption_is_singular_for_one_seat_plural_for_two(dialogs, qtbot):
    account = make_account(st.LEGACY)
    seats_service.buy_seats(account.id, account.acting_user_id, "sales_professional", 2)
    one = add_user(account, "one@example.com", ("sales_professional",))
    two = add_user(account, "two@example.com", ("sales_professional", "service_starter"))
    i18n_qt.install(QApplication.instance())
    expected = {"en": ("Current seat", "Current seats"), "fr": ("Licence actuelle", "Licences actuelles"),
                "de": ("Aktuelle Benutzerlizenz", "Aktuelle Benutzerlizenzen"), "nl": ("Huidige seat", "Huidige seats")}
    for language, (singular, plural) in expected.items():
        i18n.set_language(language)
        dialog = opened(ChangeSeatDialog(account.id, account.acting_user_id, one.id))
        assert dialog.ui.current_seat_caption.text() == singular
        dialog.ui.user_combo.setCurrentIndex(dialog.ui.user_combo.findData(two.id))
        assert dialog.ui.current_seat_caption.text() == plural


def test_the_seat_entries_are_never_clipped(dialogs, qtbot):
    account = make_account(st.LEGACY)
    user = add_user(account, "amelie.visser@contoso.example", ("sales_professional",))
    i18n_qt.install(QApplication.instance())
    dialog = opened(ChangeSeatDialog(account.id, account.acting_user_id, user.id))
    qtbot.waitExposed(dialog)
    for language in ("en", "fr", "de", "nl"):  # switched while open: the entries get longer
        i18n.set_language(language)
        combo = dialog.ui.seat_combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        # the narrowest the layouts may make it: a larger font or other margins never clip an entry
        option.rect.setWidth(combo.minimumWidth() or combo.minimumSizeHint().width())
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert field.width() >= widest, language
        assert dialog.width() <= 1000
