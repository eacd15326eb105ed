"""Page furniture: what a scraped web page adds around and inside a report, left out.

Reports arrive scraped from web pages. Around the report stand counters (时间/作者/来源/阅读),
a 内容摘要 that repeats the opening, navigation, share links, lists of other articles' titles
and site footers; inside it, mojibake runs (``????``) and watermarks; and a scraper may repeat
the whole body several times. All is recognised by general patterns (``data/lexicons/
furniture_*.txt``), and each thing left out is noted in ``Document.skipped``.
"""

from __future__ import annotations

import re
from collections import Counter

from kg.ingest.paragraphs import Para
from kg.lexicon.furniture import patterns

#: A repeated paragraph this long is a repeated body even when it stands alone.
_LONG_REPEAT = 30
#: A tail marker counts only in the last part of the text (share of characters before it).
_TAIL_FROM = 0.5
#: How many paragraphs from the top may belong to a page's head.
_HEAD_MAX = 60
#: A paragraph that opens the report proper; what stands before it is the page's head.
_OPENING = re.compile(r"各位代表|^政\s*府\s*工\s*作\s*报\s*告|^[—－―-]{1,2}\s*\d{4}年"
                      r"|^[（(]?\d{4}年\d{1,2}月\d{1,2}日[^，。]{0,6}在")
#: ... or the first paragraph this long.
_LONG_LINE = 40
#: A crumb of the page head (工作报告, 四川日报, a name) is this short, with no digit in it
#: and no word of a part heading.
_CRUMB = 5
_DIGIT = re.compile(r"\d")
_PART_WORD = re.compile(r"回眸|展望|回顾|目录|附件")
_SUMMARY = re.compile(r"(?:内容)?(?:摘要|提要|导读)\s*[：:]?")
_CONTENTS = re.compile(r"目\s*录")
_SPACED = re.compile(r"[\u4e00-\u9fff](?: {1,2}[\u4e00-\u9fff]){2,}")
_TRAILER = re.compile(r"[。！？!?；;]\s*([\u4e00-\u9fffA-Za-z ]{2,16})$")
_SENTENCE = re.compile(r"[，。！？；,!?;]")
#: Plain Chinese text: no inline junk can be in it (each inline pattern not anchored at the
#: line end needs a character outside these), so the inline patterns are not tried on it.
_PLAIN = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef0-9.%\s\u2014\u2026\u00b7\u201c\u201d"
                    r"\u2018\u2019]*")
#: How far from a paragraph's end a watermark trailer may start.
_LINE_END = 48
#: Lines of a site's link list are short.
_LINK_LINE = 20


def _key(text: str) -> str:
    return "".join(text.split())


def drop_repeats(paras: list[Para], skipped: list[str]) -> list[Para]:
    """Keep one copy of a body a scraper repeated: runs of paragraphs seen before are dropped.

    A repeated paragraph goes if it is long, or if a neighbour is a repeat too, so that short
    lines a report may say twice (各位代表！) stay where they stand alone.
    """
    seen: set[str] = set()
    repeat = []
    for para in paras:
        key = _key(para.text)
        repeat.append(key in seen)
        seen.add(key)
    keep, dropped, chars = [], 0, 0
    for i, para in enumerate(paras):
        near = (i > 0 and repeat[i - 1]) or (i + 1 < len(paras) and repeat[i + 1])
        if repeat[i] and (len(para.text) >= _LONG_REPEAT or near):
            dropped += 1
            chars += len(para.text)
        else:
            keep.append(para)
    if dropped:
        skipped.append(f"repeated body: {dropped} paragraphs ({chars} characters) "
                       "repeating earlier text, one copy kept")
    return keep


def strip_furniture(paras: list[Para], skipped: list[str]) -> list[Para]:
    """Leave out page furniture: junk inside lines, furniture lines, the page's head and tail."""
    paras = _drop_tail(paras, skipped)
    paras = _drop_lines(_clean_inline(_drop_lines(paras, skipped), skipped), skipped)
    paras = _drop_head(drop_repeats(paras, skipped), skipped)
    paras = _drop_link_list(_drop_tail(paras, skipped), skipped)
    return _drop_watermarks(paras, skipped)


def _clean_inline(paras: list[Para], skipped: list[str]) -> list[Para]:
    """Cut mojibake, escapes and watermark trailers out of paragraphs; cut collector labels."""
    _, _, inline, line_end, label, _ = patterns()
    out, runs = [], Counter()
    for para in paras:
        cuts = [] if _PLAIN.fullmatch(para.text) else [
            m.span() for m in inline.finditer(para.text) if m.end() > m.start()]
        tail = max(0, len(para.text) - _LINE_END)
        m = line_end.search(para.text, tail)
        if m and m.end() > m.start():
            cuts.append(m.span())
        m = label.match(para.text)
        if m and m.end() > 0:
            cuts.append((0, m.end()))
        for a, b in cuts:
            runs[_kind(para.text[a:b])] += 1
        para = para.without(cuts) if cuts else para
        if para is not None:
            out.append(para)
    for kind, n in sorted(runs.items()):
        skipped.append(f"{kind}: {n} removed")
    return out


