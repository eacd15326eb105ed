"""Pipeline step: the entities a report names and their part-of links (awards are the next
step, :mod:`kg.extract.awarding`).

Each sentence is tokenized once (jieba, our own Tokenizer); the finders of :mod:`names` and
:mod:`regions` propose spans; overlapping spans are settled; spans of one name are merged into
one :class:`~kg.model.Entity` per report (华兴公司 = 华兴, “万企兴万村”行动 = 万企兴万村); then
:mod:`awards` reads the honors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict

from kg import lexicon as lexicons
from kg.extract import awards, classes, events, glossary, lists, names, quotes, regions
from kg.extract.names import Found
from kg.extract.tokenizer import common_pair, tokens, tokens_of_many
from kg.lexicon.furniture import is_furniture_sentence
from kg.model import Document, Mention
from kg.rules import priority, rule

Key = tuple[str, str]

#: Suffixes whose removal leaves a short form of the same enterprise: 华兴公司 → 华兴.
_SHORTENABLE = ("有限责任公司", "有限公司", "股份公司", "公司", "集团")
_CONTAINERS = ("Organization", "Enterprise", "Project", "Place", "Event")


#: A level word inside a name: 甲山省级旅游度假区 is a title being sought, not a name.
_MID_LEVEL = re.compile(r"(?<=.)(?:国家级|省级|市级)")


def _rank(found: Found) -> int:
    """Which finder wins when two give the same span different types (lower wins): the
    priority of its rule, from data/lexicons/rule_priorities.tsv."""
    return priority(found.source)


def is_body_text(doc: Document, index: int) -> bool:
    """Whether a sentence is report text (not a heading, nor web-page furniture)."""
    s = doc.sentences[index]
    if is_furniture_sentence(s.text):
        return False
    return not (s.section and s.section[-1] == s.text)


def find(text: str, toks: list | None = None, area: regions.Area = None) -> list[Found]:
    """The settled name spans of one sentence's text (``toks``: its tokens, if made; ``area``:
    where its towns lie, see :func:`regions.town_area`)."""
    if toks is None:
        toks = tokens(text, _needs_tokens)
    found = [*lists.find(text, toks), *lists.partners(text),
             *regions.towns_and_villages(text, toks, area),
             *regions.districts(text, toks, area),
             *quotes.find(text), *quotes.documents(text), *names.suffixed(text, toks),
             *events.find(text, toks), *names.road_sections(text, toks)]
    found = [f for f in found if not lexicons.stop_parts().search(f.text)
             and not _MID_LEVEL.search(f.text)]
    towns_end = {f.end for f in found if f.type == "Town"}
    found = [f for f in found if f.type != "Village" or f.start in towns_end  # 红旗镇|王家村
             or regions.proper_village(f.text) and not (
                 _above_county(area) and (f.text.endswith("社区") or f.source.startswith("list")))]
    # Names inside an honor's title are the title's (省级旅游街区), but for a contest a prize
    # was won at; names inside a quoted term are the quoted term's.
    titles = awards.honor_spans(text)
    quoted = [(f.start, f.end) for f in found if f.source.startswith("quote")]
    found = [f for f in found
             if (f.type == "Event" or not any(a <= f.start < b for a, b in titles))
             and not (f.source.startswith("suffix") and _within(f, quoted))]
    return _settle(found)


def _find(s, toks: list, area: regions.Area) -> list[Found]:
    """The names of a sentence; of a glossary's entry, the term it defines and the bodies and
    places its definition names (:mod:`glossary`)."""
    if not glossary.in_glossary(s):
        return find(s.text, toks, area)
    end = glossary.term_end(s.text)
    term = glossary.defined(s.text, end, find(s.text[:end], toks, area)) if end else []
    return term + glossary.named_in_definition(find(s.text, toks, area), end)


def _above_county(area: regions.Area) -> bool:
    """Whether the report is a city's, a province's or the country's: a community (社区) or
    a village named without its suffix is then too far below it to be told from a kind of
    place without its town (甲街道乙社区)."""
    return area is not None and all(len(a) < 6 for a in area)


def _needs_tokens(clause: str) -> bool:
    """Whether a clause holds something a name finder starts from: a suffix (not a character
    inside a common word: 乡村, 部署), or the 等 of a list."""
    return any(len(m.group()) > 1 or not common_pair(clause, m.start())
               for m in lexicons.candidate_regex().finditer(clause))


def _within(f: Found, spans: list[tuple[int, int]]) -> bool:
    return any(a <= f.start and f.end <= b and (a, b) != (f.start, f.end) for a, b in spans)


def _settle(found: list[Found]) -> list[Found]:
    """One span per stretch of text: the best finder wins a span; of two crossing spans the
    better one stays, except that a list item's guessed left edge yields to a suffix name;
    a village at the head of an organization's name (红旗村小学) is no village."""
    found.sort(key=lambda f: (_rank(f), f.start - f.end))
    kept: list[Found] = []
    at: dict[int, list[Found]] = defaultdict(list)  # kept spans by each offset they cover
    for f in found:
        if not any(_clash(k, f) for k in _overlapping(at, f)):
            kept.append(f)
            _cover(at, f)
    others: dict[int, list[Found]] = defaultdict(list)
    for o in found:
        if not o.source.startswith("list"):
            _cover(others, o)
    kept = [k for k in kept if not (k.source.startswith("list") and any(
        _crossing(k, o) for o in _overlapping(others, k)))]
    return sorted(kept, key=lambda f: (f.start, f.end))


