"""Write hongqi-2024.ttl: a small invented report's graph, for the viz tests.

Every name and number here is invented. Run from the repository root after a change of the
RDF mapping: ``.venv/bin/python tests/data/viz/make_hongqi.py``.
"""

from decimal import Decimal
from pathlib import Path

from kg.model import Award, Document, Observation, Sentence, Target
from kg.rdf import iris
from kg.rdf.mapping import triples
from kg.rdf.serialize import to_bytes

SENTENCES = [
    "2023年，全县地区生产总值完成215.6亿元，增长5.2%。",
    "鑫源科技获评国家级专精特新“小巨人”企业，红旗镇东坡村入选省级美丽乡村示范村。",
    "实施“千企升级”行动，鑫源科技、华瑞新材料和青禾农业专业合作社新增产值12.5亿元。",
    "规模以上工业增加值增长7.1%，一般公共预算收入下降3.4%。",
    "2024年，力争新增城镇就业岗位3000个以上，一季度开工率达到40%。",
    "高标准建设青山湖湿地公园和红旗工业园二期，办好第三届桃花节。",
    "华瑞新材料荣获省级制造业单项冠军。",
]

#: The chapter of each sentence (the report's headings).
CHAPTERS = [("回顾 2023", "(一) 做强工业经济")] * 4 + [("展望 2024", "(二) 建设美丽红旗")] * 3

ENTITIES = [  # type, name, sentences, part of
    ("County", "红旗县", (), None),
    ("Town", "红旗镇", (1,), ("County", "红旗县")),
    ("Village", "东坡村", (1,), ("Town", "红旗镇")),
    ("Enterprise", "鑫源科技", (1, 2), None),
    ("Enterprise", "华瑞新材料", (2, 6), None),
    ("Organization", "青禾农业专业合作社", (2,), None),
    ("Program", "千企升级", (2,), None),
    ("Place", "青山湖湿地公园", (5,), None),
    ("Project", "红旗工业园二期", (5,), None),
    ("Event", "第三届桃花节", (5,), None),
]


def document() -> Document:
    text = "".join(SENTENCES)
    doc = Document(path=Path("hongqi-2024.txt"), raw=text, text=text, region="红旗县",
                   region_type="County", year=2024, title="2024年红旗县政府工作报告")
    start = 0
    for i, s in enumerate(SENTENCES):
        doc.sentences.append(Sentence(i, start, start + len(s), s, section=CHAPTERS[i]))
        start += len(s)
    for type_, name, sentences, part_of in ENTITIES:
        entity = doc.entity(type_, name)
        entity.sentences.update(sentences)
        entity.part_of = part_of
    d = Decimal
    doc.observations += [
        Observation("地区生产总值", 0, value=d("215.6"), unit="亿元", growth=d("5.2"), year=2023),
        Observation("新增产值", 2, value=d("12.5"), unit="亿元", year=2023),
        Observation("规模以上工业增加值", 3, growth=d("7.1"), year=2023),
        Observation("一般公共预算收入", 3, growth=d("-3.4"), year=2023),
    ]
    doc.targets += [
        Target("新增城镇就业岗位", 4, value=d("3000"), unit="个", year=2024, modality="力争"),
        Target("开工率", 4, value=d("40"), unit="%", year=2024, deadline="Q1"),
    ]
    doc.awards += [
        Award(("Enterprise", "鑫源科技"), "专精特新“小巨人”企业", 1, level="national", year=2023),
        Award(("Village", "东坡村"), "美丽乡村示范村", 1, level="provincial", year=2023),
        Award(("Enterprise", "华瑞新材料"), "制造业单项冠军", 6, level="provincial", year=2023),
    ]
    return doc


if __name__ == "__main__":
    doc = document()
    out = Path(__file__).with_name("hongqi-2024.ttl")
    out.write_bytes(to_bytes(triples(doc), "ttl", iris.report(doc)))
    print(f"wrote {out}")
