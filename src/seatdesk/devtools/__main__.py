"""Developer commands.

    python -m seatdesk.devtools forms        # ui/*.ui -> src/seatdesk/ui/forms/ui_*.py
    python -m seatdesk.devtools extract      # update translations/seatdesk.pot and the fr/de/nl .po files
    python -m seatdesk.devtools compile      # .po -> compiled catalogs inside the package (needs hatchling)
    python -m seatdesk.devtools screenshots  # every page and dialog in EN/FR/DE/NL -> docs/screenshots
    python -m seatdesk.devtools practice-screenshots  # French practice data, French captions (R33) only
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORMS_DIR = ROOT / "src" / "seatdesk" / "ui" / "forms"


def form_target(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def compile_form(ui_file: Path) -> str:
    """The Python code pyside6-uic makes of ``ui_file``."""
    uic = Path(sys.executable).with_name("pyside6-uic")
    result = subprocess.run([str(uic) if uic.exists() else "pyside6-uic", "--no-autoconnection", str(ui_file)],
                            check=True, capture_output=True, text=True)
    return trim_imports(result.stdout)


def trim_imports(code: str) -> str:
    """Keep only the imported names the form uses: PySide6 builds each class on first access (start-up)."""
    tree = ast.parse(code)
    imports = [node for node in tree.body if isinstance(node, ast.ImportFrom)]
    lines = code.splitlines(keepends=True)
    body = "".join(lines[imports[-1].end_lineno:]) if imports else code
    used = set(re.findall(r"\b[A-Za-z_]\w*\b", body))
    out, done = [], 0
    for node in imports:
        out.append("".join(lines[done:node.lineno - 1]))
        names = [alias.name for alias in node.names if alias.name in used]
        if names:
            out.append(f"from {node.module} import {', '.join(names)}\n")
        done = node.end_lineno
    out.append("".join(lines[done:]))
    return "".join(out)


def forms() -> None:
    for ui_file in sorted((ROOT / "ui").glob("*.ui")):
        form_target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print("compiled", ui_file.name)


def extract() -> None:
    pot = ROOT / "translations" / "seatdesk.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", str(ROOT / "babel.cfg"),
                    "-k", "N_", "-k", "Nn_:1,2", "-k", "tr_", "--no-location", "--sort-output",
                    "--add-comments=Translators:", "--project=seatdesk", "--copyright-holder=seatdesk developers",
                    "-o", str(pot), "."], check=True, cwd=ROOT)
    for language in ("fr", "de", "nl"):
        po = ROOT / "translations" / language / "LC_MESSAGES" / "seatdesk.po"
        command = "update" if po.exists() else "init"
        subprocess.run([sys.executable, "-m", "babel.messages.frontend", command, "-i", str(pot), "-d",
                        str(ROOT / "translations"), "-D", "seatdesk", "-l", language]
                       + (["--no-fuzzy-matching"] if command == "update" else []), check=True, cwd=ROOT)


def compile_catalogs() -> None:
    sys.path.insert(0, str(ROOT))
    from hatch_build import compile_catalogs as compile_all

    for path in compile_all(ROOT):
        print("compiled", path.relative_to(ROOT))


def screenshots() -> None:
    """Offscreen pictures of the main window and the setup dialog in every language, in docs/screenshots."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from seatdesk import i18n
    from seatdesk.app import create_main_window
    from seatdesk.services.demo import fill_demo
    from seatdesk.ui.setup_dialog import SetupDialog

    out = ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        from PySide6.QtCore import QSettings

        # Fresh window settings and data folder (backups), and none written to the user's own.
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        os.environ["XDG_DATA_HOME"] = tmp
        window = create_main_window(Path(tmp) / "demo.sqlite3", "en")
        fill_demo()
        window.reload_accounts()
        window.account_combo.setCurrentIndex(window.account_combo.findText("Northwind Traders"))
        window.resize(1280, 800)
        window.show()
        for language in i18n.LANGUAGES:
            window.language_combo.setCurrentIndex(window.language_combo.findData(language))
            for width, height, suffix in ((1280, 800, ""), (1024, 700, "_small")):
                window.resize(width, height)
                for name, page, tab in (("users", "users_tab", None), ("seats", "seats_tab", None),
                                        ("teams", "teams_page", None),
                                        ("permission_sets", "permission_sets_page", None),
                                        ("billing", "billing_tab", "overview"),
                                        ("subscriptions", "billing_tab", "subscriptions"),
                                        ("pricing", "pricing_page", None),
                                        ("reclaim", "reclaim_page", None),
                                        ("events", "events_page", None)):
                    window.show_page(page, tab)
                    app.processEvents()
                    window.grab().save(str(out / f"{name}_{language}{suffix}.png"))
            window.resize(1280, 800)
            dialog = SetupDialog(window)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"setup_{language}.png"))
            dialog.close()
            _seat_dialog_screenshots(app, window, language, out)
            _reclaim_screenshots(app, window, language, out)
            _pricing_screenshots(app, window, language, out)
            _import_screenshots(app, window, language, out, Path(tmp))
        for language in i18n.LANGUAGES:  # after the others: the wizard adds users to the demo copy
            window.language_combo.setCurrentIndex(window.language_combo.findData(language))
            _wizard_screenshots(app, window, language, out, Path(tmp))
        for language in i18n.LANGUAGES:  # last: a practice database replaces the demo one meanwhile
            window.language_combo.setCurrentIndex(window.language_combo.findData(language))
            _training_screenshots(app, window, language, out, Path(tmp))
        window.close()
    with tempfile.TemporaryDirectory() as tmp:  # last, after every window of the run is gone
        import shiboken6

        for widget in QApplication.topLevelWidgets():  # closed ones would answer the next language change
            if shiboken6.isValid(widget) and not widget.inherits("QTipLabel"):  # (deleting one may take others)
                shiboken6.delete(widget)
        practice_screenshots(out, Path(tmp))
    print("saved in", out)


