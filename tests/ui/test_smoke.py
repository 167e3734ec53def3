"""seatdesk --smoke-test (seatdesk.smoke): passes on a whole install, names what a bundle lacks."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from seatdesk.smoke import smoke_test


def test_every_check_passes_on_the_demo_window(demo_window, capsys):
    assert smoke_test(QApplication.instance(), demo_window) == 0
    out = capsys.readouterr().out
    assert "the application icon drawn" in out
    assert out.splitlines()[-1] == "smoke test passed"
    assert "training scenarios: " in out and "price catalog: " in out
    assert demo_window.current_page().objectName() == "users_tab"  # the page it started on, put back


def test_a_missing_price_catalog_or_missing_icons_fail_it(demo_window, capsys, monkeypatch, tmp_path):
    import shutil

    from seatdesk.resources import resource_path

    (tmp_path / "icons").mkdir()
    monkeypatch.setattr("seatdesk.resources.resources_dir", lambda: tmp_path)
    assert smoke_test(QApplication.instance(), demo_window) == 1
    assert "FAILED: CatalogError: The price catalog" in capsys.readouterr().out
    monkeypatch.undo()
    shutil.copy(resource_path("price_catalog.json"), tmp_path)
    monkeypatch.setattr("seatdesk.resources.resources_dir", lambda: tmp_path)
    assert smoke_test(QApplication.instance(), demo_window) == 1
    assert capsys.readouterr().out.splitlines()[-1] == f"FAILED: no icons in {tmp_path / 'icons'}"


def test_a_module_the_compare_page_imports_late_fails_it(demo_window, capsys, monkeypatch):
    """The bundle once lacked numpy.typing: the Compare page's import failed inside a Qt slot."""
    monkeypatch.setitem(sys.modules, "seatdesk.ui.widgets.projection_chart", None)
    assert smoke_test(QApplication.instance(), demo_window) == 1
    out = capsys.readouterr().out
    assert "FAILED: ModuleNotFoundError: import of seatdesk.ui.widgets.projection_chart halted" in out
