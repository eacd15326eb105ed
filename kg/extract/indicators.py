"""What a figure measures: its name from the words around it, and one canonical name.

The name of 地区生产总值完成215.6亿元 is the clause before the number, less the verb that
joins them (完成) and the words that open the clause (全年); for a count whose noun follows
(新建10个社区便民商圈) it is the verb and that noun. :func:`canonical` maps other names of an
indicator to one (规上工业增加值 → 规模以上工业增加值) through ``indicator_aliases.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from kg import lexicon
from kg.extract import units
from kg.extract.tokenizer import word_tag

#: Where a clause ends: a figure's name never reaches across these.
CLAUSE_MARKS = "，,；;：:。！？!?"
_NOISE = re.compile(r"〔\d+〕|\[\d+\]|［\d*］|[①-⑳]|[（(][件台套个只][)）](?:以上|以下)?|[（(][一二三四五六七八九十]+[）)]|[“”\"‘’「」『』《》\s]")
#: A year written in a name is when, not what: 2019年完成造林 → 完成造林.
_YEAR = re.compile(r"(?:(?:19|20|１９|２０)\d\d|(?:一九|二[〇○零])[〇○零一二三四五六七八九]{2})年(?:以来|底|末|初)?")
_LIST_MARKS = "、和及与"
#: A list mark opening a name, but not a word beginning with one (及时, 和美, 和谐).
_LIST_HEAD = re.compile(r"^(?:、|和(?![美谐])|及(?!时)|与)+")
#: A list mark ending a name, but not a word ending with one (惠及, 涉及, 普及, 参与).
_LIST_TAIL = re.compile(r"(?:、|和|(?<![惠涉普波危])及|(?<!参)与)+$")
#: Words that are never a name alone: 即增长3.7%, 又增长17%, 都比上年增长8%.
_FUNCTION_WORDS = frozenset("即又都也还只要将在让转减降升比较前就才仅")
#: A preposition opening a name: its object is what is measured (对全市甲市场 → 全市甲市场,
#: 为企业减负 → 企业减负, 把物价涨幅 → 物价涨幅); not a word that begins with one (对外, 对口,
#: 向上, 为民, 将近, 以上: see :func:`_preposition`).
_PREPOSITION = re.compile(r"^(?:对于|关于|[对向为把将以])")
#: A bracket whose partner is not in the name: the name was cut inside an aside.
_OPEN, _CLOSE = "（(【[", "）)】]"
_MAX = 20  # longest name kept; longer clauses keep their end, where the noun is
#: Longest stretch of a clause read for a name: its end, so a clause of a line without
#: punctuation (a megabyte long) costs no more than a short one.
_LONGEST_READ = 10 * _MAX
_NOUN_START = re.compile(r"的?[\u4e00-\u9fff“（(]")
_DIGIT = re.compile(r"\d")
#: Words that end a generic name: 重点实施了总投资 … 的鑫源物流园 → 鑫源物流园总投资.
GENERIC_TAILS = ("总建筑面积", "建筑面积", "占地面积", "总面积", "总投资", "投资", "总长", "全长",
                 "占地")


@cache
def _edges() -> tuple[re.Pattern, re.Pattern]:
    """Regexes of the words stripped from a name's start (fillers) and end (trailers)."""
    deadlines = _deadline_words()
    heads = sorted(lexicon.words("figure_fillers.txt") + tuple(deadlines), key=len, reverse=True)
    tails = sorted(lexicon.words("figure_trailers.txt") + tuple(deadlines), key=len, reverse=True)
    return (re.compile("^(?:" + "|".join(map(re.escape, heads)) + ")"),
            re.compile("(?:" + "|".join(map(re.escape, tails)) + ")$"))


@cache
def _quantity_start() -> re.Pattern:
    """A number and its unit among some words: 实施30公里农村公路 → 实施农村公路."""
    return re.compile(rf"[\d.]+(?:{units.prefix_pattern()})?(?:{units.measure_pattern()})?")


@cache
def _noun_stops() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicon.words("figure_noun_stops.txt"))))


@cache
def _noun_modifiers() -> tuple[str, ...]:
    return lexicon.words("figure_noun_modifiers.txt")


@cache
def _generic() -> frozenset[str]:
    return frozenset(lexicon.words("figure_generic.txt"))


