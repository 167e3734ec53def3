"""Training mode (R32): scenarios run on a practice database of their own, steps ticked from its event
log, Reset in one step, results per trainee.

The practice database is a file in the data folder's ``training`` folder, made afresh when a scenario
starts (the demo accounts in the session's language); the trainee's own database is not touched. Its
start state is kept in memory with SQLite's backup API, and Reset writes it back the same way: the very
rows of the start, ids included, in milliseconds.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from seatdesk.domain.scenarios import Scenario, ScenarioError, goal_met, load_scenario

SHIPPED = "scenarios"  # the shipped scenarios' folder in resources/


def training_folder() -> Path:
    from seatdesk.paths import data_dir

    return data_dir() / "training"


def user_scenarios_folder() -> Path:
    """Where a trainer puts scenarios of their own (``*.toml``), beside the shipped ones."""
    return training_folder() / "scenarios"


def scenario_paths() -> list[Path]:
    from seatdesk.resources import resource_path

    shipped = sorted(resource_path(SHIPPED).glob("*.toml"))
    own = sorted(user_scenarios_folder().glob("*.toml")) if user_scenarios_folder().is_dir() else []
    return shipped + own


def scenarios() -> tuple[list[Scenario], list[ScenarioError]]:
    """Every scenario that can be used, and the refusals of the files that can't (said, not hidden)."""
    found, problems = [], []
    for path in scenario_paths():
        try:
            found.append(load_scenario(path))
        except ScenarioError as error:
            problems.append(error)
    return found, problems


def find_scenario(key: str) -> Scenario | None:
    return next((s for s in scenarios()[0] if s.key == key), None)


@dataclass
class Result:
    trainee: str
    scenario: str  # the scenario's key
    title: str  # in the session's language
    language: str
    steps_done: int
    steps: int
    mistakes: int
    hints: int
    seconds: int
    finished: bool
    at: str  # ISO date and time the result was taken


@dataclass
class Session:
    """One trainee on one scenario: which steps are done (the log's event id each was done at)."""

    scenario: Scenario
    trainee: str
    language: str
    account_id: int
    start_event: int
    done_at: list[int] = field(default_factory=list)
    #: The newest event id at each check: the events between two checks (the panel checks after each
    #: action) are one action, even within the same second of the log's time.
    checked_upto: list[int] = field(default_factory=list)
    mistakes: int = 0
    hints: int = 0
    started: float = field(default_factory=time.monotonic)
    kept: bool = False  # its result is kept (finished, or the trainee went on)

    @property
    def seconds(self) -> int:
        return int(time.monotonic() - self.started)

    @property
    def finished(self) -> bool:
        return len(self.done_at) == len(self.scenario.steps)

    def result(self) -> Result:
        from seatdesk.i18n import _

        return Result(self.trainee, self.scenario.key, _(self.scenario.title), self.language, len(self.done_at),
                      len(self.scenario.steps), self.mistakes, self.hints, self.seconds, self.finished,
                      dt.datetime.now().replace(microsecond=0).isoformat(sep=" "))


_snapshot: sqlite3.Connection | None = None


def start(scenario: Scenario, trainee: str, language: str) -> Session:
    """Make the practice database for ``scenario`` in the session's language and open it: the demo accounts,
    the scenario's files written to the training folder; the start state kept for Reset."""
    from seatdesk.db.database import close_database, open_database
    from seatdesk.db.models import Event, db
    from seatdesk.domain.scenarios import START_ACCOUNTS
    from seatdesk.services.demo import fill_demo

    global _snapshot
    folder = training_folder()
    folder.mkdir(parents=True, exist_ok=True)
    practice = folder / "practice.sqlite3"
    close_database()  # the practice file of the last trainee may be the open one (Windows keeps it locked)
    for leftover in (practice, practice.with_name(practice.name + "-wal"), practice.with_name(practice.name + "-shm")):
        leftover.unlink(missing_ok=True)
    open_database(practice)
    ids = fill_demo()
    account_id = ids[START_ACCOUNTS.index(scenario.start)]
    for name, text in scenario.files:
        (folder / name).write_text(text, encoding="utf-8", newline="")
    _snapshot = sqlite3.connect(":memory:")
    db.connection().backup(_snapshot)
    last = Event.select(Event.id).order_by(Event.id.desc()).first()
    return Session(scenario, trainee.strip(), language, account_id, last.id if last else 0)


def reset(session: Session) -> None:
    """Put the start state back (the same rows, ids included) and start the scenario over."""
    from seatdesk.db.models import db

    if _snapshot is None:
        return
    _snapshot.backup(db.connection())
    session.done_at.clear()
    session.checked_upto.clear()
    session.mistakes = session.hints = 0
    session.started = time.monotonic()


def check(session: Session) -> bool:
    """Tick what is done: each step in order, by the events after the previous step was done. True when a
    step was ticked now.

    One action (a goal's ``one_action``) is one batch of the log: the events of the same second that came
    between the same two checks (the log's time has whole seconds; two purchases made within a second,
    with a check between them, are two actions).
    """
    from bisect import bisect_left

    from peewee import fn

    from seatdesk.db.models import Event

    def batch(event_id: int, at) -> str:
        return f"{bisect_left(session.checked_upto, event_id)} {at}"

    newest = (Event.select(fn.MAX(Event.id)).where(Event.account == session.account_id).scalar()
              or session.start_event)
    ticked = False
    try:
        while not session.finished:
            step = session.scenario.steps[len(session.done_at)]
            since = session.done_at[-1] if session.done_at else session.start_event
            rows = list(Event.select(Event.id, Event.at, Event.data)
                        .where((Event.account == session.account_id) & (Event.kind == step.goal.event)
                               & (Event.id > since) & (Event.id <= newest))
                        .order_by(Event.id).tuples())
            for n in range(1, len(rows) + 1):  # the first event at which the goal is reached
                if goal_met(step.goal, [(batch(event_id, at), data) for event_id, at, data in rows[:n]]):
                    session.done_at.append(rows[n - 1][0])
                    ticked = True
                    break
            else:
                return ticked
        return ticked
    finally:
        if not session.checked_upto or newest > session.checked_upto[-1]:
            session.checked_upto.append(newest)


def results_path() -> Path:
    return training_folder() / "results.json"


def saved_results() -> list[Result]:
    try:
        rows = json.loads(results_path().read_text(encoding="utf-8"))
        return [Result(**row) for row in rows]
    except (OSError, ValueError, TypeError):
        return []


def save_result(result: Result) -> None:
    """Keep a trainee's result with the session's others (the training folder's results.json)."""
    rows = [asdict(r) for r in saved_results()] + [asdict(result)]
    training_folder().mkdir(parents=True, exist_ok=True)
    part = results_path().with_name("results.json.part")
    part.write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")
    part.replace(results_path())


def results_csv(results: list[Result]) -> bytes:
    from seatdesk.domain.export import csv_bytes
    from seatdesk.i18n import _, decimal_separator, format_number

    headers = [_("Trainee"), _("Scenario"), _("Language"), _("Steps done"), _("Steps"), _("Mistakes"), _("Hints"),
               _("Time (minutes)"), _("Finished"), _("Date")]
    rows = ([r.trainee, r.title, r.language, format_number(r.steps_done), format_number(r.steps),
             format_number(r.mistakes), format_number(r.hints), format_number(round(r.seconds / 60, 1)),
             _("Yes") if r.finished else _("No"), r.at] for r in results)
    return csv_bytes(headers, rows, decimal_separator())
