"""Names found by their suffix (…合作社, …集团, …工程), and the tests every name finder
shares: where a name starts, whether a stretch is generic words only or holds a proper name.

Each finder yields :class:`Found` spans with offsets into the sentence text. Left edges come
from jieba's tokens: a name runs left from its suffix until a punctuation mark, a boundary word
(a verb or function word of entity_boundaries.txt) or its longest allowed length.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from kg import lexicon as lexicons
from kg.extract.tokenindex import ending_at, leftwards, starting_at, token_at, within
from kg.extract.tokenizer import Token, leading_word, proper_word, verb_word, word_tag
from kg.rules import rule

#: Characters a name may hold besides Chinese ones: 5G智慧物流, 乡镇(街道), 太行天路·青山蓝.
_PARTICLES = frozenset("着了过的地得之所其此")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9+·()（）]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_DIGITS = re.compile(r"^[\d.%]+$")
#: The measure words a count in a name is read by (3家企业, 一批项目, 甲乙两个景区: no
#: name): units.tsv's counts read by names — not all, for place names hold a numeral and one
#: of the others (五台山, 三口村, 九眼桥, 五头镇).
_HEAD_MW = lexicons.count_pattern("names")
_NUMERAL_LEAD = re.compile(r"^[\d一二三四五六七八九十两百千万几多]+" + _HEAD_MW + "|"
                           r"^\d?A级?$")
_MEASURE = re.compile(_HEAD_MW + r"|[亿万千年月日]|[余多]?[亿万]元")
_COUNT = re.compile(r"[\d.]+|[一二三四五六七八九十两百千万几多]+")
#: Suffixes of one character that may follow a name of one character (泾河, 庙 …).
_ONE_CHAR_OK = frozenset("河山庙寺渠街淀")


class Found(NamedTuple):
    """A name found in a sentence: offsets into the sentence text."""

    start: int
    end: int
    text: str
    type: str
    source: str
    alias: str | None = None  # another form of the same name (the bare quoted term)


def left_edge(text: str, toks: list[Token], end: int, max_chars: int,
              nouns_too: bool = False, verb_head: bool = False, trim: bool = True) -> int:
    """Where a name ending at ``end`` (exclusive, before its suffix) starts.

    Walks tokens leftwards from ``end`` and stops before punctuation, a boundary word, or a
    token that would make the name longer than ``max_chars``; then drops the verbs and
    adverbs the stretch begins with (改善农村学校 → 农村学校). With ``verb_head`` the walk goes
    on over verbs, which programs hold (巩固提升|工程, 促进|计划), and only drops them at the
    start.
    """
    bounds = lexicons.boundaries()
    taken: list[Token] = []
    for tok in leftwards(toks, end):
        word, ts, te = tok
        if te != (taken[-1][1] if taken else end):
            break  # a gap: punctuation, or a clause left untokenized
        through = verb_head and len(word) > 1  # programs hold verbs: 巩固提升工程
        if (word in bounds and not through or not all(_NAME_CHAR.match(c) for c in word)
                or end - ts > max_chars):
            break
        if _COUNT.fullmatch(word) and taken and _MEASURE.fullmatch(taken[-1][0]):
            taken.pop()  # 113家事业单位改革: the count is no part of the name
            break
        taken.append(tok)
    if verb_head:  # 常态化开展|扫黑除恶专项斗争: a program begins after its last boundary word
        cut = max((i for i, t in enumerate(taken)
                   if t[0] in bounds and len(t[0]) > 1 and leading_word(t[0])),
                  default=None)
        if cut:
            del taken[cut + 1:]
    while trim and len(taken) > 1 and len(taken[-1][0]) > 1 and (
            leading_word(taken[-1][0], nouns_too) or taken[-1][0] in bounds):
        if verb_head and taken[-1][0] in bounds:
            taken.pop()
            break  # 开展|扫黑除恶: the verb after the boundary word is the name's
        taken.pop()
    return taken[-1][1] if taken else end


def looks_proper(text: str, toks: list[Token], offset: int) -> bool:
    """Whether a stretch holds a proper name: a word jieba knows as one (黄河), two characters
    in a row that jieba cannot join into a word (鑫/源), or letters and digits (5G)."""
    words = [w for w, _, _ in within(toks, offset, offset + len(text))]
    if any(proper_word(w) for w in words) or re.search(r"[A-Za-z0-9]", text):
        return True
    singles = [len(w) == 1 and w not in lexicons.boundaries() and w not in _PARTICLES
               for w in words]
    return any(a and b for a, b in pairwise(singles))


def _token_at(toks: list[Token], pos: int) -> Token | None:
    return token_at(toks, pos)


def looks_generic(prefix: str, toks: list[Token], offset: int, strict: bool = True) -> bool:
    """Whether a name's prefix is no name: generic words only (农业, 重点 …) or a count.

    With ``strict`` False (programs: 耕地保护责任制) only a single generic word is refused.
    """
    if not prefix or prefix in lexicons.generic() or _DIGITS.match(prefix):
        return True
    if strict and looks_generic_text(prefix):
        return True
    if _NUMERAL_LEAD.match(prefix):
        return True
    gen = lexicons.generic()
    words = [w for w, _, _ in within(toks, offset, offset + len(prefix))]
    if not strict:
        return len(words) == 1 and words[0] in gen
    return bool(words) and sum(map(len, words)) == len(prefix) and all(w in gen for w in words)


@rule("suffix")
def suffixed(text: str, toks: list[Token]) -> Iterator[Found]:
    """Names that end with a suffix of the lexicon: 华兴科技, 红旗镇中心小学, 街巷长制."""
    ends = {e for _, _, e in toks}
    table = lexicons.suffix_table()
    for m in lexicons.suffix_regex().finditer(text):
        suf = table[m.group()]
        glued = m.end() not in ends
        if glued and not _glued_works(toks, m):
            continue  # the suffix is the head of a longer word: 大会精神, 公园城市
        head = _token_at(toks, m.start())
        cut = m.start()
        if head is not None and head[1] < m.start():
            common = not proper_word(head[0]) or head[0] in lexicons.stop_names()
            if len(suf.text) == 1 and common:
                continue  # one-character suffix inside a common word: 思路, 道路
            cut = head[1]  # the rest of the word belongs to the name: 人民|医院
        if len(suf.text) == 1 and cut < m.start():
            start = _single_chars_before(toks, cut)  # 卧龙寺, 石|上路; not 清水河|滨河
            if start == cut and len(head[0]) == 2:
                continue
        else:
            start = left_edge(text, toks, cut, suf.max_chars - len(suf.text),
                              verb_head=suf.type in ("Program", "Project"))
        start = min(start, cut)
        start = balanced(text, _trim(toks, start, m.start(), suf), cut)
        start = past_figure(text, start, m.start())
        name = text[start:m.end()]
        prefix = name[: -len(suf.text)]
        if (name in lexicons.stop_names() or len(prefix) < suf.min_prefix
                or prefix in lexicons.boundaries()):
            continue  # 乡镇, 完善|产业园
        if _is_quoted(text, start, m.end()):
            continue  # “千村示范路” is the quoted term's, not a road
        if prefix and not suf.any_prefix and looks_generic(prefix, toks, start,
                                                            strict=suf.type != "Program") \
                and not (suf.type == "Organization" and prefix in _JURISDICTIONS):
            continue  # but 国家|卫健委, 省|医保局: an agency of a jurisdiction
        if suf.proper and not (looks_proper(prefix, toks, start)
                               and _named_head(toks, cut if cut < m.start() else m.start())) \
                and not (suf.type == "Project" and _built(toks, m.start(), prefix)):
            continue
        if _lead_figure().fullmatch(prefix):
            continue  # 94平方公里古城: a size, no name
        if len(prefix) == 1 and prefix in _PARTICLES:
            continue  # 过街
        if _COUNTED_END.search(prefix) or counted(text, start, m.end(), suf.type, m.start()):
            continue  # 甲、乙两个景区: a count of things of the kind, no name
        if suf.type in _VERBLESS and (name[0] in "型式性化级" or _starts_with_verb(toks, start)):
            continue  # 紧密|型医共体, 具备|大学: the stretch began inside a phrase
        if suf.type == "Enterprise" and not _enterprise_evidence(text, toks, start, m, suf):
            continue
        if suf.kinds and not stem_named(prefix):
            continue
        if glued and _refine(suf.type, name) != "Project":
            continue  # 甲工程建设 names a works only when it builds something (水库, 路)
        found = Found(start, m.end(), name, _refine(suf.type, name), f"suffix:{suf.text}")
        yield found
        if found.type in ("Organization", "Enterprise"):
            yield from _shared_suffix(text, toks, found, m.start())


_ROADS = r"(?:高速公路|高速|高铁|铁路|国道|省道|快速路|大道|公路|(?<=\d)线)"
_SPAN = r"[\u4e00-\u9fffA-Za-z\d]{1,10}?(?:至|到|—|－)[\u4e00-\u9fffA-Za-z\d]{1,10}?"
#: A road and its section: G318线甲乡至乙镇段, 甲乙高速丙丁段 (then its works: 改建工程).
_SECTION = re.compile(
    rf"(?:{_ROADS}|线(?={_SPAN}段))(?:{_SPAN}|[\u4e00-\u9fff]{{2,4}}?)"
    r"(?<![阶手地时路片区工])段(?:改扩建工程|改建工程|扩建工程|建设工程|工程|项目)?")


@rule("name:road_section")
def road_sections(text: str, toks: list[Token]) -> Iterator[Found]:
    """Rule name:road_section — a named road section is a Project: the road's name (its left
    edge as any name's), then the section (甲至乙段, 甲段) and the works it names, if any:
    开工建设G318线白马乡至红旗镇段改建工程, 青山高速白云段建成通车; not 建设阶段.

    >>> from kg.extract.tokenizer import tokens
    >>> t = "开工建设G318线白马乡至红旗镇段改建工程，推进公路建设阶段工作。"
    >>> [f.text for f in road_sections(t, tokens(t))]
    ['G318线白马乡至红旗镇段改建工程']
    """
    for m in _SECTION.finditer(text):
        start = left_edge(text, toks, m.start(), 10)
        if start >= m.start() and not text[m.start() - 1:m.start()].isdigit():
            continue  # no road's name before the suffix
        road = text[start:m.start()]
        if looks_generic(road, toks, start) and not re.search(r"\d", road):
            continue  # 高速公路建设: no road's name
        yield Found(start, m.end(), text[start:m.end()], "Project", "name:road_section")


#: Tags of jieba's dictionary for names (persons, places, organizations, other proper nouns,
#: abbreviations).
_NAME_TAGS = frozenset({"nr", "ns", "nz", "nt", "nrt", "nrfg", "j"})


def _enterprise_evidence(text: str, toks: list[Token], start: int, m: re.Match,
                         suf) -> bool:
    """Rule name:enterprise-stem — an enterprise's name holds a proper stem: a word jieba
    tags as a name or abbreviation, a word it does not know (华茂), or two lone characters in
    a row, not both verbs or adjectives (鑫|源, 城|发; not 投|硬); not common words only (上市|公司, 保险|公司, 海洋|科技). An industry word
    as suffix (科技, 新材料) must end the phrase: 鑫源科技|荣获, not 高水平科技|自立自强.

    >>> from kg.extract.tokenizer import tokens
    >>> t = "推动保险公司发展，华茂集团投产，加快科技创新。"
    >>> [f.text for f in suffixed(t, tokens(t)) if f.type == "Enterprise"]
    ['华茂集团']
    """
    gen = lexicons.generic()
    words = [w for w, _, _ in within(toks, start, m.start())]
    singles = [len(w) == 1 and _CJK.match(w) and w not in _PARTICLES
               and w not in lexicons.boundaries() and not _COUNT.fullmatch(w) for w in words]
    paired = any(a and b and not (_verbal(x) and _verbal(y))
                 for (a, b), (x, y) in zip(pairwise(singles), pairwise(words)))
    # an industry word (科技, 机械) needs more than a place before it: 甲县电气机械 is a trade
    places = _region_words() if suf.proper else frozenset()
    if not (paired or any(w not in gen and w not in places and (
            word_tag(w) in _NAME_TAGS or word_tag(w) is None and len(w) > 1 and _CJK.match(w))
            for w in words)):
        return False
    if suf.text == "集团" and any(len(w) == 3 and word_tag(w) == "nr" for w in words):
        return False  # 甲乙丙集团 after a person's name: a clique, not a company
    if suf.proper:
        after = starting_at(toks, m.end())
        if after and after[0] in _continuations():
            return False
    return True


#: A stem that names by letters, digits, an ordinal or a place's suffix at its end.
_NAMED_STEM = re.compile(r"[A-Za-z0-9]|第[一二三四五六七八九十]|[路街巷村庄屯寨峪沟坪岭营湾湖河山江海岛宫寺塔]$")
_LEVEL_LEAD = re.compile(r"(?:(?:国家|省|市|县|区)级|[国省市]{2,}[考控]?|[国省市][考控])+(?:以上)?")
#: Words that begin a body's name as a jurisdiction does (省科学院, 国家信访局) or name the
#: nation (中国科学院, 中华职业学院).
_NAMING_LEADS = ("中国", "中华", "国家", "中央", "省", "市", "县", "区")


@rule("name:kind_stem", kind="filter")
def stem_named(prefix: str) -> bool:
    """Rule name:kind_stem — a body whose suffix has common kinds (技师学院, 老年大学, 村镇银行,
    人工智能研究院: suffixes flagged k) is named only by a stem that names: a place's name
    (青山大学), a word jieba tags as a name or abbreviation, a rare word (鑫源), two lone
    characters in a row, letters or digits, or a jurisdiction or the nation leading it (省科学院,
    中国科学院); common words alone make a kind.

    >>> stem_named("青山"), stem_named("技师"), stem_named("省医学"), stem_named("第四实验")
    (True, False, True, True)
    >>> stem_named("旅游休闲"), stem_named("国考"), stem_named("白鹭湖历史文化")
    (False, False, True)
    """
    from kg.extract.tokenizer import tokenizer

    level = _LEVEL_LEAD.match(prefix)
    if level:  # 国考断面, 省级示范街区: a level or a monitoring tier is no name
        prefix = prefix[level.end():]
        if not prefix or prefix in lexicons.generic():
            return False
    if len(prefix) == 1 or prefix.startswith(_NAMING_LEADS) or _NAMED_STEM.search(prefix):
        return True  # 中医院; 第四小学; 青年路小学, 石门峪小学
    words = tokenizer().lcut(prefix, HMM=False)
    gen, freq, places = lexicons.generic(), tokenizer().FREQ, _region_words()
    if any(w in places or len(w) > 1 and w not in gen and (
            word_tag(w) in _NAME_TAGS or freq.get(w, 0) <= 100 and _CJK.match(w))
           for w in words):
        return True
    singles = [len(w) == 1 and _CJK.match(w) and w not in _PARTICLES for w in words]
    return any(a and b and not (_verbal(x) and _verbal(y))
               for (a, b), (x, y) in zip(pairwise(singles), pairwise(words)))


#: A suffix glued by jieba to the build word after it: 水库|工程建设 (a word of its
#: dictionary) ends the name 水库工程 all the same.
_GLUED_TAILS = frozenset({"建设", "开工", "改造", "项目"})


def _glued_works(toks: list[Token], m: re.Match) -> bool:
    tok = _token_at(toks, m.start())
    return bool(tok and tok[1] == m.start() and tok[0][len(m.group()):] in _GLUED_TAILS
                and tok[0].startswith(m.group()))


@cache
def _lead_figure() -> re.Pattern:
    """A capacity or size a name may begin with: 年产1.5万吨, 200兆瓦, 5万平方米."""
    units = [r[0] for r in lexicons.rows("units.tsv")
             if r[3] in ("count", "amount") and not r[0].isascii()]
    return re.compile(r"(?:年产|年处理|日处理)?[\d.]+(?:[万亿千百]+)?(?:"
                      + lexicons.alternation(units) + ")")


def past_figure(text: str, start: int, end: int) -> int:
    """Where a name begins past a figure it starts with (年产1.5万吨|鑫源新材料项目; a decimal
    point may have cut the figure: 5万吨|鑫源…), keeping the figure if nothing is left."""
    at = start
    if text[at - 1:at] == "." and at >= 2 and text[at - 2].isdigit():
        at -= 1
        while at > 0 and (text[at - 1].isdigit() or text[at - 1] == "."):
            at -= 1
    m = _lead_figure().match(text, at, end)
    return m.end() if m and end - m.end() >= 2 else start


def _verbal(word: str) -> bool:
    """A verb, adjective or adverb (投, 硬), not a word of place (中, 东)."""
    return leading_word(word, nouns_too=True) and word_tag(word) != "f"


@cache
def _region_words() -> frozenset[str]:
    """Names of provinces, cities and counties, full and short (甲省, 甲, 乙县, 乙)."""
    out = set(lexicons.region_shorts())
    for r in lexicons.regions():
        out.add(r.name)
        if short := lexicons.short_form(r.name):
            out.add(short)
    return frozenset(out)


@cache
def _continuations() -> frozenset[str]:
    return frozenset(lexicons.words("entity_suffix_continuations.txt"))


_JURISDICTIONS = frozenset({"国家", "中央", "省", "市", "县", "区"})
_COUNTED_END = re.compile(r"[\d一二三四五六七八九十两]+" + _HEAD_MW + "$")
#: A count right before a name: 建设10个|, 等6家|, 新增两处| (not an ordinal: 第三批|).
_COUNT_BEFORE = re.compile(r"(?<!第)(?:[\d.]+|[一二三四五六七八九十两百千万几多]+)"
                           + lexicons.count_pattern() + "$")
#: A "N大" lead: 6大研究院, 十大特色街区 (not 五大连池: digits or 十 only).
_BIG_N = re.compile(r"^(?:\d+|十)大")


@cache
def _figure_after() -> re.Pattern:
    """A figure right after a name: 甲基地30个, 甲公园162万平方米, 甲安置房7.7万套 — the
    measure words of counts and amounts of units.tsv (not a year: 甲项目2025年建成; not a
    phase: 甲产业园二期)."""
    units = [r[0] for r in lexicons.rows("units.tsv")
             if r[3] in ("count", "amount") and not r[0].isascii() and r[0] != "期"]
    return re.compile(r"(?:[\d.]+|[一二三四五六七八九十两百千]+)[万亿]?(?:"
                      + lexicons.alternation(units) + ")")


@rule("name:counted", kind="filter")
def counted(text: str, start: int, end: int, type_: str, suffix_at: int | None = None) -> bool:
    """Rule name:counted — a suffix name with a count before it or a figure after it is a
    kind of thing counted, not a name: 建设10个甲乙产业园, 新建丙丁公园5处, 等6家三甲医院;
    so is a suffix that is a measure word after a number (出台规章4部); a program is not a
    thing counted (十大工程 stays its name).

    >>> counted("建设10个数字产业园", 5, 10, "Project"), counted("建成红旗公园", 2, 6, "Project")
    (True, False)
    """
    if type_ in ("Program", "Event"):
        return False
    before = text[max(0, start - 6):start]
    if suffix_at is not None and text[suffix_at:end] in lexicons.count_words() \
            and _COUNT.fullmatch(text[suffix_at - 1:suffix_at]):
        return True  # 规章4部: 部 counts
    listed = before.endswith("、")  # 甲路、乙路3条: the figure counts the list
    return bool(_COUNT_BEFORE.search(before) or not listed and _figure_after().match(text, end)
                or _BIG_N.match(text, start))

#: Types whose names hold no verb: a verb in front of one ends it (加入|北京协和医院).
_VERBLESS = frozenset({"Enterprise", "Organization", "Place", "Town", "Village"})


#: Words that make a suffix a kind, not a name: 重点|项目, 签约|项目.
_KINDS_OF_PROJECT = frozenset({"重点", "重大", "在建", "续建", "新建", "新开工", "签约", "储备",
                               "谋划", "民生", "招商", "产业", "各类", "一批"})


def _named_head(toks: list[Token], end: int) -> bool:
    """The word just before a suffix is no verb nor generic word (推进|项目, 重点|项目)."""
    word = _word_ending(toks, end)
    return not (word in lexicons.boundaries() or word in _KINDS_OF_PROJECT
                or len(word) > 1 and leading_word(word))


def _built(toks: list[Token], end: int, prefix: str) -> bool:
    """A project named by what it builds (污泥焚烧|项目, 县医院迁建|项目): the word before the
    suffix is a build word, and something to build stands in front of it."""
    word = _word_ending(toks, end)
    return word in lexicons.build_words() and len(prefix) > len(word) + 1


def _starts_with_verb(toks: list[Token], start: int) -> bool:
    tok = starting_at(toks, start)
    word = tok[0] if tok else ""
    return len(word) > 1 and verb_word(word)


def _word_ending(toks: list[Token], end: int) -> str:
    tok = ending_at(toks, end)
    return tok[0] if tok else ""


def _trim(toks: list[Token], start: int, suffix_at: int, suf) -> int:
    """Drop the verbs a name begins with while enough is left before its suffix
    (对接|中国农业大学, 发挥|行业协会, 谋划|实施|甲项目); a verbless type is cut after its
    last verb (市场化运行|乙研究院)."""
    words = within(toks, start, suffix_at)
    if suf.type in _VERBLESS:
        verbs = [t for t in words if len(t[0]) > 1 and leading_word(t[0])]
        if verbs and suffix_at - verbs[-1][2] >= max(suf.min_prefix, 1):
            start = verbs[-1][2]
    bounds = lexicons.boundaries()
    # 开展|扫黑除恶: a program's verbs after a boundary word are its own
    after_bound = _word_ending(toks, start) in bounds
    for word, ts, te in words:
        if ts < start:
            continue
        verb = leading_word(word) and not (after_bound and suf.type == "Program")
        if len(word) > 1 and (verb or word in bounds) \
                and suffix_at - te >= max(suf.min_prefix, 1):
            start = te
            after_bound = word in bounds
        else:
            break
    return start


def _single_chars_before(toks: list[Token], cut: int) -> int:
    """The start of the run of one-character tokens (an unknown name) ending at ``cut``."""
    start = cut
    for word, ts, te in leftwards(toks, cut):
        if te < start or len(word) > 1 or word in lexicons.boundaries() or not _CJK.match(word):
            break
        start = ts
    return start


def _shared_suffix(text: str, toks: list[Token], found: Found, cut: int) -> Iterator[Found]:
    """甲、乙、丙基层供销社 → 甲基层供销社 and 乙基层供销社 as well: short items before the
    name share its generic tail."""
    gen = lexicons.generic()
    head_end = found.start
    for word, ts, te in within(toks, found.start, cut):
        if word not in gen and head_end == ts:
            head_end = te
    tail = text[head_end:found.end]
    if not 2 <= head_end - found.start <= 3:
        return
    end = found.start
    while end > 1 and text[end - 1] == "、":
        start = left_edge(text, toks, end - 1, 4, nouns_too=True)
        if left_edge(text, toks, end - 1, 12, nouns_too=True) != start:
            return  # 甲一中宿舍楼、乙学校: the item runs on beyond a short name
        item = text[start:end - 1]
        if (not re.fullmatch(r"[\u4e00-\u9fff]{2,3}", item) or own_suffix(item + "x")
                or lexicons.suffix_regex().search(item) or looks_generic_text(item)):
            return
        yield Found(start, end - 1, item + tail, found.type, found.source + "+shared")
        end = start


def balanced(text: str, start: int, cut: int) -> int:
    """Move a name's start past a closing bracket it has no opening one for: 赛区)新材料."""
    while start < cut and text[start] in "()（）·+":
        start += 1
    depth = 0
    for i in range(start, cut):
        if text[i] in "(（":
            depth += 1
        elif text[i] in ")）":
            if depth == 0:
                start = i + 1
            depth = max(0, depth - 1)
    while start < cut and text[start] in "()（）·+":
        start += 1
    return start


