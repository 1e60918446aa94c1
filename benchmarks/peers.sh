#!/usr/bin/env bash
# Create benchmarks/.env, a virtual environment of its own holding the peer NegMAS (AGPL-3.0).
# accord never imports NegMAS; only benchmarks/bargain_vs_negmas.py runs it, in this environment.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
python="${PYTHON:-python3}"
if [ ! -x "$here/.env/bin/python" ]; then
    "$python" -m venv "$here/.env"
fi
"$here/.env/bin/pip" install --quiet 'negmas>=0.11' 'numpy>=1.26' 'pyyaml>=6.0' 'pydantic>=2.7' \
    'typer>=0.12' 'rich>=13.7' 'jsonschema>=4.20'
"$here/.env/bin/python" -c "import negmas; print('negmas', negmas.__version__)"
