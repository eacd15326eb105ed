"""Awards: who received which honor, at which level, in which year.

A clause with an honor verb (获评, 荣获, 入选 …, honor_verbs.txt) splits into a subject and an
honor. The recipients are the entities named in the subject; with no subject, the report's own
region (获批首批国家全域旅游示范县 → the county). The level is read from the words
in front of the title (levels.tsv, province names), else from a level word inside it
(首批国家甲 …), else from the giver (被省住建厅评为), else the default of the region.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kg import lexicon as lexicons
from kg.model import Award, Document, Level, Sentence
from kg.rules import rule

Key = tuple[str, str]
Span = tuple[int, int, Key]  # a mention in a sentence: start, end, entity key

_CLAUSE = re.compile(r"[^，,；;。！？!?：:]+")
_YEAR = re.compile(r"(19|20)\d{2}(?=年)")
#: Words before a title that say nothing of it: 首批, 第二批, 全市首家, 2023年.
_LEAD = re.compile(r"^(?:了|(?:19|20)\d{2}年(?:度)?|第?[一二三四五六七八九十\d]+批|首批|首家|首个|"
                   r"全(?:国|省|市|县|区)首(?:家|个|批)|“|”)+")
_TRAIL = re.compile(r"(?:荣誉称号|称号|荣誉|等荣誉|等|”)+$")
#: Verbs that need a title word in their object (成为新的增长点 is no honor).
_WEAK = frozenset({"成为", "获得", "通过", "位居", "列入", "获", "评为", "纳入", "上榜"})
#: A measure word of counts (家, 个, 所 …), from units.tsv.
_MW = lexicons.count_pattern()
_COUNTED = re.compile(r"\d+" + _MW)
_NOTE = re.compile(r"〔\d+〕|\[\d+\]")  # footnote marks
#: Titles joined by 、 or by quotation marks (“甲”“乙”), not a 、 inside brackets (县（市、区）).
_SPLIT = re.compile(r"(?:、|”“)(?![^（(]*[）)])")
_NOT_TITLE = re.compile(r"(?<!目)的|一个|级以上|\d+" + _MW)
_QUOTED = re.compile(r"“[^”]*”")  # a quoted title is a title, 的 or not
_LONGEST = 25  # characters of a title without its level, lead words and quotes
_WORK = re.compile(r"(?:工作|创建|建设|考核)$")
#: A grade, not a title: the honor is the subject's work so graded (创建工作获评优秀).
_GRADE = re.compile(r"优秀(?:等次)?|先进|良好|第一|满分|达标|合格|A+级?|一等")
#: A title for a region (示范县, 先进区): its recipient is the report's own region.
_REGION_TITLE = re.compile(r"(?:县|市|(?<![街园景聚片假])区)(?:创建名单|名单)?$")
_STOP_ITEM = re.compile(r"^[\d%]|%|^(?:我|全|各|该|本)")
#: A named item before its count: 甲等3家企业 (the item is the recipient).
_NAMED_COUNT = re.compile(r"[\u4e00-\u9fff]等[\d一二三四五六七八九十两]+")
_BOOK = re.compile(r"(?:《[^《》]{2,30}》)+")
#: Where a subject was judged, not who: 甲产业在全省考核中获评优秀 → 甲产业.
_SETTING = re.compile(r"在[^，,、]{2,24}(?:中|上)$")
#: 甲等10个特色农产品: the named item before a count.
_AFTER_COUNT = re.compile(r"等[\d一二三四五六七八九十两]+" + _MW + r".*$")
#: What a practice is called: the region's 做法 or 模式 is a recipient with its verb.
_PRACTICE = re.compile(r"(?:做法|模式|经验|实践|举措|机制)$")
_OWN_LEAD = re.compile(r"^(?:我|全|本)(?:市|县|区|省|州|盟|旗)")
_LONGEST_THING = 24
#: The report's own region named by a pronoun (我县成功入选…): a subjectless honor.
_OWN = re.compile(r"[\d年月日底初]*(?:我|本)" + lexicons.one_char_suffixes())
#: How often, not who: 连续两年被评为…, 第三次获评…
_TIMES = re.compile(r"(?:连续|第)[一二三四五六七八九十两\d]+(?:年|次|届)")
#: A count of recipients: 3家合作社入选…, 1人获…
_LIST_COUNT = re.compile(r"等?[\d一二三四五六七八九十两]+" + _MW +
                         r"[\u4e00-\u9fff]{0,4}$")
_COUNT_SUBJECT = re.compile(r"\d+" + _MW + r"[\u4e00-\u9fff]{0,8}")

#: Rule honor:aim — an honor sought, not received: 争创, 力争, 确保创建, 申报.
_AIM = re.compile(r"争创|力争|争取|确保|申报|申创|冲刺|努力|积极创建|迎接|力促|谋划|推动")
#: Rule honor:frame — a title named as the occasion of something else: 以入选甲为契机.
_FRAME = re.compile(r"为契机|为抓手|为引领|为目标|为载体")
#: Rule honor:ranking — a position in a ranking, not a title (位居全省第一, 跻身全球第五,
#: 居同类城市前列): a class of its own is not made; such clauses yield no award.
_RANKING = re.compile(
    r"^(?:居|位居|位列|排名|名列|排在|稳居)?(?:全国|全省|全市|全区|全县|全球|世界|国内|同类|"
    r"副省级城市|省会城市|城市|中部|西部|东部|东北|地区|区域|[一-鿿]{1,4}(?:工作|建设|考核|"
    r"评价|排名|排行|地区|区域|省份|城市)|[一-鿿]{1,6}(?:区|圈|带|群|组))*(?:第[一二三四五六七八九十\d]+(?:位|名|档|方阵|梯队)?|前[一二三四五六七八九十\d]+"
    r"(?:位|名)?|首位|前列|第一方阵|唯一|首家|首个|首例)$")
_RANKING_VERBS = frozenset({"位居"})
#: Verbs whose subject gives the honor: 甲部授予我市乙称号 (the recipient follows).
_GRANTS = frozenset({"授予"})
#: Rule honor:approval — 获批 of a thing to do, money, land or a policy, not a title:
#: 获批建设甲园区, 获批专项债券3亿元, 获批放宽…政策.
_APPROVAL = re.compile(r"^(?:建设|筹建|设立|开展|实施|放宽|开通|组建|创建|新建|开工|上马|启动|成为|"
                       r"重组|扩大|增加|重建|改建|扩建|调整|牵头)")
_MONEY = re.compile(r"资金|[万亿]?元|债券|专项债|国债|贷款|指标|用地|政策|项目资金|额度")
#: Rule honor:statistic — a figure or a change, not a title: 数量创历史新高, 奖励92万元.
_STATISTIC = re.compile(r"创历史|新高|增长|下降|提高|\d+(?:\.\d+)?[万亿]?元|即将|全面施工|数量|"
                        r"^\d+枚")

#: The level of an honor that names none: the body just above the report's region gives it
#: (a county's honors come from its city, a city's from its province). GUIDELINES would
#: leave it null, but the ontology's shape wants one level on every award.
DEFAULT_LEVEL: dict[str, Level] = {"County": "city", "City": "provincial",
                                   "Province": "national", "Country": "national"}


@cache
def _verbs() -> re.Pattern:
    return re.compile(lexicons.trie_pattern(lexicons.honor_verbs()))


@cache
def _titles() -> re.Pattern:
    return re.compile("|".join(map(re.escape, lexicons.words("honor_titles.txt"))))


@cache
def _fillers() -> re.Pattern:
    words = sorted(lexicons.words("honor_fillers.txt"), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")+$")


@cache
def _heads() -> tuple[tuple[str, str], ...]:
    rows = lexicons.rows("honor_heads.tsv")
    return tuple(sorted(((r[0], r[1]) for r in rows), key=lambda r: -len(r[0])))


@cache
def _level_regex() -> re.Pattern:
    words = [w for w, _ in lexicons.levels()] + sorted(lexicons.province_words(), key=len,
                                                       reverse=True)
    words = sorted(set(words), key=len, reverse=True)
    return re.compile("^(?:" + "|".join(map(re.escape, words)) + ")")


def level_of(title: str) -> tuple[Level | None, str]:
    """The level named at the head of a title, and the title without it.

    >>> level_of("省级智能制造示范企业")
    ('provincial', '智能制造示范企业')
    """
    m = _level_regex().match(title)
    if not m:
        return None, title
    word = m.group()
    if word == title:
        return level_word(word), ""
    table = dict(lexicons.levels())
    level = table.get(word, "provincial")  # a province's name
    rest = title[m.end():]
    if word in ("国家", "中国", "省", "市", "县") and rest[:1] != "级":
        return level, title if word in ("国家", "中国") else rest  # 国家知识产权强县
    return level, rest.lstrip("级")


def honor_spans(text: str) -> list[tuple[int, int]]:
    """Where the titles of honors stand in a sentence: names inside them (省级特色商业街)
    are part of the title, not entities."""
    out: list[tuple[int, int]] = []
    if not _verbs().search(text):
        return out
    for clause in _CLAUSE.finditer(text):
        verb = _verbs().search(clause.group())
        if verb and (verb.group() not in _WEAK or _titles().search(clause.group()[verb.end():])):
            out.append((clause.start() + verb.end(), clause.end()))
    return out


def awards(doc: Document, spans: dict[int, list[Span]], own: Key | None,
           types: dict[Key, str], new_entity) -> Iterator[Award]:
    """The awards of the report, in order of their sentences.

    Args:
        spans: the entity mentions of each sentence (by index), in sentence offsets.
        own: the key of the report's own region, the recipient of subjectless honors.
        new_entity: ``(type, label, sentence) -> key`` for recipients named without a suffix.
    """
    default = DEFAULT_LEVEL.get(own[0] if own else "County", "city")
    for s in doc.sentences:
        if not _verbs().search(s.text):
            continue
        previous: list[Key] = []
        for clause in _clauses(s.text):
            found = list(_clause_awards(s, clause, spans.get(s.index, []), own, previous,
                                        default, new_entity))
            if found:
                previous = [a.recipient for a in found]
            yield from found


def _clauses(text: str) -> Iterator[re.Match]:
    """The clauses of a sentence, a clause cut again before each 、 that opens a subject
    of its own honor verb (1人获甲、4人获乙)."""
    whole = re.compile(r".+", re.S)
    for clause in _CLAUSE.finditer(text):
        start = clause.start()
        for m in _sub_clause().finditer(text, clause.start(), clause.end()):
            yield whole.match(text, start, m.start())
            start = m.end()
        yield whole.match(text, start, clause.end())


@cache
def _sub_clause() -> re.Pattern:
    """A 、 before a counted subject and its own honor verb: where a second clause begins."""
    return re.compile(r"、(?=\d+" + _MW + r"[\u4e00-\u9fff]{0,5}?(?:"
                      + lexicons.trie_pattern(lexicons.honor_verbs()) + "))")


@rule("award")
def _clause_awards(s: Sentence, clause: re.Match, spans: list[Span], own: Key | None,
                   previous: list[Key], default: Level, new_entity) -> Iterator[Award]:
    """Rule award — the honors a clause says its subject received, with their level:
    红旗村获评省级文明村 → 红旗村 received 省级文明村 (provincial)."""
    text = clause.group()
    verb = _verbs().search(text)
    if not verb or s.tense == "plan":
        return  # honor:plan — what a plan names is sought, not received
    subject, obj = text[:verb.start()], text[verb.end():]
    if verb.group() == "获" and obj.startswith("奖"):
        return  # 甲工程获奖数量创新高: 获奖 qualifies a count
    if verb.group() in _GRANTS and _OWN_LEAD.match(obj):  # 甲部授予我市乙称号
        subject, obj = "", _OWN_LEAD.sub("", obj)
    if _AIM.search(subject) or _FRAME.search(obj) or verb.group() in _RANKING_VERBS:
        return
    if verb.group() == "获批" and _approval(obj):
        return
    subject = _TIMES.sub("", subject)
    setting = _SETTING.search(subject)
    subject, giver = _split_giver(subject[:setting.start()] if setting else subject)
    if verb.group() in _WEAK and not giver and not _titles().search(obj):
        return  # 被省厅评为洁净城市: a passive names an honor even without a title word
    if _OWN.fullmatch(_fillers().sub("", subject).strip()):
        subject = ""
    honors = _honors(obj)
    if setting:  # 在全省考核中获评优秀: the level of where it was judged
        honors = [(lv or _level_inside(setting.group()), h) for lv, h in honors]
        if len(honors) == 1 and _GRADE.fullmatch(honors[0][1]) and not subject.strip():
            topic = _LEAD.sub("", setting.group()[1:-1])  # 在甲考核中获评优秀 → 甲考核优秀
            honors = [(honors[0][0], re.sub(r"[“”]", "", topic) + honors[0][1])]
    if giver:  # 被交通运输部评为试点县: the giver's level when the title names none
        honors = [(lv or _giver_level(giver), h) for lv, h in honors]
    if verb.group() in _WEAK:  # 通过验收: a title word alone after a weak verb is no honor
        honors = [(lv, h) for lv, h in honors if h not in _title_words() or _GRADE.fullmatch(h)]
    if not honors:
        return
    if len(honors) == 1 and _GRADE.fullmatch(honors[0][1]) and _WORK.search(subject):
        # 创建工作获评优秀: the region's work was graded
        honors = [(honors[0][0], subject.strip("“”") + honors[0][1])]
        subject = ""
    if own and _REGION_TITLE.search(honors[-1][1]) and subject and not _names_own(subject, own):
        topic = _fillers().sub("", subject).strip("“”")  # 医改工作获评先进县
        divisions = _divisions(topic, own)
        if divisions:  # a city's report: 甲、乙获评示范县 → the two counties
            year = _year(s, text)
            for name in divisions:
                key = new_entity(lexicons.division_type(name), name, s.index)
                for level, honor in honors:
                    yield Award(key, honor, s.index, level or default, year, rule="award")
            return
        if offset_in(clause.start(), subject, spans):
            pass  # 甲街入选特色商业街: the subject is the recipient
        else:
            if topic:
                honors = [(lv, topic + h) for lv, h in honors]
            subject = ""
    recipients = _recipients(s, clause.start(), subject, spans, own, previous, honors[-1][1],
                             new_entity)
    year = _year(s, text)
    levels = [lv for lv, _ in honors]
    if len(honors) == 1 and len(recipients) > 1 and "、" in obj and "分别" in subject:
        levels = _spread(obj)
    for i, key in enumerate(recipients):
        for j, (level, honor) in enumerate(honors):
            lv = levels[i] if len(levels) == len(recipients) and len(honors) == 1 else level
            yield Award(key, honor, s.index, lv or default, year, rule=_rule_of(obj, key))


def _divisions(topic: str, own: Key) -> list[str]:
    """Rule honor:divisions — the full names of the counties or cities a subject lists
    (甲、乙 → 甲县, 乙市; those of the report's region first), or none when any item is
    something else."""
    from kg.extract.regions import division_named

    region = lexicons.region_names().get(own[1])
    digits = {"city": 4, "province": 2}.get(region.level, 6) if region else 0
    within = region.adcode[:digits] if region else ""
    names = [division_named(item, within) for item in re.split(r"、|和|及", topic) if item]
    return names if names and all(names) else []


def _approval(obj: str) -> bool:
    """Rule honor:approval — 获批 of a thing to do (获批建设甲园区), or of money, land or a
    policy that no title word ends (获批专项债券3亿元; not 获批国家低效用地再开发试点)."""
    return bool(_APPROVAL.search(obj) or _MONEY.search(obj) and not _ends_title(obj))


def _split_giver(subject: str) -> tuple[str, str]:
    """A subject without the body that gave the honor: 甲镇被农业农村部 → (甲镇, 农业农村部)."""
    at = subject.rfind("被")
    return (subject, "") if at < 0 else (subject[:at], subject[at + 1:])


def _giver_level(giver: str) -> Level | None:
    """The level of the body that gave an honor: 省住建厅 → provincial, 交通运输部 → national."""
    level = level_of(giver)[0]
    if level:
        return level
    return next((lv for end, lv in _giver_ends() if giver.endswith(end)), None)


@cache
def _giver_ends() -> tuple[tuple[str, str], ...]:
    return lexicons.rows("honor_givers.tsv")


@cache
def _title_words() -> frozenset[str]:
    """The words of honor_titles.txt, to tell 通过验收 (none) from 通过…验收."""
    return frozenset(lexicons.words("honor_titles.txt"))


def level_word(word: str) -> Level:
    """The level a level word names (a province's name: provincial)."""
    return dict(lexicons.levels()).get(word, "provincial")


def _honors(obj: str) -> list[tuple[Level | None, str]]:
    """The titles of an honor verb's object: 省级甲、国家乙 → two, each with its level;
    国家、省级甲称号 → one title (the levels are spread over the recipients). A title that
    names no level takes the one of the title before it (全国首批甲、乙: both national)."""
    obj = _NOTE.sub("", obj)
    parts = [p for p in _split_titles(obj) if p and not p.startswith("占")]
    parts = [p for p in parts if not _NOT_TITLE.search(_QUOTED.sub("", p))]
    if parts and _COUNTED.search(parts[0]):
        return []  # 入围省级单项冠军企业4家: a count of winners, not the region's honor
    out: list[tuple[Level | None, str]] = []
    for part in parts:
        part = _verbs().sub("", part, count=1) if _verbs().match(part) else part  # 甲、获评乙
        if _RANKING.match(part) or _STATISTIC.search(part):
            continue
        lead = _LEAD.sub("", part)
        level, title = level_of(lead)
        title = re.sub(r"[“”\"「」]", "", _TRAIL.sub("", _LEAD.sub("", title)))
        level = level or _level_inside(part)  # 全国首批甲, 生产服务型国家物流枢纽城市
        if not level and out and lead == part:  # 全国首批甲、乙: 乙 national too
            level = out[-1][0]
        if 2 <= len(title) <= _LONGEST:
            out.append((level, title))
    if len(parts) > 1 and len(out) == 1:
        level, title = out[0]
        return [(level, title)]
    return out


def _rule_of(obj: str, recipient: Key) -> str:
    """The id of the rule an award comes from: award:split when its title was split from
    another at 和/及, award:thing when its recipient is named without a class, else award."""
    if len(_split_titles(obj)) > len(_SPLIT.split(obj)):
        return "award:split"
    return "award:thing" if recipient[0] == "NamedEntity" else "award"


@rule("award:split")
def _split_titles(obj: str) -> list[str]:
    """Rule award:split — the titles of an object: split on 、 outside brackets (县（市、区）
    stays whole) and on 和/及 between two whole titles (甲示范城市和乙示范基地 → two;
    文化和旅游示范区 → one: 文化 ends no title)."""
    out = []
    for part in _SPLIT.split(obj):
        start = 0
        for m in re.finditer("[和及]", part):
            left, right = part[start:m.start()], part[m.end():]
            if len(left) >= 4 and len(right) >= 4 and _ends_title(left) and _ends_title(part):
                out.append(left)
                start = m.end()
        out.append(part[start:])
    return out


def _ends_title(text: str) -> bool:
    return text.rstrip("”\"」").endswith(_title_ends())


@cache
def _title_ends() -> tuple[str, ...]:
    return lexicons.words("honor_ends.txt")


def _level_inside(title: str) -> Level | None:
    """A level word inside a title (首批国家甲, 平安某省建设), not a one-character one (示范县)."""
    m = _inner_level().search(title)
    return level_word(m.group()) if m else None


@cache
def _inner_level() -> re.Pattern:
    words = {w for w, _ in lexicons.levels() if len(w) > 1} | set(lexicons.province_words())
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True))))


