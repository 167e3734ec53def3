"""Babel extractor for Qt Designer ``.ui`` files.

Yields every ``<string>`` not marked ``notr="true"``; the Designer
disambiguation (``comment``) becomes the gettext context, the Designer
``extracomment`` a note for translators.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET


def extract_ui(fileobj, keywords, comment_tags, options):
    """Babel extraction method: (lineno, funcname, message, comments) per translatable string."""
    data = fileobj.read()
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    lines = text.splitlines()
    root = ET.fromstring(text)
    cursor = 0
    for element in root.iter("string"):
        if element.get("notr") == "true" or not (element.text or "").strip():
            continue
        message = element.text
        # Line number: the first line at or after the previous hit that holds this text.
        needle = message.replace("&", "&amp;").split("\n")[0][:40]
        lineno = next((i + 1 for i in range(cursor, len(lines)) if needle in lines[i]), cursor + 1)
        cursor = max(cursor, lineno - 1)
        notes = [element.get("extracomment")] if element.get("extracomment") else []
        context = element.get("comment")
        if context:
            yield lineno, "pgettext", (context, message), notes
        else:
            yield lineno, None, message, notes
