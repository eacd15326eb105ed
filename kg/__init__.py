"""govkg: knowledge graphs from Chinese government work reports.

>>> import kg
>>> doc = kg.build_document("data/reports/yanhu-2023.txt")  # doctest: +SKIP
>>> graph = kg.to_graph(doc)  # an rdflib.Graph                # doctest: +SKIP
"""

from kg.pipeline import build_document, to_graph

__version__ = "0.1.0"
__all__ = ["build_document", "to_graph", "__version__"]
