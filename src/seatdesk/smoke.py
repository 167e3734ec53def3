"""``seatdesk --smoke-test``: for packagers and CI, not for users (hidden from --help).

Started like the window (``seatdesk --smoke-test --lang de --demo --db new.sqlite3``), it checks what an
install or a bundle must carry, once the main window is shown: the compiled catalog of the language,
Qt's own translations (``qtbase_<lang>.qm``), Babel's locale data, the price catalog, every icon, the
training scenarios, every page (the Compare page imports pyqtgraph and NumPy), and a PDF with a chart
written to a temporary folder. It prints ``seatdesk VERSION: main window shown`` once the window is painted
(the end of start-up: benchmarks/bundle_startup.py times it), one line per check, then ``smoke test passed``,
and returns 0; the first missing piece is printed as ``FAILED: ...`` and it returns 1. Nothing is written to
the database (``--demo`` fills an empty one, as without this option); the page shown first is shown again.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

SHOWN = "main window shown"  # the first line, printed once the window is painted: start-up is done
PASSED = "smoke test passed"


class SmokeFailure(Exception):
    """A piece the bundle or install must carry is missing or broken."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def _translations(window) -> str:
    from PySide6.QtCore import QCoreApplication

    from seatdesk import i18n

    language = i18n.current_language()
    ours = i18n._("Users")
    qts = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if language != i18n.DEFAULT_LANGUAGE:
        _check(ours != "Users", f"seatdesk's catalog of {language} translates nothing")
        _check(qts != "Cancel", f"Qt's own catalog qtbase_{language}.qm was not loaded")
    navigation = window.ui.navigation.topLevelItem(0).text(0)
    return f"language {language}: {navigation!r}, {ours!r}, Qt: {qts!r}"


def _formatting(_window) -> str:
    """Every language: its catalog, Babel's locale data, Qt's own catalog file (not only the one started in)."""
    import datetime as dt

    from PySide6.QtCore import QLibraryInfo, QTranslator

    from seatdesk import i18n

    shown = []
    for language in i18n.LANGUAGES:
        with i18n.language_of(language):
            translated = i18n._("Users")
            _check(language == i18n.DEFAULT_LANGUAGE or translated != "Users",
                   f"seatdesk's catalog of {language} translates nothing")
            shown.append(f"{language} {translated} {i18n.format_money(123450, 'EUR')} "
                         f"{i18n.format_date(dt.date(2026, 12, 1), 'long')}")
        if language != i18n.DEFAULT_LANGUAGE:
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            _check(QTranslator().load(f"qtbase_{language}", folder), f"qtbase_{language}.qm not found in {folder}")
    return "formatting: " + "; ".join(shown)


def _price_catalog(_window) -> str:
    from seatdesk.services.catalog import catalog_path, current_catalog

    catalog = current_catalog()
    _check(bool(catalog.offers), "the price catalog has no offers")
    return f"price catalog: {len(catalog.offers)} offers, {len(catalog.add_ons)} add-ons ({catalog_path().name})"


def _icons(_window) -> str:
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    from seatdesk.resources import resource_path
    from seatdesk.ui.icons import app_icon

    files = sorted(resource_path("icons").glob("*.svg"))
    _check(len(files) > 1, f"no icons in {resource_path('icons')}")
    broken = [path.name for path in files if not QSvgRenderer(str(path)).isValid()]
    _check(not broken, f"icons Qt can't read: {', '.join(broken)}")
    image = app_icon().pixmap(64, 64).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    drawn = sum(1 for x in range(0, 64, 4) for y in range(0, 64, 4) if image.pixelColor(x, y).alpha())
    _check(drawn > 0, "the application icon draws nothing")
    return f"icons: {len(files)} SVG files, the application icon drawn"


def _scenarios(_window) -> str:
    from seatdesk.services.training import scenarios

    found, problems = scenarios()
    _check(not problems, f"training scenarios refused: {'; '.join(str(p) for p in problems)}")
    return f"training scenarios: {len(found)}"


