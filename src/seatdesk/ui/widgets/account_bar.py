"""The toolbar: the account shown, the acting user, the planning date, the language and the second language."""

from __future__ import annotations

from PySide6.QtCore import QDate, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QSizePolicy, QToolBar, QWidget

from seatdesk import i18n
from seatdesk.i18n import _, format_date, format_list, format_number, ngettext
from seatdesk.services import accounts, clock, queries
from seatdesk.services.common import planning_date, today
from seatdesk.ui import labels
from seatdesk.ui.messages import ask, run_action
from seatdesk.ui.pages.base import AccountContext
from seatdesk.ui.qt_compat import emit
from seatdesk.ui.widgets.eliding_combo import ElidingComboBox, ShortComboBox

_PLAN_NAME = Qt.ItemDataRole.UserRole + 1  # a plan's own name (the item shows "Plan: name")


class AccountBar(QObject):
    """Fills the toolbar and keeps the context's account, acting user and planning date.

    Signals:
        account_chosen(int): another account is shown.
    """

    account_chosen = Signal(int)

    def __init__(self, bar: QToolBar, context: AccountContext, flows):
        super().__init__(bar)
        self.context = context
        self.flows = flows
        self._loading = False
        self.account_label = QLabel(bar)
        self.account_combo = ElidingComboBox(bar, objectName="account_combo")
        # At most these widths: the toolbar fits 1,000 px in every language (long names are cut).
        self.account_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.account_combo.setMaximumWidth(180)
        self.acting_label = QLabel(bar)
        self.acting_user_combo = ElidingComboBox(bar, objectName="acting_user_combo")
        self.acting_user_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.acting_user_combo.setMaximumWidth(160)
        self.planning_label = QLabel(bar)
        self.planning_date_edit = QDateEdit(bar, objectName="planning_date_edit", calendarPopup=True)
        # Shown by the frame where there is room (the menu bar's right corner), not in the toolbar.
        self.planning_note = QLabel(objectName="planning_date_note")
        self.planning_note.setStyleSheet("QLabel { color: #b45309; font-weight: bold; padding: 0 8px; }")
        spacer = QWidget(bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.language_label = QLabel(bar)
        self.language_combo = QComboBox(bar, objectName="language_combo")
        for code in i18n.LANGUAGES:
            self.language_combo.addItem(i18n.LANGUAGE_NAMES[code], code)
        # Captions in a second language (R33): filled and wired by ui.second_language.SecondLanguage.
        # Narrow: the language's code shown ("FR"), its name in the list.
        self.second_language_combo = ShortComboBox(bar, objectName="second_language_combo")
        self.second_language_combo.setIconSize(QSize(14, 14))
        for label, buddy in ((self.account_label, self.account_combo), (self.acting_label, self.acting_user_combo),
                             (self.planning_label, self.planning_date_edit),
                             (self.language_label, self.language_combo)):
            label.setBuddy(buddy)
            label.setContentsMargins(8, 0, 4, 0)
        for widget in (self.account_label, self.account_combo, self.acting_label, self.acting_user_combo,
                       self.planning_label, self.planning_date_edit, spacer,
                       self.language_label, self.language_combo, self.second_language_combo):
            bar.addWidget(widget)
        self.account_combo.currentIndexChanged.connect(self._account_chosen)
        self.acting_user_combo.currentIndexChanged.connect(self._acting_user_chosen)
        self.planning_date_edit.editingFinished.connect(self._planning_date_chosen)
        self.planning_date_edit.calendarWidget().clicked.connect(lambda _d: self._planning_date_chosen())
        self.language_combo.currentIndexChanged.connect(self._language_chosen)

    def _label_plans(self) -> None:
        for index in range(self.account_combo.count()):
            name = self.account_combo.itemData(index, _PLAN_NAME)
            if name is not None:
                self.account_combo.setItemText(index, "    " + _("Plan: {plan}").format(plan=name))

    def retranslate(self) -> None:
        self._label_plans()
        self.account_label.setText(_("Account"))  # mnemonics: the frame gives them per page
        self.acting_label.setText(_("Acting as"))
        self.planning_label.setText(_("Planning date"))
        self.language_label.setText(_("Language"))
        labels.localize_date_edit(self.planning_date_edit)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(i18n.LANGUAGES.index(i18n.current_language()))
        self.language_combo.blockSignals(False)
        if self.context.account_id is not None:
            self.show_planning_date()

    # -- accounts ------------------------------------------------------------------------------------
    def fill_accounts(self, rows, select: int | None) -> None:
        """List the accounts and show ``select`` (the first when None or gone)."""
        self._loading = True
        self.account_combo.clear()
        for account in rows:  # plans under their account, indented and named as plans
            self.account_combo.addItem(account.name, account.id)
            if account.plan_of:
                self.account_combo.setItemData(self.account_combo.count() - 1, account.name, _PLAN_NAME)
        self._label_plans()
        self._loading = False
        for widget in (self.account_combo, self.acting_user_combo, self.planning_date_edit):
            widget.setEnabled(bool(rows))
        if not rows:
            return
        index = max(0, self.account_combo.findData(select))
        if self.account_combo.currentIndex() == index:
            self._account_chosen(index)
        else:
            self.account_combo.setCurrentIndex(index)

    def _account_chosen(self, index: int) -> None:
        if self._loading or index < 0:
            return
        account_id = self.account_combo.itemData(index)
        self.context.account_id = account_id
        run_action(self.parent(), lambda: clock.roll_over(account_id), quiet=True)  # read below
        self.context.set_account(account_id, accounts.get_account(account_id).acting_user_id)
        self.show_acting_users()
        self.show_planning_date()
        emit(self.account_chosen, account_id)

    # -- acting user -----------------------------------------------------------------------------------
    def show_acting_users(self) -> None:
        account = self.context.account()
        self._loading = True
        self.acting_user_combo.clear()
        for user_id, label in queries.acting_candidates(account.id, account.acting_user_id):
            self.acting_user_combo.addItem(label, user_id)
        self.acting_user_combo.setCurrentIndex(max(0, self.acting_user_combo.findData(account.acting_user_id)))
        self._loading = False

    def _acting_user_chosen(self, index: int) -> None:
        if self._loading or index < 0 or self.context.account_id is None:
            return
        user_id = self.acting_user_combo.itemData(index)
        if run_action(self.parent(), lambda: accounts.set_acting_user(self.context.account_id, user_id),
                      quiet=True) is not None:
            self.context.set_actor(user_id)

    # -- planning date ---------------------------------------------------------------------------------
    def show_planning_date(self) -> None:
        account = self.context.account()
        day = planning_date(account)
        self._loading = True
        self.planning_date_edit.setMinimumDate(QDate(clock.minimum_planning_date(account.id)))
        self.planning_date_edit.setDate(QDate(day))
        self._loading = False
        not_today = day != today()
        self.planning_note.setText(_("Not today: planning ahead") if not_today else "")
        self.planning_note.setVisible(not_today)
        self.planning_date_edit.setStyleSheet("QDateEdit { background: #fde68a; }" if not_today else "")
        self.planning_date_edit.setToolTip(
            _("All time rules use this date. Move it forward to see renewals and removals take effect."))

    def _planning_date_chosen(self) -> None:
        if self._loading or self.context.account_id is None:
            return
        day = self.planning_date_edit.date().toPython()
        account = self.context.account()
        if day == planning_date(account):
            return
        due = [s for s in account.subscriptions if s.renewal_date <= day]
        if due and not ask(self.parent(), _("Apply renewals?"), self._renewal_question(day, due),
                           _("Apply renewals"), _("Keep the date")):
            self.show_planning_date()
            return
        self.flows.run(lambda: clock.set_planning_date(self.context.account_id, day), reload=True)
        self.show_planning_date()

    def _renewal_question(self, day, due) -> str:
        """What moving to ``day`` does: the terms that roll over, and only the hubs whose seats change."""
        sentences = [ngettext("Moving the planning date to {date} passes {n} renewal date: that term rolls over.",
                              "Moving the planning date to {date} passes {n} renewal dates: those terms roll over.",
                              len(due)).format(date=format_date(day), n=format_number(len(due)))]
        changing = [labels.hub_label(f.hub) for f in queries.subscription_figures(self.context.account_id)
                    if any(when <= day for *_rest, when in f.scheduled_removals)]
        if changing:
            sentences.append(_("The scheduled seat removals take effect for {subscriptions}.").format(
                subscriptions=format_list(changing)))
        sentences.append(_("This can't be undone."))
        return " ".join(sentences)

    def _language_chosen(self, index: int) -> None:
        code = self.language_combo.itemData(index)
        if code and code != i18n.current_language():
            from seatdesk.ui.progress import busy

            with busy():  # every page built is translated again
                i18n.set_language(code)
            from seatdesk.ui.settings import remember_language

            remember_language(code)
