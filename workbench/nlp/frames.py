"""Quote frames the main rules miss: an incise inside the marks, dash-introduced lines,
intention phrases ("ont fait part de leur volonté de …")."""

from __future__ import annotations

import re
from functools import cache

from . import resources
from .cues import BARE_PARTICIPLE, Cue, cue_at, incise_verb
from .mentions import mention_after
from .segment import OPENERS, QuoteRegion

SPACES = " \t\u00a0\u202f"
# the comma before an incise, or the spaces after a question or an exclamation that keeps
# its mark ("— Vous dansez, madame ? demande Raymond Coste.")
_COMMA = re.compile(r",[ \t\u00a0\u202f]*|(?<=[?!])[ \t\u00a0\u202f]+(?=[a-zà-ÿ])")
_INCISE_TAIL = re.compile(r"[^,.!?…«»“”\"\n]{1,60}(?=[,.!?…])")
# "demande Raymond Coste[, 94 ans, à sa voisine de table]." to the end of the line
_AGED_TAIL = re.compile(
    r",[ \u00a0]*\d{1,3}(?:[ \u00a0]+ans)?"
    r"(?:,?[ \u00a0]+(?:à|au|aux|to|at)[ \u00a0][^,.!?…«»“”\"\n]{1,40})?(?=[.!?…]?$)"
)
_DASH_LINE = re.compile(r"(?:^|\n)[ \t\u00a0]*([—–])[ \t\u00a0\u202f]+(?=\S)")


def inner_incise(
    text: str, q: QuoteRegion, language: str
) -> tuple[list[tuple[int, int]], Cue, tuple[int, int], bool] | None:
    """«A, a-t-il assuré, B» / «A, a lancé un manifestant.» (unclosed): the attribution
    inside the marks. Returns (spans without the incise, cue, mention span, mention is a
    pronoun)."""
    for idx, (s, e) in enumerate(q.spans):
        for m in _COMMA.finditer(text, s, e):
            pos = m.end()
            cue = cue_at(text, pos, e, language)
            unknown = cue is None
            if unknown:
                cue = incise_verb(text, pos, e, language)
            if cue is None or cue.start != pos:
                continue
            if (
                language == "fr"
                and cue.pron is None
                and BARE_PARTICIPLE.fullmatch(text[cue.start : cue.end])
            ):
                continue  # «C'est un choix, répété des dizaines de fois, de …»: no incise
            if cue.pron:
                mention, pron, after = cue.pron, True, cue.end
            else:
                found = mention_after(text, cue.end, e, language)
                if found is None or (unknown and not _names_someone(text, found.start, language)):
                    continue
                mention, pron, after = (found.start, found.end), False, found.end
            rest = after
            while rest < e and text[rest] in SPACES:
                rest += 1
            # what the mention left before the incise ends: "le buteur [de 20 ans]. …"
            tail = _INCISE_TAIL.match(text, rest, e) or _AGED_TAIL.match(text, rest, e)
            if tail is not None:
                rest = tail.end()
            head = (s, _rstrip(text, s, m.start() if m.group()[0] == "," else m.start() + 1))
            if head[1] <= head[0]:
                continue
            if rest >= e or not text[rest:e].strip(" .!?…" + SPACES):
                return [*q.spans[:idx], head, *q.spans[idx + 1 :]], cue, mention, pron
            if q.close is None and q.mark != "—":
                # «A, a lancé X. Il a précisé …» with no closing mark: the quotation ends
                # where the reader meets its attribution (GUIDE.md), the rest is the writer's
                return [*q.spans[:idx], head], cue, mention, pron
            # ", a-t-il reconnu. À ce niveau, …»": the incise closes a sentence of the quote
            if text[rest] in ",.!?…":
                nxt = rest + 1
                while nxt < e and text[nxt] in SPACES:
                    nxt += 1
                if nxt < e and (text[rest] == "," or text[nxt].isupper()):
                    spans = [*q.spans[:idx], head, (nxt, e), *q.spans[idx + 1 :]]
                    return spans, cue, mention, pron
    return None


def end_at_incise(text: str, regions: list[QuoteRegion], language: str) -> list[QuoteRegion]:
    """Unclosed quotations whose attribution, inside the marks, ends a sentence («A, a lancé
    X. Il a précisé …» and no closing mark) end with that sentence: the reader meets the
    attribution there (GUIDE.md), and what follows is the writer's own, read for reported
    speech like any sentence."""
    for q in regions:
        if q.close is not None or q.mark == "—" or len(q.spans) != 1:
            continue
        incise = inner_incise(text, q, language)
        if incise is None:
            continue
        start, end = q.spans[0]
        stop = _SENTENCE_STOP.search(text, incise[2][1], end)
        if stop is not None:
            q.spans = [(start, stop.end())]
    return regions


_SENTENCE_STOP = re.compile(r"[.!?…](?=[ \u00a0]+[A-ZÀ-Þ«“\"])")


def _names_someone(text: str, start: int, language: str) -> bool:
    """Whether a mention opens like a speaker's: a capital or an article ("a calculé
    Bernard Estrade", "a résumé la scénariste"), not "ont travaillé à ce dénouement"."""
    first = text[start : start + 20].split(" ", 1)[0]
    elided = first[:2].lower() in {"l'", "l’"}
    return first[:1].isupper() or elided or first.lower() in resources.words("articles", language)


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in SPACES + ",":
        end -= 1
    return end


def dash_regions(text: str, regions: list[QuoteRegion]) -> list[QuoteRegion]:
    """Lines opened by an em or en dash (French dialogue) as unclosed quotations."""
    taken = [(r.open, r.end) for r in regions]
    out: list[QuoteRegion] = []
    for m in _DASH_LINE.finditer(text):
        start = m.end()
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or text[start] in OPENERS:
            continue
        if any(a < end and start < b for a, b in taken):
            continue
        out.append(QuoteRegion(open=m.start(1), close=None, spans=[(start, end)], mark="—"))
    return sorted([*regions, *out], key=lambda r: r.open)


@cache
def _intention(language: str) -> re.Pattern[str] | None:
    lines = resources.phrases("intention", language)
    if not lines:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(lines) + r")(?!\w)", re.IGNORECASE)


def intention(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """(start, end) of an intention phrase such as "ont fait part de leur volonté de"."""
    pattern = _intention(language)
    if pattern is None:
        return None
    m = pattern.search(text, start, end)
    return (m.start(), m.end()) if m else None
