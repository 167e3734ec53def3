"""Every action of the window goes through the one action handler (issue 14): a service that writes is only
called from inside a function handed to ``run_action`` / ``Flows.run`` / ``ServiceDialog.run``, which turn
any failure into one translated box. Read from the source, so a new slot calling a service directly fails."""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
from pathlib import Path

import seatdesk.services as services_package
import seatdesk.ui as ui_package

HANDLERS = {"run", "run_action", "_run"}
#: Called on their own, with their failures shown in place: they write nothing (a preview rolls back).
SHOWN_IN_PLACE = {"seatdesk.services.bulk.preview"}


def writing_services() -> dict[str, set[str]]:
    """{module name: public functions that open a write transaction (``db.atomic()``) or start one}."""
    result = {}
    for info in pkgutil.iter_modules(services_package.__path__):
        module = importlib.import_module(f"seatdesk.services.{info.name}")
        names = set()
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("_") or function.__module__ != module.__name__:
                continue
            source = inspect.getsource(function)
            if "db.atomic()" in source or "make_backup(" in source or "restore(" in source:
                names.add(name)
        result[module.__name__] = names
    return result


def _aliases(tree: ast.Module) -> dict[str, str]:
    """{name used in the file: services module it stands for}."""
    aliases = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full.startswith("seatdesk.services.") or node.module == "seatdesk.services":
                    aliases[alias.asname or alias.name] = full if node.module == "seatdesk.services" else node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("seatdesk.services."):
                    aliases[alias.asname or alias.name] = alias.name
    return aliases


def _handed_to_a_handler(parents: list[ast.AST]) -> bool:
    """Inside a lambda or a nested function passed (directly or by name) to one of the handlers."""
    for node in reversed(parents):
        if isinstance(node, (ast.Lambda, ast.FunctionDef)):
            return True if isinstance(node, ast.Lambda) or node.name in {"action", "save", "apply"} else False
    return False


def test_services_that_write_are_called_only_through_the_action_handler():
    writing = writing_services()
    offenders = []
    for path in Path(ui_package.__path__[0]).rglob("*.py"):
        if "forms" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        aliases = _aliases(tree)

        def visit(node, parents):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id in aliases:
                module = aliases[node.func.value.id]
                name = f"{module}.{node.func.attr}"
                if node.func.attr in writing.get(module, ()) and name not in SHOWN_IN_PLACE \
                        and not _handed_to_a_handler(parents):
                    offenders.append(f"{path.name}:{node.lineno} {module}.{node.func.attr}")
            for child in ast.iter_child_nodes(node):
                visit(child, parents + [node])

        visit(tree, [])
    assert offenders == []