def _pages(window) -> str:
    from PySide6.QtWidgets import QApplication

    _check(window.context.account_id is not None, "no account to show the pages of (start with --demo)")
    first = window.current_page()
    shown = []
    for name in window.pages:
        tabs = ("overview", "subscriptions") if name == "billing_tab" else (None,)
        for tab in tabs:
            page = window.show_page(name, tab)
            QApplication.processEvents()
            _check(window.current_page() is page and page.built, f"page {name} was not shown")
        shown.append(name)
    if first is not None:
        window.show_page(first.objectName())
    _check("pyqtgraph" in sys.modules and "numpy" in sys.modules, "the Compare page did not load pyqtgraph")
    import numpy
    import pyqtgraph

    return f"pages shown: {', '.join(shown)} (pyqtgraph {pyqtgraph.__version__}, numpy {numpy.__version__})"


def _pdf(window) -> str:
    from seatdesk.i18n import _
    from seatdesk.services import compare
    from seatdesk.ui import pdf
    from seatdesk.ui.widgets.projection_chart import ProjectionChart

    side = compare.side(window.context.account_id, 12)
    chart = ProjectionChart()
    chart.show_sides(((side.name, side.projection),), window.context.currency())
    image = chart.image(480, 240)
    chart.deleteLater()
    page_title = _("Compare and project")
    with tempfile.TemporaryDirectory(prefix="seatdesk-smoke-") as folder:
        path = Path(folder) / "smoke.pdf"
        pdf.write_pdf(path, side.name, lambda _width: f"<h1>{side.name}</h1><p>{page_title}</p>"
                      '<img src="chart.png" width="480">', "seatdesk", {"chart.png": image})
        data = path.read_bytes()
    _check(data.startswith(b"%PDF") and len(data) > 1000, "the PDF is empty")
    return f"PDF with a chart written: {len(data) // 1024} kB"


def _postgresql_driver(_window) -> str:
    """The team database's driver and its libpq are in the bundle (README, "A team database")."""
    try:
        import psycopg2
        from psycopg2.extensions import libpq_version
    except ImportError as error:
        raise SmokeFailure(f"the PostgreSQL driver is missing ({error})") from None
    from seatdesk.db.engines import _pyformat

    _check(_pyformat("x = ?") == "x = %s", "seatdesk's PostgreSQL engine is broken")
    return f"PostgreSQL driver: psycopg2 {psycopg2.__version__.split()[0]}, libpq {libpq_version()}"


CHECKS: tuple[Callable, ...] = (_translations, _formatting, _price_catalog, _icons, _scenarios, _pages, _pdf,
                                _postgresql_driver)


def smoke_test(app, window) -> int:
    """Run every check on the shown ``window``; print a line each. 0 when all pass, else 1."""
    from seatdesk import __version__

    errors: list[str] = []
    saved_hook = sys.excepthook
    # An error in a Qt slot (a page filling itself) would only be printed: count it as a failure.
    def hook(kind, error, trace):
        import traceback

        traceback.print_exception(kind, error, trace)
        errors.append(f"{kind.__name__}: {error}")

    sys.excepthook = hook
    try:
        app.processEvents()
        _check(window.isVisible(), "the main window is not visible")
        print(f"seatdesk {__version__}: {SHOWN}", flush=True)
        for check in CHECKS:
            print(check(window), flush=True)
            _check(not errors, "an error in a slot (above)")
    except Exception as error:  # noqa: BLE001 - any failure is the answer
        import traceback

        for earlier in errors:  # an error in a slot comes first, what it broke after
            print(f"FAILED: {earlier}", flush=True)
        if not isinstance(error, SmokeFailure):
            traceback.print_exc()
        print(f"FAILED: {error}" if isinstance(error, SmokeFailure) else f"FAILED: {type(error).__name__}: {error}",
              flush=True)
        return 1
    finally:
        sys.excepthook = saved_hook
    print(PASSED, flush=True)
    return 0
