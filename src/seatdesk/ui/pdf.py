"""PDF documents through Qt's own writer (no browser): a rich-text document laid out on numbered A4 pages.

Used by the approval pack and the training certificate. The file is written beside its final name and
moved into place once complete, so a failure leaves nothing half-written.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from seatdesk.i18n import _

RESOLUTION = 96  # the document's pixels per inch on the page (as on a screen, so its fonts are in points)
FOOTER = 28  # pixels below the text of each page: what the document is, and the page number


def write_pdf(path: Path, title: str, html: Callable[[int], str], footer: str = "",
              images: dict[str, QImage] | None = None, numbered: bool = True) -> None:
    """Write ``html(text width in pixels)`` to ``path`` as A4 pages, each with ``footer`` and its number.

    ``images`` are the document's resources by name (``<img src="name">``).

    Raises:
        OSError: the file can't be written.
    """
    part = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(part))
    writer.setTitle(title)
    writer.setCreator("seatdesk")
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 12), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9)
    document.setDefaultFont(font)
    for name, image in (images or {}).items():
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    # The document is laid out on the page's printable area, less a footer, in the writer's pixels.
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = area.width(), area.height() - FOOTER
    document.setPageSize(QSizeF(width, height))
    document.setHtml(html(int(width - 2 * document.documentMargin() - 8)))
    pages = document.pageCount()
    painter = QPainter()
    try:
        if not painter.begin(writer):
            raise OSError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        small = QFont(font)
        small.setPointSizeF(7.5)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
            painter.setFont(small)
            painter.setPen(QColor("#6b7280"))
            foot = QRectF(0, height, width, FOOTER)
            painter.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, footer)
            if numbered:
                painter.drawText(foot, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                                 _("Page {page} of {pages}").format(page=page + 1, pages=pages))
        painter.end()
        del writer  # closes the file
        os.replace(part, path)
    finally:
        if painter.isActive():
            painter.end()
        if part.exists():
            part.unlink()
