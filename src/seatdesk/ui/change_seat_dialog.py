"""Change seat (F8): a user and a seat, with the paid seats still available for each choice (R6, R12, R13)."""

from __future__ import annotations

from babel.lists import format_list
from PySide6.QtWidgets import QWidget

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.domain.names import name_and_email
from seatdesk.i18n import N_, _, format_number, ngettext
from seatdesk.services import queries
from seatdesk.services import seats as seat_service
from seatdesk.services.common import get_account
from seatdesk.ui import labels
from seatdesk.ui.dialogs import ServiceDialog, refill_combo
from seatdesk.ui.forms.ui_change_seat_dialog import Ui_ChangeSeatDialog

NO_SEAT_LEFT = N_("No seat of this type is left. Click Checkout to buy another seat, then save.")
NO_SEAT_LABELS = {"sales": N_("No Sales Hub seat"), "service": N_("No Service Hub seat")}


class ChangeSeatDialog(ServiceDialog):
    """Gives the chosen user the chosen seat, or takes their paid seat away; accepted once saved."""

    def __init__(self, account_id: int, actor_id: int | None, user_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(Ui_ChangeSeatDialog, "ChangeSeatDialog", account_id, actor_id, parent)
        self.legacy = get_account(account_id).seat_model == st.LEGACY
        self.setMinimumWidth(560)
        big = queries.user_count(account_id) > queries.USER_COMBO_LIMIT  # a combo of 100,000 users helps no one
        ids = [user_id] if big and user_id is not None else None
        self._rows = {row.id: row for row in queries.user_rows(account_id, ids)}
        self._first_user = user_id
        self.ui.user_combo.currentIndexChanged.connect(lambda _i: self._fill_seats())
        self.ui.seat_combo.currentIndexChanged.connect(lambda _i: self._show_note())
        self.ui.save_button.clicked.connect(self._save)
        self.ui.checkout_button.clicked.connect(self._checkout)
        self.ui.cancel_button.clicked.connect(self.reject)
        self._retranslate()

    def _user(self) -> queries.UserRow | None:
        return self._rows.get(self.ui.user_combo.currentData())

    def _choice(self) -> tuple[str | None, str | None]:
        return self.ui.seat_combo.currentData() or (None, None)

    def _save(self) -> None:
        user = self._user()
        seat_type, hub = self._choice()
        if user is None:
            return
        if self.run(lambda: seat_service.change_seat(self.account_id, self.actor_id, user.id, seat_type, hub)):
            self.accept()

    def _checkout(self) -> None:
        """No seat of the chosen type is left: buy one (the Purchase seats panel), then come back here."""
        from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

        seat_type, _hub = self._choice()
        purchase = PurchaseSeatsDialog(self.account_id, self.actor_id, seat_type, self)

        def finished(_result: int) -> None:
            if purchase.change is not None:
                self.change = purchase.change
                self._fill_seats(keep_choice=True)
            purchase.deleteLater()

        purchase.finished.connect(finished)
        purchase.open()

    def _retranslate(self) -> None:
        users = []
        for row in self._rows.values():  # in name order, as user_rows gives them
            text = name_and_email(row.first_name, row.last_name, row.email)
            if row.status != "active":
                # Translators: a user in a list with their status, e.g. "Ann Lee <ann@x.com> (Deactivated)"
                text = _("{user} ({status})").format(user=text, status=labels.status_label(row.status))
            users.append((text, row.id))
        refill_combo(self.ui.user_combo, users, self._first_user)
        self._fill_seats()

    def _fill_seats(self, keep_choice: bool = False) -> None:
        """One entry per seat type the account sells, saying how many paid seats are still available.

        The user's current seat is chosen, or with ``keep_choice`` the entry chosen before.
        """
        kept = self.ui.seat_combo.currentData() if keep_choice else None
        user = self._user()
        held = user.seat_types if user else ()
        # Legacy users may hold a Sales and a Service seat: the caption follows the count.
        self.ui.current_seat_caption.setText(ngettext("Current seat", "Current seats", max(1, len(held))))
        self.ui.current_seat_value.setText(
            format_list([labels.seat_label(t) for t in held], locale=i18n.locale()) if held else _("No paid seat"))
        combo = self.ui.seat_combo
        combo.blockSignals(True)
        combo.clear()
        summaries = seat_service.seat_summaries(self.account_id)
        self._available = {s.seat_type: s.available for s in summaries if s.paid}
        for summary in summaries:
            seat = labels.seat_label(summary.seat_type)
            if summary.paid:
                text = ngettext("{seat} ({n} paid seat available)", "{seat} ({n} paid seats available)",
                                summary.available).format(seat=seat, n=format_number(summary.available))
            else:
                text = _("{seat} (free)").format(seat=seat)
            combo.addItem(text, (summary.seat_type, None))
        if self.legacy:
            for hub in st.LEGACY_HUBS:
                combo.addItem(_(NO_SEAT_LABELS[hub]), (None, hub))
        current = next((t for t in held if st.is_paid(t)), held[0] if held else None)
        wanted = (lambda data: data == kept) if kept is not None else (lambda data: data[0] == current)
        combo.setCurrentIndex(next((i for i in range(combo.count()) if wanted(combo.itemData(i))), 0))
        combo.blockSignals(False)
        # Never narrower than its longest entry: Qt keeps the first minimum size hint (the language
        # the dialog opened in); the size hint follows the entries (AdjustToContents).
        combo.setMinimumWidth(combo.sizeHint().width())
        self._show_note()

    def _show_note(self) -> None:
        seat_type, _hub = self._choice()
        user = self._user()
        takes_away = user is not None and any(st.is_paid(t) for t in user.seat_types) and (
            seat_type is None or not st.is_paid(seat_type))
        none_left = seat_type is not None and self._available.get(seat_type, 1) < 1
        held = user is not None and seat_type in user.seat_types
        self.ui.checkout_button.setVisible(none_left)
        refused = none_left and not held  # Save could only be refused (R6): grey it, say why, offer Checkout
        self.ui.save_button.setEnabled(not refused)
        self.ui.save_button.setToolTip(_(NO_SEAT_LEFT) if refused else "")
        if none_left:
            self.ui.note_label.setText(_(NO_SEAT_LEFT))
            return
        self.ui.note_label.setText(_(
            "Taking a paid seat away from a user doesn't delete the seat: it stays unassigned and you keep "
            "paying for it until your next renewal date.") if takes_away else "")
