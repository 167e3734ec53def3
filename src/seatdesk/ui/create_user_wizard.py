"""Create user (F1 seat-based, F2 legacy): add users, configure their access, invite, then team and preset.

The wizard only asks and shows: every check is a service call, and nothing is written before
the invitation page's commit button (Create user / Send); buying missing seats on the way is
its own action (the Purchase seats dialog).
"""

from __future__ import annotations

import html
from pathlib import Path

from babel.lists import format_list
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QPushButton,
    QTableWidgetItem,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
    QWizard,
)

from seatdesk import i18n
from seatdesk.domain import permissions as perms
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import (
    CSV_FILE,
    NEEDS_EMAIL_COLUMN,
    SALESFORCE,
    SOURCE_LABELS,
    Candidate,
    read_users_file,
    split_addresses,
)
from seatdesk.i18n import N_, _, format_money, format_number, ngettext, tr
from seatdesk.services import queries
from seatdesk.services import seats as seat_service
from seatdesk.services import users as users_service
from seatdesk.services.common import NEED_MODIFY_BILLING, actor_can, get_account, get_user
from seatdesk.services.outbox import open_invitation_link
from seatdesk.services.users import SUPER_ADMIN_PAID_LATER, NewUsers
from seatdesk.ui import labels
from seatdesk.ui.dialogs import assign_mnemonics, button_text, mnemonic_of, mnemonic_widgets, refill_combo
from seatdesk.ui.forms.ui_create_user_wizard import Ui_CreateUserWizard
from seatdesk.ui.messages import ask, run_action, show_refusal
from seatdesk.ui.user_dialog import preset_label

ADD, ACCESS, INVITE, DONE = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
LIVE_CHECK_MS = 400  # the problem list follows the typed addresses this long after the last key
CSV_LIMIT_HINT = N_("You can add up to 100 users per CSV import. For more, run several imports.")
ALL_ASSIGNED = {
    "sales": N_("All the Sales Hub seats you bought are assigned. Buy another seat once you have set up this user's other permissions."),
    "service": N_("All the Service Hub seats you bought are assigned. Buy another seat once you have set up this user's other permissions."),
}
NO_PAID_HUB = {
    "sales": N_("This account has no paid Sales Hub subscription: Sales seats can't be assigned."),
    "service": N_("This account has no paid Service Hub subscription: Service seats can't be assigned."),
}


def _read_file(path: str, source: str) -> list[Candidate]:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise DomainError(N_("{path} can't be read: {reason}. Choose another file."), code="unreadable",
                          path=path, reason=error.strerror or str(error)) from None
    return read_users_file(data, source)


