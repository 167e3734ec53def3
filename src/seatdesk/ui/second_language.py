"""Captions in a second language (R33), for trainers of mixed groups.

With a second language chosen (View › Second language, or the toolbar's ``second_language_combo``),
each label, button, group title, tab, menu item, navigation entry and column header whose text is in
the gettext catalogs shows that text in the second language as its tooltip (after the tooltip it had,
on a new line); each page heading (a QLabel named ``*_heading``) also gets a small visible caption
beside it (``<heading>_second_language``). The texts come from the same catalogs
(``i18n.second_language_text``): no second translation system. Everything follows live: choosing
another main or second language captions the window and its dialogs again; a tooltip is also made
again just before it shows, so a text changed meanwhile (a count, a page filled later) is right.
Choosing none puts every tooltip back as it was and hides the captions. The choice is remembered
(QSettings key ``second_language``).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QMenu,
    QTabWidget,
    QToolTip,
    QTreeWidget,
    QWidget,
)

from seatdesk import i18n
from seatdesk.i18n import _
from seatdesk.ui.widgets.eliding_combo import SHORT_TEXT_ROLE

_BASE = "seatdesk_tip_base"  # the tooltip a widget had before its caption
_OWN = "seatdesk_tip_own"  # the tooltip the caption made (changed since: the code set a new one)
_OWN_KEY = _OWN.encode()
CAPTION_SUFFIX = "_second_language"


def _with_caption(base: str, caption: str | None) -> str:
    if not caption:
        return base
    return f"{base}\n{caption}" if base else caption


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QLabel):
        return "" if widget.textFormat() == Qt.TextFormat.RichText or "<" in widget.text() else widget.text()
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def _captioned(item) -> bool:
    return isinstance(item, (QLabel, QAbstractButton, QGroupBox))


def _own(item) -> str:
    """The tooltip a caption gave ``item``, "" for none (never None: PySide 6.12 loses a reference to
    None at each crossing of Qt, see tests/i18n/test_qt_bridge.py)."""
    if not any(bytes(name) == _OWN_KEY for name in item.dynamicPropertyNames()):
        return ""
    return item.property(_OWN)


def _set_tip(item, caption: str | None) -> None:
    """Give ``item`` (a widget or an action) ``caption`` after the tooltip it had; None puts that one back."""
    own = _own(item)
    current = item.toolTip()
    if not own or current != own:  # first time, or the code set a tooltip of its own since
        base = current
        if isinstance(item, QAction):  # an action's tooltip is its text until one is set
            default = i18n.plain_text(item.text()).removesuffix("…").removesuffix("...").strip()
            base = "" if current == default else current
        item.setProperty(_BASE, base)
    base = item.property(_BASE) or ""
    if caption is None:
        if own:
            item.setToolTip(base)
            item.setProperty(_OWN, "")
        return
    tip = _with_caption(base, caption)
    item.setToolTip(tip)
    item.setProperty(_OWN, tip)


class SecondLanguage(QObject):
    """The second language of a window: its captions, the View menu's choice and the toolbar combo.

    Signals:
        changed(str): the second language chosen (a code of i18n.LANGUAGES, or "" for none).
    """

    changed = Signal(str)

    def __init__(self, window: QWidget, combo: QComboBox):
        super().__init__(window)
        self.window = window
        from seatdesk.ui.settings import settings

        remembered = settings().value("second_language")
        self.language: str | None = remembered if remembered in i18n.LANGUAGES else None
        self._captioned = False  # captions were given once: "none" must look for them
        self._captions: dict[str, QLabel] = {}  # a heading's caption by its name (no findChild: it answers None)
        # View › Second language: None, then each language named in itself.
        self.menu = QMenu(window, objectName="second_language_menu")
        group = QActionGroup(self.menu)
        self.actions: dict[str | None, QAction] = {}
        for code in (None, *i18n.LANGUAGES):
            action = QAction(self.menu, objectName=f"second_language_{code or 'none'}_action", checkable=True)
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
            action.triggered.connect(lambda _checked=False, c=code: self.set_language(c))
        # The toolbar's combo, beside the language's: the same choices.
        from seatdesk.ui.icons import icon

        self.combo = combo
        captions = icon("badge-cc")
        combo.addItem(captions, "", "")  # none: "" (never None through Qt)
        combo.setItemData(0, "\u2014", SHORT_TEXT_ROLE)  # none: a dash
        for code in i18n.LANGUAGES:
            combo.addItem(captions, i18n.LANGUAGE_NAMES[code], code)
            combo.setItemData(combo.count() - 1, code.upper(), SHORT_TEXT_ROLE)
        combo.currentIndexChanged.connect(lambda index: self.set_language(combo.itemData(index) or None))
        self._show_choice()
        QApplication.instance().installEventFilter(self)
        i18n.add_language_listener(self._main_language_changed)
        window.destroyed.connect(lambda *_a, listener=self._main_language_changed:
                                 i18n.remove_language_listener(listener))

    # -- choosing ----------------------------------------------------------------------------------
    def set_language(self, language: str | None) -> None:
        """Show captions in ``language`` (None: none), remember the choice and caption every window now."""
        language = language or None
        if language is not None and language not in i18n.LANGUAGES:
            raise ValueError(language)
        if language == self.language:
            return
        from seatdesk.ui.settings import settings

        settings().setValue("second_language", language or "")
        self.language = language
        self._show_choice()
        self.refresh()
        self.changed.emit(language or "")

    def _show_choice(self) -> None:
        """The menu and the combo say the choice (without choosing again)."""
        self.actions[self.language].setChecked(True)
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(max(0, self.combo.findData(self.language or "")))
        self.combo.blockSignals(False)

    def retranslate(self) -> None:
        self.menu.setTitle(_("&Second language"))
        self.actions[None].setText(_("N&one"))
        for code in i18n.LANGUAGES:  # a language's name in itself, with its own letter
            self.actions[code].setText("&" + i18n.LANGUAGE_NAMES[code])
        self.combo.setItemText(0, i18n.plain_text(_("N&one")))
        tip = _("Second language: each text also in this language when you point at it")
        self.combo.setToolTip(tip)
        self.combo.setAccessibleName(i18n.plain_text(_("&Second language")))

    def caption(self, text: str) -> str | None:
        """``text`` in the second language, or None (no second language, or not in the catalogs)."""
        if self.language is None:
            return None
        return i18n.second_language_text(text, self.language)

    # -- captioning ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Caption (or uncaption) the window and the dialogs open over it."""
        for top in QApplication.topLevelWidgets():
            if top is self.window or (isinstance(top, QDialog) and top.isVisible()):
                self.apply(top)

    def apply(self, root: QWidget) -> None:
        """Caption every text under ``root`` in the second language (none: take the captions away)."""
        if self.language is None and not self._captioned:
            return  # never captioned: nothing to take away (the usual case costs nothing)
        self._captioned = True
        for widget in [root, *root.findChildren(QWidget)]:
            if _captioned(widget):
                if _own(widget) or self.language is not None:
                    _set_tip(widget, self.caption(_text_of(widget)))
                if widget.objectName().endswith("_heading") and isinstance(widget, QLabel):
                    self._heading_caption(widget)
            elif isinstance(widget, QTabWidget):
                for index in range(widget.count()):
                    widget.setTabToolTip(index, self.caption(widget.tabText(index)) or "")
            elif isinstance(widget, QTreeWidget) and widget.objectName() == "navigation":
                for item in _tree_items(widget):
                    item.setToolTip(0, self.caption(item.text(0)) or "")
        for menu in root.findChildren(QMenu):
            menu.setToolTipsVisible(self.language is not None)
            for action in menu.actions():
                if action.text() and not action.isSeparator():
                    if _own(action) or self.language is not None:
                        _set_tip(action, self.caption(action.text()))

    def _heading_caption(self, heading: QLabel) -> None:
        """A small caption beside a page's heading: its text in the second language."""
        name = heading.objectName() + CAPTION_SUFFIX
        caption = self._captions.get(name)
        if caption is not None and not shiboken6.isValid(caption):
            caption = None
        text = self.caption(heading.text())
        if caption is None:
            parent = heading.parentWidget()
            if not text or parent is None:
                return
            caption = QLabel(parent, objectName=name)
            self._captions[name] = caption
            caption.setStyleSheet("QLabel { color: #6b7280; font-style: italic; }")
            _place_beside(heading, caption)
        caption.setText(text or "")
        caption.setVisible(bool(text))

    # -- live ------------------------------------------------------------------------------------
    def _main_language_changed(self, _language: str) -> None:
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.window):  # the window is gone
            i18n.remove_language_listener(self._main_language_changed)
            return
        self.refresh()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.ToolTip and self.language is not None:
            if _captioned(watched):  # made again as it shows: the text may have changed since
                caption = self.caption(_text_of(watched))
                if caption or _own(watched):
                    _set_tip(watched, caption)
            elif isinstance(watched.parent(), QHeaderView) and watched is watched.parent().viewport():
                return self._header_tip(watched.parent(), event)
        elif kind == QEvent.Type.Show and isinstance(watched, QDialog) and self.language is not None:
            self.apply(watched)
        return False

    def _header_tip(self, header: QHeaderView, event) -> bool:
        """A column header's tooltip: its own (from the model), then its text in the second language."""
        section = header.logicalIndexAt(event.pos())
        model = header.model()
        if section < 0 or model is None:
            return False
        text = model.headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        caption = self.caption(str(text).replace("\n", " ")) if text else None
        if not caption:
            return False
        base = model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole)
        QToolTip.showText(event.globalPos(), _with_caption(str(base) if base else "", caption), header)
        return True

    def header_caption(self, header: QHeaderView, section: int) -> str | None:
        """What a column header's tooltip adds (for tests and scripts)."""
        text = header.model().headerData(section, header.orientation(), Qt.ItemDataRole.DisplayRole)
        return self.caption(str(text).replace("\n", " ")) if text else None


def _tree_items(tree: QTreeWidget):
    stack = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    while stack:
        item = stack.pop(0)
        yield item
        stack += [item.child(i) for i in range(item.childCount())]


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QLayout | None:
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        found = _layout_holding(layout.itemAt(index).layout(), widget)
        if found is not None:
            return found
    return None


def _place_beside(heading: QLabel, caption: QLabel) -> None:
    """Put ``caption`` right of ``heading``: in its row, or in a row made for both in a column."""
    layout = _layout_holding(heading.parentWidget().layout(), heading)
    caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
    if not isinstance(layout, QBoxLayout):
        return  # a grid: the tooltip says it
    index = layout.indexOf(heading)
    if layout.direction() in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
        layout.insertWidget(index + 1, caption)
        return
    layout.removeWidget(heading)
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(heading)
    row.addWidget(caption)
    row.addStretch(1)
    layout.insertLayout(index, row)
