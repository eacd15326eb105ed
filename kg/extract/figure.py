"""A figure: a quantity of a sentence with its name and what it is. Figures read them
(:mod:`kg.extract.figures`), targets turn the plan's into targets (:mod:`kg.extract.targets`)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from kg.extract.numbers import Quantity


@dataclass(slots=True)
class Figure:
    """A quantity of a sentence with its name and what it is: a level, a growth, a change."""

    q: Quantity
    name: str = ""
    role: str = "level"  # level, growth (percent), points (个百分点)
    change: Decimal | None = None  # signed value of a growth or points figure
    growth: Decimal | None = None  # a growth attached to a level
    points: Decimal | None = None
    attached: bool = False  # a growth or change folded into the level before it
    after_end: int = 0  # the end of the counted noun after it, when its name took that
    share: bool = False  # a share named by what follows: 70%以上的行政村
    condition: bool = False  # the threshold of a share (…的村收入达到10万元以上): no figure
    change_word: str | None = None  # 增长, 下降 …, also for the later ones of a list
    growth_at: int | None = None  # where the growth folded into this level is written
    rule: str = ""  # the id of the rule that named it (figure:before …, kg.rules)

    def __post_init__(self) -> None:
        self.change_word = self.change_word or self.q.change_word
