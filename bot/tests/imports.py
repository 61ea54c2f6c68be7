"""What a module imports, read from its source (for tests that a patch is installed where Rasa
loads it, not only by the test importing it)."""

from __future__ import annotations

import ast
from pathlib import Path
from types import ModuleType


def modules_imported_by(module: ModuleType) -> set[str]:
    """The names of the modules `module` imports with a plain `import` statement."""
    tree = ast.parse(Path(module.__file__ or "").read_text())
    return {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
