"""Recognising cue verbs ("a condamné", "a-t-il dit", "said") in raw text."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache, lru_cache

from . import resources
from .models import Parse
from .segment import QuoteRegion

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# a French past participle ("publiée", "croisée"), which the tagger may call an adjective
BARE_PARTICIPLE = re.compile(r"[^\W\d_]+(?:é|ée|és|ées)")
_FR_ENDINGS = (
    "èrent",
    "aient",
    "èrent",
    "eront",
    "ées",
    "és",
    "ée",
    "ait",
    "ent",
    "era",
    "é",
    "a",
    "e",
    "es",
)
_FR_IR_ENDINGS = ("issent", "issait", "ies", "ie", "is", "it", "i")
_EN_ENDINGS = (
    ("ied", "y"),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("es", ""),
    ("s", ""),
    ("d", ""),
)
_INVERSION = re.compile(r"^(?P<verb>.+?)(?:-t)?-(?P<pron>il|elle|on|ils|elles)$", re.IGNORECASE)
_ADVERBS = {
    "fr": {
        "aussi",
        "également",
        "encore",
        "ensuite",
        "alors",
        "déjà",
        "enfin",
        "pourtant",
        "aussitôt",
        "immédiatement",
        "vivement",
        "longuement",
        "publiquement",
        "toutefois",
        "cependant",
        "néanmoins",
        "bien",
        "lui",
        "leur",
        "nous",
    },
    "en": {"also", "later", "then", "again", "previously", "recently", "earlier", "further"},
}


def lemma_candidates(word: str, language: str) -> set[str]:
    w = word.lower().replace("’", "'")
    out = {w}
    irregular = resources.mapping("irregular", language)
    if w in irregular:
        out.add(irregular[w])
    if language == "fr":
        for end in _FR_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                out.update(stem + "er" for stem in _fr_stems(w[: -len(end)]))
        # second-group verbs: "réjouie", "averti", "réagit", "réagissent" → -ir
        for end in _FR_IR_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                out.add(w[: -len(end)] + "ir")
    else:
        for end, add in _EN_ENDINGS:
            if w.endswith(end) and len(w) > len(end) + 2:
                stem = w[: -len(end)]
                out.add(stem + add)
                # a doubled final consonant: "quipped" → "quip", "snapped" → "snap"
                if add == "" and end == "ed" and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                    out.add(stem[:-1])
    return out


def _fr_stems(stem: str) -> list[str]:
    """The infinitive stems of a present-tense stem whose spelling alternates: "rappell-"
    (rappeler), "répèt-" (répéter), "achèt-" (acheter), "annonç-" (annoncer), "juge-" (juger)."""
    out = [stem]
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "lt":
        out.append(stem[:-1])
    grave = stem.rfind("è")
    if grave >= 0 and grave >= len(stem) - 4:
        out += [stem[:grave] + "é" + stem[grave + 1 :], stem[:grave] + "e" + stem[grave + 1 :]]
    if stem.endswith("ç"):
        out.append(stem[:-1] + "c")
    if stem.endswith("ge"):
        out.append(stem[:-1])
    return out


@cache
def _cue_lemmas(language: str) -> frozenset[str]:
    return frozenset(w.replace("’", "'") for w in resources.words("cues", language))


@lru_cache(maxsize=1 << 16)
def is_cue_word(word: str, language: str) -> bool:
    return bool(lemma_candidates(word, language) & _cue_lemmas(language))


@cache
def _cue_phrases(language: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Multi-word cues by their verb's lemma: "faire" → (("savoir",), ("valoir",), …)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _cue_lemmas(language):
        head, *rest = phrase.split()
        if rest:
            out.setdefault(head, []).append(tuple(rest))
    return {head: tuple(sorted(rests, key=len, reverse=True)) for head, rests in out.items()}


@lru_cache(maxsize=1 << 16)
def _phrase_heads(word: str, language: str) -> frozenset[str]:
    """The lemmas of ``word`` that open a multi-word cue ("fait" → "faire")."""
    return frozenset(lemma_candidates(word, language) & _cue_phrases(language).keys())


def _phrase_end(text: str, words: list[tuple[int, int]], k: int, language: str) -> int | None:
    """End of a multi-word cue whose verb is ``words[k]`` ("a fait valoir", "ont mis en
    garde"), or None: the verb alone ("faire", "mettre") is no cue."""
    phrases = _cue_phrases(language)
    for lemma in _phrase_heads(text[words[k][0] : words[k][1]], language):
        for rest in phrases[lemma]:
            following = words[k + 1 : k + 1 + len(rest)]
            if len(following) == len(rest) and all(
                text[a:b].lower() == word for (a, b), word in zip(following, rest, strict=True)
            ):
                return following[-1][1]
    return None


@dataclass
class Cue:
    start: int
    end: int
    lemma_ok: bool
    pron: tuple[int, int] | None  # "il" inside "a-t-il"


def _split_inversion(text: str, start: int, end: int) -> tuple[int, tuple[int, int] | None]:
    m = _INVERSION.match(text[start:end])
    if not m:
        return end, None
    return start + m.end("verb"), (start + m.start("pron"), start + m.end("pron"))


def cue_at(text: str, pos: int, limit: int, language: str) -> Cue | None:
    """A cue verb phrase starting at ``pos`` (after optional spaces), or None."""
    i = pos
    while i < limit and text[i].isspace():
        i += 1
    m0 = WORD.search(text, i, limit)
    if m0 is None or text[i : m0.start()].strip():
        return None
    s0, e0 = m0.span()
    first = text[s0:e0]
    verb_end, pron = _split_inversion(text, s0, e0) if language == "fr" else (e0, None)
    head = text[s0:verb_end].lower()
    aux = resources.words("auxiliaries", language)
    if not (head in aux or (head == "se" and language == "fr")):
        # most words open no cue: answer without reading the words after them
        if is_cue_word(first[: verb_end - s0], language):
            return Cue(s0, e0, True, pron)
        if pron is not None or not _phrase_heads(first, language):
            return None
    words = [(s0, e0)]
    i = e0
    for m in WORD.finditer(text, i, limit):
        if text[i : m.start()].strip() or len(words) == 6:
            break
        words.append((m.start(), m.end()))
        i = m.end()
    adverbs = _ADVERBS.get(language, set())
    k = 0
    if head == "se" and language == "fr" and len(words) > 1:
        # a reflexive verb before a consonant: "se félicite", "se plaint-il"
        ws, we = words[1]
        vend, pron2 = _split_inversion(text, ws, we)
        return Cue(s0, we, True, pron2) if is_cue_word(text[ws:vend], language) else None
    if head in aux and len(words) > 1:
        k = 1
        while k < len(words) - 1 and text[words[k][0] : words[k][1]].lower() in adverbs:
            k += 1
        ws, we = words[k]
        vend, pron2 = _split_inversion(text, ws, we) if language == "fr" else (we, None)
        if is_cue_word(text[ws:vend], language):
            return Cue(s0, we, True, pron or pron2)
        phrase_end = _phrase_end(text, words, k, language) if pron2 is None else None
        return Cue(s0, phrase_end, True, pron) if phrase_end else None
    if is_cue_word(first[: verb_end - s0], language):
        return Cue(s0, e0, True, pron)
    phrase_end = _phrase_end(text, words, 0, language) if pron is None else None
    return Cue(s0, phrase_end, True, None) if phrase_end else None


# the participle of a French compound past: "calculé", "appris", "souri", "conclu", "admis"
_FR_PARTICIPLE = re.compile(r"[^\W\d_]{3,}(?:é|ée|és|ées|i|is|it|u|ue|ert|int)")


def incise_verb(text: str, pos: int, limit: int, language: str) -> Cue | None:
    """A verb the cue lists do not know, in the shape only an incise takes inside the marks
    ("« Je perds un tiers de ma récolte, a calculé X. »", "…, s'amuse-t-elle"): an auxiliary
    and a participle, or a French inversion. French only; the caller checks that a speaker
    follows and that the incise ends there."""
    if language != "fr":
        return None
    words = [(m.start(), m.end()) for m in WORD.finditer(text, pos, min(limit, pos + 60))][:3]
    if not words or text[pos : words[0][0]].strip():
        return None
    s0, e0 = words[0]
    verb_end, pron = _split_inversion(text, s0, e0)
    head = text[s0:verb_end].lower()
    end = None
    if head in resources.words("auxiliaries", language) and len(words) > 1:
        ws, we = words[1]
        if not text[e0:ws].strip() and _FR_PARTICIPLE.fullmatch(text[ws:we]):
            end = we
    elif pron is not None and text[s0:verb_end].islower():
        end = e0  # "calcule-t-il", "s'amuse-t-elle"
    if end is None:
        return None
    # with the pronoun inside, the incise ends right after it: not a question
    # ("…, a-t-il compris ?", "…, peut-il vraiment gagner ?")
    after = text[end:limit].lstrip(" \t\u00a0\u202f")
    if pron is not None and after and after[0] not in ",.…":
        return None
    return Cue(s0, end, True, pron)


def find_cues(text: str, start: int, end: int, language: str) -> list[Cue]:
    """Every cue phrase in ``text[start:end]``, left to right, not overlapping."""
    out: list[Cue] = []
    pos = start
    for m in WORD.finditer(text, start, end):
        if m.start() < pos:
            continue
        cue = cue_at(text, m.start(), end, language)
        if cue:
            out.append(cue)
            pos = cue.end
    return out


_SUBJECT_PRONOUNS = frozenset(
    {"Il", "il", "Elle", "elle", "Ils", "ils", "Elles", "elles", "He", "he", "She", "she"}
    | {"They", "they", "On", "on", "Nous", "nous", "We", "we"}
)


def verbal(cues: list[Cue], parse: Parse) -> list[Cue]:
    """The cues not used as nouns: "The claim that …", "la remarque" name a statement,
    they do not report one (a cue word the parser tags NOUN with a determiner)."""
    if not parse.parsed:
        return cues
    out = []
    for cue in cues:
        i = parse.index_at(cue.start)
        tok = parse.tokens[i] if i is not None and cue.pron is None else None
        if tok is not None and i and parse.tokens[i - 1].text in _SUBJECT_PRONOUNS:
            out.append(cue)  # "Elle juge « illusoire » …": a verb the parser took for a noun
            continue
        if tok is not None and i is not None and _person_noun(parse, i):
            continue  # "le prévenu" (the defendant), not "prévenir"
        if (
            tok is not None
            and tok.end == cue.end
            and tok.pos == "NOUN"
            # (or a number: "with 14 of 18 posts already filled"; or an owner: "the union's
            # demand of 9%", "its warning")
            and any(
                t.head == i and t.dep in {"det", "nummod", "poss", "nmod:poss"}
                for t in parse.between(tok.left, tok.start)
            )
        ):
            continue
        if tok is not None and i is not None and _describes_noun(parse, i):
            continue
        out.append(cue)
    return out


def _describes_noun(parse: Parse, i: int) -> bool:
    """A participle that describes the noun before it ("un essai remarqué", "un recueil
    remarqué sur …"): an adjective, not a verb that reports."""
    tok = parse.tokens[i]
    return (
        i > 0
        and tok.dep == "acl"
        and tok.head == i - 1
        and parse.tokens[i - 1].pos == "NOUN"
        and BARE_PARTICIPLE.fullmatch(tok.text) is not None
    )


def _person_noun(parse: Parse, i: int) -> bool:
    """A cue word that is a person noun after an article ("le prévenu", "l'accusé")."""
    tok = parse.tokens[i]
    if i == 0 or tok.text.lower() not in _people():
        return False
    before = parse.tokens[i - 1]
    return before.pos == "DET" and before.head == i


@cache
def _people() -> frozenset[str]:
    return resources.words("people", "fr") | resources.words("people", "en")


# ends a cue slot: the attribution after a quotation never runs past these
_SLOT_END = set('.;:!?«»“”"()[]—–\n')


def _slot_after(text: str, q: QuoteRegion, limit: int) -> tuple[int, int] | None:
    """The words after a closed quotation that hold its attribution (`», a ironisé X`)."""
    if q.close is None or not q.spans:
        return None
    inner_end = q.spans[-1][1]
    pos = q.close + 1
    while pos < limit and text[pos] in " \t\u00a0\u202f,":
        pos += 1
    framed = any(c in text[inner_end - 1 : pos] for c in ",!?")
    if not framed or pos >= limit:
        return None
    titles = resources.words("titles", "fr") | resources.words("titles", "en")
    end = pos
    while end < limit and text[end] not in _SLOT_END:
        end += 1
        if end < limit and text[end] == ".":  # "Ms. Dupont" does not end the slot
            prev = WORD.findall(text[pos:end])
            if prev and (prev[-1].lower() in titles or len(prev[-1]) == 1):
                end += 1
    return pos, end


def _slot_before(text: str, q: QuoteRegion, starts: list[int]) -> tuple[int, int] | None:
    """The words before a quotation opened after a colon (`X s'impatiente : « … »`, also
    when a dialogue dash opens the next line)."""
    colon = len(text[: q.open].rstrip(" \t\u00a0\u202f\n")) - 1
    if colon < 0 or text[colon] != ":":
        return None
    start = starts[max(0, bisect.bisect_right(starts, colon) - 1)] if starts else 0
    return (start, colon) if start < colon else None


def unknown_cues(
    text: str,
    regions: list[QuoteRegion],
    sentences: list[tuple[int, int]],
    language: str,
    parse: Parse,
) -> list[dict[str, str | int]]:
    """Verbs in the cue slot of a quotation that the cue lists do not know.

    ``», a ironisé le ministre``, ``"…," one protester shouted``, ``X s'impatiente : « … »``:
    the quote is still extracted by the other rules, but the verb is reported (lemma, word,
    offsets) so that missing cue verbs show up in counts instead of being silently dropped.
    Known cues, and slots without a verb, report nothing. Needs a parse for the part of
    speech; without one only French inversions (``ironise-t-il``) are recognised.
    """
    out: list[dict[str, str | int]] = []
    seen: set[int] = set()
    starts = [s for s, _ in sentences]
    for q in regions:
        si = max(0, bisect.bisect_right(starts, q.open) - 1)
        after_end = (
            sentences[max(si, bisect.bisect_right(starts, q.end - 1) - 1)][1]
            if sentences
            else len(text)
        )
        for slot in (_slot_after(text, q, after_end), _slot_before(text, q, starts)):
            if slot is None or find_cues(text, slot[0], slot[1], language):
                continue
            found = _slot_verb(text, slot[0], slot[1], language, parse)
            if found is not None and found["start"] not in seen:
                seen.add(int(found["start"]))
                out.append(found)
    return out


def _slot_verb(
    text: str, start: int, end: int, language: str, parse: Parse
) -> dict[str, str | int] | None:
    """The verb of a cue slot: the word after an auxiliary (``a zorglubé``: taggers call an
    unknown participle an adjective), else a parsed VERB, else an inversion or an -ed word."""
    words = list(WORD.finditer(text, start, end))[:8]
    aux = resources.words("auxiliaries", language)
    adverbs = _ADVERBS.get(language, set())
    for k, m in enumerate(words[:-1]):
        verb_end, _pron = _split_inversion(text, m.start(), m.end())
        if language == "fr" and text[m.start() : verb_end].lower() in aux:
            k += 1
            while k < len(words) - 1 and words[k].group().lower() in adverbs:
                k += 1
            return _verb_record(words[k].start(), words[k].end(), text, language, parse)
    if parse.parsed:
        for tok in parse.between(start, end)[:10]:
            if tok.pos == "VERB":
                return _verb_record(tok.start, tok.end, text, language, parse)
    for m in words:
        verb_end, pron = _split_inversion(text, m.start(), m.end())
        if language == "fr" and pron is not None:
            return _verb_record(m.start(), verb_end, text, language, parse)
        if language == "fr" and re.match(r"s['’]\w", m.group(), re.IGNORECASE):
            return _verb_record(m.start() + 2, verb_end, text, language, parse)
        if language == "en" and m.group().islower() and m.group().endswith("ed"):
            return _verb_record(m.start(), m.end(), text, language, parse)
    return None


def _verb_record(
    start: int, end: int, text: str, language: str, parse: Parse
) -> dict[str, str | int]:
    word = text[start:end]
    i = parse.index_at(start) if parse.parsed else None
    tok = parse.tokens[i] if i is not None else None
    if tok is not None and tok.pos == "VERB" and tok.lemma:
        lemma = tok.lemma
    else:  # an unknown word: the regular infinitive ("zorglubé" -> "zorgluber")
        lemma = _regular_lemma(word.lower(), language)
    return {"lemma": lemma, "text": word, "start": start, "end": end}


def _regular_lemma(word: str, language: str) -> str:
    if language == "fr":
        for end in ("ées", "és", "ée", "é", "e"):
            if word.endswith(end) and len(word) > len(end) + 2:
                return word[: -len(end)] + "er"
        return word
    for end, add in (("ied", "y"), ("ed", ""), ("s", "")):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + add
    return word
