"""Training mode (R32): a side panel with the scenario, the trainee, the brief and the steps ticking as they
are done in the usual screens; hints on request, refusals counted as mistakes, the time; Reset, results as
CSV and a certificate per trainee.

The panel asks ``services.training`` and tells the window (``TrainingMode`` in ``frame_parts``) to open the
practice database and lock the account chooser, and to go back to the trainee's database at the end.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDockWidget, QFileDialog, QListWidgetItem, QMessageBox, QWidget

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import _, format_date, format_number, ngettext, os_error_reason
from seatdesk.services import training
from seatdesk.ui.dialogs import assign_mnemonics, mnemonic_widgets
from seatdesk.ui.forms.ui_training_panel import Ui_TrainingPanelContent
from seatdesk.ui.messages import refusal_listeners, warn_unwritable

CHECK_MS = 400  # how often the steps are checked against the practice account's log
DONE = QColor("#15803d")


class TrainingPanel(QDockWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("training_panel")
        self.window_ = window
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        content = QWidget(self)
        self.ui = Ui_TrainingPanelContent()
        self.ui.setupUi(content)
        self.setWidget(content)
        content.setMinimumWidth(230)
        self.session: training.Session | None = None
        self.hint_shown = False
        self.results: list[training.Result] = []
        self.ui.start_scenario_button.clicked.connect(self.start)
        self.ui.reset_scenario_button.clicked.connect(self.reset)
        self.ui.hint_button.clicked.connect(self.show_hint)
        self.ui.export_results_button.clicked.connect(lambda: self.export_results())
        self.ui.certificate_button.clicked.connect(lambda: self.save_certificate())
        self.ui.end_training_button.clicked.connect(self.end)
        self.ui.trainee_name_edit.textChanged.connect(lambda _t: self._update_buttons())
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._clock = QTimer(self, interval=1000)
        self._clock.timeout.connect(self._show_status)
        # each action the window applies is looked at once done (one action = one batch of the log)
        window.context.changed.connect(lambda _change: self.check())
        window.context.reloaded.connect(self.check)
        refusal_listeners.append(self._refused)
        self.destroyed.connect(lambda: refusal_listeners.remove(self._refused)
                               if self._refused in refusal_listeners else None)
        self.fill_scenarios()
        self.retranslate()

    # -- scenarios -----------------------------------------------------------------------------------
    def fill_scenarios(self, select: str | None = None) -> None:
        found, problems = training.scenarios()
        combo = self.ui.scenario_combo
        keep = select or combo.currentData()
        combo.clear()
        for scenario in found:
            combo.addItem(_(scenario.title), scenario.key)
        combo.setCurrentIndex(max(0, combo.findData(keep)))
        self._problems = problems  # files of the trainer's own that can't be used: said under the list

    def choose(self, key: str) -> bool:
        index = self.ui.scenario_combo.findData(key)
        if index >= 0:
            self.ui.scenario_combo.setCurrentIndex(index)
        return index >= 0

    # -- a trainee's run -----------------------------------------------------------------------------
    def start(self) -> bool:
        key = self.ui.scenario_combo.currentData()
        name = self.ui.trainee_name_edit.text().strip()
        if key is None or not name:
            QMessageBox.information(self, _("Training"), _("Choose a scenario and type the trainee's name first."))
            return False
        scenario = training.find_scenario(key)
        if scenario is None:
            return False
        self._keep_result()
        from seatdesk import i18n

        try:
            session = self.window_.enter_training(lambda: training.start(scenario, name, i18n.current_language()))
        except (DomainError, OSError) as error:
            text = error.translated() if isinstance(error, DomainError) else os_error_reason(error)
            QMessageBox.warning(self, _("Not possible"), text)
            return False
        self.session = session
        self.hint_shown = False
        self._timer.start()
        self._clock.start()
        self.retranslate()
        return True

    def check(self) -> None:
        """Tick the steps done since the last look; the result is kept when the last one is."""
        if self.session is None or self.session.finished:
            return
        if training.check(self.session):
            self.hint_shown = False
            if self.session.finished:
                self._timer.stop()
                self._clock.stop()
                self._keep_result()
            self._show_steps()

    def _refused(self, _error: DomainError) -> None:
        if self.session is not None and not self.session.finished:
            self.session.mistakes += 1
            self._show_status()

    def show_hint(self) -> None:
        if self.session is None or self.session.finished:
            return
        if not self.hint_shown:
            self.session.hints += 1
            self.hint_shown = True
        self._show_steps()

    def reset(self) -> None:
        """The start state back, at once; the steps, mistakes, hints and time start over."""
        if self.session is None:
            return
        self.window_.reset_training(lambda: training.reset(self.session))
        self.hint_shown = False
        self._timer.start()
        self._clock.start()
        self._show_steps()

    def end(self) -> None:
        """Keep the result and go back to the trainee's own database."""
        self._keep_result()
        self._timer.stop()
        self._clock.stop()
        self.session = None
        self.window_.leave_training()
        self.retranslate()

    def _keep_result(self) -> None:
        if self.session is not None and not self.session.kept:
            result = self.session.result()
            self.session.kept = True
            self.results.append(result)
            try:
                training.save_result(result)
            except OSError:
                pass  # kept in the panel for this session's export; the folder's copy is a convenience

    # -- results -------------------------------------------------------------------------------------
    def current_results(self) -> list[training.Result]:
        running = [self.session.result()] if self.session is not None and not self.session.kept else []
        return self.results + running

    def export_results(self, path: Path | None = None) -> Path | None:
        results = self.current_results()
        if not results:
            QMessageBox.information(self, _("Training"), _("No trainee has done a scenario yet."))
            return None
        if path is None:
            from seatdesk.services.common import today

            chosen, _filter = QFileDialog.getSaveFileName(
                self, _("Export results"), str(Path.home() / _("training results {date}.csv").format(
                    date=today().isoformat())), _("CSV files (*.csv)"))
            if not chosen:
                return None
            path = Path(chosen)
        try:
            part = path.with_name(path.name + ".part")
            part.write_bytes(training.results_csv(results))
            part.replace(path)
        except OSError as error:
            warn_unwritable(self, path, error)
            return None
        return path

    def save_certificate(self, path: Path | None = None) -> Path | None:
        results = self.current_results()
        if not results:
            QMessageBox.information(self, _("Training"), _("No trainee has done a scenario yet."))
            return None
        result = results[-1]
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, _("Save the certificate"), str(Path.home() / _("certificate {name}.pdf").format(
                    name=result.trainee.replace("/", "-"))), _("PDF files (*.pdf)"))
            if not chosen:
                return None
            path = Path(chosen)
        from seatdesk.ui import pdf

        try:
            pdf.write_pdf(path, _("Certificate: {name}").format(name=result.trainee),
                          lambda _width: certificate_html(result), "seatdesk", numbered=False)
        except OSError as error:
            warn_unwritable(self, path, error)
            return None
        return path

    # -- showing -------------------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        running = self.session is not None
        self.ui.start_scenario_button.setEnabled(bool(self.ui.trainee_name_edit.text().strip()))
        for button in (self.ui.reset_scenario_button, self.ui.hint_button):
            button.setEnabled(running)
        self.ui.end_training_button.setEnabled(running)
        has_results = bool(self.current_results())
        self.ui.export_results_button.setEnabled(has_results)
        self.ui.certificate_button.setEnabled(has_results)

    def _show_steps(self) -> None:
        steps = self.ui.scenario_steps_list
        steps.clear()
        session = self.session
        if session is not None:
            scenario = session.scenario
            self.ui.scenario_title_label.setText(_(scenario.title))
            self.ui.scenario_brief_label.setText(_(scenario.brief).replace("{folder}", str(training.training_folder())))
            for n, step in enumerate(scenario.steps):
                done = n < len(session.done_at)
                item = QListWidgetItem(_("{n}. {step}").format(n=n + 1, step=_(step.text)))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(Qt.ItemDataRole.CheckStateRole, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
                if done:
                    item.setForeground(QBrush(DONE))
                steps.addItem(item)
            current = None if session.finished else scenario.steps[len(session.done_at)]
            self.ui.hint_label.setText(_("Hint: {hint}").format(hint=_(current.hint))
                                       if current is not None and self.hint_shown else "")
        else:
            self.ui.scenario_title_label.setText("")
            self.ui.scenario_brief_label.setText("")
            self.ui.hint_label.setText("")
        self._show_status()
        self._update_buttons()

    def _show_status(self) -> None:
        session = self.session
        if session is None:
            self.ui.training_status_label.setText("")
            return
        minutes, seconds = divmod(session.seconds, 60)
        parts = [_("Steps done: {n} of {total}").format(
                     n=format_number(len(session.done_at)), total=format_number(len(session.scenario.steps))),
                 ngettext("{n} mistake", "{n} mistakes", session.mistakes).format(n=format_number(session.mistakes)),
                 ngettext("{n} hint", "{n} hints", session.hints).format(n=format_number(session.hints)),
                 _("time {time}").format(time=f"{minutes}:{seconds:02d}")]
        text = " · ".join(parts)
        if session.finished:
            text = _("Well done: every step is done.") + "\n" + text
        self.ui.training_status_label.setText(text)

    def retranslate(self) -> None:
        self.setWindowTitle(_("Training"))
        self.fill_scenarios()
        self._show_steps()
        assign_mnemonics(mnemonic_widgets(self))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self.widget())
            self.retranslate()
        super().changeEvent(event)


