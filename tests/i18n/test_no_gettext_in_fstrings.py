"""The catalog extractor reads string literals in calls of ``_()``; inside an f-string (one token before
Python 3.12) it sees none, so such a text would silently stay English."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "seatdesk"
GETTEXT = {"_", "N_", "ngettext", "Nn_", "pgettext"}


def test_no_translation_call_sits_inside_an_f_string():
    found = []
    for path in SRC.rglob("*.py"):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name) and inner.func.id in GETTEXT:
                        found.append(f"{path.relative_to(SRC)}:{inner.lineno}")
    assert found == []