# Spans indexed by the 16-character blocks they cover: the spans a name may clash with are
# found among those near its own characters, not among all of a sentence's (a 分别 list of
# thousands). A block holds spans that need not overlap; _clash and _crossing check that.
_BLOCK = 4  # log2 of the block size


def _blocks(f: Found) -> range:
    return range(f.start >> _BLOCK, ((max(f.end, f.start + 1) - 1) >> _BLOCK) + 1)


def _cover(at: dict[int, list[Found]], f: Found) -> None:
    for b in _blocks(f):
        at[b].append(f)


def _overlapping(at: dict[int, list[Found]], f: Found) -> list[Found]:
    seen: dict[int, Found] = {}
    for b in _blocks(f):
        for k in at.get(b, ()):
            seen.setdefault(id(k), k)
    return list(seen.values())


def _crossing(a: Found, b: Found) -> bool:
    return (a.start < b.end and b.start < a.end and not (a.start <= b.start and b.end <= a.end)
            and not (b.start <= a.start and a.end <= b.end))


def _clash(k: Found, f: Found) -> bool:
    """Whether ``f`` must give way to ``k``, kept before it."""
    if (k.start, k.end) == (f.start, f.end):
        return True
    if _crossing(k, f):
        return not (k.source.startswith("list") and not f.source.startswith("list"))
    if k.source == "name:road_section" and k.start <= f.start and f.end <= k.end:
        return f.type not in ("Town", "Village")  # 甲高速|乙段: the road is the section's
    return (f.type in ("Village", "Enterprise") and k.type in _CONTAINERS
            and f.start == k.start and f.end < k.end)  # 红旗村小学, 华兴科技学院


class _Builder:
    """Collects entities of one report, merging the forms of one name."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.by_form: dict[str, Key] = {}  # any written form → the entity it names

    def add(self, type_: str, label: str, sentence: int, alias: str | None = None) -> Key:
        """The entity named ``label`` (or ``alias``), made on first use, named in ``sentence``."""
        key = self.by_form.get(label) or (self.by_form.get(alias) if alias else None)
        if key is None:
            key = (type_, label)
        ent = self.doc.entity(*key)
        ent.sentences.add(sentence)
        for form in (label, alias):
            if form:
                ent.aliases.add(form)
                self.by_form.setdefault(form, key)
        return key


def extract(doc: Document) -> Document:
    """Fill ``doc.mentions`` and ``doc.entities`` (with part-of)."""
    body = [s for s in doc.sentences if is_body_text(doc, s.index)]
    body_ids = {s.index for s in body}
    toks = tokens_of_many([s.text for s in body], _needs_tokens)
    area = regions.town_area(doc)
    per_sentence = {s.index: _find(s, t, area) for s, t in zip(body, toks)}
    types = _vote_types(per_sentence)
    retyped = classes.by_context(per_sentence, {s.index: s.text for s in body}, types)
    builder = _Builder(doc)
    own = _own_region(doc, builder)
    spans: dict[int, list] = defaultdict(list)
    for s in doc.sentences:
        for f in per_sentence.get(s.index, []):
            type_ = types[f.text]
            key = builder.add(type_, f.text, s.index, f.alias)
            spans[s.index].append((f.start, f.end, key))
            source = "class:context" if f.text in retyped else f.source
            doc.mentions.append(Mention(s.index, s.start + f.start, s.start + f.end,
                                        s.text[f.start:f.end], key[0], source))
    _region_campaigns(doc, builder, own, spans, body_ids)
    _merge_short_forms(doc)
    _part_of(doc, spans, own)
    finish(doc, body_ids)
    return doc


def _vote_types(per_sentence: dict[int, list[Found]]) -> dict[str, str]:
    """One type per name across the report: the one from the most telling finder."""
    best: dict[str, tuple[int, str]] = {}
    for found in per_sentence.values():
        for f in found:
            rank = (_rank(f), f.type)
            if f.text not in best or rank < best[f.text]:
                best[f.text] = rank
            if f.alias and (f.alias not in best or rank < best[f.alias]):
                best[f.alias] = rank
    return {text: t for text, (_, t) in best.items()}


def _own_region(doc: Document, builder: _Builder) -> Key | None:
    """The report's region as an entity (County for 区/县), named in every sentence that
    names it or its short form (盐城区, 盐城)."""
    if doc.region_type == "Country":
        return None  # a national report speaks for the country, not its most-named county
    name = regions.own_region(doc)
    if not name:
        return None
    if doc.region != name and doc.region not in lexicons.region_names():
        doc.region, doc.region_type = name, lexicons.division_type(name)  # 年青山县 → 青山县
    type_ = lexicons.division_type(name)
    short = lexicons.short_form(name)
    key = (type_, name)
    ent = doc.entity(*key)
    builder.by_form.setdefault(name, key)
    for s in doc.sentences:
        if name in s.text:
            ent.sentences.add(s.index)
        elif short and short in s.text:
            ent.sentences.add(s.index)
            ent.aliases.add(short)
    if short:
        builder.by_form.setdefault(short, key)
    return key


#: Campaigns named after the region: 平安青山(建设), 法治青山.
_CAMPAIGN = "(?:平安|法治){}(?:建设)?"


@rule("region:campaign")
def _region_campaigns(doc: Document, builder: _Builder, own: Key | None,
                      spans: dict[int, list], body: set[int]) -> None:
    """平安甲县 / 法治甲县 (建设): programs named after the report's own region."""
    short = lexicons.short_form(own[1]) if own else None
    if not short:
        return
    pattern = re.compile(_CAMPAIGN.format(re.escape(short)))
    for s in doc.sentences:
        for m in pattern.finditer(s.text) if s.index in body else ():
            key = builder.add("Program", m.group(), s.index)
            spans[s.index].append((m.start(), m.end(), key))
            spans[s.index].sort()
            doc.mentions.append(Mention(s.index, s.start + m.start(), s.start + m.end(),
                                        m.group(), "Program", "region:campaign"))


