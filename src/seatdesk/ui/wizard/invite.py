"""Steps 3 and 4 of the create-user wizard: invite and create, then links, team and preset."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QWizard,
)

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import queries
from seatdesk.services import users as users_service
from seatdesk.services.outbox import open_invitation_link
from seatdesk.ui.dialogs import (
    button_text,
    refill_combo,
)
from seatdesk.ui.labels import preset_label
from seatdesk.ui.messages import run_action, show_refusal


class InviteStep:
    """The wizard's invitation and done pages."""

    def _show_commit_text(self) -> None:
        count = max(1, len(self._batch))
        self.ui.no_invite_check.setText(ngettext(
            "Don't send an invite email when this user is added to HubSpot",
            "Don't send an invite email when these users are added to HubSpot", count))
        self.ui.no_invite_hint.setText(ngettext(
            "Use this if the user already has a HubSpot password for another account.",
            "Use this if the users already have a HubSpot password for another account.", count))
        missing = self._legacy_missing()
        if missing:
            text = _("Checkout")
            seat_type, n = next(iter(missing.items()))
            # only Checkout is shown: never tell the user to click Send here
            self.ui.checkout_note.setText(" ".join((
                self._missing_text(seat_type, n, count),
                ngettext("Click Checkout to buy {n} seat.", "Click Checkout to buy {n} seats.", n).format(
                    n=format_number(n)))))
        else:
            self.ui.checkout_note.setText("")
            if self.legacy and not self.ui.no_invite_check.isChecked():
                text = _("Send")
            else:
                text = _("Create user") if count == 1 else ngettext(
                    "Create {n} user", "Create {n} users", count).format(n=format_number(count))
        self.setButtonText(QWizard.WizardButton.CommitButton, button_text(text))
        self._assign_mnemonics()
        self.ui.review_caption.setText(_("Review the permissions, then click {button}.").format(button=text)
                                       if text != _("Create user") else
                                       _("Review the permissions, then click Create user."))

    def _create(self) -> bool:
        missing = self._legacy_missing()
        if missing:
            self.open_purchase(*next(iter(missing.items())))
            return False
        new = self.new_users()
        change = run_action(self, lambda: users_service.create_users(self.account_id, self.actor_id, new))
        if change is None:
            return False
        self.change = change
        self.created = change.result
        self._fill_done_page()
        return True

    # -- page 4: after creation -------------------------------------------------------------------
    def _fill_done_page(self) -> None:
        ui = self.ui
        table = ui.created_table
        table.setRowCount(len(self.created))
        for i, user in enumerate(self.created):
            table.setItem(i, 0, QTableWidgetItem(user.email))
            table.setItem(i, 1, QTableWidgetItem())
            button = QPushButton(table, objectName="copy_invite_link_button")
            button.clicked.connect(lambda _c=False, uid=user.id: self.copy_invite_link(uid))
            table.setCellWidget(i, 2, button)
        self._fill_after_combos()
        self._show_done_texts()
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_after_combos(self) -> None:
        for combo, rows, none_text in ((self.ui.team_combo, queries.teams(self.account_id), _("No team")),
                                       (self.ui.preset_combo, queries.presets(self.account_id), _("No preset"))):
            shown = preset_label if combo is self.ui.preset_combo else str
            refill_combo(combo, [(none_text, None)] + [(shown(name), row_id) for row_id, name in rows])

    def _show_done_texts(self) -> None:
        ui = self.ui
        invited = not ui.no_invite_check.isChecked()
        count = len(self.created)
        ui.done_label.setText(ngettext("{n} user was created.", "{n} users were created.", count).format(
            n=format_number(count)))
        for i in range(ui.created_table.rowCount()):
            ui.created_table.item(i, 1).setText(_("Queued in the outbox") if invited else _("Not sent"))
            ui.created_table.cellWidget(i, 2).setText(button_text(_("Copy invite link")))
        ui.copy_link_hint.setText(ngettext(  # not the one-user rule's msgid: that one is not a plural entry
            "When this user creates their account, they must use the email address you added.",
            "When these users create their accounts, they must use the email addresses you added.", count))
        outcome = [ngettext(
            "The new user gets a welcome email to set a password and log in. If it hasn't arrived within "
            "five minutes, see the troubleshooting steps.",
            "The new users get a welcome email to set a password and log in. If it hasn't arrived within "
            "five minutes, see the troubleshooting steps.", count) if invited else
                   _("No email is sent if you ticked 'Don't send an invite email…'."),
                   ngettext("Once the user has set a password, they can receive notifications (for example lead "
                            "assignment) and manage them in their notification preferences.",
                            "Once the users have set a password, they can receive notifications (for example lead "
                            "assignment) and manage them in their notification preferences.", count)]
        ui.outcome_label.setText("\n\n".join(outcome))

    def copy_invite_link(self, user_id: int) -> None:
        """Put the user's invite link (with its random token) on the clipboard (R21)."""
        try:
            link = open_invitation_link(self.account_id, user_id)
        except DomainError as error:
            show_refusal(self, error)
            return
        QGuiApplication.clipboard().setText(link)
        self.ui.done_label.setText(_("Invite link copied. {rule}").format(rule=_(
            "When they create their account, the user must use the email address you added.")))

    def _apply_team_and_preset(self) -> bool:
        team, preset = self.ui.team_combo.currentData(), self.ui.preset_combo.currentData()
        if team is None and preset is None:
            return True
        ids = [u.id for u in self.created]
        change = run_action(self, lambda: users_service.add_to_team_and_preset(
            self.account_id, self.actor_id, ids, team, preset), quiet=True)
        return change is not None

    # -- the wizard's steps ----------------------------------------------------------------------
