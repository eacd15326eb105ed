"""How the graph view reads to a person: class names, statement labels, tooltip text.

An observation reads ``地区生产总值 215.6亿元 ↑5.2% (2023)``, a target
``新增学位 600个 (2024, Q1)``, an award ``国家级 · 制造业单项冠军``: the words of the report,
not the shape of the RDF. Tooltips are plain text (vis-network shows a string title as text,
so report text cannot inject markup).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

#: Display names of the classes the view draws: Chinese first, then the ontology's name.
CLASS_NAMES = {
    "Country": "国家", "Province": "省", "City": "市", "County": "区县", "Town": "乡镇街道",
    "Village": "村社区", "Region": "地区", "Enterprise": "企业", "Organization": "组织机构",
    "Program": "政策举措", "Project": "项目", "Event": "活动", "Place": "地点",
    "Observation": "数据", "Target": "目标", "Award": "荣誉", "Honor": "荣誉称号",
    "Section": "章节",
    "Sentence": "句子",
}

#: Names of the honor levels (gov:NationalLevel …) by local name.
LEVEL_NAMES = {"NationalLevel": "国家级", "ProvincialLevel": "省级", "CityLevel": "市级",
               "CountyLevel": "县级"}

#: How an edge reads, by the local name of the property (or the view's own relation).
RELATION_NAMES = {"partOf": "属于", "recipient": "获得者", "region": "地区",
                  "mentionedIn": "提及于", "wasDerivedFrom": "依据", "sameSentence": "同句",
                  "inSection": "章节"}

#: Qualifiers written after the number (3万亩以上) rather than before it (近3万亩).
_AFTER = ("以上", "左右", "以下", "以内", "余", "多")

_STATEMENTS = ("Observation", "Target", "Award")

#: Longest evidence sentence shown in a tooltip, and how many sentences at most.
MAX_SENTENCE_CHARS = 160
MAX_SENTENCES = 3


def class_name(cls: str) -> str:
    """``企业 Enterprise``; an unknown class keeps its own name."""
    zh = CLASS_NAMES.get(cls)
    return f"{zh} {cls}" if zh else cls


def relation_name(relation: str) -> str:
    """``属于``; an unknown property keeps its local name."""
    return RELATION_NAMES.get(relation, relation)


def quantity(facts: Mapping[str, str]) -> str:
    """``215.6亿元``, ``80–150个``, ``近3万亩``, ``3000个以上`` from value, unit and qualifier."""
    value = facts.get("value")
    if value is None:
        return ""
    if facts.get("maxValue"):
        value = f"{value}–{facts['maxValue']}"
    text = value + facts.get("unit", "")
    qualifier = facts.get("qualifier", "")
    if qualifier:
        text = text + qualifier if qualifier.endswith(_AFTER) else qualifier + text
    return text


def change(facts: Mapping[str, str]) -> str:
    """``↑5.2%``, ``↓3.4%``, ``↑1.2个百分点``, or nothing."""
    parts = []
    for key, unit in (("growthRate", "%"), ("pointsChange", "个百分点")):
        raw = facts.get(key)
        if raw is None:
            continue
        arrow = "↓" if raw.startswith("-") else ("↑" if raw.strip("0.") else "±")
        parts.append(f"{arrow}{raw.lstrip('-+')}{unit}")
    return " ".join(parts)


def observation_label(facts: Mapping[str, str]) -> str:
    """``地区生产总值 215.6亿元 ↑5.2% (2023)``."""
    words = [facts.get("indicator", "?"), quantity(facts), change(facts)]
    year = f"({facts['year']})" if facts.get("year") else ""
    return " ".join(w for w in (*words, year) if w)


def target_label(facts: Mapping[str, str]) -> str:
    """``新增学位 600个 (2024, Q1)``."""
    when = ", ".join(facts[k] for k in ("year", "deadline") if facts.get(k))
    words = [facts.get("label") or facts.get("indicator", "?"), quantity(facts), change(facts)]
    return " ".join(w for w in (*words, f"({when})" if when else "") if w)


def award_label(facts: Mapping[str, str]) -> str:
    """``国家级 · 制造业单项冠军`` (the honor alone when no level is known)."""
    level = LEVEL_NAMES.get(facts.get("level", ""), "")
    honor = facts.get("honor", "?")
    return f"{level} · {honor}" if level else honor


#: Fields shown in a statement's tooltip, in order, with their names.
_FIELDS = (("indicator", "指标"), ("honor", "荣誉"), ("level", "级别"), ("recipient", "获得者"),
           ("value", "数值"), ("maxValue", "最大值"), ("unit", "单位"), ("growthRate", "增长 %"),
           ("pointsChange", "变化 (百分点)"), ("qualifier", "限定"), ("modality", "语气"),
           ("year", "年份"), ("deadline", "时限"), ("normalizedValue", "折算值"),
           ("baseUnit", "折算单位"), ("region", "地区"))


def tooltip(cls: str, label: str, facts: Mapping[str, str], evidence: Sequence[str],
            reports: Sequence[str]) -> str:
    """The hover text of a node: type, name, values, the sentences that support it (or,
    for an entity, that mention it)."""
    lines = [class_name(cls), label]
    for key, name in _FIELDS:
        if facts.get(key):
            shown = LEVEL_NAMES.get(facts[key], facts[key]) if key == "level" else facts[key]
            lines.append(f"{name}: {shown}")
    if facts.get("aliases"):
        lines.append(f"别名: {facts['aliases']}")
    if reports:
        lines.append(f"报告: {', '.join(reports)}")
    lines.extend(evidence_lines(evidence, "依据" if cls in _STATEMENTS else "提及"))
    return "\n".join(lines)


def evidence_lines(evidence: Sequence[str], heading: str = "依据") -> list[str]:
    """``依据:`` and the first few sentences, quoted and cut to a readable length."""
    if not evidence:
        return []
    lines = [f"{heading} ({len(evidence)} 句):" if len(evidence) > 1 else f"{heading}:"]
    lines.extend(f"「{_cut(s)}」" for s in evidence[:MAX_SENTENCES])
    if len(evidence) > MAX_SENTENCES:
        lines.append(f"… 另 {len(evidence) - MAX_SENTENCES} 句")
    return lines


def _cut(text: str) -> str:
    return text if len(text) <= MAX_SENTENCE_CHARS else text[:MAX_SENTENCE_CHARS - 1] + "…"