def _is_quoted(text: str, start: int, end: int) -> bool:
    return text[start - 1:start] == "“" and text[end:end + 1] == "”"


#: A 工程 that builds something is a Project; else it is a Program (民生工程, 天网工程).
_BUILD = re.compile(r"建设|续建|改造|整治|修复|期|公园|厂|路|站|馆|桥|管网|水库|隧道|机场|码头|堤|闸|渠")


def _refine(type_: str, name: str) -> str:
    if type_ == "Program" and name.endswith("工程") and _BUILD.search(name[:-2]):
        return "Project"
    return type_


def looks_generic_text(text: str) -> bool:
    """Whether ``text`` is made only of generic words (乡村建设, 示范村), however cut."""
    gen = lexicons.generic()
    ok = [True] + [False] * len(text)
    for i in range(len(text)):
        if ok[i]:
            for j in range(i + 1, min(len(text), i + 6) + 1):
                if text[i:j] in gen:
                    ok[j] = True
    return ok[len(text)]


def own_suffix(name: str) -> str | None:
    """The type a name's own suffix gives it, when its prefix is long enough."""
    m = lexicons.suffix_end_regex().search(name)
    if not m:
        return None
    suf = lexicons.suffix_table()[m.group()]
    return suf.type if len(name) - len(suf.text) >= max(suf.min_prefix, 2) else None


