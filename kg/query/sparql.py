"""SPARQL text: predeclared prefixes, what kind of operation a text is, parser messages.

The kind is read from the first keyword after the prologue (PREFIX / BASE declarations and
comments), so that an update is recognised and refused before anything runs.
"""

from __future__ import annotations

import re

from rdflib.namespace import RDF

from kg.errors import QueryError
from kg.rdf.serialize import PREFIXES

#: Prefixes a query may use without declaring them.
PREDECLARED = {"rdf": str(RDF), **PREFIXES}

READ_ONLY = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH")

# Whitespace, comments and prologue declarations, any number of them.
_PROLOGUE = re.compile(r"""(?:\s+|\#[^\n]*
                           |(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>
                           |(?i:BASE)\s*<[^>]*>)*""", re.VERBOSE)
_KEYWORD = re.compile(r"[A-Za-z]+")
_DECLARED = re.compile(r"(?i:PREFIX)\s+([^\s:]*):")
_POSITION = re.compile(r"^error at (\d+):(\d+):\s*")


def operation(query: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE``, or ``UPDATE`` for any update form."""
    match = _KEYWORD.match(query, _PROLOGUE.match(query).end())
    word = match.group(0).upper() if match else ""
    if word in UPDATES:
        return "UPDATE"
    if word in READ_ONLY:
        return word
    raise QueryError(f"not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE, "
                     f"found {word or query.strip()[:20]!r}")


# What is no keyword: comments, strings (long ones first) and IRIs, blanked before a search.
_NOT_KEYWORDS = re.compile(r"""'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"
                              |<[^<>\s{}|^`"]*>|\#[^\n]*""", re.VERBOSE | re.DOTALL)
#: SERVICE (a federated query) and LOAD (an update that fetches a document): the SPARQL
#: forms that reach out of the store, over the network or to a file.
_REACHING = re.compile(r"(?<![\w?$:])(SERVICE|LOAD)(?![\w:-])", re.IGNORECASE)


def reaches_out(query: str) -> str | None:
    """``SERVICE`` or ``LOAD`` when the query reaches out of the store (the network, a
    file), else None. A variable, prefixed name, string or IRI so spelt does not count.

    >>> reaches_out("SELECT * { SERVICE <http://x/sparql> { ?s ?p ?o } }")
    'SERVICE'
    >>> reaches_out('SELECT ?service { ?s rdfs:label "SERVICE" } # LOAD')
    """
    match = _REACHING.search(_NOT_KEYWORDS.sub(" ", query))
    return match.group(1).upper() if match else None


def declared(query: str) -> set[str]:
    """Prefix names the query declares itself."""
    return set(_DECLARED.findall(query))


def prefixes_for(query: str) -> dict[str, str]:
    """The predeclared prefixes the query does not declare (given to the parser)."""
    own = declared(query)
    return {name: iri for name, iri in PREDECLARED.items() if name not in own}


def with_prefixes(query: str) -> str:
    """The query with PREFIX lines for the predeclared prefixes it uses but does not declare.

    For servers, which know none of them; the local parser gets them separately so that
    line numbers in its messages stay those of the user's text.
    """
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in prefixes_for(query).items()
             if re.search(rf"(?<![\w-]){re.escape(name)}:", query)]
    return "\n".join([*lines, query]) if lines else query


def syntax_message(exc: SyntaxError) -> str:
    """The parser's message, its ``error at L:C`` spelt as ``line L, column C``."""
    text = str(exc).strip()
    match = _POSITION.match(text)
    if match:
        text = f"line {match.group(1)}, column {match.group(2)}: {text[match.end():]}"
    return text
