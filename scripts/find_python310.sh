#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 needs 3.8-3.10), or explains how to get one.
set -eu
for candidate in "${PYTHON310:-}" python3.10 /root/.pyenv/versions/3.10.*/bin/python3.10 "$HOME"/.pyenv/versions/3.10.*/bin/python3.10 /usr/bin/python3.10 /usr/local/bin/python3.10; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null || true)
  [ -n "$path" ] && [ -x "$path" ] || continue
  if "$path" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; then
    echo "$path"; exit 0
  fi
done
cat >&2 <<'MSG'
No Python 3.10 found. Rasa 3.6.21 runs only on Python 3.8-3.10, so the assistant needs one.
Install it with pyenv (`pyenv install 3.10.13`) or your distribution (`apt-get install python3.10 python3.10-venv`),
or point PYTHON310 at an existing interpreter: `make run PYTHON310=/path/to/python3.10`.
MSG
exit 1
