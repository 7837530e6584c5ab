"""Direct, partial and indirect quotes with their cue verb and speaker mention."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import resources
from .cues import WORD, Cue, cue_at, find_cues
from .frames import inner_incise, intention
from .models import Parse
from .segment import INNER_SPACE, QuoteRegion

_CLAUSE_END = set('.;:!?«»“”"()[]—–')
_TERMINAL = ".!?…"


@dataclass
class Mention:
    start: int
    end: int
    pron: bool = False


@dataclass
class Quote:
    kind: str
    spans: list[tuple[int, int]]
    cue: tuple[int, int] | None
    mention: Mention | None
    sentence: int
    speaker: dict[str, object] | None = None
    order: int = field(default=0)


def _skip(text: str, pos: int, limit: int, chars: str = " \t\u00a0\u202f,") -> int:
    while pos < limit and text[pos] in chars:
        pos += 1
    return pos


def _rstrip(text: str, start: int, end: int, chars: str = " \t\u00a0\u202f\n,.;:") -> int:
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


def _is_name_word(word: str, language: str) -> bool:
    low = word.lower()
    particles = resources.words("particles")
    return word[:1].isupper() or low in particles or low.split("-")[0] in particles


def mention_after(text: str, pos: int, limit: int, language: str) -> Mention | None:
    """The speaker named right after a cue ("M. Sahhaf", "son porte-parole, Ahmad al-Sahhaf")."""
    titles = resources.words("titles", "fr") | resources.words("titles", "en")
    stops = resources.words("speaker_stops", language)
    start = _skip(text, pos, limit, " \t\u00a0\u202f")
    i = start
    end = start
    words = 0
    while i < limit:
        ch = text[i]
        if ch in _CLAUSE_END:
            if ch == "." and end > start:
                prev = WORD.findall(text[start:i])
                if prev and (
                    prev[-1].lower() in titles or (len(prev[-1]) == 1 and prev[-1].isupper())
                ):
                    i += 1
                    continue
            break
        if ch == ",":
            # apposition: ", Ahmad al-Sahhaf" up to the end of the sentence
            rest_start = _skip(text, i, limit)
            rest_end = _rstrip(text, rest_start, limit)
            rest = text[rest_start:rest_end]
            tokens = rest.split()
            if (
                tokens
                and len(tokens) <= 6
                and all(_is_name_word(t, language) for t in tokens)
                and tokens[0][:1].isupper()
            ):
                end = rest_end
            break
        m = WORD.match(text, i)
        if m:
            word = m.group()
            if words > 0 and word.lower() in stops:
                break
            words += 1
            end = m.end()
            i = m.end()
            continue
        if ch.isdigit():
            break
        i += 1
    if words == 0 or words > 14:
        return None
    return Mention(start, end)


def mention_before(
    text: str, lo: int, cue_start: int, language: str, parse: Parse
) -> Mention | None:
    """The subject placed before a cue ("the minister said", "Le ministère … a annoncé")."""
    subject = _parsed_subject(parse, cue_start, lo)
    if subject:
        return subject
    seg_start = lo
    for m in re.finditer(r",\s*", text[lo:cue_start]):
        seg_start = lo + m.end()
    start = _skip(text, seg_start, cue_start, " \t\u00a0\u202f,\n")
    end = _rstrip(text, start, cue_start)
    n = len(WORD.findall(text[start:end]))
    if end <= start or n == 0 or n > 12:
        return None
    return Mention(start, end)


def _parsed_subject(parse: Parse, pos: int, lo: int) -> Mention | None:
    if not parse.parsed:
        return None
    i = parse.index_at(pos)
    if i is None:
        return None
    tok = parse.tokens[i]
    verb = tok.head if tok.pos == "AUX" and tok.dep.startswith("aux") else i
    for j in range(max(0, verb - 40), verb):
        t = parse.tokens[j]
        if t.head == verb and t.dep.startswith("nsubj") and t.left >= lo:
            if t.pos == "PRON" and t.text.lower() in {"qui", "que", "which", "who", "that"}:
                return None
            return Mention(t.left, t.right, pron=t.pos == "PRON")
    return None


def _subject_of_sentence(parse: Parse, start: int, end: int, before: int) -> Mention | None:
    """nsubj of the verb that governs the position ``before`` (for partial quotes)."""
    if not parse.parsed:
        return None
    tokens = parse.between(start, before)
    for t in reversed(tokens):
        if t.pos in {"VERB", "AUX"}:
            head = parse.tokens[t.head] if t.dep.startswith("aux") or t.dep == "xcomp" else t
            k = parse.index_at(head.start)
            while k is not None:
                for s in parse.between(start, parse.tokens[k].start):
                    if s.head == k and s.dep.startswith("nsubj"):
                        return Mention(s.left, s.right, pron=s.pos == "PRON")
                h = parse.tokens[k]
                if h.head == k or h.dep == "ROOT":
                    break
                k = h.head
            break
    return None


def _direct_after(
    text: str, q: QuoteRegion, s_end: int, language: str, parse: Parse, s_start: int
) -> tuple[Cue, Mention] | None:
    """«…», a objecté M. Sahhaf  /  "…," the minister said."""
    if q.close is None:
        return None
    inner_end = q.spans[-1][1]
    pos = q.close + 1
    after = _skip(text, pos, s_end)
    if after >= s_end:
        return None
    had_comma = "," in text[inner_end:after] or text[inner_end - 1 : inner_end] in {"!", "?"}
    cue = cue_at(text, after, s_end, language)
    if cue:
        if cue.pron:
            return cue, Mention(cue.pron[0], cue.pron[1], pron=True)
        mention = mention_after(text, cue.end, s_end, language)
        if mention:
            return cue, mention
        return None
    if not had_comma:
        return None
    # speaker first: "the minister said", "il a ajouté"
    for m in WORD.finditer(text, after, min(s_end, after + 120)):
        cue = cue_at(text, m.start(), s_end, language)
        if cue:
            subject = _skip(text, after, cue.start)
            end = _rstrip(text, subject, cue.start)
            if end > subject and len(WORD.findall(text[subject:end])) <= 8:
                pron = text[subject:end].lower() in resources.mapping("pronouns", language)
                return cue, Mention(subject, end, pron=pron)
            return None
    return None


def _direct_before(
    text: str, q: QuoteRegion, s_start: int, language: str, parse: Parse
) -> tuple[Cue, Mention | None] | None:
    """Le ministre a déclaré : « … »  /  He said: "…" """
    before = text[s_start : q.open].rstrip(" \t\u00a0\u202f")
    ends_with_que = re.search(r"\b(que|qu['’]|that)\s*$", before, re.IGNORECASE)
    if (not before or before[-1] not in ":,") and not ends_with_que:
        return None
    cues = find_cues(text, s_start, q.open, language)
    if not cues:
        return None
    cue = cues[-1]
    tail = text[cue.end : q.open]
    if len(WORD.findall(tail)) > 3:
        return None
    if cue.pron:
        return cue, Mention(cue.pron[0], cue.pron[1], pron=True)
    return cue, mention_before(text, s_start, cue.start, language, parse)


def _according(
    text: str, s_start: int, s_end: int, language: str
) -> tuple[Cue, Mention, tuple[int, int]] | None:
    stops = resources.words("according_stop", language)
    low = text[s_start:s_end].lower()
    for phrase in resources.phrases("according", language):
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
            cstart = s_start + m.start()
            cend = s_start + m.end()
            nxt = WORD.match(text, _skip(text, cend, s_end, " \t\u00a0\u202f"))
            if not nxt or nxt.group().lower() in stops:
                continue
            mention = mention_after(text, cend, s_end, language)
            if not mention:
                continue
            m_end = _skip(text, mention.end, s_end)
            if cstart <= s_start + 1 or text[s_start:cstart].strip() == "":
                rep = (_skip(text, m_end, s_end), _rstrip(text, m_end, s_end))
            else:
                rep = (s_start, _rstrip(text, s_start, cstart))
            if rep[1] > rep[0]:
                return Cue(cstart, cend, True, None), mention, rep
    return None


def _verbs(parse: Parse, start: int, end: int) -> bool:
    return any(t.pos in {"VERB", "AUX"} for t in parse.between(start, end))


def _indirect(
    text: str, s_start: int, s_end: int, language: str, parse: Parse
) -> tuple[Cue, Mention | None, tuple[int, int]] | None:
    end = _rstrip(text, s_start, s_end)
    wish = intention(text, s_start, end, language)
    if wish and wish[1] < end:
        wisher = mention_before(text, s_start, wish[0], language, parse)
        if wisher is not None:
            return Cue(wish[0], wish[1], True, None), wisher, (_skip(text, wish[1], end), end)
    cues = find_cues(text, s_start, end, language)
    # "…, the army said." / "…, le ministre a dit."
    if cues and cues[-1].end >= end and not cues[-1].pron:
        comma = text.rfind(",", s_start, cues[-1].start)
        if comma > s_start:
            subj = _skip(text, comma, cues[-1].start)
            subj_end = _rstrip(text, subj, cues[-1].start)
            if subj_end > subj and len(WORD.findall(text[subj:subj_end])) <= 6:
                pron = text[subj:subj_end].lower() in resources.mapping("pronouns", language)
                return cues[-1], Mention(subj, subj_end, pron=pron), (s_start, comma)
    for cue in cues:
        # reported clause first, speaker after: "…, a assuré le Commandement …"
        head_words = len(WORD.findall(text[s_start : cue.start]))
        if head_words >= 4 and not cue.pron:
            mention = mention_after(text, cue.end, end, language)
            if (
                mention
                and _rstrip(text, mention.end, end) <= mention.end
                and not _verbs(parse, mention.start, mention.end)
            ) and (not parse.parsed or _verbs(parse, s_start, cue.start)):
                return cue, mention, (s_start, _rstrip(text, s_start, cue.start))
        # speaker first: "X a annoncé vouloir …", "X said that …"
        after = _skip(text, cue.end, end, " \t\u00a0\u202f")
        said = text[cue.start : cue.end].lower().endswith(("said", "says"))
        if after < end and text[after].isdigit() and said:
            subject0 = mention_before(text, s_start, cue.start, language, parse)
            if subject0 is not None:
                return cue, subject0, (after, end)
        m = WORD.match(text, after)
        if not m:
            continue
        nxt = m.group().lower()
        rep_start = None
        that = _that_after_object(text, after, end)
        if nxt not in {"que", "qu", "that"} and that is not None:
            rep_start = that
        elif nxt in {"que", "qu", "that"}:
            rep_start = _skip(text, m.end(), end, " \t\u00a0\u202f")
        elif re.match(r"qu['’]", text[after : after + 3], re.IGNORECASE):
            rep_start = after + 3
        elif language == "fr":
            i = parse.index_at(after)
            if i is not None and parse.tokens[i].inf:
                rep_start = after
        elif nxt not in resources.words("stopwords", language) and text[
            cue.start : cue.end
        ].lower().endswith(("said", "says")):
            rep_start = after
        if rep_start is None or rep_start >= end:
            continue
        subject: Mention | None
        if cue.pron:
            subject = Mention(cue.pron[0], cue.pron[1], pron=True)
        else:
            subject = mention_before(text, s_start, cue.start, language, parse)
        if subject is None:
            continue
        return cue, subject, (rep_start, end)
    return None


def find_quotes(
    text: str,
    sentences: list[tuple[int, int]],
    regions: list[QuoteRegion],
    language: str,
    parse: Parse,
) -> list[Quote]:
    """All quotes, in text order."""
    out: list[Quote] = []
    by_sentence: dict[int, list[QuoteRegion]] = {}
    import bisect

    starts = [s for s, _ in sentences]
    covered = 0
    for q in regions:
        si = max(0, bisect.bisect_right(starts, q.open) - 1)
        by_sentence.setdefault(si, []).append(q)
    for q in regions:
        q.spans = [trim_span(text, sp) for sp in q.spans]
    for si, (s_start, sent_end) in enumerate(sentences):
        s_end = sent_end
        qs = by_sentence.get(si, [])
        if not qs and s_start < covered:
            continue  # inside a quotation that began in an earlier sentence
        used: set[int] = set()
        for k, q in enumerate(qs):
            if id(q) in used:
                continue
            spans = list(q.spans)
            last = q
            incise = inner_incise(text, q, language)
            if incise:
                ispans, icue, (ms, me), pron = incise
                out.append(
                    Quote("direct", ispans, (icue.start, icue.end), Mention(ms, me, pron), si)
                )
                continue
            if q.mark == "—":
                out.append(_dash_quote(text, q, si, sentences, language, parse))
                continue
            # a quotation running over several paragraphs ends in a later sentence
            s_end = sentences[max(si, bisect.bisect_right(starts, q.end - 1) - 1)][1]
            covered = max(covered, q.end)
            # split quote: “A,” he said, “B.”
            cue_mention = _direct_after(text, q, s_end, language, parse, s_start)
            if cue_mention and k + 1 < len(qs):
                nq = qs[k + 1]
                gap = text[q.end : nq.open]
                if cue_mention[1].end <= nq.open and gap.strip().endswith(",") and len(gap) < 100:
                    spans.extend(nq.spans)
                    used.add(id(nq))
                    last = nq
            if cue_mention is None:
                before = _direct_before(text, q, s_start, language, parse)
                if before:
                    cue_mention = (before[0], before[1]) if before[1] else None
                    if cue_mention is None:
                        out.append(
                            Quote("direct", spans, (before[0].start, before[0].end), None, si)
                        )
                        continue
            if cue_mention:
                cue, mention = cue_mention
                out.append(Quote("direct", spans, (cue.start, cue.end), mention, si))
                continue
            framed = _framed(text, q, last, s_start, s_end, language, parse)
            if framed is not None:
                out.append(Quote("direct", spans, None, framed, si))
                continue
            # a quotation inside a sentence: partial
            is_whole = (
                _skip(text, s_start, s_end, " \t\u00a0\u202f") >= q.open
                and _rstrip(text, s_start, s_end) <= last.end
            )
            mention2 = None
            cue_span = None
            cues = [
                c
                for c in find_cues(text, s_start, q.open, language)
                if " " in text[c.start : c.end] or c.pron or not _infinitive(text[c.start : c.end])
            ]
            if cues and not is_whole:
                cue_span = (cues[-1].start, cues[-1].end)
                if cues[-1].pron:
                    mention2 = Mention(cues[-1].pron[0], cues[-1].pron[1], pron=True)
                else:
                    mention2 = _parsed_subject(parse, cues[-1].start, s_start)
            if mention2 is None and not is_whole:
                mention2 = _subject_of_sentence(parse, s_start, s_end, q.open)
            if mention2 is None and cues and not is_whole:
                mention2 = mention_before(text, s_start, cues[-1].start, language, parse)
            if mention2 is None and not is_whole:
                mention2 = _fallback_subject(text, s_start, q.open, language)
            kind = "direct" if is_whole else "partial"
            out.append(Quote(kind, spans, cue_span, mention2, si))
        if qs:
            continue
        s_end = sent_end
        found = _according(text, s_start, s_end, language)
        if found:
            cue, mention, rep = found
            out.append(Quote("indirect", [rep], (cue.start, cue.end), mention, si))
            continue
        found2 = _indirect(text, s_start, s_end, language, parse)
        if found2:
            cue, mention3, rep = found2
            out.append(Quote("indirect", [rep], (cue.start, cue.end), mention3, si))
    return out


def _infinitive(word: str) -> bool:
    return word.lower().endswith(("er", "ir", "re"))


def _fallback_subject(text: str, s_start: int, q_open: int, language: str) -> Mention | None:
    # the noun phrase before the first auxiliary verb: "certaines factions irakiennes ont …"
    aux = resources.words("auxiliaries", language)
    for m in WORD.finditer(text, s_start, q_open):
        if m.group().lower() in aux:
            start = s_start
            for c in re.finditer(r",\s*", text[s_start : m.start()]):
                start = s_start + c.end()
            end = _rstrip(text, start, m.start())
            if end > start and len(WORD.findall(text[start:end])) <= 8:
                return Mention(start, end)
            return None
    return None


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Drop a trailing comma that belongs to the framing sentence (“Yes,” he said)."""
    start, end = span
    while end > start and text[end - 1] in ", \u00a0\u202f":
        end -= 1
    return (start, end) if end > start else span