def _kind(cut: str) -> str:
    if "?" in cut or "\ufffd" in cut:
        return "mojibake runs (???? or U+FFFD)"
    if cut.startswith("<U+") or cut.strip("\u200b\u200c\u200d\u2060\ufeff") == "":
        return "escaped or invisible characters"
    if cut.endswith(("：", ":")) or cut.rstrip().endswith(("：", ":")):
        return "collector labels"
    if "www." in cut or "://" in cut:
        return "web addresses"
    return f"watermark trailers (e.g. {cut.strip('。 ')!r})"


def _drop_lines(paras: list[Para], skipped: list[str]) -> list[Para]:
    """Leave out whole lines that are furniture, and a table of contents."""
    lines = patterns()[0]
    out, dropped, contents = [], 0, False
    for para in paras:
        if contents and len(para.text) <= 40 and "。" not in para.text:
            dropped += 1
            continue
        contents = bool(_CONTENTS.fullmatch(para.text))
        if contents or lines.fullmatch(para.text):
            dropped += 1
        else:
            out.append(para)
    if dropped:
        skipped.append(f"page furniture: {dropped} lines (counters, navigation, footers, "
                       "captions, dates)")
    return out


def _drop_head(paras: list[Para], skipped: list[str]) -> list[Para]:
    """Before the report opens: a summary that repeats the opening, counters, short crumbs."""
    head = next((i for i, p in enumerate(paras[:_HEAD_MAX])
                 if _OPENING.search(p.text) or len(p.text) >= _LONG_LINE), 0)
    out, notes = [], []
    skip_next = False
    for i, para in enumerate(paras):
        if skip_next:
            skip_next = False
            notes.append("summary repeating the opening")
            continue
        if i < _HEAD_MAX and _SUMMARY.fullmatch(para.text):
            skip_next = i + 1 < len(paras) and _repeats_later(paras, i + 1)
            notes.append("summary label")
            continue
        if i < head and _crumb(para.text):
            notes.append("head line")
            continue
        out.append(para)
    for note, n in sorted(Counter(notes).items()):
        skipped.append(f"page head: {n} × {note}")
    return out


def _repeats_later(paras: list[Para], i: int) -> bool:
    """Whether paragraph ``i`` repeats (the start of) what follows it."""
    opening = _key(paras[i].text)[:12]
    following = "".join(_key(p.text) for p in paras[i + 1:i + 6])
    return len(opening) >= 6 and opening in following


def _crumb(text: str) -> bool:
    """A short head line that is no title: 工作报告, 296, 四川日报."""
    return text.isdigit() or (len(text) <= _CRUMB and "政府工作报告" not in _key(text)
                              and not _DIGIT.search(text) and not _PART_WORD.search(text))


def _drop_tail(paras: list[Para], skipped: list[str]) -> list[Para]:
    """From a tail marker (分享到, 相关文章, 责任编辑 …) in the last part of the text, to the end."""
    tail = patterns()[1]
    total = sum(len(p.text) for p in paras) or 1
    before = 0
    for i, para in enumerate(paras):
        if before / total >= _TAIL_FROM and len(para.text) <= 40 and tail.match(para.text):
            marker = tail.match(para.text).group()
            skipped.append(f"page furniture: {len(paras) - i} lines from {marker} to the end")
            return paras[:i]
        before += len(para.text)
    return paras


def _drop_link_list(paras: list[Para], skipped: list[str]) -> list[Para]:
    """A run of short lines without a sentence in them at the very end: a site's link lists."""
    i = len(paras)
    while i and len(paras[i - 1].text) <= _LINK_LINE and not _SENTENCE.search(paras[i - 1].text):
        i -= 1
    if len(paras) - i < 3:
        return paras
    skipped.append(f"page furniture: {len(paras) - i} short lines of links at the end")
    return paras[:i]


def _drop_watermarks(paras: list[Para], skipped: list[str]) -> list[Para]:
    """A short token (spaced letters, a trailer) repeated inside many paragraphs is a watermark."""
    found: dict[str, set[int]] = {}
    for i, para in enumerate(paras):
        for m in _SPACED.finditer(para.text):
            found.setdefault(m.group(), set()).add(i)
        m = _TRAILER.search(para.text)
        if m and len(para.text) > 40:
            found.setdefault(m.group(1), set()).add(i)
    marks = sorted(_widen(paras, t) for t, where in found.items() if len(where) >= 3)
    if not marks:
        return paras
    pattern = re.compile("|".join(re.escape(t) for t in sorted(marks, key=len, reverse=True)))
    out, hits = [], 0
    for para in paras:
        cuts = [m.span() for m in pattern.finditer(para.text)]
        hits += bool(cuts)
        para = para.without(cuts) if cuts else para
        if para is not None:
            out.append(para)
    skipped.append(f"watermark {', '.join(map(repr, marks))}: cut from {hits} paragraphs")
    return out


def _widen(paras: list[Para], token: str) -> str:
    """The token with the letters that stand beside it in every occurrence (云 + 帆 文 库)."""
    spots = [(p.text, i) for p in paras for i in _find_all(p.text, token)]

    def shared(offset: int) -> bool:
        chars = {t[i + offset] if 0 <= i + offset < len(t) else "" for t, i in spots}
        return len(chars) == 1 and chars.pop().isalnum()

    left = right = 0
    while left < 4 and shared(-left - 1):
        left += 1
    while right < 4 and shared(len(token) + right):
        right += 1
    text, at = spots[0]
    return text[at - left:at + len(token) + right]


def _find_all(text: str, token: str):
    i = text.find(token)
    while i >= 0:
        yield i
        i = text.find(token, i + 1)
