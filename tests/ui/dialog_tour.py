"""Every dialog and wizard page the dialogs team owns, opened in one language, one page at a time.

``tour(model)`` yields (name, top-level widget) with the page of interest shown; the keyboard and the
size tests walk it in every language for both seat models.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from seatdesk.domain import seats as st
from seatdesk.services import bulk
from seatdesk.services import seats as seats_service
from seatdesk.services import users as users_service
from seatdesk.ui.bulk_dialog import BulkDialog
from seatdesk.ui.change_seat_dialog import ChangeSeatDialog
from seatdesk.ui.create_user_wizard import CreateUserWizard
from seatdesk.ui.import_users_dialog import ImportUsersDialog
from seatdesk.ui.outbox_dialog import OutboxDialog
from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog
from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
from seatdesk.ui.remove_dialog import RemoveSeatsDialog
from seatdesk.ui.setup_dialog import SetupDialog
from seatdesk.ui.user_dialog import PermissionHistoryDialog, UserDialog
from tests.conftest import make_account
from tests.ui.dialog_helpers import opened


def _settle() -> None:
    QApplication.processEvents()


def tour(model: str) -> Iterator[tuple[str, QWidget]]:
    account = make_account(model)
    admin = account.acting_user_id
    paid = st.CORE if model == st.SEAT_BASED else "sales_professional"
    seats_service.buy_seats(account.id, admin, paid, 3)
    user = users_service.create_user(account.id, admin, "ann@example.com", "Ann", "Lee", seat_types=(paid,),
                                     status="active").result

    purchase = opened(PurchaseSeatsDialog(account.id, admin, paid))
    for page, go in (("seats", None), ("checkout", purchase.ui.continue_button),
                     ("complete", purchase.ui.save_continue_button)):
        if go is not None:
            go.click()
        _settle()
        yield f"purchase/{page}", purchase

    remove = opened(RemoveSeatsDialog(account.id, admin, paid))
    _settle()
    yield "remove/choose", remove
    remove.ui.confirm_remove_button.click()
    _settle()
    yield "remove/done", remove

    change = opened(ChangeSeatDialog(account.id, admin, user.id))
    yield "change_seat", change
    yield "user_page", opened(UserDialog(account.id, admin, user.id))
    yield "user_page/super_admin", opened(UserDialog(account.id, admin, admin))
    yield "permission_history", opened(PermissionHistoryDialog(account.id, user.id, "History"))
    for kind in (bulk.CHANGE_SEAT, bulk.ADD_TO_TEAM, bulk.DEACTIVATE):
        yield f"bulk/{kind}", opened(BulkDialog(account.id, admin, [user.id], kind))
    yield "outbox", opened(OutboxDialog(account.id))
    yield "setup", opened(SetupDialog())
    if model == st.LEGACY:
        yield "manage_paid_users", opened(ManagePaidUsersDialog(account.id, admin))
    yield from _import_users(account.id, admin)

    wizard = opened(CreateUserWizard(account.id, admin))
    wizard.ui.emails_edit.setPlainText("new1@example.com new2@example.com")
    _settle()
    yield "wizard/add_users", wizard
    wizard.next()
    _settle()
    tabs = wizard.findChild(QTabWidget, "access_tabs")
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        _settle()
        yield f"wizard/access/{index}", wizard
    wizard.next()
    _settle()
    yield "wizard/invite", wizard
    wizard.next()
    _settle()
    yield "wizard/done", wizard

    from seatdesk.services import reclaim
    from seatdesk.ui.reclaim_dialog import ReclaimDialog

    users_service.create_user(account.id, admin, "gone@example.com", seat_types=(paid,), status="deactivated")
    found = reclaim.reclaim_list(account.id, 30)
    yield "reclaim", opened(ReclaimDialog(account.id, admin, found, found.rows))


def _import_users(account_id: int, admin: int) -> Iterator[tuple[str, QWidget]]:
    """Account › Import the live account with a file read: its preview, then its problems."""
    import tempfile
    from pathlib import Path

    from tests.crm_files import export_bytes

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "users.csv"
        path.write_bytes(export_bytes([
            ["1", "Zoé", "Lefèvre", "zoe@example.com", "14/03/2025", "Ventes; EMEA", "", "Modifier les transactions"],
            ["2", "", "", "bad@", "31/02/2025", "", "Inconnu", ""]], "fr", "cp1252", ";"))
        dialog = opened(ImportUsersDialog(account_id, admin))
        dialog.ui.import_path_edit.setText(str(path))
        dialog.load()
        _settle()
        yield "import_users/preview", dialog
        dialog.ui.import_tabs.setCurrentIndex(1)
        _settle()
        yield "import_users/problems", dialog
