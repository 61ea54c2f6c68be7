"""Rasa calls the actions without the domain (`enable_selective_domain`), and no action needs it.

Without the setting Rasa sends the whole domain (about 87 kB of JSON) with every action call, to
be encoded by Rasa and decoded by the action server each time. The action server gives an action
`{}` for a call without one (rasa_sdk's executor), which is what every action test here already
runs the actions with (`conftest.run_action`).
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

ROOT = Path(__file__).resolve().parents[2]
ENDPOINTS = ("endpoints.yml", "endpoints.production.yml")


@pytest.fixture(scope="module")
def domain() -> Domain:
    return Domain.load(str(ROOT / "domain.yml"))


@pytest.mark.parametrize("name", ENDPOINTS)
def test_every_action_call_leaves_the_domain_out_and_is_otherwise_the_same(
    name: str, domain: Domain, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = ROOT / name
    for var in set(re.findall(r"\$\{(\w+)\}", path.read_text())):
        monkeypatch.setenv(var, "1")
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:5055/webhook")
    endpoint = read_endpoint_config(str(path), "action_endpoint")
    assert endpoint is not None
    tracker = DialogueStateTracker.from_events(
        "tenant", [ActionExecuted("action_listen"), UserUttered("the tap drips")], domain.slots
    )
    assert domain.user_actions
    for action in domain.user_actions:
        body = RemoteAction(action, endpoint)._action_call_format(tracker, domain)
        # Rasa's body without the setting (no endpoint: the whole domain goes).
        full = RemoteAction(action, None)._action_call_format(tracker, domain)
        assert "domain" not in body, action
        assert full.pop("domain") == domain.as_dict()
        assert body == full


def _reads_of_domain(path: Path) -> list[str]:
    """Where an action's code uses its `domain` argument other than handing it on in a call."""
    found = []
    tree = ast.parse(path.read_text())
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if not any(a.arg == "domain" for a in [*fn.args.args, *fn.args.kwonlyargs]):
            continue
        handed_on = {
            id(arg)
            for call in ast.walk(fn)
            if isinstance(call, ast.Call)
            for arg in [*call.args, *(k.value for k in call.keywords)]
            if isinstance(arg, ast.Name) and arg.id == "domain"
        }
        found += [
            f"{path.name}:{node.lineno} {fn.name}"
            for node in ast.walk(fn)
            if isinstance(node, ast.Name) and node.id == "domain" and id(node) not in handed_on
        ]
    return found


def test_no_action_reads_the_domain() -> None:
    # An action that starts to read it must be marked `send_domain: true` in domain.yml.
    paths = sorted((ROOT / "bot/actions").glob("*.py"))
    assert paths
    assert [hit for path in paths for hit in _reads_of_domain(path)] == []


def test_the_check_finds_a_read(tmp_path: Path) -> None:
    path = tmp_path / "probe.py"
    path.write_text(
        "def run(self, dispatcher, tracker, domain):\n"
        "    helper(dispatcher, tracker, domain)\n"
        "    return domain['slots']\n"
    )
    assert _reads_of_domain(path) == ["probe.py:3 run"]


def test_no_validation_action_runs_the_sdks_domain_reading_steps() -> None:
    # rasa_sdk's ValidationAction.run (and FormValidationAction's) reads slots from the domain;
    # the assistant's forms run their own steps (bot/actions/forms.py).
    from rasa_sdk.forms import ValidationAction

    import bot.actions

    # Every module of the package, as the action server loads them (`--actions bot.actions`).
    for module in pkgutil.iter_modules(bot.actions.__path__, "bot.actions."):
        importlib.import_module(module.name)

    def subclasses(cls: type) -> set[type]:
        return {s for c in cls.__subclasses__() for s in {c, *subclasses(c)}}

    ours = [c for c in subclasses(ValidationAction) if c.__module__.startswith("bot.")]
    assert ours
    for cls in ours:
        assert cls.run.__module__.startswith("bot."), cls
        assert cls.required_slots.__module__.startswith("bot."), cls
