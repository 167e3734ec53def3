"""Icons: Tabler's SVG icons shipped in resources/icons (MIT), drawn in the palette's text colour.

A shipped SVG set costs nothing at start-up: QtAwesome, the font-icon library, imports every Qt
class through qtpy (110-240 ms here) before its first icon.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from seatdesk.resources import resource_path

#: Badge colours: status and invitation values, scheduled removals.
BADGE_COLORS = {
    "pending": "#d97706", "accepted": "#16a34a", "not_sent": "#9ca3af",
    "invited": "#d97706", "active": "#16a34a", "deactivated": "#9ca3af",
    "removal": "#b45309",
}


DISABLED_COLOR = "#9ca3af"


class _SvgIconEngine(QIconEngine):
    """Draws an SVG in one colour at the size asked, when first asked (nothing is drawn up front)."""

    def __init__(self, name: str, color: str):
        super().__init__()
        self._name, self._color = name, color
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        if key not in self._pixmaps:
            pixmap = QPixmap(size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            _renderer(self._name, DISABLED_COLOR if disabled else self._color).render(painter)
            painter.end()
            self._pixmaps[key] = pixmap
        return self._pixmaps[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._name, self._color)


@cache
def _renderer(name: str, color: str):
    """The parsed SVG in one colour, drawn again at every size asked (parsed once)."""
    from PySide6.QtSvg import QSvgRenderer

    text = resource_path(f"icons/{name}.svg").read_text(encoding="utf-8").replace("currentColor", color)
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


@cache
def icon(name: str, color: str | None = None) -> QIcon:
    """The icon ``name`` (a file of resources/icons without .svg), in ``color`` or the text colour."""
    if color is None:
        app = QApplication.instance()
        color = app.palette().windowText().color().name() if app is not None else "#1f2937"
    return QIcon(_SvgIconEngine(name, color))


def badge(kind: str) -> QIcon:
    """A coloured dot for a status, an invitation state or a scheduled removal."""
    return icon("circle-filled", BADGE_COLORS.get(kind, "#9ca3af"))


def app_icon() -> QIcon:
    return icon("armchair", "#0f766e")


