"""The compiled lexicon: what the gazetteers give, the same in every run."""

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def test_a_subdivision_name_two_regions_share_maps_to_the_same_code_in_every_run():
    # pycountry returns subdivisions as a set of objects, whose order changes from process to
    # process; the gazetteer must not depend on it (Indonesia has two subdivisions named Papua)
    code = (
        "from accord.extract.lexicon import default_lexicon;"
        "print(default_lexicon().place_alias['Papua'])"
    )
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    runs = {
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
        ).stdout
        for _ in range(4)
    }
    assert runs == {"('ID-PA',)\n"}
