"""A readable networkx view of a govkg graph, for the HTML page and for GraphML/GEXF export.

Nodes are the things a person looks for (entities, and statements read as sentences of
their own); sentences, indicators and honors are folded into what they support:

- an entity node: its name; its tooltip lists the sentences that mention it;
- an observation, target or award node: ``地区生产总值 215.6亿元 ↑5.2% (2023)``, with the
  sentence it was read from in its tooltip and ``evidence`` attribute;
- an edge for each property between two drawn nodes (partOf, recipient), read
  subject → object (a statement's region is in its tooltip, not drawn);
- a ``sameSentence`` edge between things one sentence names together (the sentence is its
  evidence), which is what ``gov:mentionedIn`` says once sentences are not drawn.
  Sentences naming more than :data:`MAX_TOGETHER` entities are lists, not relations, and
  make no such edges;
- a chapter node per chapter of each report (:mod:`kg.viz.sections`), linked to what the
  chapter speaks of.

Every node has the string attributes ``class``, ``label``, ``title`` (the tooltip) and
``report``; edges have ``relation``, ``label`` and ``title``.
"""

from __future__ import annotations

import io
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from kg.errors import KGError
from kg.rdf.namespace import GOV, GOV_IRI
from kg.viz import labels
from kg.viz.sections import add_sections
from kg.viz.source import read_triples

#: A sentence naming more entities than this is a list: no sameSentence edges from it.
MAX_TOGETHER = 6

#: Classes folded into the labels of what refers to them, never drawn as nodes.
FOLDED = frozenset({"Report", "Indicator", "Honor", "Level", "Section"})
STATEMENTS = ("Observation", "Target", "Award")

#: Most specific first: the class a node is drawn as when it has several.
CLASS_ORDER = ("Village", "Town", "County", "City", "Province", "Country", "Region",
               "Enterprise", "Organization", "Program", "Project", "Event", "Place",
               *STATEMENTS, "Sentence")

_TYPE, _LABEL, _ALT = str(RDF.type), str(RDFS.label), str(SKOS.altLabel)
_MENTIONED, _DERIVED = str(GOV.mentionedIn), str(PROV.wasDerivedFrom)
_TEXT, _IN_REPORT, _REGION = str(GOV.text), str(GOV.inReport), str(GOV.region)

#: Formats of :func:`write_network`.
NETWORK_FORMATS = ("graphml", "gexf")


def to_networkx(source, *, show_sentences: bool = False,
                sections: bool = True) -> nx.MultiDiGraph:
    """The readable view of ``source`` (a graph file, store directory, rdflib Graph or
    Document) as a MultiDiGraph keyed by IRI, in a stable order.

    Args:
        source: what to read; see :func:`kg.viz.source.read_triples`.
        show_sentences: draw the sentences that support or mention something as nodes
            (with mentionedIn / wasDerivedFrom edges)
            instead of folding them into tooltips and sameSentence edges.
        sections: add a hub node per chapter of each report (from the sentences'
            ``gov:sectionPath``), linked to what the chapter speaks of.
    """
    facts = _Facts(read_triples(source))
    graph = nx.MultiDiGraph()
    # report name → its title (or its name), for page headings
    graph.graph["reports"] = {name: facts.literal(r, str(DCTERMS.title)) or name
                              for r, name in sorted(facts.report_names.items())}
    for node in sorted(facts.nodes(show_sentences)):
        graph.add_node(node, **facts.attributes(node))
    for s, o, relation in sorted(facts.edges(graph)):
        name = labels.relation_name(relation)
        graph.add_edge(s, o, key=relation, relation=relation, label=name,
                       title=f"{name} ({relation})")
    if show_sentences:  # only those that support or mention something drawn
        graph.remove_nodes_from([n for n, cls in list(graph.nodes(data="class"))
                                 if cls == "Sentence" and graph.degree(n) == 0])
    if sections:
        add_sections(graph, facts)
    if not show_sentences:
        for (a, b), texts in sorted(facts.together(graph).items()):
            graph.add_edge(a, b, key="sameSentence", relation="sameSentence", label="同句",
                           title="\n".join(["同句 (sameSentence)",
                                             *labels.evidence_lines(texts)]),
                           weight=len(texts))
    return graph


