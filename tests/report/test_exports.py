"""The public names of ``accord.report`` and ``accord.web`` exist and are listed."""

from __future__ import annotations

import importlib

import pytest


@pytest.mark.parametrize("name", ["accord.report", "accord.web"])
def test_every_exported_name_exists(name: str) -> None:
    module = importlib.import_module(name)
    assert module.__all__ == sorted(module.__all__, key=lambda s: (not s.isupper(), s))
    for attr in module.__all__:
        assert getattr(module, attr) is not None, attr


def test_report_exports_its_renderers() -> None:
    import accord.report as r

    assert {"render_report", "write_report", "highlight", "frontier_plot", "matrix_view"} <= set(
        r.__all__
    )
