"""The shape of the packages, from their imports (every module's AST, no import executed): the
records API never imports a channel, the channels reach the assistant through its client only.

    channels (gateway/, telephony/) -> assistant client (bot/assistant_client.py) -> Rasa over HTTP
    actions (bot/actions/) -> records API over HTTP only
    records API (backend/) -> its own domain, nothing of gateway/, telephony/ or bot/
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def modules(package: str) -> list[Path]:
    return sorted(
        path for path in (ROOT / package).rglob("*.py") if "__pycache__" not in path.parts
    )


def imported(path: Path) -> set[str]:
    """Every module name `path` imports, relative imports resolved against its package."""
    package = path.relative_to(ROOT).with_suffix("").parts[:-1]
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                prefix = ".".join([*base, node.module] if node.module else base)
            else:
                prefix = node.module or ""
            names.add(prefix)
            names.update(f"{prefix}.{alias.name}" for alias in node.names)
    return names


def reaches(names: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if n.split(".")[0] in packages)


@pytest.mark.parametrize("path", modules("backend"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_records_api_imports_nothing_of_the_gateway_telephony_or_the_bot(path):
    assert reaches(imported(path), ("gateway", "telephony", "bot")) == []


def test_the_walk_sees_every_kind_of_import(tmp_path, monkeypatch):
    sample = ROOT / "backend" / "_layers_probe.py"
    text = "import telephony\nfrom gateway import chat\nfrom . import db\nfrom .api import x\n"
    monkeypatch.setattr(Path, "read_text", lambda self, encoding=None: text)
    names = imported(sample)
    assert {"telephony", "gateway.chat", "backend.db", "backend.api.x"} <= names
    assert reaches(names, ("gateway", "telephony")) == ["gateway", "gateway.chat", "telephony"]


@pytest.mark.parametrize(
    "path",
    [ROOT / "bot/assistant_client.py", ROOT / "bot/relay_proof.py", ROOT / "bot/channel_names.py"],
    ids=lambda p: str(p.relative_to(ROOT)),
)
def test_the_assistant_client_stands_alone(path):
    """What the channels take from bot/ imports no app: the arrows stop at the client."""
    assert reaches(imported(path), ("backend", "gateway", "telephony")) == []


@pytest.mark.parametrize("path", modules("bot/actions"), ids=lambda p: str(p.relative_to(ROOT)))
def test_the_actions_reach_the_records_over_http_only(path):
    assert reaches(imported(path), ("backend", "gateway", "telephony")) == []


@pytest.mark.parametrize("path", modules("telephony"), ids=lambda p: str(p.relative_to(ROOT)))
def test_telephony_never_imports_the_gateway_that_hosts_it(path):
    assert reaches(imported(path), ("gateway",)) == []


def test_the_channels_talk_to_the_assistant_through_its_client_only():
    """No channel module opens Rasa's channels or the actions itself."""
    for path in [*modules("gateway"), *modules("telephony")]:
        for name in reaches(imported(path), ("bot",)):
            assert name.startswith(("bot.assistant_client", "bot.channel_names")), (path, name)
