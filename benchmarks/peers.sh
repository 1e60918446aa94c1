#!/usr/bin/env bash
# Create benchmarks/.env, a virtual environment of its own holding the peer NegMAS (AGPL-3.0).
# accord never imports NegMAS; only benchmarks/bargain_vs_negmas.py runs it, in this environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-python3}"
if [ ! -x "$here/.env/bin/python" ]; then
    "$python" -m venv "$here/.env"
fi
# accord's own dependencies (the benchmark imports accord from src/, which comes first on the path)
"$here/.env/bin/pip" install --quiet "$here/.."
"$here/.env/bin/pip" install --quiet 'negmas>=0.11'
"$here/.env/bin/python" -c "import negmas; print('negmas', negmas.__version__)"