def certificate_html(result: training.Result) -> str:
    """One page, framed: who did which scenario, when, in which language, how it went."""
    import datetime as dt

    from seatdesk.i18n import LANGUAGE_NAMES

    day = dt.datetime.fromisoformat(result.at).date()
    minutes = max(1, round(result.seconds / 60))
    lines = [
        _("Steps done: {n} of {total}").format(
            n=format_number(result.steps_done), total=format_number(result.steps)),
        ngettext("{n} mistake", "{n} mistakes", result.mistakes).format(n=format_number(result.mistakes)),
        ngettext("{n} hint", "{n} hints", result.hints).format(n=format_number(result.hints)),
        ngettext("in {n} minute", "in {n} minutes", minutes).format(n=format_number(minutes)),
        _("Language: {language}").format(language=LANGUAGE_NAMES.get(result.language, result.language)),
    ]
    verdict = _("has completed the training scenario") if result.finished else _("has taken part in the training scenario")
    facts = " · ".join(escape(line) for line in lines[:4])
    return ("<table width='100%' border='2' cellspacing='0' cellpadding='36' style='border-color:#1e3a8a'><tr><td>"
            "<p align='center' style='font-size:12pt; color:#1e3a8a; margin-top:60px'>seatdesk</p>"
            "<p align='center' style='font-size:32pt; font-weight:bold; margin-top:30px'>{title}</p>"
            "<p align='center' style='font-size:28pt; margin-top:60px'>{name}</p>"
            "<p align='center' style='font-size:14pt; margin-top:24px'>{verdict}</p>"
            "<p align='center' style='font-size:18pt; font-weight:bold; margin-top:12px'>{scenario}</p>"
            "<p align='center' style='font-size:12pt; margin-top:48px'>{facts}</p>"
            "<p align='center' style='font-size:12pt'>{language}</p>"
            "<p align='center' style='font-size:14pt; margin-top:60px; margin-bottom:80px'>{day}</p>"
            "</td></tr></table>").format(
        title=escape(_("Certificate of training")), name=escape(result.trainee), verdict=escape(verdict),
        scenario=escape(result.title), facts=facts, language=escape(lines[4]), day=escape(format_date(day, "long")))
