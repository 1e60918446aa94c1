#!/usr/bin/env bash
# Create benchmarks/.env, a virtual environment of its own holding the peer NegMAS (AGPL-3.0).
# accord never imports NegMAS; only benchmarks/bargain_vs_negmas.py runs it, in this environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-python3}"
if [ ! -x "$here/.env/bin/python" ]; then
    "$python" -m venv "$here/.env"
fi
# accord's own dependencies, read from pyproject.toml (the benchmark imports accord from src/)
"$here/.env/bin/python" -c 'import sys, tomllib
print("\n".join(tomllib.load(open(sys.argv[1], "rb"))["project"]["dependencies"]))' \
    "$here/../pyproject.toml" | xargs -d '\n' "$here/.env/bin/pip" install --quiet
"$here/.env/bin/pip" install --quiet 'negmas>=0.11'
"$here/.env/bin/python" -c "import negmas; print('negmas', negmas.__version__)"