def _merge_short_forms(doc: Document) -> None:
    """华兴公司 and 华兴 (an enterprise met without its suffix) become one entity."""
    for key in sorted(doc.entities):
        ent = doc.entities.get(key)
        if ent is None or key[0] != "Enterprise":
            continue
        for suffix in _SHORTENABLE:
            short = key[1][: -len(suffix)]
            if key[1].endswith(suffix) and len(short) >= 2:
                for other in [k for k in doc.entities if k[1] == short and k != key]:
                    gone = doc.entities.pop(other)
                    ent.aliases |= gone.aliases | {short}
                    ent.sentences |= gone.sentences
                break


#: The division a region named right before another holds: 甲镇乙村, 甲区乙镇.
_INSIDE = {"Town": "Village", "County": "Town"}


def _part_of(doc: Document, spans: dict[int, list], own: Key | None) -> None:
    """红旗镇王家村 → 王家村 partOf 红旗镇; 甲区乙镇 → 乙镇 partOf 甲区; the county's other
    towns → the county; a city's or province's districts, and its towns named without their
    county → it. A village named without its town gets none: the text does
    not place it (the golds pair no such village with the county)."""
    for found in spans.values():
        starting = defaultdict(list)  # spans may overlap (罗河 in 罗河镇): look by offset
        for start, _, key in found:
            starting[start].append(key)
        for _, end, key in found:
            inner = _INSIDE.get(key[0])
            for nxt in starting.get(end, ()) if inner else ():
                child = doc.entities.get(nxt)  # 甲镇乙村, 甲区乙镇: the one named first holds
                if nxt[0] == inner and nxt != own and child is not None and child.part_of is None:
                    child.part_of = key
    if own is not None and own[0] in ("City", "Province"):
        area = regions.town_area(doc)
        for key, ent in doc.entities.items():  # 东湖区 of a city's report → the city
            if key[0] == "County" and ent.part_of is None and key != own:
                ent.part_of = own
            elif (key[0] == "Town" and ent.part_of is None and own[0] == "City"
                  and regions.within_area(key[1], area)):
                ent.part_of = own  # a town of the city named without its county
    if own is None or own[0] != "County":
        return
    area = regions.town_area(doc)
    for key, ent in doc.entities.items():
        if key[0] == "Town" and not regions.within_area(key[1], area):
            continue  # a town of elsewhere: 甲县的乙镇经验
        if key[0] == "Town" and ent.part_of is None and key != own:
            ent.part_of = own


def finish(doc: Document, body: set[int], keys=None) -> None:
    """Aliases hold only other forms; every body sentence naming an entity (of ``keys``, if
    given) is recorded (each form looked for with str.find over the joined sentences: fast
    in C, and it finds a short form inside a long one too)."""
    sents = [s for s in doc.sentences if s.index in body]
    joined = "\n".join(s.text for s in sents)
    starts, at = [], 0
    for s in sents:
        starts.append(at)
        at += len(s.text) + 1
    for key, ent in doc.entities.items():
        if keys is not None and key not in keys:
            continue
        ent.aliases.discard(key[1])
        for form in (key[1], *ent.aliases):
            pos = joined.find(form)
            while pos >= 0:
                ent.sentences.add(sents[bisect_right(starts, pos) - 1].index)
                pos = joined.find(form, pos + 1)
