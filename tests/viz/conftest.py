"""Fixtures of the viz tests: a small invented graph, and the sample's page built once."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

VIZ_DATA = Path(__file__).resolve().parent.parent / "data" / "viz"
HONGQI = VIZ_DATA / "hongqi-2024.ttl"


@pytest.fixture(scope="session")
def hongqi_doc():
    """The invented report behind hongqi-2024.ttl, as a Document."""
    spec = importlib.util.spec_from_file_location("make_hongqi", VIZ_DATA / "make_hongqi.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.document()


@pytest.fixture(scope="session")
def hongqi_view():
    """The view of hongqi-2024.ttl."""
    from kg.viz.network import to_networkx

    return to_networkx(HONGQI)


@pytest.fixture(scope="session")
def sample_page(tmp_path_factory, sample_ttl):
    """The sample's page as `kg viz` writes it, with the view it draws."""
    from kg.viz import write_page
    from kg.viz.network import to_networkx

    path = tmp_path_factory.mktemp("page") / "yanhu-2023.html"
    write_page(sample_ttl, path)
    return path, to_networkx(sample_ttl)