def practice_screenshots(out: Path | None = None, tmp: Path | None = None) -> None:
    """R33: the practice data in French (users page), and French captions over a German window (a heading's
    caption and a button's tooltip drawn over the window, as the pointer shows it)."""
    import os
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QSettings
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication, QToolTip

    from seatdesk.app import create_main_window
    from seatdesk.db.database import close_database
    from seatdesk.services.demo import fill_demo

    out = out or ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as own:
        tmp = tmp or Path(own)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        os.environ["XDG_DATA_HOME"] = str(tmp)
        close_database()
        window = create_main_window(tmp / "practice_fr.sqlite3", "fr")
        first = fill_demo("fr")[0]
        window.reload_accounts(select=first)
        window.resize(1024, 700)
        window.show()
        window.show_page("users_tab")
        app.processEvents()
        window.grab().save(str(out / "practice_data_fr.png"))
        window.language_combo.setCurrentIndex(window.language_combo.findData("de"))
        window.second_language.set_language("fr")
        app.processEvents()
        picture = window.grab()
        button = window.page("users_tab").ui.create_user_button
        QToolTip.showText(button.mapToGlobal(QPoint(10, button.height())), button.toolTip(), button)
        app.processEvents()
        tip = next((w for w in QApplication.topLevelWidgets() if w.inherits("QTipLabel") and w.isVisible()), None)
        if tip is not None:
            painter = QPainter(picture)
            painter.drawPixmap(button.mapTo(window, QPoint(10, button.height() + 4)), tip.grab())
            painter.end()
        picture.save(str(out / "second_language_de_fr.png"))
        QToolTip.hideText()
        window.second_language.set_language(None)
        window.close()
        import shiboken6

        shiboken6.delete(window)
        close_database()


def _shooters(app, window, language: str, out: Path):
    """``shoot(widget, name)`` saves a widget's picture as ``name_<language>.png``; ``account(name)`` shows
    the demo account ``name``."""

    def shoot(widget, name: str) -> None:
        widget.show()
        app.processEvents()
        widget.grab().save(str(out / f"{name}_{language}.png"))

    def account(name: str) -> None:
        window.account_combo.setCurrentIndex(window.account_combo.findText(name))
        app.processEvents()

    return shoot, account


