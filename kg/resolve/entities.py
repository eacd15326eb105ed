"""Entity identity: keys that mean something, so that graphs of many reports merge rightly.

- Regions are keyed by official division codes where known: the report's region and the
  counties it names by the region lexicon, towns by the town gazetteer within their county;
  others are scoped by their parent (a village is its county's code + its town + its name),
  so two 王家村 of two counties are two nodes.
- Enterprises and organizations are keyed by their normalized name (legal suffixes and a
  leading region name dropped: 河北甲乙科技有限公司, 甲乙科技公司 and 甲乙科技 are one key);
  within a report, names of one key are one entity (the longest its label, the others its
  ``skos:altLabel``); across reports, one key is one node.
- One class per entity: when one key was typed both Enterprise and Organization, the class
  its names' suffixes say wins, else the class of most mentions.
"""

from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.model import Document, Entity
from kg.resolve import divisions
from kg.resolve.keys import digest

#: Legal forms dropped from an enterprise's name for its key, longest first.
_LEGAL = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司|集团公司|公司|集团)$")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
_ACTORS = ("Enterprise", "Organization")


def resolve_entities(doc: Document) -> None:
    """Give every entity its ``uid``; merge an enterprise's or organization's forms."""
    _merge_actors(doc)
    county = doc.division if doc.region_type == "County" else None
    for ent in sorted(doc.entities.values(), key=lambda e: _ORDER.get(e.type, 9)):
        ent.uid = _uid(doc, ent, county)


_ORDER = {"County": 0, "City": 0, "Province": 0, "Town": 1, "Village": 2}


def _uid(doc: Document, ent: Entity, county: str | None) -> str:
    if ent.type in ("County", "City", "Province"):
        code = doc.division if ent.label == doc.region else _code(ent.label, doc.text)
        return f"region/{code}" if code else ""
    if ent.type == "Town":
        parent = _parent(doc, ent) or county
        code = town_code(parent, ent.label) if parent and parent.isdigit() else None
        if code:
            return f"region/{code}"
        return f"town/{parent or _scope(doc)}-{digest(ent.label, 10)}"
    if ent.type == "Village":
        parent = _parent(doc, ent) or county or _scope(doc)
        return f"village/{parent}-{digest(ent.label, 10)}"
    if ent.type in _ACTORS:
        return f"org/{digest(actor_key(ent.label, doc.region, ent.type), 12)}"
    return ""


def _parent(doc: Document, ent: Entity) -> str | None:
    """The local id of the region containing ``ent`` (its uid without the kind)."""
    if not ent.part_of:
        return None
    parent = doc.entities.get(ent.part_of)
    if parent is not None and parent.uid:
        return parent.uid.split("/", 1)[1].replace("/", "-")
    if ent.part_of[1] == doc.region and doc.division:
        return doc.division
    return None


def _scope(doc: Document) -> str:
    """The report's region as a scope when it has no code: a hash of its name."""
    return doc.division or f"x{digest(doc.region or 'unknown', 6)}"


def _code(name: str, text: str) -> str | None:
    found = divisions.locate(name, text)
    return divisions.short_code(found.adcode) if found else None


@cache
def _towns() -> dict[tuple[str, str], str]:
    return {(t.county, t.name): t.code for t in lexicon.towns()}


def town_code(county: str, name: str) -> str | None:
    """The gazetteer code of the town ``name`` of a county (six-digit code)."""
    return _towns().get((county[:6], name))


def actor_key(name: str, region: str | None = None, type_: str = "Enterprise") -> str:
    """An enterprise's or organization's name as its key: NFKC, no brackets, no legal form
    (公司, 有限公司 …); for an enterprise no leading division name (or short form of the
    report's region) either.
    An organization keeps its region (甲县图书馆 and 乙市图书馆 are two libraries).

    >>> actor_key("河北甲乙科技有限公司"), actor_key("甲乙科技公司"), actor_key("甲乙科技")
    ('甲乙科技', '甲乙科技', '甲乙科技')
    """
    import unicodedata

    key = _BRACKETS.sub("", unicodedata.normalize("NFKC", name))
    stripped = _LEGAL.sub("", key)
    if len(stripped) >= 2:
        key = stripped
    if type_ != "Enterprise":
        return key
    for prefix in _region_prefixes(region):
        if key.startswith(prefix) and len(key) - len(prefix) >= 2:
            key = key[len(prefix):]
            break
    return key


@cache
def _region_prefixes(region: str | None) -> tuple[str, ...]:
    """Division names that may open a company's name, longest first: every province, and
    the report's region with its city and province, full and short."""
    names = set(lexicon.province_words())
    if region:
        names.add(region)
        if (short := lexicon.short_form(region)) is not None:
            names.add(short)
    for r in divisions.candidates(region or ""):
        for d in [r, *divisions.ancestors(r)]:
            names.add(d.name)
            short = lexicon.strip_suffix(d.name, "province", "city", "county")
            if len(short) >= 2:
                names.add(short)
    return tuple(sorted(names, key=len, reverse=True))


def _merge_actors(doc: Document) -> None:
    """Enterprises and organizations of one key become one entity of one class."""
    groups: dict[str, list[Entity]] = {}
    for ent in doc.entities.values():
        if ent.type in _ACTORS:
            groups.setdefault(actor_key(ent.label, doc.region, ent.type), []).append(ent)
    renames: dict[tuple[str, str], tuple[str, str]] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda e: (-len(e.label), e.label, e.type))
        keep = members[0]
        type_ = _class_of(members)
        for other in members[1:]:
            keep.aliases |= other.aliases | {other.label}
            keep.sentences |= other.sentences
            renames[other.key()] = (type_, keep.label)
            del doc.entities[other.key()]
        if type_ != keep.type:
            del doc.entities[keep.key()]
            renames[keep.key()] = (type_, keep.label)
            keep.type = type_
            doc.entities[keep.key()] = keep
    if renames:
        for award in doc.awards:
            award.recipient = renames.get(award.recipient, award.recipient)


def _class_of(members: list[Entity]) -> str:
    """The class the names' suffixes say (公司 → Enterprise, 合作社 → Organization), else
    the class of most mentions, Enterprise on a tie."""
    votes = {t: 0 for t in _ACTORS}
    for ent in members:
        for name in {ent.label, *ent.aliases}:
            suffix = next((s for s in lexicon.suffixes() if name.endswith(s.text)), None)
            if suffix is not None and suffix.type in votes:
                votes[suffix.type] += 10
        votes[ent.type] += len(ent.sentences)
    return max(_ACTORS, key=lambda t: (votes[t], t == "Enterprise"))
