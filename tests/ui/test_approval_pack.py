"""The approval pack (R29), made from the window as a person does: Account › Approval pack, a file name, Save
pack; the PDF's text is read back, in the window's language, and the CSV of the changes opened."""

from __future__ import annotations

import csv
import io

import pytest
from pypdf import PdfReader

from seatdesk.db.models import Account
from seatdesk.domain import seats as st
from seatdesk.domain.errors import DomainError
from seatdesk.services import approval
from seatdesk.services import seats as seats_service
from seatdesk.ui.approval_pack import ApprovalPackDialog
from seatdesk.ui.new_plan_dialog import NewPlanDialog
from tests.services.test_reclaim import office  # noqa: F401 (a fixture)
from tests.ui.dialog_helpers import when_open
from tests.ui.test_plans_window import make_plan


def pdf_text(path) -> str:
    """The PDF's words in reading order, one space between them (table cells wrap their lines)."""
    return " ".join(" ".join(page.extract_text() for page in PdfReader(str(path)).pages).split())


def save_pack(win, qtbot, path, months: int = 12, csv_too: bool = True) -> None:
    def fill(dialog):
        dialog.ui.approval_pdf_path_edit.clear()
        qtbot.keyClicks(dialog.ui.approval_pdf_path_edit, str(path))
        combo = dialog.ui.approval_months_combo
        combo.setCurrentIndex(combo.findData(months))
        dialog.ui.approval_csv_check.setChecked(csv_too)
        dialog.ui.approval_save_button.click()

    when_open(win, ApprovalPackDialog, fill)
    win.approval_pack_action.trigger()


def test_the_pack_of_a_plan_says_what_it_changes_and_what_it_costs(seat_window, qtbot, tmp_path):
    win, account = seat_window
    assert not win.approval_pack_action.isVisible()  # the account itself has none
    plan = make_plan(win, qtbot, "Grow sales", "Two more sellers")
    assert win.approval_pack_action.isVisible()
    seats_service.buy_seats(plan.id, plan.acting_user_id, st.CORE, 2)
    win.refresh_all()
    save_pack(win, qtbot, tmp_path / "pack.pdf", months=24)
    text = pdf_text(tmp_path / "pack.pdf")
    assert "Approval pack" in text and "Plan: Grow sales of Test account" in text
    assert "Two more sellers" in text
    assert "Projection over 24 months" in text
    assert "Bought 2 × Core Seat" in text  # the change, in words
    assert "Page 1 of" in text
    the_pack = approval.pack(plan.id, plan.acting_user_id, 24)
    assert len(the_pack.plan.projection) == 24
    extra = sum(m.total_cents for m in the_pack.plan.projection) - sum(m.total_cents for m in the_pack.account.projection)
    assert extra > 0
    from seatdesk.i18n import format_money

    assert format_money(extra, plan.currency) in text  # the difference over the 24 months, as the summary gives it
    changes = (tmp_path / "pack - changes.csv").read_bytes()
    assert changes.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(changes.decode("utf-8-sig"))))
    assert rows[0] == ["Done on", "Planning date", "By", "What happened"]
    assert len(rows) == 2 and rows[1][3].startswith("Bought 2 × Core Seat")
    assert "Approval pack saved" in win.statusBar().currentMessage()


def test_the_pack_is_written_in_the_window_s_language(seat_window, qtbot, tmp_path):
    win, account = seat_window
    make_plan(win, qtbot, "Wachstum")
    win.language_combo.setCurrentIndex(win.language_combo.findData("de"))
    save_pack(win, qtbot, tmp_path / "paket.pdf", csv_too=False)
    text = pdf_text(tmp_path / "paket.pdf")
    assert "Genehmigungspaket" in text and "Plan: Wachstum von Test account" in text
    assert "Seite 1 von" in text
    assert not list(tmp_path.glob("*.csv"))


def test_a_file_that_cannot_be_written_is_said_and_nothing_is_left(seat_window, qtbot, tmp_path, monkeypatch):
    win, account = seat_window
    make_plan(win, qtbot, "Trim")
    seen = []
    monkeypatch.setattr("seatdesk.ui.approval_pack.QMessageBox.warning",
                        lambda _parent, _title, text: seen.append(text))
    folder = tmp_path / "missing"
    dialog = ApprovalPackDialog(win.account_id, win.context.actor_id, "Trim", win)
    dialog.ui.approval_pdf_path_edit.setText(str(folder / "pack.pdf"))
    assert dialog.save() is False
    assert "can't be written" in seen[0]
    assert not folder.exists()
    dialog.ui.approval_pdf_path_edit.setText(str(tmp_path / "pack"))  # .pdf is added
    assert dialog.save() is True
    assert (tmp_path / "pack.pdf").exists() and (tmp_path / "pack - changes.csv").exists()
    assert not list(tmp_path.glob("*.part"))
    dialog.deleteLater()


def test_only_a_plan_has_a_pack(seat_window):
    win, account = seat_window
    with pytest.raises(DomainError, match="Only a plan has an approval pack"):
        approval.pack(account.id, None, 12)


def test_a_plan_is_duplicated_with_what_was_done_in_it(seat_window, qtbot):
    win, account = seat_window
    plan = make_plan(win, qtbot, "Grow", "first idea")
    seats_service.buy_seats(plan.id, plan.acting_user_id, st.CORE, 3)
    win.refresh_all()

    def fill(dialog):
        assert dialog.windowTitle() == "Duplicate plan"
        assert dialog.ui.plan_name_edit.text() == "Grow (copy)"
        assert dialog.ui.plan_note_edit.toPlainText() == "first idea"
        dialog.ui.create_plan_button.click()

    when_open(win, NewPlanDialog, fill)
    win.duplicate_plan_action.trigger()
    copy = Account.get(Account.name == "Grow (copy)")
    assert copy.plan_of == account.id and win.account_id == copy.id
    from seatdesk.services.seats import seat_summary

    assert seat_summary(copy.id, st.CORE).total == seat_summary(plan.id, st.CORE).total
    assert seat_summary(copy.id, st.CORE).total == seat_summary(account.id, st.CORE).total + 3


def test_the_pack_lists_the_seats_a_plan_takes_back(qtbot, tmp_path, office):  # noqa: F811
    from seatdesk.services import reclaim
    from seatdesk.ui.approval_pack import write_pdf
    from tests.services.test_reclaim import keys

    chosen = keys(office, 30, "idle30", "gone")
    plan = reclaim.reclaim(office.id, office.acting_user_id, chosen, 30, reclaim.NEW_PLAN, "Trim").result
    write_pdf(approval.pack(plan.id, office.acting_user_id, 12), tmp_path / "trim.pdf")
    text = pdf_text(tmp_path / "trim.pdf")
    assert "Seats taken back" in text
    assert "idle30@example.com Core Seat Idle for 30 days €45.00 per month €540.00" in text
    assert "gone@example.com Core Seat Deactivated user" in text
    assert "Total €1,080.00" in text
    # the changes in words: the seat taken back, the removal scheduled at the renewal
    assert "Core Seat taken back from gone@example.com (deactivated user); saving €540.00 per year" in text
