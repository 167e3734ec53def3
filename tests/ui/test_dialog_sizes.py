"""Every dialog and wizard page fits a 1000x680 screen in every language, for both seat models."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from seatdesk import i18n
from seatdesk.domain import seats as st
from seatdesk.i18n import qt as i18n_qt
from tests.ui.dialog_helpers import dialogs  # noqa: F401  (fixture)
from tests.ui.dialog_tour import tour

MAX_WIDTH, MAX_HEIGHT = 1000, 680


def too_big(top) -> str | None:
    top.adjustSize()
    hint = top.minimumSizeHint().expandedTo(top.minimumSize())
    if hint.width() > MAX_WIDTH or hint.height() > MAX_HEIGHT:
        return f"{hint.width()}x{hint.height()}"
    return None


@pytest.mark.parametrize("model", [st.SEAT_BASED, st.LEGACY])
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_dialog_fits_1000_by_680(dialogs, qtbot, language, model):
    i18n_qt.install(QApplication.instance())
    i18n.set_language(language)
    found = {name: size for name, top in tour(model) if (size := too_big(top))}
    assert not found
