"""Highlighted text built piece by piece with `format_html`: every character of article or source
text goes through `escape`; nothing is marked safe as a whole."""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Sequence

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from workbench.nlp.textnorm import fold

_WORD = re.compile(r"\w+", re.UNICODE)
# Words too common to show as a match (articles, prepositions): short ones, unless a number.
_MIN_WORD = 4


def _join(parts: Iterable[SafeString]) -> SafeString:
    # Each part is already escaped by format_html; format_html_join keeps them as they are.
    return format_html_join("", "{}", ((part,) for part in parts))


def marked_text(body: str, marks: Sequence[tuple[int, int, str]]) -> SafeString:
    """`body` with each (start, end, css class) range wrapped in <mark>; ranges may overlap.

    The text is cut at every range boundary; each piece carries the classes of the ranges that
    cover it, and the first piece of the first range gets id="wb-focus" to scroll to.
    """
    length = len(body)
    cuts = {0, length}
    clean: list[tuple[int, int, str]] = []
    for start, end, css in marks:
        start, end = max(0, min(start, length)), max(0, min(end, length))
        if end > start:
            clean.append((start, end, css))
            cuts.update((start, end))
    bounds = sorted(cuts)
    # Scroll to the claim when there is one, else to the first mark.
    focus = min(
        (s for s, _, css in clean if css == "wb-claim"),
        default=min((s for s, _, _ in clean), default=None),
    )
    pieces: list[SafeString] = []
    for left, right in itertools.pairwise(bounds):
        text = body[left:right]
        classes = sorted({css for s, e, css in clean if s <= left and right <= e})
        if not classes:
            pieces.append(format_html("{}", text))
        elif left == focus:
            pieces.append(
                format_html('<mark id="wb-focus" class="{}">{}</mark>', " ".join(classes), text)
            )
        else:
            pieces.append(format_html('<mark class="{}">{}</mark>', " ".join(classes), text))
    return _join(pieces)


def _key(word: str) -> str:
    return fold(word)


def _worth(word: str) -> bool:
    return word.isdigit() or len(word) >= _MIN_WORD


def matching_words(passage: str, query: str) -> SafeString:
    """The passage with the words it shares with `query` (accents and case folded) marked."""
    wanted = {_key(w) for w in _WORD.findall(query) if _worth(w)}
    pieces: list[SafeString] = []
    last = 0
    for match in _WORD.finditer(passage):
        word = match.group()
        if _worth(word) and _key(word) in wanted:
            pieces.append(format_html("{}", passage[last : match.start()]))
            pieces.append(format_html('<mark class="wb-match">{}</mark>', word))
            last = match.end()
    pieces.append(format_html("{}", passage[last:]))
    return _join(pieces)


def word_diff(quoted: str, passage: str) -> SafeString:
    """The quote against the closest stretch of the passage, word by word.

    Words only in the quote are <del>, words only in the source are <ins>.
    """
    ours = quoted.split()
    theirs = passage.split()
    matcher = difflib.SequenceMatcher(
        a=[_key(w) for w in ours], b=[_key(w) for w in theirs], autojunk=False
    )
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if blocks:
        # Compare with the stretch of the passage the quote lines up with.
        lo = max(0, blocks[0].b - blocks[0].a)
        hi = min(len(theirs), blocks[-1].b + (len(ours) - blocks[-1].a))
        theirs = theirs[lo:hi]
        matcher = difflib.SequenceMatcher(
            a=[_key(w) for w in ours], b=[_key(w) for w in theirs], autojunk=False
        )
    pieces: list[SafeString] = []
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            pieces.append(format_html("<span>{}</span>", " ".join(ours[a0:a1])))
            continue
        if a1 > a0:
            pieces.append(format_html("<del>{}</del>", " ".join(ours[a0:a1])))
        if b1 > b0:
            pieces.append(format_html("<ins>{}</ins>", " ".join(theirs[b0:b1])))
    return format_html_join(" ", "{}", ((p,) for p in pieces))