@cache
def _deadline_words() -> tuple[str, ...]:
    words = [r[0] for r in lexicon.rows("figure_deadlines.tsv")]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def _aliases() -> tuple[dict[str, str], list[tuple[str, str]], tuple[str, ...]]:
    whole, part, verbs = {}, [], []
    for alias, name, scope in lexicon.rows("indicator_aliases.tsv"):
        if scope == "whole":
            whole[alias] = name
        elif scope == "prefix":
            verbs.append(alias)
        else:
            part.append((alias, name))
    return whole, sorted(part, key=lambda p: -len(p[0])), tuple(verbs)


def clause_start(text: str, pos: int, floor: int = 0) -> int:
    """Where the clause holding ``pos`` begins, not before ``floor``."""
    start = max((text.rfind(m, floor, pos) for m in CLAUSE_MARKS), default=-1)
    return max(start + 1, floor)


def clean(name: str) -> str:
    """A name without quotation marks, footnote marks, opening fillers or joining verbs.

    >>> clean("其中战略性新兴产业占比")
    '战略性新兴产业占比'
    """
    if len(name) > _LONGEST_READ:  # the end is all that is kept of a long clause (see below)
        name = name[-_LONGEST_READ:]
    name = _whole_asides(_YEAR.sub("", _NOISE.sub("", name)))
    head, tail = _edges()
    for _ in range(4):
        before = name
        name = _LIST_HEAD.sub("", name)
        name = name[_preposition(name):]
        m = head.match(name)
        if m and not (m.end() == 1 and word_tag(name[:2]) is not None):  # 共, not 共建
            name = name[m.end():]
        m = tail.search(name)
        if m:
            name = name[:m.start()]
        name = _LIST_TAIL.sub("", name)
        if name == before:
            break
    if len(name) > _MAX:  # keep the end, from a word boundary: …人口的庞大消费体量 → 庞大消费体量
        tail = name[-_MAX:]
        cut = max(tail.find("的"), tail.find("、"))
        name = tail[cut + 1:] if 0 <= cut < len(tail) - 2 else tail
    name = name.lstrip(".·-—")
    return "" if name in _FUNCTION_WORDS else name


def _preposition(name: str) -> int:
    """The length of a preposition opening ``name`` (0 for none): 对, 向, 为 alone, not the
    first character of a word (对外贸易, 对口帮扶, 为民办实事, 对标一流).

    >>> _preposition("对全市农贸市场"), _preposition("对外贸易"), _preposition("对于企业")
    (1, 0, 2)
    """
    m = _PREPOSITION.match(name)
    if m is None or len(name) == m.end():  # the preposition alone (对4个乡镇): nothing of it
        return 0 if m is None else m.end()
    if m.end() == 1 and (word_tag(name[:2]) is not None or name[1] == "标"):
        return 0
    return m.end()


def _whole_asides(name: str) -> str:
    """A name without a bracket cut in half: the words before an aside left open (甲服务（含乙
    → 甲服务), after one whose start was cut off (乙）的甲 → 的甲), or the aside's own words when
    the name is all inside it. A whole aside is kept (甲企业（团队）): names are as written.

    >>> _whole_asides("电梯更新（含换新"), _whole_asides("改造、大修）电梯"), _whole_asides("县（市")
    ('电梯更新', '电梯', '县')
    """
    for _ in range(3):
        opened = [i for i, c in enumerate(name) if c in _OPEN]
        closed = [i for i, c in enumerate(name) if c in _CLOSE]
        if len(opened) == len(closed):
            return name
        if len(closed) > len(opened):  # the aside began before the name: keep what follows it
            cut = closed[len(closed) - len(opened) - 1]
            name = name[cut + 1:] if name[cut + 1:] else name[:cut]
        else:  # an aside left open: keep what precedes it, else its own words
            cut = opened[len(opened) - len(closed) - 1] if closed else opened[0]
            name = name[:cut] if cut else name[1:]
    return name

#: An aside that gives a plan beside a result: 增长9%（年度目标6%以上）.
_PLAN_ASIDE = re.compile(r"[（(][^（()）]{0,4}(?:目标|计划|任务)[^（()）]{0,6}$")


