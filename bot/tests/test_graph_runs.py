"""Rasa's graph runs with the task dictionary planned once: the same results as Rasa's own run,
for every set of targets, each run with its own inputs."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.engine.graph import ExecutionContext, GraphComponent, GraphSchema, SchemaNode
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage

import bot.graph_runs as graph_runs


class Add(GraphComponent):
    calls = 0

    @classmethod
    def create(cls, config, model_storage, resource, execution_context) -> Add:
        return cls()

    def add(self, i1: Any, i2: Any) -> int:
        Add.calls += 1
        return i1 + i2


def node(**needs: str) -> SchemaNode:
    return SchemaNode(needs=needs, uses=Add, fn="add", constructor_name="create", config={})


SCHEMA = GraphSchema(
    {
        "first": node(i1="a", i2="b"),
        "second": node(i1="first", i2="c"),
        "both": node(i1="first", i2="second"),
    }
)


@pytest.fixture
def runner(tmp_path) -> DaskGraphRunner:
    return DaskGraphRunner(
        SCHEMA,
        LocalModelStorage(tmp_path),
        ExecutionContext(graph_schema=SCHEMA, model_id="1"),
    )


@pytest.mark.parametrize(
    ("inputs", "targets"),
    [
        ({"a": 1, "b": 2, "c": 3}, ["both"]),
        ({"a": 10, "b": 20, "c": 30}, ["both"]),
        ({"a": 1, "b": 2}, ["first"]),
        ({"a": 1, "b": 2, "c": 5}, ["first", "second"]),
    ],
)
def test_a_planned_run_gives_what_rasas_run_gives(runner, inputs, targets):
    planned = runner.run(inputs=inputs, targets=targets)
    assert planned == graph_runs._rasa_run(runner, inputs=inputs, targets=targets)


def test_the_plan_is_made_once_per_set_of_targets_and_inputs_never_stay(runner):
    assert DaskGraphRunner.run is graph_runs.run
    first = runner.run(inputs={"a": 1, "b": 2, "c": 3}, targets=["both"])
    again = runner.run(inputs={"a": 4, "b": 5, "c": 6}, targets=["both"])
    assert (first["both"], again["both"]) == (3 + 6, 9 + 15)
    plans = runner.__dict__[graph_runs._PLANS]
    assert list(plans) == [("both",)]
    assert not {"a", "b", "c"} & set(plans[("both",)])  # each run's inputs go in a copy
    runner.run(inputs={"a": 1, "b": 2}, targets=["first"])
    assert list(plans) == [("both",), ("first",)]
    assert set(plans[("first",)]) == {"first"}
