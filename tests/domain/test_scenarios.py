"""Scenario files (R32): every kind of mistake refused with the file, the line and what is wrong, in the
current language; every shipped scenario loads."""

from __future__ import annotations

import pytest

from seatdesk import i18n
from seatdesk.domain.scenarios import (
    GOAL_EVENTS,
    START_ACCOUNTS,
    ScenarioError,
    goal_met,
    load_scenario,
)
from seatdesk.resources import resource_path

GOOD = '''# a comment line
title = "Buy seats"
brief = "Buy them."
start = "seat_based"

[[steps]]
text = "Buy one."
hint = "Add seats."
[steps.goal]
event = "seats_bought"

[[steps]]
text = "Buy two more."
hint = "Add seats again."
[steps.goal]
event = "seats_bought"
where = { seat_type = "core" }
sum = "quantity"
at_least = 2
one_action = true
'''

#: (what is changed in GOOD, the line named, a word of the English reason)
MISTAKES = {
    "toml_syntax": (('start = "seat_based"', 'start = "seat_based'), 4, "not valid TOML"),
    "missing_title": (('title = "Buy seats"\n', ""), 1, "title must be a text"),
    "empty_brief": (('brief = "Buy them."', 'brief = "  "'), 3, "brief must be a text"),
    "unknown_start": (('start = "seat_based"', 'start = "enterprise"'), 4, "start must be one of"),
    "unknown_event": (('event = "seats_bought"\nwhere', 'event = "seats_sold"\nwhere'), 12, "seats_sold"),
    "bad_at_least": (("at_least = 2", "at_least = 0"), 12, "at_least"),
    "at_least_not_a_number": (("at_least = 2", 'at_least = "two"'), 12, "at_least"),
    "step_without_goal": (('[steps.goal]\nevent = "seats_bought"\n\n', ""), 6, "needs a [steps.goal] table"),
    "unknown_key": (('brief = "Buy them."', 'brief = "Buy them."\nlevel = 3'), 4, "unknown key level"),
    "unknown_step_key": (('hint = "Add seats."', 'hint = "Add seats."\nwait = 1'), 6, "unknown key wait"),
    "unknown_goal_key": (("one_action = true", "one_action = true\nwithin = 3"), 12, "unknown key within"),
    "no_steps": ((GOOD[GOOD.index("[[steps]]"):], ""), 1, "at least one [[steps]]"),
    "bad_one_action": (("one_action = true", 'one_action = "yes"'), 12, "one_action"),
}


def write(tmp_path, text: str, name: str = "my_scenario.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_good_file_loads_with_its_goals(tmp_path):
    scenario = load_scenario(write(tmp_path, GOOD))
    assert (scenario.key, scenario.title, scenario.start, len(scenario.steps)) == ("my_scenario", "Buy seats",
                                                                                  "seat_based", 2)
    goal = scenario.steps[1].goal
    assert (goal.event, goal.where, goal.sum, goal.at_least, goal.one_action) == (
        "seats_bought", {"seat_type": "core"}, "quantity", 2, True)


@pytest.mark.parametrize("mistake", list(MISTAKES))
def test_each_mistake_names_the_file_and_the_line(tmp_path, mistake):
    (old, new), line, reason = MISTAKES[mistake]
    assert GOOD.count(old) == 1
    path = write(tmp_path, GOOD.replace(old, new))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    text = caught.value.translated()
    assert text.startswith(f"my_scenario.toml, line {line}: "), text
    assert reason in text, text


@pytest.mark.parametrize(("language", "line_word"), [("fr", "ligne"), ("de", "Zeile"), ("nl", "regel")])
def test_the_refusal_is_in_the_current_language(tmp_path, language, line_word):
    i18n.set_language(language)
    path = write(tmp_path, GOOD.replace('start = "seat_based"', 'start = "enterprise"'))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    text = caught.value.translated()
    assert text.startswith(f"my_scenario.toml, {line_word} 4"), text
    assert "seat_based, legacy, small, free_tools" in text
    english = "start must be one of"
    assert english not in text


def test_a_file_that_is_not_utf8_is_refused(tmp_path):
    path = tmp_path / "latin.toml"
    path.write_bytes(GOOD.replace("Buy them.", "Achetez-les, c'est déjà l'été.").encode("latin-1"))
    with pytest.raises(ScenarioError) as caught:
        load_scenario(path)
    assert caught.value.translated().startswith("latin.toml, line 1: the file can't be read as UTF-8")


def shipped():
    return sorted(resource_path("scenarios").glob("*.toml"))


@pytest.mark.parametrize("path", shipped(), ids=lambda p: p.stem)
def test_every_shipped_scenario_loads_and_says_which_flow_it_rehearses(path):
    scenario = load_scenario(path)
    assert scenario.start in START_ACCOUNTS
    assert all(step.goal.event in GOAL_EVENTS for step in scenario.steps)
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# ") and "(" in first, first  # the flow of the documents it rehearses
    if scenario.files:
        assert "{folder}" in scenario.brief  # the brief says where the files are
    assert "{" not in scenario.brief.replace("{folder}", "")


def test_at_least_eleven_scenarios_one_per_flow():
    assert len(shipped()) >= 11


def test_one_action_counts_within_one_batch():
    from seatdesk.domain.scenarios import Goal

    goal = Goal("seats_bought", {"seat_type": "core"}, "quantity", 2, True)
    assert not goal_met(goal, [("a", {"seat_type": "core", "quantity": 1}), ("b", {"seat_type": "core", "quantity": 1})])
    assert goal_met(goal, [("a", {"seat_type": "core", "quantity": 1}), ("a", {"seat_type": "core", "quantity": 1})])
    assert not goal_met(goal, [("a", {"seat_type": "sales", "quantity": 5})])
