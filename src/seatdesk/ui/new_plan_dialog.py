"""Account › New plan: a name and a note; Create plan copies the account shown (R27). Shown in a plan by
Account › Duplicate plan, it copies that plan (a plan of the same account), its name and note proposed."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from seatdesk.i18n import _
from seatdesk.services import plans
from seatdesk.ui.dialogs import ServiceDialog
from seatdesk.ui.forms.ui_new_plan_dialog import Ui_NewPlanDialog


class NewPlanDialog(ServiceDialog):
    """Accepted once the plan exists; ``change.result`` is the plan's account row."""

    def __init__(self, account_id: int, actor_id: int | None, parent: QWidget | None = None, duplicate=None):
        super().__init__(Ui_NewPlanDialog, "NewPlanDialog", account_id, actor_id, parent)
        self.duplicate = duplicate  # the plan shown, copied
        self.setMinimumWidth(480)
        self.ui.create_plan_button.clicked.connect(self._create)
        self.ui.cancel_button.clicked.connect(self.reject)
        self.ui.plan_name_edit.textChanged.connect(lambda text: self.ui.create_plan_button.setEnabled(bool(text.strip())))
        self.ui.create_plan_button.setEnabled(False)
        self._retranslate()
        if duplicate is not None:
            self.ui.plan_name_edit.setText(_("{plan} (copy)").format(plan=duplicate.name))
            self.ui.plan_note_edit.setPlainText(duplicate.plan_note)
            self.ui.plan_name_edit.selectAll()

    def _create(self) -> None:
        name, note = self.ui.plan_name_edit.text(), self.ui.plan_note_edit.toPlainText()
        if self.run(lambda: plans.create_plan(self.account_id, self.actor_id, name, note), quiet=True):
            self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(_("Duplicate plan") if self.duplicate is not None else _("New plan"))
