"""`rasa` with its HTTP API token taken from the environment: `python -m bot.rasa_server run ...`.

`rasa run --auth-token TOKEN` would put the token on the command line, which every local user can
read (`ps`, /proc/<pid>/cmdline); the environment is readable by the same user only. With
`RASA_AUTH_TOKEN` set, this adds `--auth-token` inside the process and then runs Rasa's own
command line unchanged. `make run` starts Rasa this way.
"""

from __future__ import annotations

import os
import sys


def arguments(argv: list[str], environ: dict[str, str] | os._Environ) -> list[str]:
    """Rasa's argv: the given arguments, then `--auth-token` when RASA_AUTH_TOKEN is set."""
    token = environ.get("RASA_AUTH_TOKEN", "").strip()
    return ["rasa", *argv, *([f"--auth-token={token}"] if token else [])]


if __name__ == "__main__":
    from rasa.__main__ import main

    sys.argv = arguments(sys.argv[1:], os.environ)
    sys.exit(main())
