"""The projection as a chart: what each side has cost from the planning date, month by month (R28).

pyqtgraph draws it (MIT licence, pure Python on Qt; Qt Charts would be GPL-only and a 59 MB wheel).
The module is imported when the Compare page is built or an approval pack is written, never at start-up.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from seatdesk.domain.projection import Month
from seatdesk.i18n import _, format_date, format_money_whole, ngettext

#: One colour and line style per side, told apart without colour too (solid, dashed).
STYLES = ((QColor("#1d4ed8"), Qt.PenStyle.SolidLine, "o"), (QColor("#c2410c"), Qt.PenStyle.DashLine, "s"))


class MoneyAxis(pg.AxisItem):
    """A left axis that reads amounts (held in cents) in the language's currency format."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.currency = "USD"

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (Qt's name)
        return [format_money_whole(int(v), self.currency) for v in values]


def cumulative(months: Sequence[Month]) -> list[int]:
    """What has been billed from the planning date to the end of each month, in cents."""
    return list(accumulate(m.total_cents for m in months))


class ProjectionChart(QWidget):
    """Two series, the side shown and the side it is compared with: cumulative cost by month."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projection_chart")
        self.axis = MoneyAxis(orientation="left")
        self.plot = pg.PlotWidget(background="w", axisItems={"left": self.axis})
        self.plot.setObjectName("projection_plot")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.25)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setTextPen("k")
            self.plot.getAxis(name).setPen(QColor("#6b7280"))
        self.plot.getAxis("bottom").setStyle(hideOverlappingLabels=False)  # the first month's label too
        self.plot.addLegend(offset=(10, 10), labelTextColor="k", brush=pg.mkBrush(255, 255, 255, 220))
        self.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.series: list[tuple[str, list[int]]] = []

    def show_sides(self, sides: Sequence[tuple[str, Sequence[Month]]], currency: str) -> None:
        """Draw each (name, months) side; the months of all sides are the same."""
        item = self.plot.getPlotItem()
        item.clear()  # the legend loses the old series with them
        self.axis.currency = currency
        self.series = []
        months = sides[0][1] if sides else ()
        for (name, side_months), (colour, style, symbol) in zip(sides, STYLES, strict=False):
            values = cumulative(side_months)
            self.series.append((name, values))
            pen = pg.mkPen(colour, width=2.5, style=style)
            item.plot(range(len(values)), values, pen=pen, symbol=symbol, symbolSize=6,
                      symbolBrush=colour, symbolPen=colour, name=name)
        step = max(1, -(-len(months) // 6))  # at most six labels whatever the range
        self.plot.getAxis("bottom").setTicks(
            [[(i, format_date(m.start, "MMM y")) for i, m in enumerate(months) if i % step == 0], []])
        item.setLabel("left", _("Cumulative cost from the planning date"), color="k")
        top = max((v[-1] for _n, v in self.series if v), default=1) * 1.08 or 1
        item.setYRange(0, top, padding=0)
        # the axis as wide as its widest amount from the first paint (pyqtgraph would widen it only on the next)
        from PySide6.QtGui import QFontMetrics

        widest = QFontMetrics(self.axis.style.get("tickFont") or self.font()).horizontalAdvance(
            format_money_whole(int(top), currency))
        self.axis.setWidth(widest + 34)
        item.setXRange(-0.9, max(0, len(months) - 1) + 0.9, padding=0)  # room for the first and last labels
        self.plot.setToolTip("\n".join(
            ngettext("{name}: {amount} in {n} month", "{name}: {amount} in {n} months", len(values)).format(
                name=name, amount=format_money_whole(values[-1], currency), n=len(values))
            for name, values in self.series if values))

    def image(self, width: int, height: int, scale: float = 2.0) -> QImage:
        """The chart drawn at ``width`` × ``height`` points, ``scale`` pixels per point (for a PDF page)."""
        if not self.isVisible():  # laid out (axes sized to their labels) without appearing on a screen
            self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
            self.show()
        self.resize(width, height)
        self.plot.resize(width, height)
        picture = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
        picture.setDevicePixelRatio(scale)
        for _pass in range(2):  # the axes size themselves to their labels while drawn: draw again with them
            self.plot.getPlotItem().layout.activate()
            picture.fill(Qt.GlobalColor.white)
            painter = QPainter(picture)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.plot.render(painter, QRectF(0, 0, width, height))
            painter.end()
        return picture