def strip_inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE:
        end -= 1
    return start, end


def _that_after_object(text: str, pos: int, end: int) -> int | None:
    """ "told reporters that …", "a dit à la presse que …": start of the clause, or None."""
    m = re.match(
        r"(?:[^\W\d_]+['’]?\s+){1,4}?(?:that|que|qu['’])\s*",
        text[pos : min(end, pos + 60)],
        re.IGNORECASE,
    )
    if not m or any(c in m.group() for c in ",.;:"):
        return None
    return pos + m.end() if pos + m.end() < end else None


def _framed(
    text: str,
    q: QuoteRegion,
    last: QuoteRegion,
    s_start: int,
    s_end: int,
    language: str,
    parse: Parse,
) -> Mention | None:
    """A whole clause in marks after "Pour X," / "For X," or after a colon or a dash with no
    cue verb ("Tom Baxter was blunt: “…”"): a direct quote; returns its speaker mention."""
    if _rstrip(text, s_start, s_end) > last.end:
        return None
    before = text[s_start : q.open].rstrip(" \t\u00a0\u202f")
    if not before:
        return None
    m = re.match(r"(?:pour|for|selon|d['’]après|according to)\s+(.+?)\s*,$", before, re.IGNORECASE)
    if m:
        return Mention(s_start + m.start(1), s_start + m.end(1))
    if before[-1] not in ":—–":
        return None
    subject = _subject_of_sentence(parse, s_start, s_end, s_start + len(before) - 1)
    return subject or _fallback_subject(text, s_start, q.open, language)


def _dash_quote(
    text: str,
    q: QuoteRegion,
    si: int,
    sentences: list[tuple[int, int]],
    language: str,
    parse: Parse,
) -> Quote:
    """A dialogue line "— …": the speaker is announced by the sentence before, ending in ":"."""
    mention: Mention | None = None
    cue_span: tuple[int, int] | None = None
    if si > 0:
        p_start, p_end = sentences[si - 1]
        if text[p_start:p_end].rstrip().endswith(":"):
            cues = find_cues(text, p_start, p_end, language)
            if cues:
                cue_span = (cues[-1].start, cues[-1].end)
                if cues[-1].pron:
                    mention = Mention(cues[-1].pron[0], cues[-1].pron[1], pron=True)
                else:
                    mention = mention_before(text, p_start, cues[-1].start, language, parse)
    return Quote("direct", list(q.spans), cue_span, mention, si)