def _seat_dialog_screenshots(app, window, language: str, out: Path) -> None:
    """Every seat billing dialog and page, without saving anything (the dialogs are closed unconfirmed)."""
    from seatdesk.services.seats import buy_seats, seat_summary
    from seatdesk.ui.change_seat_dialog import ChangeSeatDialog
    from seatdesk.ui.dialogs import ServiceDialog
    from seatdesk.ui.paid_users_dialog import ManagePaidUsersDialog
    from seatdesk.ui.purchase_dialog import PurchaseSeatsDialog
    from seatdesk.ui.remove_dialog import DONE, RemoveSeatsDialog

    shoot, account = _shooters(app, window, language, out)

    actor = window.acting_user_id
    account("Northwind Traders")
    window.show_billing(overview=False)
    shoot(window, "billing_committed")
    purchase = PurchaseSeatsDialog(window.account_id, actor(), "core", window)
    purchase.ui.seat_count_spin.setValue(3)
    for page, name in enumerate(("count", "review", "complete")):
        purchase._go(page)
        shoot(purchase, f"purchase_{name}")
    purchase.reject()
    remove = RemoveSeatsDialog(window.account_id, actor(), "core", window)
    shoot(remove, "remove_choose")
    remove._show_page(DONE)
    shoot(remove, "remove_done")
    remove.reject()
    shoot(ChangeSeatDialog(window.account_id, actor(), None, window), "change_seat_seat_based")
    from seatdesk.ui.bulk_dialog import BulkDialog
    from seatdesk.ui.user_dialog import PermissionHistoryDialog, UserDialog

    users = window.show_page("users_tab")
    rows = users.model.visible_rows()
    user = next(r for r in rows if r.teams and r.status == "active" and not r.is_super_admin)
    shoot(UserDialog(window.account_id, actor(), user.id, window), "user_page")
    history = PermissionHistoryDialog(window.account_id, user.id, "", window)
    shoot(history, "permission_history")
    history.close()
    ids = [r.id for r in rows[:6]]
    users.select_users(ids)
    bulk = BulkDialog(window.account_id, actor(), ids, "change_seat", window)
    bulk.ui.bulk_choice_combo.setCurrentIndex(bulk.ui.bulk_choice_combo.findData("core"))
    shoot(bulk, "bulk_change_seat")
    shoot(window, "users_selected")
    users.table.clearSelection()
    account("Contoso Legacy")
    if seat_summary(window.account_id, "sales_professional").removable < 1:  # a throwaway demo database
        buy_seats(window.account_id, actor(), "sales_professional", 2)
        window.refresh_all()
    window.show_billing(overview=True)
    shoot(window, "billing_products_legacy")
    shoot(ChangeSeatDialog(window.account_id, actor(), None, window), "change_seat_legacy")
    paid = ManagePaidUsersDialog(window.account_id, actor(), window)
    paid.resize(900, 560)
    shoot(paid, "manage_paid_users")
    remove = RemoveSeatsDialog(window.account_id, actor(), "sales_professional", window)
    shoot(remove, "remove_legacy_choose")
    remove._show_page(DONE)
    shoot(remove, "remove_legacy_done")
    for widget in window.findChildren(ServiceDialog):
        widget.reject()
        widget.setParent(None)
        widget.deleteLater()
    account("Northwind Traders")