def _names_own(subject: str, own: Key) -> bool:
    short = lexicons.short_form(own[1]) or own[1]
    return own[1] in subject or short in subject


def offset_in(offset: int, subject: str, spans: list[Span]) -> list[Span]:
    """The spans of a clause's subject that name something other than a program."""
    return [sp for sp in spans if offset <= sp[0] and sp[1] <= offset + len(subject)
            and sp[2][0] != "Program"]


def _spread(obj: str) -> list[Level | None]:
    """The levels of 国家、省级甲称号, one per recipient, in order."""
    return [level_of(_LEAD.sub("", p))[0] for p in obj.split("、")]


def _recipients(s: Sentence, offset: int, subject: str, spans: list[Span], own: Key | None,
                previous: list[Key], honor: str, new_entity) -> list[Key]:
    """The entities a clause's subject names (a town before its own village left out)."""
    end = offset + len(subject)
    inside = [(a, b, k) for a, b, k in spans if offset <= a and b <= end
              and s.text[a - 1:a] not in ("被", "经", "由")]  # 被民政部确定为: the giver
    keys: list[Key] = []
    for a, b, key in inside:
        nested = any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in inside)
        # 红旗镇柳林村, 甲医共体“乙”工作模式: the first names whose the second is
        possessor = any(x == b or x == b + 1 and s.text[b] in "“" for x, _, _ in inside)
        if not nested and not possessor and key not in keys:
            keys.append(key)
    bare = _fillers().sub("", subject).strip()
    typed = any(honor.endswith(head) for head, _ in _heads())
    listed = "、" in bare and _LIST_COUNT.search(bare) and (  # 甲、乙、丙三个景区: the items
        not keys or any(_LIST_COUNT.search(k[1]) for k in keys))
    if not keys or listed or typed and all(k[0] in ("Place", "Program", "Project") for k in keys):
        keys = _bare_items(s, bare, honor, own, new_entity) or keys  # 甲寺、乙台获评重点村
    if bare.startswith(("与", "和")) and previous:
        keys = previous + [k for k in keys if k not in previous]
    return keys


