"""Pipeline step: the awards a report names, read after the entity step.

It works from what the entity step left on the Document (the mentions, the entities and the
report's own region), so that awards are a step of their own: honors are read from each
sentence's mentions; a recipient named without a suffix (甲寺获评重点村) becomes an entity
typed by its title.
"""

from __future__ import annotations

import re
from collections import defaultdict

from kg.extract import awards, regions
from kg.extract.entities import finish, is_body_text
from kg.model import Document

Key = tuple[str, str]
_REGIONS = ("County", "City", "Province")
_ABOVE = ("City", "Province")  # regions whose reports name their counties
_QUOTES = re.compile(r"[“”\"「」‘’]")


def extract(doc: Document) -> Document:
    """Fill ``doc.awards`` (and the entities of recipients named without a suffix)."""
    by_form: dict[str, Key] = {}
    for key, ent in sorted(doc.entities.items()):
        for form in (key[1], *sorted(ent.aliases)):
            by_form.setdefault(form, key)
    spans: dict[int, list[tuple[int, int, Key]]] = defaultdict(list)
    for m in doc.mentions:
        key = by_form.get(m.text) or by_form.get(_QUOTES.sub("", m.text))
        if key is not None:
            start = doc.sentences[m.sentence].start
            spans[m.sentence].append((m.start - start, m.end - start, key))
    for found in spans.values():
        found.sort()
    own = next((k for k in doc.entities if k[1] == doc.region and k[0] in _REGIONS), None)
    made: set[Key] = set()

    area = regions.town_area(doc)

    def new_entity(type_: str, label: str, index: int) -> Key:
        """A recipient named without a suffix, typed by its title (甲寺获评重点村: a village),
        a town only when the gazetteer has it, a village only with a proper stem."""
        if type_ == "Town" and not any(f.text == label for f in regions.gazetteer_towns(
                label, [], area)) or type_ == "Village" and not regions.proper_village(label, strict=False):
            if label in by_form:
                return by_form[label]  # 甲小镇 stays the project it was
            type_ = "NamedEntity"
        for other in [k for k in doc.entities if k[1] == label and k[0] != type_
                      and k[0] in ("Place", "Program", "Project")]:
            gone = doc.entities.pop(other)  # 甲寺获评重点村: a village, not a temple
            doc.entity(type_, label).sentences |= gone.sentences
            by_form[label] = (type_, label)
        key = by_form.setdefault(label, (type_, label))
        ent = doc.entity(*key)
        ent.sentences.add(index)
        made.add(key)
        if own and ent.part_of is None and (key[0] == "Town" and own[0] == "County" or
                                            key[0] == "County" and own[0] in _ABOVE):
            ent.part_of = own  # 甲、乙获评示范县 in a city's report: its counties
        return key

    seen = set()
    for award in awards.awards(doc, spans, own, {}, new_entity):
        mark = (award.recipient, award.honor, award.sentence)
        if mark not in seen:
            seen.add(mark)
            doc.awards.append(award)
    body = {s.index for s in doc.sentences if is_body_text(doc, s.index)}
    finish(doc, body, made)
    return doc
