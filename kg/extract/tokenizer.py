"""Tokens of sentences with their offsets, from the shared jieba tokenizer of
:mod:`kg.lexicon.dictionary` (the suffix lexicon loaded as words, so that a name's right edge
falls on a token boundary).
"""

from __future__ import annotations

import re
from functools import cache

from kg.extract.tokenindex import Tokens
from kg.lexicon.dictionary import tokenizer

Token = tuple[str, int, int]  # word, start, end (offsets into the text tokenized)


#: A stretch between punctuation marks: names never run across one.
_CLAUSE = re.compile(r"[^，。；：,;:！？!?]+")


def tokens(text: str, needed=None) -> list[Token]:
    """jieba's tokens of ``text`` with their offsets (no HMM: unknown names fall apart into
    single characters, which the name rules put back together).

    With ``needed`` (a test of a clause), only the clauses it accepts are tokenized."""
    if needed is None:
        return Tokens(tokenizer().tokenize(text, HMM=False))
    return tokens_of_many([text], needed)[0]


def tokens_of_many(texts: list[str], needed) -> list[list[Token]]:
    """The tokens of each text, tokenizing only the clauses ``needed`` accepts (jieba is the
    slow part of extraction; a clause without a suffix or list word needs no tokens), all in
    one call over the newline-joined clauses (jieba's cost per call is not small; it cuts at
    punctuation and newlines, so the tokens are those of each text alone)."""
    chosen = [(i, c) for i, text in enumerate(texts) for c in _CLAUSE.finditer(text)
              if needed(c.group())]
    out: list[list[Token]] = [Tokens() for _ in texts]
    if not chosen:
        return out
    joined = "\n".join(c.group() for _, c in chosen)
    ends, at = [], 0
    for _, c in chosen:
        ends.append(at + len(c.group()))
        at += len(c.group()) + 1
    k = 0
    for w, a, b in tokenizer().tokenize(joined, HMM=False):
        while a > ends[k]:
            k += 1
        if w != "\n":
            i, c = chosen[k]
            shift = c.start() - (ends[k] - len(c.group()))
            out[i].append((w, a + shift, b + shift))
    return out


#: jieba's part-of-speech tags of words that do not begin a name (verbs, adverbs, prepositions,
#: conjunctions, pronouns, particles, adjectives), and of words that are names.
_LEADING_TAGS = frozenset({"v", "vd", "d", "p", "c", "r", "u", "a", "ad", "vg", "f"})
#: Adverbs that jieba joins with the verb after them into one word (全力推进, 着力打造).
_ADVERBS = frozenset({"全力", "大力", "着力", "倾力", "奋力", "努力", "加快", "持续", "深入",
                      "积极", "扎实", "稳步", "全面", "切实", "不断", "进一步"})
_PROPER_TAGS = frozenset({"nr", "ns", "nz", "nt", "nrt", "nrfg"})


@cache
def _tagged() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """Words of jieba's dictionary that never begin a name, words that are names, verbal
    nouns and verbs, from the tags :func:`_tags` read (posseg itself is too slow to run)."""
    leading, proper, verbal, verbs = set(), set(), set(), set()
    for word, tag in _tags().items():
        if tag == "vn":
            verbal.add(word)
        elif tag in _LEADING_TAGS:
            leading.add(word)
            if tag in ("v", "vd"):
                verbs.add(word)
        elif tag in _PROPER_TAGS:
            proper.add(word)
    return frozenset(leading), frozenset(proper), frozenset(verbal), frozenset(verbs)


def common_pair(text: str, i: int) -> bool:
    """Whether the character at ``i`` forms a common two-character word with a neighbour
    (乡村, 农村, 部署, 干部): then it is no suffix of a name."""
    freq = tokenizer().FREQ
    for word in (text[i - 1:i + 1] if i else "", text[i:i + 2]):
        if len(word) == 2 and freq.get(word, 0) > 50 and not proper_word(word):
            return True
    return False


def leading_word(word: str, nouns_too: bool = False) -> bool:
    """A verb, adverb, preposition … that a name does not begin with: 改善, 持续, 对; with
    ``nouns_too``, verbal nouns as well (建设), for names that never hold one (甲、乙等乡镇)."""
    tagged = _tagged()
    return (word in tagged[0] or nouns_too and word in tagged[2]
            or word[:2] in _ADVERBS)  # 倾力, and 倾力打造 as one word


def verb_word(word: str) -> bool:
    """A verb of jieba's dictionary (具备, 扩大): an organization's name does not begin so."""
    return word in _tagged()[3]


def proper_word(word: str) -> bool:
    """A word jieba knows as a name of a person, place or organization: 黄河, 华通."""
    return word in _tagged()[1]


@cache
def _tags() -> dict[str, str]:
    """Each word of jieba's dictionary with its part-of-speech tag."""
    out = {}
    with tokenizer().get_dict_file() as f:
        for raw in f:
            parts = raw.decode("utf-8").split()
            if len(parts) == 3:
                out[parts[0]] = parts[2]
    return out


def word_tag(word: str) -> str | None:
    """jieba's part-of-speech tag of a word of its dictionary (None for an unknown word)."""
    return _tags().get(word)
