"""Training scenarios (R32): a TOML file with a start state, a brief and steps whose goals are checked
against the practice account's event log. No Qt, no database.

A scenario file::

    title = "Buy two Core Seats"          # English; translated through the gettext catalogs
    brief = "Your sales team grows ..."   # may name {folder}: where the scenario's files are written
    start = "seat_based"                  # the practice account: seat_based, legacy, small or free_tools

    [[files]]                             # optional: files the trainee uses (a CSV to import ...)
    name = "new-users.csv"
    text = '''Email,First name,Last name ...'''

    [[steps]]
    text = "Open Users & Teams › Seats."  # what to do
    hint = "In the navigation, ..."       # given on request
    [steps.goal]
    event = "seats_bought"                # an event of the log, made after the previous step was done,
    where = { seat_type = "core" }        # whose data has these values,
    sum = "quantity"                      # adding up this field (else counting the events)
    at_least = 2                          # to at least this;
    one_action = false                    # true: within one action (one batch of the log)

Texts are English msgids: ``extract_scenarios`` gives them to Babel, and the catalogs translate them.
A mistake in a file is refused with the file, the line and what is wrong.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from seatdesk.domain.errors import DomainError
from seatdesk.i18n import N_

START_ACCOUNTS = ("seat_based", "legacy", "small", "free_tools")
#: Event kinds a goal may name (those the window's actions write).
GOAL_EVENTS = frozenset({
    "seats_bought", "removal_scheduled", "removal_cancelled", "removal_applied", "seat_assigned",
    "seat_unassigned", "user_created", "user_deactivated", "user_reactivated", "user_removed",
    "super_admin_changed", "invitation_resent", "password_reset", "teams_changed", "preset_changed",
    "permissions_set", "team_created", "permission_set_created", "permission_set_applied",
    "subscription_upgraded", "subscription_change_scheduled", "subscription_change_cancelled",
    "add_on_bought", "term_renewed", "planning_date_moved", "invitation_accepted", "users_imported",
    "seat_reclaimed", "plan_made", "plan_state",
})
_TEXT_KEYS = ("title", "brief")
_STEP_TEXT_KEYS = ("text", "hint")
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._ -]{0,80}$")


class ScenarioError(DomainError):
    """A scenario file that can't be used: its file, line and what is wrong."""


@dataclass(frozen=True)
class Goal:
    event: str
    where: dict = field(default_factory=dict)
    sum: str | None = None
    at_least: int = 1
    one_action: bool = False


@dataclass(frozen=True)
class Step:
    text: str
    hint: str
    goal: Goal


@dataclass(frozen=True)
class Scenario:
    key: str  # the file's name without .toml
    path: Path
    title: str
    brief: str
    start: str
    steps: tuple[Step, ...]
    files: tuple[tuple[str, str], ...] = ()


def _line_of(text: str, pattern: str, occurrence: int = 0) -> int:
    """The line (1-based) of the ``occurrence``-th line matching ``pattern``; 1 when none does."""
    found = [n for n, line in enumerate(text.splitlines(), 1) if re.match(pattern, line.strip())]
    return found[occurrence] if occurrence < len(found) else (found[-1] if found else 1)