def _reclaim_screenshots(app, window, language: str, out: Path) -> None:
    """Planning › Reclaim with a few seats selected, and its Reclaim in a plan dialog (closed unconfirmed)."""
    from PySide6.QtCore import QItemSelectionModel

    from seatdesk.ui.reclaim_dialog import ReclaimDialog

    shoot, account = _shooters(app, window, language, out)
    account("Northwind Traders")
    page = window.show_page("reclaim_page")
    chosen = page.ui.reclaim_table.selectionModel()
    for row in range(min(5, page.model.rowCount())):
        chosen.select(page.model.index(row, 0),
                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    shoot(window, "reclaim_selected")
    dialog = ReclaimDialog(window.account_id, window.acting_user_id(), page.found, page.selected_rows(), window)
    shoot(dialog, "reclaim_dialog")
    dialog.reject()
    dialog.setParent(None)
    dialog.deleteLater()
    chosen.clearSelection()


def _pricing_screenshots(app, window, language: str, out: Path) -> None:
    """Pricing & Features: a hub, the bundle, a tier-change checkout, free to Starter, Talk to Sales (nothing saved)."""
    from seatdesk.ui.checkout_dialog import CheckoutDialog
    from seatdesk.ui.sales_draft_dialog import SalesDraftDialog

    shoot, account = _shooters(app, window, language, out)

    actor = window.acting_user_id
    account("Northwind Traders")
    page = window.show_page("pricing_page")
    page.select_hub("cms")
    shoot(window, "pricing_scheduled")
    page.select_hub("sales")
    page.ui.pricing_tabs.setCurrentWidget(page.ui.bundle_tab)
    for hub, tier in (("sales", "enterprise"), ("operations", "professional")):
        page.bundle_combos[hub].setCurrentIndex(page.bundle_combos[hub].findData(tier))
        page.bundle_checks[hub].setChecked(True)
    shoot(window, "pricing_bundle")
    for check in page.bundle_checks.values():
        check.setChecked(False)
    page.ui.pricing_tabs.setCurrentWidget(page.ui.products_tab)
    for name, wanted in (("checkout_upgrade", {"sales": "enterprise", "operations": "professional"}),
                         ("checkout_downgrade", {"marketing": "starter"})):
        dialog = CheckoutDialog(window.account_id, actor(), wanted, window)
        shoot(dialog, name)
        dialog.reject()
    draft = SalesDraftDialog(window.account_id, actor(), {"sales": "enterprise"}, window)
    shoot(draft, "talk_to_sales")
    draft.reject()
    account("Fabrikam Free Tools")
    dialog = CheckoutDialog(window.account_id, actor(), {"marketing": "starter"}, window)
    shoot(dialog, "checkout_free_to_starter")
    dialog.reject()
    from seatdesk.services.backups import backups, make_backup
    from seatdesk.ui.restore_dialog import RestoreDialog

    if not backups():
        make_backup("manual")
    restore = RestoreDialog(window)
    shoot(restore, "restore")
    restore.reject()
    restore.setParent(None)
    restore.deleteLater()
    from seatdesk.db.team import _refusal
    from seatdesk.ui.team_database_dialog import TeamDatabaseDialog

    team = TeamDatabaseDialog(None, window)
    team.ui.team_radio.setChecked(True)
    team.ui.connection_edit.setText("postgresql://planners@db.example.com:5432/seatdesk?sslmode=verify-full")
    team._show_result(_refusal("postgresql://planners@db.example.com:5432/seatdesk", OSError(
        'could not translate host name "db.example.com" to address: Name or service not known')).translated(), True)
    shoot(team, "team_database")
    team.reject()
    team.setParent(None)
    team.deleteLater()
    from seatdesk.db.models import Account
    from seatdesk.services.plans import create_plan

    account("Northwind Traders")
    plan = Account.get_or_none(Account.name == "Go Enterprise") or create_plan(
        window.account_id, actor(), "Go Enterprise", "Sales Hub Enterprise for the sales team").result
    window.reload_accounts(select=plan.id)
    window.show_page("seats_tab")
    shoot(window, "plan_banner")
    from seatdesk.services import seats as seats_service
    from seatdesk.services.subscriptions import change_subscriptions

    if not plan.plan_note.endswith("."):  # once: a plan that differs from its account
        seats_service.buy_seats(plan.id, plan.acting_user_id, "core", 6)
        change_subscriptions(plan.id, plan.acting_user_id, {"sales": "enterprise"})
        from seatdesk.services.plans import set_plan_state

        set_plan_state(plan.id, plan.acting_user_id, "for_approval")
        Account.update(plan_note=plan.plan_note + ".").where(Account.id == plan.id).execute()
        window.reload_accounts(select=plan.id)
    compare = window.show_page("plans_compare_page")
    shoot(window, "compare_now")
    compare.ui.compare_tabs.setCurrentWidget(compare.ui.projection_tab)
    shoot(window, "compare_months")
    window.resize(1024, 700)
    shoot(window, "compare_months_small")
    window.resize(1280, 800)
    compare.ui.compare_tabs.setCurrentWidget(compare.ui.compare_now_tab)
    _approval_pack_pictures(shoot, window, plan, language, out)
    for widget in (*window.findChildren(CheckoutDialog), *window.findChildren(SalesDraftDialog)):
        widget.setParent(None)
        widget.deleteLater()
    account("Northwind Traders")


def _approval_pack_pictures(shoot, window, plan, language: str, out: Path) -> None:
    """The Approval pack dialog, and the first two pages of the pack (rendered from the PDF by poppler's
    pdftoppm when it is installed: ``apt install poppler-utils``)."""
    import shutil
    import subprocess
    import tempfile

    from seatdesk.services import approval
    from seatdesk.ui.approval_pack import ApprovalPackDialog, write_pdf

    dialog = ApprovalPackDialog(plan.id, plan.acting_user_id, plan.name, window)
    shoot(dialog, "approval_pack_dialog")
    dialog.reject()
    dialog.setParent(None)
    dialog.deleteLater()
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not found: no pictures of the approval pack's pages")
        return
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "pack.pdf"
        write_pdf(approval.pack(plan.id, plan.acting_user_id, 24), pdf)
        subprocess.run(["pdftoppm", "-r", "80", "-f", "1", "-l", "2", "-png", str(pdf),
                        str(out / f"approval_pack_{language}")], check=True)


def _import_screenshots(app, window, language: str, out: Path, tmp: Path) -> None:
    """Account › Import the live account with a users export read: the preview and the problems (nothing imported)."""
    import csv
    import io

    from seatdesk.ui.import_users_dialog import ImportUsersDialog

    shoot, account = _shooters(app, window, language, out)
    account("Northwind Traders")
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(["ID utilisateur", "Prénom", "Nom", "Adresse e-mail", "Dernière connexion", "Équipes", "Rôle",
                     "Autorisations"])
    for i, (first, last, email) in enumerate((("Zoé", "Lefèvre", "zoe"), ("Lucas", "Martin", "lucas"),
                                              ("Emma", "Bernard", "emma"), ("Hugo", "Petit", "hugo"),
                                              ("Léa", "Durand", "lea"), ("Noah", "Moreau", "noah"))):
        writer.writerow([1000 + i, first, last, f"{email}@example.fr", f"{10 + i}/03/2025",
                         "Ventes; EMEA" if i % 2 else "Support", "", "Modifier les transactions; Séquences"
                         if i % 3 == 0 else "Voir les rapports"])
    writer.writerow([1099, "Inès", "Roux", "ines.roux@", "31/02/2025", "", "Commerciaux", ""])
    writer.writerow([1100, "Zoé", "Lefèvre", "ZOE@example.fr", "", "", "", ""])
    path = tmp / "export-users.csv"
    path.write_bytes(text.getvalue().encode("cp1252"))
    dialog = ImportUsersDialog(window.account_id, window.acting_user_id(), window)
    dialog.ui.import_path_edit.setText(str(path))
    dialog.load()
    shoot(dialog, "import_users")
    dialog.ui.import_tabs.setCurrentIndex(1)
    shoot(dialog, "import_users_problems")
    dialog.reject()
    dialog.setParent(None)
    dialog.deleteLater()


#: A trainee's name per language, for the pictures of training mode.
TRAINEES = {"en": "Alex Morgan", "fr": "Camille Durand", "de": "Jonas Becker", "nl": "Sanne de Vries"}


def _training_screenshots(app, window, language: str, out: Path, tmp: Path) -> None:
    """A scenario half done with its hint shown (the CRM's path in the navigation), at both sizes; the results
    as CSV and the certificate's page (by pdftoppm when installed)."""
    import shutil
    import subprocess

    from seatdesk.services import seats as seats_service

    shoot, _account = _shooters(app, window, language, out)
    window.show_training_panel(True)
    panel = window.training_panel
    panel.choose("02_remove_and_cancel")
    panel.ui.trainee_name_edit.setText(TRAINEES[language])
    panel.start()
    window.apply_change(seats_service.schedule_removal(window.account_id, window.acting_user_id(), "core", 1))
    panel.check()
    panel.show_hint()
    window.show_page("billing_tab", "subscriptions")
    for _ in range(3):  # the term boxes are laid out once the page has its width
        app.processEvents()
    shoot(window, "training")
    window.resize(1024, 700)
    shoot(window, "training_small")
    window.resize(1280, 800)
    panel.export_results(out / f"training_results_{language}.csv")
    certificate = panel.save_certificate(tmp / "certificate.pdf")
    if certificate is not None and shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-singlefile", "-png", str(certificate),
                        str(out / f"certificate_{language}")], check=True)
    panel.end()
    panel.results.clear()
    window.show_training_panel(False)