def _bare_items(s: Sentence, subject: str, honor: str, own: Key | None,
                new_entity) -> list[Key]:
    """Recipients named without a suffix: 甲、乙获评省级示范村 → two villages; no subject,
    or the region's own name → the region."""
    subject = re.sub(r"^(?:与|和|同)", "", subject).strip("“”")
    if not subject or (own and (subject in own[1] or own[1].startswith(subject))):
        return [own] if own else []
    if _COUNT_SUBJECT.fullmatch(subject):  # 3家合作社入选: the count is the recipient
        return [new_entity("NamedEntity", subject, s.index)]
    if "、" in subject:  # 甲、乙、丙三个景区入选 / 甲、乙等5个产品: the list, not its count
        subject = _LIST_COUNT.sub("", subject)
    if _NAMED_COUNT.search(subject):  # 甲等3家企业, 甲等10个特色农产品: the named one
        subject = _AFTER_COUNT.sub("", subject)
    if _BOOK.fullmatch(subject):  # 《甲县年鉴（2023）》获…: named works, digits and all
        return [new_entity("NamedEntity", book, s.index)
                for book in re.findall(r"《([^《》]+)》", subject)]
    type_ = next((t for head, t in _heads() if honor.endswith(head)), None)
    if type_ is None:
        return _named_things(s, subject, new_entity)
    items = [i.strip("“”") for i in re.split(r"、|和|及", subject)]
    if not all(2 <= len(i) <= 6 and not _STOP_ITEM.search(i) and not _has_verb(i)
               for i in items):
        return []
    return [new_entity(type_, i, s.index) for i in items]