def _refuse(path: Path, line: int, what: str, **values) -> ScenarioError:
    from seatdesk.i18n import tr

    return ScenarioError(N_("{file}, line {line}: {what}"), code="scenario_invalid", file=path.name, line=line,
                         what=tr(what, **values))


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file.

    Raises:
        ScenarioError: the file can't be read, isn't TOML, or a key is missing, unknown or of the wrong type.
    """
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise _refuse(path, 1, N_("the file can't be read as UTF-8 text ({detail})."),
                      detail=getattr(error, "strerror", None) or str(error)) from None
    try:
        data = tomllib.loads(raw)
    except tomllib.TOMLDecodeError as error:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(error))) else 1
        raise _refuse(path, line, N_("this is not valid TOML ({detail})."), detail=str(error)) from None

    def text_of(table: dict, key: str, line: int) -> str:
        value = table.get(key)
        if not isinstance(value, str) or not value.strip():
            raise _refuse(path, line, N_("{key} must be a text that isn't empty."), key=key)
        return value.strip()

    for key in data:
        if key not in (*_TEXT_KEYS, "start", "steps", "files"):
            raise _refuse(path, _line_of(raw, rf"{re.escape(key)}\s*="), N_("unknown key {key}."), key=key)
    title = text_of(data, "title", _line_of(raw, r"title\s*="))
    brief = text_of(data, "brief", _line_of(raw, r"brief\s*="))
    start = data.get("start")
    if start not in START_ACCOUNTS:
        raise _refuse(path, _line_of(raw, r"start\s*="), N_("start must be one of {choices}."),
                      choices=", ".join(START_ACCOUNTS))
    files = []
    for n, entry in enumerate(data.get("files", [])):
        line = _line_of(raw, r"\[\[files\]\]", n)
        name, text = (entry.get("name"), entry.get("text")) if isinstance(entry, dict) else (None, None)
        if not isinstance(name, str) or not _NAME.match(name) or not isinstance(text, str):
            raise _refuse(path, line, N_("each file needs a plain name (letters, digits, . _ -) and a text."))
        files.append((name, text))
    steps_data = data.get("steps")
    if not isinstance(steps_data, list) or not steps_data:
        raise _refuse(path, _line_of(raw, r"\[\[steps\]\]"), N_("a scenario needs at least one [[steps]] table."))
    steps = []
    for n, entry in enumerate(steps_data):
        line = _line_of(raw, r"\[\[steps\]\]", n)
        if not isinstance(entry, dict):
            raise _refuse(path, line, N_("a scenario needs at least one [[steps]] table."))
        for key in entry:
            if key not in (*_STEP_TEXT_KEYS, "goal"):
                raise _refuse(path, line, N_("step {n} has an unknown key {key}."), n=n + 1, key=key)
        goal = entry.get("goal")
        if not isinstance(goal, dict):
            raise _refuse(path, line, N_("step {n} needs a [steps.goal] table."), n=n + 1)
        steps.append(Step(text_of(entry, "text", line), text_of(entry, "hint", line),
                          _goal(path, line, n + 1, goal)))
    return Scenario(path.stem, path, title, brief, start, tuple(steps), tuple(files))


def _goal(path: Path, line: int, n: int, goal: dict) -> Goal:
    for key in goal:
        if key not in ("event", "where", "sum", "at_least", "one_action"):
            raise _refuse(path, line, N_("the goal of step {n} has an unknown key {key}."), n=n, key=key)
    event = goal.get("event")
    if event not in GOAL_EVENTS:
        raise _refuse(path, line, N_("the goal of step {n} names an event seatdesk doesn't write: {event}."),
                      n=n, event=str(event))
    where = goal.get("where", {})
    if not isinstance(where, dict):
        raise _refuse(path, line, N_("where, in the goal of step {n}, must be a table of values."), n=n)
    total = goal.get("sum")
    at_least = goal.get("at_least", 1)
    one_action = goal.get("one_action", False)
    if total is not None and not isinstance(total, str):
        raise _refuse(path, line, N_("sum, in the goal of step {n}, must name a field."), n=n)
    if not isinstance(at_least, int) or isinstance(at_least, bool) or at_least < 1:
        raise _refuse(path, line, N_("at_least, in the goal of step {n}, must be a whole number from 1."), n=n)
    if not isinstance(one_action, bool):
        raise _refuse(path, line, N_("one_action, in the goal of step {n}, must be true or false."), n=n)
    return Goal(event, dict(where), total, at_least, one_action)


def goal_met(goal: Goal, events: list[tuple[str, dict]]) -> bool:
    """Whether ``events`` ((batch, data) of the goal's kind, oldest first) reach the goal: the matching
    ones counted, or their ``sum`` field added up, in all or within one batch (one action)."""
    groups: dict[str, int] = {}
    for batch, data in events:
        if all(data.get(key) == value for key, value in goal.where.items()):
            amount = data.get(goal.sum, 0) if goal.sum else 1
            key = batch if goal.one_action else ""
            groups[key] = groups.get(key, 0) + (amount if isinstance(amount, int) else 0)
    return any(total >= goal.at_least for total in groups.values())


def extract_scenarios(fileobj, keywords, comment_tags, options):
    """Babel extractor: the English texts of a scenario file (title, brief, each step's text and hint)."""
    raw = fileobj.read().decode("utf-8")
    data = tomllib.loads(raw)
    lines = raw.splitlines()

    def line_of(value: str) -> int:
        first = value.strip().splitlines()[0] if value.strip() else value
        return next((n for n, line in enumerate(lines, 1) if first and first in line), 1)

    for key in _TEXT_KEYS:
        if isinstance(data.get(key), str):
            yield line_of(data[key]), "_", data[key].strip(), [f"scenario {key}"]
    for n, step in enumerate(data.get("steps", []), 1):
        for key in _STEP_TEXT_KEYS:
            if isinstance(step.get(key), str):
                yield line_of(step[key]), "_", step[key].strip(), [f"scenario step {n} {key}"]
