"""Rasa's graph of components, planned once per set of targets instead of on every run.

Rasa 3.6 runs its graph (the NLU pipeline for each message, the policies for each action it
predicts) through `DaskGraphRunner.run`, which works out again on every run which nodes the
targets need (`GraphSchema.minimal_graph_schema`, a recursive walk that visits shared
dependencies once per path) and rebuilds the dask task dictionary from it: about 5 % of Rasa's
samples in a report turn (`python -m bench.turn_cost --profile`, docs/performance.md). The
schema and the instantiated nodes never change during a runner's life (a new model makes a new
runner), so the task dictionary for a set of targets is built once per runner and copied for
each run, before that run's inputs are added; the run itself is Rasa's.

Installed by importing this module (`bot/channels.py` does, so every Rasa server that serves
the assistant's channels has it).
"""

from __future__ import annotations

import logging
from typing import Any

import dask
from rasa.engine.exceptions import GraphRunError
from rasa.engine.runner.dask import DaskGraphRunner

logger = logging.getLogger("rasa.engine.runner.dask")

_PLANS = "_planned_graphs"
_rasa_run = DaskGraphRunner.run


def planned_graph(runner: DaskGraphRunner, targets: list[str]) -> dict[str, Any]:
    """The dask tasks `targets` need, built on the first run that asks for them."""
    plans: dict[tuple[str, ...], dict[str, Any]] = runner.__dict__.setdefault(_PLANS, {})
    key = tuple(targets)
    graph = plans.get(key)
    if graph is None:
        schema = runner._graph_schema.minimal_graph_schema(targets)
        graph = plans[key] = runner._build_dask_graph(schema)
    return graph


def run(
    self: DaskGraphRunner,
    inputs: dict[str, Any] | None = None,
    targets: list[str] | None = None,
) -> dict[str, Any]:
    """Rasa's `DaskGraphRunner.run`, with the task dictionary planned once per target set."""
    run_targets = targets if targets else self._graph_schema.target_names
    run_graph = dict(planned_graph(self, run_targets))
    if inputs:
        self._add_inputs_to_graph(inputs, run_graph)
    if logger.isEnabledFor(logging.DEBUG):
        logger.debug(
            f"Running graph with inputs: {inputs}, targets: {targets} "
            f"and {self._execution_context}."
        )
    try:
        return dict(dask.get(run_graph, run_targets))
    except RuntimeError as e:
        raise GraphRunError("Error running runner.") from e


DaskGraphRunner.run = run  # type: ignore[method-assign]