def write_network(source, out_path: Path, fmt: str) -> nx.MultiDiGraph:
    """Write the view of ``source`` as GraphML or GEXF (for Gephi, Cytoscape), atomically.

    Returns:
        The view that was written.

    Raises:
        kg.errors.KGError: ``fmt`` is not graphml or gexf.
    """
    from kg.rdf.serialize import write_out

    fmt = fmt.lower().lstrip(".")
    if fmt not in NETWORK_FORMATS:
        raise KGError(f"unknown network format {fmt!r}; use {' or '.join(NETWORK_FORMATS)}")
    graph = source if isinstance(source, nx.Graph) else to_networkx(source)
    clean = sanitized(graph)
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(clean, buffer, encoding="utf-8", prettyprint=True)
    else:
        nx.write_gexf(clean, buffer, encoding="utf-8", prettyprint=True)
    write_out(out_path, buffer.getvalue())
    return graph


def sanitized(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes are all strings or numbers (what GraphML and GEXF can hold)."""
    clean = nx.MultiDiGraph()
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **_scalars(data))
    for a, b, key, data in graph.edges(keys=True, data=True):
        clean.add_edge(a, b, key=key, **_scalars(data))
    return clean


def _scalars(data: dict) -> dict:
    out = {}
    for name, value in data.items():
        if value is None:
            continue
        out[name] = value if isinstance(value, str | int | float) else str(value)
    return out


def local_name(iri: str) -> str:
    """``partOf`` for ``…ontology#partOf``, ``wasDerivedFrom`` for PROV's."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _key(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


class _Facts:
    """The triples grouped by subject, with what the view needs to read them."""

    def __init__(self, triples):
        self.props: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        self.classes: dict[str, set[str]] = defaultdict(set)
        for t in triples:
            s, p = _key(t.subject), t.predicate.value
            if p == _TYPE:
                if t.object.value.startswith(GOV_IRI):
                    self.classes[s].add(t.object.value[len(GOV_IRI):])
            elif t.object not in (found := self.props[s][p]):  # a store may repeat triples
                found.append(t.object)
        self.cls = {s: _pick(found) for s, found in self.classes.items()}
        self.report_names = {s: self._report_name(s) for s, c in self.cls.items()
                             if c == "Report"}

    def nodes(self, show_sentences: bool) -> list[str]:
        hidden = FOLDED if show_sentences else FOLDED | {"Sentence"}
        return [s for s, c in self.cls.items() if c not in hidden]

    def literal(self, s: str, p: str) -> str | None:
        found = sorted(o.value for o in self.props[s].get(p, ()) if isinstance(o, ox.Literal))
        return found[0] if found else None

    def label(self, s: str) -> str:
        return self.literal(s, _LABEL) or local_name(s)

    def sentences(self, s: str) -> list[str]:
        """IRIs of the sentences a node is read from or mentioned in, in report order."""
        objects = self.props[s].get(_DERIVED, []) + self.props[s].get(_MENTIONED, [])
        return sorted({_key(o) for o in objects})

    def attributes(self, s: str) -> dict[str, str]:
        cls = self.cls[s]
        facts = self._facts(s)
        sentences = self.sentences(s) if cls != "Sentence" else [s]
        evidence = [self.literal(x, _TEXT) or "" for x in sentences]
        reports = self._reports(s, sentences)
        label = _label(cls, facts, self.label(s))
        title = labels.tooltip(cls, label, facts, evidence if cls != "Sentence" else (), reports)
        if cls == "Sentence":
            title += "\n" + evidence[0]
        attrs = {"class": cls, "label": label, "title": title, "report": "; ".join(reports)}
        attrs |= {k: v for k, v in facts.items() if k not in attrs}
        if evidence and cls != "Sentence":
            attrs["evidence"] = "\n".join(evidence)
        return attrs

    def _facts(self, s: str) -> dict[str, str]:
        """The node's properties as strings: literals as written, linked things by name."""
        facts = {}
        for p, objects in sorted(self.props[s].items()):
            name = local_name(p)
            if p in (_MENTIONED, _DERIVED, _IN_REPORT):
                continue
            if p == _ALT:
                facts["aliases"] = "、".join(sorted(o.value for o in objects))
                continue
            shown = sorted(o.value if isinstance(o, ox.Literal) else self._name_of(_key(o))
                           for o in objects)
            facts[name] = ", ".join(shown)
        return facts

    def _name_of(self, s: str) -> str:
        if self.cls.get(s) == "Level" or s.startswith(GOV_IRI):
            return local_name(s)
        return self.report_names.get(s) or self.label(s)

    def _report_name(self, s: str) -> str:
        source = self.literal(s, str(GOV.sourceFile))
        return Path(source).stem if source else local_name(s)

    def sentence_reports(self, x: str) -> list[str]:
        """Names of the reports a sentence is in (one, in every graph kg builds)."""
        return sorted(self.report_names.get(_key(r), local_name(_key(r)))
                      for r in self.props[x].get(_IN_REPORT, ()))

    def _reports(self, s: str, sentences: list[str]) -> list[str]:
        found = set()
        for x in sentences:
            found.update(self.sentence_reports(x))
        if not found:  # a report's own region, named in no sentence
            found = {name for r, name in self.report_names.items()
                     if any(_key(o) == s for o in self.props[r].get(_REGION, ()))}
        return sorted(found)

    def edges(self, graph: nx.MultiDiGraph):
        """(subject, object, relation) for every property linking two drawn nodes.

        A statement's ``gov:region`` is left to its tooltip: every figure of a report names
        the report's region, and drawing that would tie all of them to one hub.
        """
        for s in graph:
            statement = self.cls.get(s) in STATEMENTS
            for p, objects in self.props[s].items():
                if statement and p == _REGION:
                    continue
                for o in objects:
                    if isinstance(o, ox.Literal) or _key(o) not in graph:
                        continue
                    yield s, _key(o), local_name(p)

    def together(self, graph: nx.MultiDiGraph) -> dict[tuple[str, str], list[str]]:
        """Pairs named in one sentence (entity–entity, figure–entity) → those sentences."""
        entities, figures = defaultdict(list), defaultdict(list)
        for node, cls in graph.nodes(data="class"):
            if cls == "Section":
                continue
            if cls in ("Observation", "Target"):
                for x in self.sentences(node):
                    figures[x].append(node)
            elif cls not in STATEMENTS:
                for x in self.sentences(node):
                    entities[x].append(node)
        pairs = defaultdict(list)
        for x, named in sorted(entities.items()):
            if len(named) > MAX_TOGETHER:
                continue
            text = self.literal(x, _TEXT) or ""
            found = [tuple(sorted(p)) for p in combinations(named, 2)]
            found += [(f, e) for f in figures.get(x, ()) for e in named]
            for a, b in found:
                if not (graph.has_edge(a, b) or graph.has_edge(b, a)):
                    pairs[(a, b)].append(text)
        return pairs


def _pick(classes: set[str]) -> str:
    for cls in CLASS_ORDER:
        if cls in classes:
            return cls
    folded = sorted(classes & FOLDED)
    return folded[0] if folded else sorted(classes)[0]


def _label(cls: str, facts: dict[str, str], name: str) -> str:
    if cls == "Observation":
        return labels.observation_label(facts)
    if cls == "Target":
        return labels.target_label(facts)
    if cls == "Award":
        return labels.award_label(facts)
    if cls == "Sentence":
        return name.rsplit("-", 1)[-1]
    return name