class CreateUserWizard(QWizard):
    """Adds a batch of users with one seat choice and one permission set (R20), for either seat model."""

    def __init__(self, account_id: int, actor_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CreateUserWizard()
        self.ui.setupUi(self)
        self.setObjectName("CreateUserWizard")
        self.account_id = account_id
        self.actor_id = actor_id
        account = get_account(account_id)
        self.legacy = account.seat_model == st.LEGACY
        self._tiers = {s.hub: s.tier for s in account.subscriptions}
        self._salesforce_refusal = users_service.salesforce_refusal(account)
        self.change = None  # what was created or bought, for the window to refresh
        self.created: list = []
        self._csv_path = ""
        self._csv_rows: list[Candidate] = []
        self._csv_error: DomainError | None = None
        self._salesforce_rows: list[Candidate] = []
        self._check: users_service.BatchCheck | None = None  # the last check of page 1's addresses
        self._problems_seen: tuple | None = None
        self._refusals: dict[str, DomainError] = {}
        self._batch: list[Candidate] = []
        self._purchase = None
        self.setMinimumSize(800, 680)
        self._build()
        self._retranslate()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        ui = self.ui
        ui.invite_page.setCommitPage(True)
        ui.add_users_page.setAcceptDrops(True)
        ui.add_users_page.installEventFilter(self)
        ui.emails_edit.setAcceptDrops(False)  # a dropped file goes to the page, not into the text
        ui.csv_path_edit.setAcceptDrops(False)
        self._live_timer = QTimer(self, singleShot=True, interval=LIVE_CHECK_MS)
        self._live_timer.timeout.connect(self.check_live)
        ui.emails_edit.textChanged.connect(self._live_timer.start)  # debounced: checked once typing pauses
        ui.csv_choose_button.clicked.connect(self._choose_csv)
        ui.csv_path_edit.editingFinished.connect(lambda: self.load_csv(ui.csv_path_edit.text()))
        ui.salesforce_button.clicked.connect(self._choose_salesforce)
        ui.salesforce_button.setEnabled(self._salesforce_refusal is None)
        ui.salesforce_table.hide()
        ui.problems_label.hide()
        ui.import_problems_table.hide()
        for table in (ui.import_problems_table, ui.salesforce_table, ui.created_table):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        ui.seat_stack.setCurrentWidget(ui.legacy_page if self.legacy else ui.seat_based_page)
        # The seat model never changes here: the other page leaves the stack, which would otherwise keep
        # the height of its taller page (a gap above Super Admin). Its widgets stay, hidden.
        unused = ui.seat_based_page if self.legacy else ui.legacy_page
        ui.seat_stack.removeWidget(unused)
        unused.hide()
        self._build_permissions_tree()
        ui.seat_type_combo.currentIndexChanged.connect(lambda _i: self._seat_changed())
        for check in (ui.partner_check, ui.super_admin_check):
            check.toggled.connect(lambda _on: self._who_changed())
        for check in (ui.sales_access_check, ui.sales_tier_check, ui.service_access_check, ui.service_tier_check):
            check.toggled.connect(lambda _on: self._seat_changed())
        for radio in (ui.restrict_none_radio, ui.restrict_template_radio, ui.restrict_scratch_radio):
            radio.toggled.connect(lambda on: on and self._restriction_changed())
        ui.template_combo.currentIndexChanged.connect(lambda _i: self._template_chosen())
        ui.permissions_tree.itemChanged.connect(lambda _item, _col: self._show_review())
        ui.no_invite_check.toggled.connect(lambda _on: self._show_commit_text())
        for code in i18n.LANGUAGES:
            ui.invite_language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        ui.invite_language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        if not self._actor_is_super_admin():
            ui.super_admin_check.setEnabled(False)
        self.currentIdChanged.connect(self._page_shown)

    def _actor_is_super_admin(self) -> bool:
        try:
            return get_user(get_account(self.account_id), self.actor_id).is_super_admin
        except DomainError:
            return False

    def _build_permissions_tree(self) -> None:
        tree = self.ui.permissions_tree
        tree.blockSignals(True)
        for group, _label, items in perms.PERMISSION_GROUPS:
            top = QTreeWidgetItem(tree)
            top.setData(0, KEY_ROLE, group)
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            for key, _text in items:
                child = QTreeWidgetItem(top)
                child.setData(0, KEY_ROLE, key)
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
        tree.expandAll()
        tree.blockSignals(False)

    # -- page 1: add users -------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Drag and drop of a CSV file (or a Salesforce export when that list is shown) onto the first page."""
        if watched is self.ui.add_users_page and event.type() in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            urls = [u for u in event.mimeData().urls() if u.isLocalFile()] if event.mimeData().hasUrls() else []
            if not urls:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.ui.csv_path_edit.setText(urls[0].toLocalFile())
                self.load_csv(urls[0].toLocalFile())
            return True
        return super().eventFilter(watched, event)

    def _choose_csv(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose a CSV file"), "",
                                                    _("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.ui.csv_path_edit.setText(path)
            self.load_csv(path)

    def load_csv(self, path: str) -> None:
        """Read the CSV file at ``path`` now and say what was found (or what is wrong with it)."""
        path = path.strip()
        self._csv_path = path
        self._csv_rows, self._csv_error = [], None
        if path:
            try:
                self._csv_rows = _read_file(path, CSV_FILE)
            except DomainError as error:
                self._csv_error = error
        self._show_csv_status()

    def _show_csv_status(self) -> None:
        label = self.ui.csv_status_label
        if self._csv_error is not None:
            label.setStyleSheet("color: #b91c1c")
            label.setText(self._csv_error.translated())
        elif self._csv_path:
            label.setStyleSheet("")
            label.setText(ngettext("{n} user read from {file}.", "{n} users read from {file}.",
                                   len(self._csv_rows)).format(n=format_number(len(self._csv_rows)),
                                                               file=Path(self._csv_path).name))
        else:
            label.setText("")

    def _choose_salesforce(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, _("Choose the Salesforce users export"), "",
                                                    _("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.load_salesforce(path)

    def load_salesforce(self, path: str) -> None:
        """List the users of a Salesforce users export, every one checked (R20)."""
        try:
            rows = _read_file(path, SALESFORCE)
        except DomainError as error:
            show_refusal(self, error)
            return
        self._salesforce_rows = rows
        table = self.ui.salesforce_table
        table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            item = QTableWidgetItem(row.email)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            table.setItem(i, 0, item)
            table.setItem(i, 1, QTableWidgetItem(f"{row.first_name} {row.last_name}".strip()))
        table.setVisible(bool(rows))

    def candidates(self) -> list[Candidate]:
        """The batch as typed, read from the CSV file and checked in the Salesforce list."""
        sf_table = self.ui.salesforce_table
        chosen = [row for i, row in enumerate(self._salesforce_rows)
                  if sf_table.item(i, 0).checkState() == Qt.CheckState.Checked]
        return split_addresses(self.ui.emails_edit.toPlainText()) + self._csv_rows + chosen

    def _check_batch(self) -> bool:
        if self.ui.csv_path_edit.text().strip() != self._csv_path:
            self.load_csv(self.ui.csv_path_edit.text())
        if self._csv_error is not None:
            show_refusal(self, self._csv_error)
            return False
        candidates = self.candidates()
        if not candidates:
            show_refusal(self, DomainError(N_("Add at least one email address."), code="no_users"))
            return False
        check = users_service.check_new_users(self.account_id, candidates)
        self._check = check
        self._show_problems()
        signature = tuple(candidates)
        if check.problems and (signature != self._problems_seen or not check.valid):
            self._problems_seen = signature  # seen: the next click on Next goes on with the valid ones
            return False
        self._batch = check.valid
        return True

    def check_live(self) -> None:
        """Check the batch as it is now and show its problems, without refusing anything (typing goes on)."""
        if self._csv_error is not None:
            return
        candidates = self.candidates()
        try:
            self._check = users_service.check_new_users(self.account_id, candidates) if candidates else None
        except DomainError:
            self._check = None
        if self._check is not None and self._check.problems:
            self._problems_seen = tuple(candidates)  # shown: Next goes on with the valid ones, as the text says
        self._show_problems()

    def _show_problems(self) -> None:
        ui = self.ui
        problems = self._check.problems if self._check else []
        ui.problems_label.setVisible(bool(problems))
        ui.import_problems_table.setVisible(bool(problems))
        if not problems:
            return
        valid = len(self._check.valid)
        text = ngettext("{n} address can't be added (see the list).", "{n} addresses can't be added (see the list).",
                        len(problems)).format(n=format_number(len(problems)))
        if valid:
            text += " " + ngettext("Click Next to go on with the {n} valid address only, or correct the list first.",
                                   "Click Next to go on with the {n} valid addresses only, or correct the list first.",
                                   valid).format(n=format_number(valid))
        else:
            text += " " + _("Correct the list to go on.")
        ui.problems_label.setText(text)
        table = ui.import_problems_table
        table.setRowCount(len(problems))
        for i, problem in enumerate(problems):
            c = problem.candidate
            for col, value in enumerate((tr(SOURCE_LABELS[c.source]), format_number(c.line), c.email,
                                         problem.translated())):
                table.setItem(i, col, QTableWidgetItem(value))

    # -- page 2: access ----------------------------------------------------------------------
    def _fill_seat_types(self) -> None:
        """Every seat type, with what it gives; the ones these users can't get are disabled with the reason."""
        ui = self.ui
        combo = ui.seat_type_combo
        keep = combo.currentData() or st.VIEW_ONLY
        summaries = {s.seat_type: s for s in seat_service.seat_summaries(self.account_id)}
        self._refusals = {}
        combo.blockSignals(True)
        combo.clear()
        for seat_type in st.SEAT_BASED_TYPES:
            refusal = seat_service.hold_refusal(self.account_id, seat_type, partner=ui.partner_check.isChecked(),
                                                super_admin=ui.super_admin_check.isChecked())
            text = seat = labels.seat_label(seat_type)
            summary = summaries.get(seat_type)
            if refusal is None and st.is_paid(seat_type) and summary is not None:
                text = ngettext("{seat} ({n} paid seat available)", "{seat} ({n} paid seats available)",
                                summary.available).format(seat=seat, n=format_number(summary.available))
            elif refusal is None:
                text = _("{seat} (free)").format(seat=seat)
            combo.addItem(text, seat_type)
            index = combo.count() - 1
            if refusal is not None:
                self._refusals[seat_type] = refusal
                combo.model().item(index).setEnabled(False)
                combo.setItemData(index, refusal.translated(), Qt.ItemDataRole.ToolTipRole)
        usable = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) not in self._refusals]
        choice = keep if keep in usable else (st.CORE if st.CORE in usable else usable[0] if usable else None)
        combo.setCurrentIndex(max(0, combo.findData(choice)))
        combo.blockSignals(False)

    def _fill_legacy_tabs(self) -> None:
        ui = self.ui
        summaries = {s.seat_type: s for s in seat_service.seat_summaries(self.account_id)}
        super_admin = ui.super_admin_check.isChecked()
        for hub, access, tier_check, note in (
                ("sales", ui.sales_access_check, ui.sales_tier_check, ui.sales_seats_label),
                ("service", ui.service_access_check, ui.service_tier_check, ui.service_seats_label)):
            seat_type = st.legacy_seat_type(hub, self._tiers.get(hub, "free"))
            summary = summaries.get(seat_type) if seat_type else None
            sold = summary is not None and seat_service.hold_refusal(self.account_id, seat_type) is None
            tier_check.setText(labels.seat_label(seat_type) if seat_type else "")
            tier_check.setProperty("seat_type", seat_type)
            access.blockSignals(True)
            tier_check.blockSignals(True)
            for check in (access, tier_check):
                check.setEnabled(sold and not super_admin)
                check.setToolTip(_(SUPER_ADMIN_PAID_LATER) if super_admin else "")
                if super_admin:
                    check.setChecked(False)
            tier_check.setEnabled(sold and not super_admin and access.isChecked())
            if not access.isChecked():
                tier_check.setChecked(False)
            access.blockSignals(False)
            tier_check.blockSignals(False)
            if not sold:
                note.setText(_(NO_PAID_HUB[hub]))
            elif summary.available < 1:
                note.setText(_(ALL_ASSIGNED[hub]))
            else:
                note.setText(ngettext("{n} paid seat available", "{n} paid seats available",
                                      summary.available).format(n=format_number(summary.available)))

    def seat_types(self) -> tuple[str, ...]:
        ui = self.ui
        if not self.legacy:
            seat_type = ui.seat_type_combo.currentData()
            return (seat_type,) if seat_type else ()
        return tuple(check.property("seat_type") for access, check in (
            (ui.sales_access_check, ui.sales_tier_check), (ui.service_access_check, ui.service_tier_check))
            if access.isChecked() and check.isChecked() and check.property("seat_type"))

    def _view_only(self) -> bool:
        return st.VIEW_ONLY in self.seat_types()

    def _who_changed(self) -> None:
        """Partner employees or super admin changed: the seats these users can get change (R5, R16)."""
        self._fill_seat_types()
        self._fill_legacy_tabs()
        self._seat_changed()

    def _seat_changed(self) -> None:
        ui = self.ui
        if self.legacy:
            self._fill_legacy_tabs()
        else:
            seat_type = ui.seat_type_combo.currentData()
            lines = [_(st.SEAT_TYPE_DESCRIPTIONS[seat_type])] if seat_type else []
            # the refusals name their seats already; Sales and Service share one sentence: say it once
            lines += dict.fromkeys(r.translated() for r in self._refusals.values())
            ui.seat_description_label.setText("<br><br>".join(html.escape(line) for line in lines))
        notes = []
        if ui.super_admin_check.isChecked():
            notes.append(_(SUPER_ADMIN_PAID_LATER) if self.legacy else _(seat_service.VIEW_ONLY_NO_SUPER_ADMIN))
        elif not ui.super_admin_check.isEnabled():
            notes.append(_(users_service.ONLY_SUPER_ADMIN))
        ui.super_admin_note.setText(" ".join(notes))
        self._apply_restriction(reset=False)

    def _restriction_changed(self) -> None:
        self._apply_restriction(reset=True)

    def _template_chosen(self) -> None:
        if self.ui.restrict_template_radio.isChecked():
            self._apply_restriction(reset=True)

    def _apply_restriction(self, reset: bool) -> None:
        """Show in the tree what the chosen way of restricting access gives, for the chosen seat.

        Don't restrict: the seat's defaults, read only. Template: its permissions, to adjust.
        From scratch: nothing checked, to choose. Permissions the seat can't hold are disabled.
        """
        ui = self.ui
        view_only = self._view_only()
        allowed = perms.allowed_permissions(view_only)
        if ui.restrict_none_radio.isChecked():
            wanted = perms.default_permissions(view_only)
        elif ui.restrict_template_radio.isChecked() and reset:
            wanted = perms.TEMPLATE_PERMISSIONS.get(ui.template_combo.currentData(), frozenset())
        elif ui.restrict_scratch_radio.isChecked() and reset:
            wanted = frozenset()
        else:
            wanted = self.checked_permissions()
        ui.template_box.setEnabled(ui.restrict_template_radio.isChecked())
        editable = not ui.restrict_none_radio.isChecked()
        tree = ui.permissions_tree
        tree.blockSignals(True)
        for item in self._permission_items():
            key = item.data(0, KEY_ROLE)
            item.setDisabled(not editable or key not in allowed)
            item.setCheckState(0, Qt.CheckState.Checked if key in wanted and key in allowed
                               else Qt.CheckState.Unchecked)
        for i in range(tree.topLevelItemCount()):
            group = tree.topLevelItem(i)
            group.setDisabled(not editable)
        tree.blockSignals(False)
        tree.viewport().update()
        self._show_review()

    def _permission_items(self) -> list[QTreeWidgetItem]:
        items = []
        iterator = QTreeWidgetItemIterator(self.ui.permissions_tree)
        while iterator.value():
            item = iterator.value()
            if item.parent() is not None:
                items.append(item)
            iterator += 1
        return items

    def checked_permissions(self) -> frozenset[str]:
        return frozenset(item.data(0, KEY_ROLE) for item in self._permission_items()
                         if item.checkState(0) == Qt.CheckState.Checked)

    def new_users(self) -> NewUsers:
        ui = self.ui
        return NewUsers(
            candidates=list(self._batch), seat_types=self.seat_types(),
            permissions=None if ui.restrict_none_radio.isChecked() else self.checked_permissions(),
            super_admin=ui.super_admin_check.isChecked(),
            partner=ui.partner_check.isChecked() and not self.legacy,
            invite=not ui.no_invite_check.isChecked(),
            language=ui.invite_language_combo.currentData())

    def _review_html(self) -> str:
        new = self.new_users()
        count = len(new.candidates)
        shown = ", ".join(html.escape(c.email) for c in new.candidates[:8])
        if count > 8:
            shown += " " + html.escape(ngettext("and {n} more", "and {n} more", count - 8).format(
                n=format_number(count - 8)))
        seats = (format_list([labels.seat_label(t) for t in new.seat_types], locale=i18n.locale())
                 if new.seat_types else _("No paid seat"))
        granted = perms.default_permissions(self._view_only()) if new.permissions is None else new.permissions
        parts = ["<p><b>{}</b> {}</p>".format(html.escape(ngettext("{n} user:", "{n} users:", count).format(
            n=format_number(count))), shown)]
        parts.append("<p><b>{}</b> {}</p>".format(html.escape(_("Seat:")), html.escape(seats)))
        if new.super_admin:
            parts.append("<p><b>{}</b></p>".format(html.escape(_("Super Admin"))))
        parts.append("<p><b>{}</b></p><ul>".format(html.escape(_("Permissions:"))))
        for _group, label, items in perms.PERMISSION_GROUPS:
            names = [_(text) for key, text in items if key in granted]
            if names:  # one bullet per permission, under its group: labels stay labels, no sentence to build
                parts.append("<li>{}<ul>{}</ul></li>".format(html.escape(_(label)), "".join(
                    f"<li>{html.escape(name)}</li>" for name in names)))
        if not granted:
            parts.append("<li>{}</li>".format(html.escape(_("None"))))
        parts.append("</ul>")
        return "".join(parts)  # the batch rule is said once, above the sections (batch_label)

    def _show_review(self) -> None:
        text = self._review_html()
        self.ui.review_access_view.setHtml(text)
        self.ui.final_review_view.setHtml(text)

    def _check_access(self) -> bool:
        new = self.new_users()
        try:
            users_service.check_access(self.account_id, self.actor_id, new)
        except DomainError as error:
            show_refusal(self, error)
            return False
        if self.legacy:
            return True  # legacy: Checkout on the last step buys what is missing (F2)
        missing = seat_service.missing_seats(self.account_id, new.seat_types, len(new.candidates))
        if missing:
            self._offer_purchase(*next(iter(missing.items())), len(new.candidates))
            return False
        return True

    def _missing_text(self, seat_type: str, missing: int, count: int) -> str:
        quote = seat_service.quote_purchase(self.account_id, seat_type, missing)
        return " ".join((
            ngettext("{seat}: {n} more seat is needed for these users.", "{seat}: {n} more seats are needed for these users.",
                     missing).format(seat=labels.seat_label(seat_type), n=format_number(missing)),
            ngettext("{available} available for {count} new user.", "{available} available for {count} new users.",
                     count).format(available=format_number(count - missing), count=format_number(count)),
            _("Buying them costs {now} now and {period} more per billing period from {date}.").format(
                now=format_money(quote.cost_now_cents, quote.currency),
                period=format_money(quote.cost_per_period_cents, quote.currency),
                date=i18n.format_date(quote.renewal_date))))

    def _offer_purchase(self, seat_type: str, missing: int, count: int) -> None:
        """R6: never over-assign; say what is missing and what it costs, then buy it or go back."""
        text = self._missing_text(seat_type, missing, count)
        if not actor_can(self.account_id, self.actor_id, perms.MODIFY_BILLING):
            show_refusal(self, DomainError(N_("{missing} {rule}"), code="permission", missing=text,
                                           rule=i18n.Msg(NEED_MODIFY_BILLING)))
            return
        if ask(self, _("Buy seats first?"), text, _("Purchase seats"), _("Go back")):
            self.open_purchase(seat_type, missing)

    def open_purchase(self, seat_type: str, count: int) -> None:
        """The Purchase seats dialog over the wizard; once bought, the wizard goes on by itself."""
        from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog

        self._purchase = PurchaseSeatsDialog(self.account_id, self.actor_id, seat_type, self, count=count)

        def finished(_result: int) -> None:
            purchase, self._purchase = self._purchase, None
            if purchase.change is not None:
                self.change = purchase.change
                self._fill_seat_types()
                self._seat_changed()
                self._show_commit_text()
                self.next()
            purchase.deleteLater()

        self._purchase.finished.connect(finished)
        self._purchase.open()

    # -- page 3: invitation and creation --------------------------------------------------------
    def _legacy_missing(self) -> dict[str, int]:
        if not self.legacy or not self._batch:
            return {}
        return seat_service.missing_seats(self.account_id, self.seat_types(), len(self._batch))

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
    def validateCurrentPage(self) -> bool:
        page = self.currentId()
        if page == ADD:
            return self._check_batch()
        if page == ACCESS:
            return self._check_access()
        if page == INVITE:
            return self._create()
        if page == DONE:
            return self._apply_team_and_preset()
        return True

    def _page_shown(self, page: int) -> None:
        ui = self.ui
        if page == ACCESS:
            count = len(self._batch)
            text = ngettext("You are adding {n} user.", "You are adding {n} users.", count).format(
                n=format_number(count))
            if count > 1:
                text += " " + _("When you add several users at once, the permissions you choose apply to every "
                                "user in the batch.")
            ui.batch_label.setText(text)
            self._who_changed()
        elif page == INVITE:
            self._show_review()
            self._show_commit_text()
        self.button(QWizard.WizardButton.CancelButton).setVisible(page != DONE)
        self._assign_mnemonics()

    def _assign_mnemonics(self) -> None:
        """Mnemonics per page, none shared with Qt's Back/Next/Finish; the commit button gets one too."""
        commit = self.button(QWizard.WizardButton.CommitButton)
        reserved = [mnemonic_of(self.button(which).text()) for which in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.FinishButton)]

        def set_text(widget, text: str) -> None:
            if widget is commit:
                self.setButtonText(QWizard.WizardButton.CommitButton, text)
            else:
                widget.setText(text)

        for page_id in self.pageIds():
            page = self.page(page_id)
            widgets = mnemonic_widgets(page)
            if page.isCommitPage():
                widgets.insert(0, commit)
            assign_mnemonics(widgets, reserved, set_text)

    def reject(self) -> None:
        """Cancel writes nothing; once the users exist (last page) closing keeps them and skips team and preset."""
        if self.currentId() == DONE:
            self.done(QWizard.DialogCode.Accepted)
            return
        super().reject()

    # -- languages -------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
        super().changeEvent(event)

    def _retranslate_buttons(self) -> None:
        """QWizard ignores LanguageChange and sets its Back/Next/Finish texts only when its style changes."""
        style = self.wizardStyle()
        classic = QWizard.WizardStyle.ClassicStyle
        self.setUpdatesEnabled(False)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle if style == classic else classic)
        self.setWizardStyle(style)
        self.setUpdatesEnabled(True)

    def _retranslate(self) -> None:
        ui = self.ui
        ui.csv_hint.setText(" ".join((_(NEEDS_EMAIL_COLUMN), _(CSV_LIMIT_HINT))))
        ui.salesforce_button.setToolTip(self._salesforce_refusal.translated() if self._salesforce_refusal else "")
        tree = ui.permissions_tree
        tree.blockSignals(True)
        labels_of = {group: label for group, label, _items in perms.PERMISSION_GROUPS}
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            item = iterator.value()
            key = item.data(0, KEY_ROLE)
            item.setText(0, _(labels_of[key]) if item.parent() is None else _(perms.PERMISSION_LABELS[key]))
            iterator += 1
        tree.blockSignals(False)
        refill_combo(ui.template_combo, [(_(label), key) for key, label, _keys in perms.TEMPLATES])
        self._show_csv_status()
        self._show_problems()
        self._fill_seat_types()
        self._seat_changed()
        self._page_shown(self.currentId())
        self._retranslate_buttons()
        self._show_commit_text()
        if self.created:
            self._fill_after_combos()
            self._show_done_texts()
