"""Paragraphs, quotation marks and sentences, with offsets into the original text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import resources

OPENERS = {"«": "»", "“": "”", "„": "“", '"': '"', "‘": "’"}
CLOSERS = set(OPENERS.values())
# spaces that French typography puts inside « » (normal, no-break, narrow no-break)
INNER_SPACE = " \u00a0\u202f\u2009\t"
_PARA = re.compile(r"\n[ \t\u00a0\u202f]*\n\s*")


@dataclass
class QuoteRegion:
    """One quotation: ``open`` is the index of the opening mark; ``close`` of the closing one."""

    open: int
    close: int | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    mark: str = "«"

    @property
    def end(self) -> int:
        """Index just past the closing mark (or the last quoted character)."""
        if self.close is not None:
            return self.close + 1
        return self.spans[-1][1] if self.spans else self.open + 1


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank paragraph (blank-line separated), trimmed."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _PARA.finditer(text):
        _add_trimmed(text, pos, m.start(), out)
        pos = m.end()
    _add_trimmed(text, pos, len(text), out)
    return out


def _add_trimmed(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def _inner(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start] in INNER_SPACE or text[start] == "\n"):
        start += 1
    while end > start and (text[end - 1] in INNER_SPACE or text[end - 1] == "\n"):
        end -= 1
    return (start, end) if end > start else None


def _apostrophe(text: str, i: int) -> bool:
    """A ’ between two letters is an apostrophe (Don’t, l’armée), not a closing mark."""
    return 0 < i < len(text) - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()


def _straight_opens(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:") and not after.isspace()


def _straight_single_closes(text: str, i: int, pend: int) -> bool:
    """A typewriter ' closes a quotation only next to punctuation ("…,' he said", "…'."),
    never between letters (don't) nor after a plural (the players' union)."""
    before = text[i - 1]
    after = text[i + 1] if i + 1 < pend else " "
    return not before.isspace() and (before in ",.!?;:…" or after in ",.;:!?)…" or i + 1 == pend)


def _straight_single_opens(text: str, i: int, pstart: int, pend: int) -> bool:
    """A typewriter ' opens a quotation after a space or an opening bracket, before a
    word, when a ' that closes one follows in the same paragraph."""
    if not (_straight_opens(text, i, pstart) and text[i + 1 : i + 2].isalnum()):
        return False
    j = text.find("'", i + 1, pend)
    while j >= 0:
        if _straight_single_closes(text, j, pend):
            return True
        j = text.find("'", j + 1, pend)
    return False


def quote_regions(text: str, paras: list[tuple[int, int]]) -> list[QuoteRegion]:
    """Find quotations; an unclosed one ends at its paragraph's end unless the next
    paragraph opens with a quotation mark (the French convention for a quote that
    runs over several paragraphs)."""
    regions: list[QuoteRegion] = []
    current: QuoteRegion | None = None
    piece_start = 0
    depth = 0
    for pi, (pstart, pend) in enumerate(paras):
        i = pstart
        if current is not None:
            # continuation paragraph: skip its opening mark
            if text[pstart] in OPENERS:
                i = pstart + 1
            piece_start = i
        while i < pend:
            ch = text[i]
            if current is None:
                if (ch in OPENERS and (ch != '"' or _straight_opens(text, i, pstart))) or (
                    ch == "'" and _straight_single_opens(text, i, pstart, pend)
                ):
                    current = QuoteRegion(open=i, close=None, mark=ch)
                    piece_start = i + 1
                    depth = 1
            else:
                closer = OPENERS.get(current.mark, "'")
                if ch == current.mark and ch != closer:
                    depth += 1
                elif ch == closer and not (
                    (ch == "’" and _apostrophe(text, i))
                    or (ch == "'" and not _straight_single_closes(text, i, pend))
                ):
                    depth -= 1
                    if depth == 0:
                        span = _inner(text, piece_start, i)
                        if span:
                            current.spans.append(span)
                        current.close = i
                        if current.spans:
                            regions.append(current)
                        current = None
            i += 1
        if current is not None:
            span = _inner(text, piece_start, pend)
            if span:
                current.spans.append(span)
            nxt = paras[pi + 1] if pi + 1 < len(paras) else None
            if nxt is None or text[nxt[0]] not in OPENERS:
                if current.spans:
                    regions.append(current)
                current = None
    return regions


_BOUNDARY = re.compile(r"[.!?…]+(?:[ \u00a0\u202f]?[»”\"’)])*(?=\s)|\n")


# an article's dateline: "OTTAWA — ", "Bellecombe-sur-Arve (Haute-Savoie) — ", "Paris, 3 mars – ",
# wire copy's "OSLAND, Nov 24 (Reuters) - " (a plain hyphen only after the agency's brackets)
DATELINE = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]*(?:,?[ \u00a0][\w'’.-]+){0,4}[ \u00a0]*"
    r"(?:\([^()\n]{1,40}\)[ \u00a0]*(?:[—–]|-(?=[ \u00a0]))|[—–])[ \u00a0]+(?=\S)"
)


# the time that opens a live blog's entry, before a dash
TIMESTAMP = re.compile(
    r"\d{1,2}(?:[h:.]\d{2}|h)(?:[ \u00a0]?(?:[ap]\.?m\.?|GMT|BST|CET|UTC))?"
    r"[ \u00a0]*[—–-][ \u00a0]+(?=\S)",
    re.IGNORECASE,
)


def sentences(
    text: str, paras: list[tuple[int, int]], regions: list[QuoteRegion]
) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs; never split inside a quotation or after "M."."""
    titles = resources.words("titles", "fr") | resources.words("titles", "en")
    inside = _inside_map(regions)
    out: list[tuple[int, int]] = []
    for k, (pstart, pend) in enumerate(paras):
        start = pstart
        dateline = DATELINE.match(text, pstart, pend) if k == 0 else None
        # a live blog's entries: "21h02 – Selon …", "10:35 p.m. — Her rival …"
        dateline = dateline or TIMESTAMP.match(text, pstart, pend)
        if dateline and not _in_quote(inside, pstart):
            start = dateline.end()  # "DUBLIN — The Minister …": the place is no part of it
        for m in _BOUNDARY.finditer(text, start, pend):
            cut = m.end()
            if _in_quote(inside, m.end() - 1):
                continue
            nxt = cut
            while nxt < pend and text[nxt].isspace():
                nxt += 1
            if nxt >= pend:
                continue
            if m.group() == "\n":
                prev = text[m.start() - 1] if m.start() > pstart else ""
                if prev not in '.!?…»”":':
                    continue
            else:
                follower = text[nxt]
                if not (follower.isupper() or follower.isdigit() or follower in '«“"„‘—–-('):
                    continue
                word = re.search(r"(\w+)\W*$", text[max(pstart, m.start() - 20) : m.start() + 1])
                if word and m.group().startswith(".") and len(m.group()) == 1:
                    w = word.group(1)
                    if w.lower() in titles or (len(w) == 1 and w.isupper()):
                        continue
            _add_trimmed(text, start, cut, out)
            start = nxt
        _add_trimmed(text, start, pend, out)
    return out


def _inside_map(regions: list[QuoteRegion]) -> list[tuple[int, int]]:
    return sorted((r.open, r.end - 1) for r in regions)


def _in_quote(inside: list[tuple[int, int]], pos: int) -> bool:
    import bisect

    i = bisect.bisect_right(inside, (pos, 10**18)) - 1
    return i >= 0 and inside[i][0] < pos < inside[i][1]
