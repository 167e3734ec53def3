"""Create user (F1 seat-based, F2 legacy): add users, configure their access, invite, then team and preset.

The wizard only asks and shows: every check is a service call, and nothing is written before
the invitation page's commit button (Create user / Send); buying missing seats on the way is
its own action (the Purchase seats dialog).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QHeaderView,
    QWidget,
    QWizard,
)

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.domain.imports import (
    NEEDS_EMAIL_COLUMN,
    Candidate,
)
from seatdesk.i18n import _, format_number, ngettext
from seatdesk.services import users as users_service
from seatdesk.services.common import get_account, get_user
from seatdesk.ui import labels
from seatdesk.ui.dialogs import (
    assign_mnemonics,
    mnemonic_of,
    mnemonic_widgets,
    refill_combo,
)
from seatdesk.ui.forms.ui_create_user_wizard import Ui_CreateUserWizard
from seatdesk.ui.widgets import permission_tree
from seatdesk.ui.wizard.access import AccessStep
from seatdesk.ui.wizard.add_users import AddUsersStep
from seatdesk.ui.wizard.invite import InviteStep
from seatdesk.ui.wizard.pages import (  # noqa: F401 (tests and scripts use them)
    ACCESS,
    ADD,
    ALL_ASSIGNED,
    CSV_LIMIT_HINT,
    DONE,
    INVITE,
    KEY_ROLE,
    LIVE_CHECK_MS,
    NO_PAID_HUB,
)


class CreateUserWizard(AddUsersStep, AccessStep, InviteStep, QWizard):
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
        permission_tree.build(self.ui.permissions_tree)

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
        permission_tree.retranslate(ui.permissions_tree)
        refill_combo(ui.template_combo, labels.template_choices(self.account_id))
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