def in_plan_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside an aside that states a plan beside a result.

    >>> in_plan_aside("增长9%（年度目标6%以上）", 10), in_plan_aside("增长9%（含甲6%）", 8)
    (True, False)
    """
    return bool(_PLAN_ASIDE.search(text, clause_start(text, pos), pos))


def before(text: str, floor: int, pos: int) -> str:
    """The name written before a figure at ``pos``: the clause from ``floor``, cleaned.

    Examples of a list (建设甲、乙等5个…) stop at 等: what follows 等 names the things.
    """
    start = clause_start(text, pos, floor)
    raw = text[start:pos]
    if start == floor > 0 and "、" in raw:  # 6户“链主”企业、18户…: the rest was the last figure's
        raw = raw[raw.index("、") + 1:]
    if "等" in raw:
        raw = raw[raw.rindex("等") + 1:]
    return clean(_LIST_HEAD.sub("", raw))


def after(text: str, end: int, stop: int) -> tuple[str, int]:
    """The counted noun after a count (10个社区便民商圈 → 社区便民商圈) and where it ends."""
    clause_end = min((i for m in CLAUSE_MARKS + "、" if (i := text.find(m, end, stop)) >= 0),
                     default=stop)
    if clause_end - end == 1 and text.startswith("、", clause_end):  # 588个省、市级美丽乡村
        clause_end = min((i for m in CLAUSE_MARKS if (i := text.find(m, end, stop)) >= 0),
                         default=stop)
    if not _NOUN_START.match(text, end):
        return "", end
    words = text[end:clause_end].lstrip("的")
    opening = next((len(w) for w in _noun_modifiers() if words.startswith(w)), 0)
    stop = _noun_stops().search(words, opening)  # 5万亩高标准农田: 高标准 opens the noun
    return clean(words[:stop.start()] if stop else words)[:16], clause_end


def owner(text: str, end: int) -> str:
    """What a generic figure belongs to: 总投资25亿元的12个乡村振兴项目 → 乡村振兴项目.

    Of a list with examples (甲、乙等4个社区) the kind is kept; one example (甲等项目) is
    named itself.
    """
    stop = min((i for m in CLAUSE_MARKS if (i := text.find(m, end)) >= 0), default=len(text))
    words = text[end:stop].lstrip("的")
    head, _, more = words.partition("、")
    if more and _DIGIT.search(more.split("等")[0]):
        words = head  # 投资36亿元的甲、投资8亿元的乙等: the list is one of figures
    elif "等" in words:
        first, rest = words.split("等", 1)
        words = rest if "、" in first else first
    else:  # 总投资12亿元的甲、总投资9亿元的乙: a list of figures, each with its own owner
        words = words.split("、", 1)[0]
    words = _noun_stops().split(_quantity_start().sub("", words), maxsplit=1)[0]
    return "" if _DIGIT.search(words) else clean(words)[:16]


def is_generic(name: str) -> bool:
    """Whether a name needs the thing it belongs to: 总投资, 占比, 占财政总支出的比重."""
    return name in _generic() or name.startswith("占") and not name.startswith("占地")


def canonical(name: str) -> str:
    """The one name of an indicator written in several ways.

    >>> canonical("规上工业增加值")
    '规模以上工业增加值'
    """
    whole, part, verbs = _aliases()
    if name in whole:
        return whole[name]
    for verb in verbs:
        if name.startswith(verb) and name[len(verb):] in whole:
            return whole[name[len(verb):]]
    for alias, full in part:
        if alias in name and full not in name:
            name = name.replace(alias, full)
    return whole.get(name, name)


def split_subject(subject: str, n: int) -> list[str] | None:
    """The ``n`` names of a 分别 list's subject: 刑事、治安案件发案率 → 刑事案件发案率 …

    Short modifiers share the head of the last part (城镇和农村居民… → 城镇居民…); 城乡 is
    城镇 and 农村. None when the subject does not split into ``n`` parts.
    """
    if subject.startswith("城乡") and n == 2:
        head = subject[2:]
        return ["城镇" + head, "农村" + head]
    parts = [p for p in re.split(f"[{_LIST_MARKS}]", subject) if p]
    if len(parts) != n:
        return None
    first, last = parts[0], parts[-1]
    names = []
    for p in parts[:-1]:
        if len(p) <= 3 and len(last) > len(p) + 1:
            p = p + last[len(p):]
        names.append(p)
    # 义务教育入学率和巩固率: a short later part shares the opening of the first
    tails = [first[:-len(p)] + p if len(p) <= 3 and len(first) > len(p) + 1 else p
             for p in parts[1:]]
    return names[:1] + tails if len(names) == 1 and len(last) <= 3 else names + [last]