@rule("award:thing")
def _named_things(s: Sentence, subject: str, new_entity) -> list[Key]:
    """Rule award:thing — recipients of no finer class, named without a suffix: 甲、乙等产品获
    地理标志认证 → 甲, 乙; 甲县12345热线获评…, 甲乙装备制造产业集群入选…; a practice
    with its verb (我市推行乙做法入选典型案例 → 推行乙做法). A phrase that begins with a verb
    (加快发展甲产业获评…) is what the region did, not a name."""
    subject = re.sub(r"等[\u4e00-\u9fff]{0,3}$", "", subject)
    subject = _OWN_LEAD.sub("", subject) if _PRACTICE.search(subject) else subject
    items = [i.strip("“”") for i in subject.split("、")]
    if not all(2 <= len(i) <= _LONGEST_THING and not _STOP_ITEM.search(i)
               and "的" not in i and (_PRACTICE.search(i) or not _begins_with_verb(i))
               for i in items):
        return []
    return [new_entity("NamedEntity", i, s.index) for i in items]


def _has_verb(text: str) -> bool:
    from kg.extract.tokenizer import leading_word, tokens

    return any(len(w) > 1 and leading_word(w) for w, _, _ in tokens(text))


def _begins_with_verb(text: str) -> bool:
    from kg.extract.tokenizer import leading_word, tokens

    toks = tokens(text)
    return bool(toks) and len(toks[0][0]) > 1 and leading_word(toks[0][0])


def _year(s: Sentence, text: str) -> int | None:
    m = _YEAR.search(text)
    return int(m.group()) if m else s.year