def _wizard_screenshots(app, window, language: str, out: Path, tmp: Path) -> None:
    """Every page of the create-user wizard (both seat models) and the outbox; users are created in the demo copy."""
    from seatdesk.services.seats import buy_seats
    from seatdesk.ui.create_user_wizard import CreateUserWizard
    from seatdesk.ui.outbox_dialog import OutboxDialog

    shoot, _account = _shooters(app, window, language, out)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close_boxes() -> None:  # a notice (a removal cancelled by the new seats) must not stop the script
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.accept()

    closer = QTimer(window, interval=50)
    closer.timeout.connect(close_boxes)
    closer.start()
    window.account_combo.setCurrentIndex(window.account_combo.findText("Northwind Traders"))
    buy_seats(window.account_id, window.acting_user_id(), "core", 4)  # the demo copy: enough for the batch
    export = tmp / "salesforce.csv"
    export.write_text(f"Id,FirstName,LastName,Email\n0051,Sam,Seller,sam.{language}@northwind.example\n"
                      f"0052,Una,Used,una.{language}@northwind.example\n", encoding="utf-8")
    wizard = CreateUserWizard(window.account_id, window.acting_user_id(), window)
    wizard.ui.emails_edit.setPlainText(f"ann.{language}@northwind.example, bob.{language}@northwind.example\n"
                                       "not-an-address")
    wizard.load_salesforce(str(export))
    wizard.show()
    wizard.next()
    shoot(wizard, "wizard_add_users")
    wizard.next()
    wizard.ui.seat_type_combo.setCurrentIndex(wizard.ui.seat_type_combo.findData("core"))
    shoot(wizard, "wizard_assign_seat")
    wizard.ui.access_tabs.setCurrentIndex(1)
    wizard.ui.restrict_template_radio.setChecked(True)
    shoot(wizard, "wizard_restrict_access")
    wizard.ui.access_tabs.setCurrentIndex(2)
    shoot(wizard, "wizard_review_access")
    wizard.next()
    shoot(wizard, "wizard_invite")
    wizard.next()
    shoot(wizard, "wizard_done")
    wizard.done(0)
    outbox = OutboxDialog(window.account_id, window)
    outbox.ui.outbox_table.selectRow(0)
    shoot(outbox, "outbox")
    outbox.reject()
    window.account_combo.setCurrentIndex(window.account_combo.findText("Contoso Legacy"))
    wizard = CreateUserWizard(window.account_id, window.acting_user_id(), window)
    wizard.ui.emails_edit.setPlainText(f"rep.{language}@contoso.example")
    wizard.show()
    wizard.next()
    wizard.ui.sales_access_check.setChecked(True)
    wizard.ui.sales_tier_check.setChecked(True)
    shoot(wizard, "wizard_legacy_access")
    wizard.next()
    shoot(wizard, "wizard_legacy_send")
    wizard.reject()
    for widget in (*window.findChildren(CreateUserWizard), *window.findChildren(OutboxDialog)):
        widget.setParent(None)
        widget.deleteLater()
    closer.stop()
    window.account_combo.setCurrentIndex(window.account_combo.findText("Northwind Traders"))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    commands = {"forms": forms, "extract": extract, "compile": compile_catalogs, "screenshots": screenshots,
                "practice-screenshots": practice_screenshots}
    if command not in commands:
        sys.exit(__doc__)  # exit status 1, with the usage
    commands[command]()
