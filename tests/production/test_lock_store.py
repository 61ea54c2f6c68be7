"""The atomic Redis lock store (bot/lock_store.py) against a real Redis, in the bot's environment:
sixty turns of one conversation from six processes at once, never two inside together, none
refused, and no lock left behind. (Rasa's own RedisLockStore, run the same way, lets turns overlap
and refuses most of them: `lock_race.py --store rasa`.)"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.production.conftest import REDIS_URL, ROOT, needs_redis

BOT_PYTHON = ROOT / ".venv-bot/bin/python"

pytestmark = [
    *needs_redis,
    pytest.mark.skipif(not BOT_PYTHON.exists(), reason="the bot environment is not installed"),
]


def test_one_conversations_turns_from_many_servers_at_once_never_overlap():
    ran = subprocess.run(
        [
            str(BOT_PYTHON),
            "-W",
            "ignore",
            str(ROOT / "tests/production/lock_race.py"),
            "--store",
            "atomic",
            "--redis",
            REDIS_URL,
            "--processes",
            "6",
            "--coroutines",
            "10",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
    summary = json.loads(ran.stdout.strip().splitlines()[-1])
    assert summary == {
        "store": "atomic",
        "sections": 60,
        "overlaps": 0,
        "errors": 0,
        "lock_left": False,
    }
