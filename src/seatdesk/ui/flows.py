"""The window's flows: each opens a dialog for the account shown and reports what it changed.

Pages call these through ``context.flows``; no page opens another page's dialogs or reaches
into another page. Dialog modules are imported when a flow starts (start-up does not pay for them).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import queries
from seatdesk.services import seats as seat_service
from seatdesk.ui.messages import ask, run_action, show_refusal
from seatdesk.ui.pages.base import AccountContext


class Flows:
    """Opens the dialogs of the window ``parent`` for the account of ``context``.

    Args:
        show_billing: makes Account & Billing current (Overview with True, else Subscriptions).
    """

    def __init__(self, parent: QWidget, context: AccountContext, show_billing: Callable[[bool], None]):
        self.parent = parent
        self.context = context
        self.show_billing = show_billing
        self.dialog = None  # the dialog open now, if any

    @property
    def _ids(self) -> tuple[int, int | None]:
        return self.context.account_id, self.context.actor_id

    def run(self, action, quiet: bool = False, reload: bool = False):
        """Call a service for the window; show its refusal or notices; refresh what it changed
        (everything with ``reload``)."""
        change = run_action(self.parent, action, quiet)
        if change is not None and reload:
            self.context.reload()
        else:
            self.context.apply(change)
        return change

    def _open(self, dialog, then: Callable[[], None] | None = None, apply: bool = False) -> None:
        """Show a flow's dialog window-modal; when it closes, refresh after what it changed.

        With ``apply``, only what its changes name is refreshed (the user page, bulk actions).
        """
        self.dialog = dialog

        def finished(result: int) -> None:
            if apply:
                for change in getattr(dialog, "changes", None) or [dialog.change]:
                    self.context.apply(change)
            elif dialog.change is not None:
                self.context.reload()
            if then is not None and result:
                then()
            self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    # -- users ---------------------------------------------------------------------------------------
    def open_create_user(self) -> None:
        from seatdesk.ui.create_user_wizard import CreateUserWizard

        self._open(CreateUserWizard(*self._ids, self.parent))

    def open_import_users(self) -> None:
        """Account › Import the live account (R31), into the account or plan shown."""
        from seatdesk.ui.import_users_dialog import ImportUsersDialog

        self._open(ImportUsersDialog(*self._ids, self.parent))

    def open_outbox(self) -> None:
        from seatdesk.ui.outbox_dialog import OutboxDialog

        self._open(OutboxDialog(self.context.account_id, self.parent))

    def open_user(self, user_id: int) -> None:
        """The user page (F3)."""
        from seatdesk.ui.user_dialog import UserDialog

        self._open(UserDialog(*self._ids, user_id, self.parent), apply=True)

    def open_bulk(self, kind: str, ids: list[int]) -> None:
        from seatdesk.ui.bulk_dialog import BulkDialog

        if not ids:
            QMessageBox.information(self.parent, _("Actions"), _("Select users in the table first."))
            return
        self._open(BulkDialog(*self._ids, ids, kind, self.parent), apply=True)

    # -- seats -----------------------------------------------------------------------------------------
    def open_change_seat(self, user_id: int | None = None, total_users: int = 0) -> None:
        from seatdesk.ui.change_seat_dialog import ChangeSeatDialog

        if user_id is None and total_users > queries.USER_COMBO_LIMIT:
            QMessageBox.information(self.parent, _("Change seat"), _("Select a user in the table first."))
            return
        self._open(ChangeSeatDialog(*self._ids, user_id, self.parent))

    def open_manage_paid_users(self) -> None:
        from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog

        self._open(ManagePaidUsersDialog(*self._ids, self.parent))

    def open_purchase(self, seat_type: str) -> None:
        from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

        try:  # a seat type no subscription sells any more (a tier changed) is refused before the dialog
            seat_service.quote_purchase(self.context.account_id, seat_type, 1)
        except DomainError as error:
            show_refusal(self.parent, error)
            return
        self._open(PurchaseSeatsDialog(*self._ids, seat_type, self.parent))

    def open_remove(self, seat_type: str) -> None:
        """Account & Billing, then the removal dialog of ``seat_type`` (or why nothing can be removed)."""
        from seatdesk.ui.remove_dialog import RemoveSeatsDialog

        legacy = self.context.legacy()
        self.show_billing(legacy)
        try:
            seat_service.check_removal_count(seat_service.seat_summary(self.context.account_id, seat_type), 1)
        except DomainError as error:
            show_refusal(self.parent, error)
            return
        self._open(RemoveSeatsDialog(*self._ids, seat_type, self.parent), then=lambda: self.show_billing(legacy))

    def cancel_removal(self, removal_id: int, count: int, text: str) -> None:
        question = ngettext(
            "Cancel the removal of {n} seat? It stays in your subscription after the renewal date.",
            "Cancel the removal of {n} seats? They stay in your subscription after the renewal date.",
            count).format(n=format_number(count))
        if ask(self.parent, text, question, text, _("Keep the removal")):
            self.run(lambda: seat_service.cancel_removal(*self._ids, removal_id), reload=True)

    # -- subscriptions (Pricing & Features) ---------------------------------------------------------------
    def open_checkout(self, wanted: dict[str, str], add_ons=()) -> None:
        """The checkout of a tier change, add-ons or a bundle (or why it can't be made, before the dialog)."""
        from seatdesk.services import subscriptions as subs_service
        from seatdesk.ui.checkout_dialog import CheckoutDialog

        try:
            subs_service.quote_change(self.context.account_id, wanted, add_ons=add_ons)
        except DomainError as error:
            show_refusal(self.parent, error)
            return
        self._open(CheckoutDialog(*self._ids, wanted, self.parent, add_ons=add_ons))

    def open_sales_draft(self, wanted: dict[str, str], add_ons=()) -> None:
        from seatdesk.ui.sales_draft_dialog import SalesDraftDialog

        if not wanted and not add_ons:
            QMessageBox.information(self.parent, _("Talk to Sales"), _("Tick at least one product first."))
            return
        self._open(SalesDraftDialog(*self._ids, wanted, self.parent, add_ons=add_ons))

    def remove_add_on(self, add_on_id: int, name: str) -> None:
        from seatdesk.services import subscriptions as subs_service

        question = _("Remove the {add_on} add-on at the renewal date? It stays in your subscription until then, and you can cancel the removal before then.").format(
            add_on=name)
        if ask(self.parent, _("Remove the add-on"), question, _("Remove at the renewal"), _("Keep the add-on")):
            self.run(lambda: subs_service.remove_add_on(*self._ids, add_on_id), reload=True)

    def cancel_add_on_removal(self, add_on_id: int, name: str) -> None:
        from seatdesk.services import subscriptions as subs_service

        question = _("Cancel the removal of the {add_on} add-on? It stays in your subscription after the renewal date.").format(
            add_on=name)
        if ask(self.parent, _("Cancel this removal"), question, _("Cancel this removal"), _("Keep the removal")):
            self.run(lambda: subs_service.cancel_add_on_removal(*self._ids, add_on_id), reload=True)

    def cancel_tier_change(self, change_id: int, hub_text: str, tier_text: str, date_text: str) -> None:
        from seatdesk.services import subscriptions as subs_service

        question = _("Cancel the change of {hub} to {tier} on {date}? The subscription stays as it is after the renewal date.").format(
            hub=hub_text, tier=tier_text, date=date_text)
        if ask(self.parent, _("Cancel this change"), question, _("Cancel this change"), _("Keep the change")):
            self.run(lambda: subs_service.cancel_subscription_change(*self._ids, change_id), reload=True)