def enterprise_like(item: str) -> bool:
    """Rule name:enterprise-item — whether a list's item named without a suffix may be an
    enterprise: after a leading region's name, a word jieba tags as a name or abbreviation,
    a word it does not know or hardly knows, or two lone characters in a row (华茂, 阜通, 鑫|源); not common
    words only (法律, 银行, 精准帮扶, 光半导体).

    >>> enterprise_like("甲省阜通"), enterprise_like("精准帮扶"), enterprise_like("保险公司")
    (True, False, False)
    """
    from kg.extract.tokenizer import tokenizer

    words = tokenizer().lcut(item, HMM=False)
    while len(words) > 1 and (words[0] in lexicons.region_shorts()
                              or words[0] in lexicons.region_names()):
        words = words[1:]
    gen = lexicons.generic()
    freq = tokenizer().FREQ
    if any(w not in gen and len(w) > 1 and w not in lexicons.region_shorts()
           and (word_tag(w) in _NAME_TAGS or freq.get(w, 0) <= 20 and _CJK.match(w))
           for w in words):
        return True
    singles = [len(w) == 1 and _CJK.match(w) and w not in _PARTICLES for w in words]
    return any(a and b and not (_verbal(x) and _verbal(y))
               for (a, b), (x, y) in zip(pairwise(singles), pairwise(words)))
