"""Re-ranking of first-stage candidates, identical on every database.

Plain Python over the candidates' texts: each source is cut into passages (windows of two
sentences); every passage gets a BM25 score whose IDF comes from the database's document
frequencies, normalised by the best score the query could reach (so it lies in 0..1). A
source's lexical score is 0.7 × its best passage + 0.3 × the IDF-weighted share of the query
terms found anywhere in title and text. Quoted words and a speaker, when given, blend in.
Scores are rounded to 6 decimals so that equal texts tie exactly; ties go to the smaller
external id.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from sources.search import stance as stance_rule
from workbench.nlp.corroboration_terms import alias_terms, find_entities, translations
from workbench.nlp.passages import Passage, passages
from workbench.nlp.textnorm import (
    TOKEN_PATTERN,
    NumberMention,
    content_terms,
    extract_numbers,
    fold,
    search_terms,
    stem,
    stopwords,
    tokenize,
    tokens_with_offsets,
)

K1 = 1.2
B = 0.75
PASSAGE_AVG_TERMS = 45.0
PASSAGE_WEIGHT = 0.7
QUOTE_WEIGHT = 0.5
SPEAKER_WEIGHT = 0.1
SPEAKER_WINDOW = 300  # characters around the passage where the speaker's name counts
QUOTE_CANDIDATE_PASSAGES = 3
MAX_QUERY_TERMS = 64

EXPANSION_WEIGHT = 0.6  # share of its IDF an alias or translation term weighs
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/|www\.)\S+", re.IGNORECASE)
_QUOTED = re.compile(r"«\s*([^»]+?)\s*»|“([^”]+)”|\"([^\"]+)\"")


def idf(df: int, n: int) -> float:
    """BM25's IDF, always positive (a term in every document still counts a little)."""
    return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


def quoted_words(text: str) -> str | None:
    """The quoted parts of ``text`` (« », “ ”, " ") of three words or more, joined by a space."""
    pieces = [next(g for g in m.groups() if g) for m in _QUOTED.finditer(text)]
    pieces = [p for p in pieces if len(tokenize(p)) >= 3]
    return " ".join(pieces) if pieces else None


def surname(speaker: str) -> str | None:
    """The last content token of a speaker's name ("Ahmad al-Sahhaf" → "sahhaf")."""
    tokens = [t for t in tokenize(speaker) if len(t) > 2 and t not in stopwords(None)]
    return tokens[-1] if tokens else None


@dataclass
class Query:
    """A claim prepared once for ranking many sources."""

    text: str
    language: str | None
    terms: list[str]  # unique query terms, in order of first appearance
    quote: str | None
    speaker: str | None
    numbers: list[NumberMention]
    expansions: dict[str, str] = field(default_factory=dict)  # expansion term → claim term
    weights: dict[str, float] = field(default_factory=dict)
    surface: dict[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls, text: str, *, language: str | None, speaker: str | None, is_quote: bool
    ) -> Query:
        clean = _URL.sub(" ", text)
        terms = list(dict.fromkeys(content_terms(clean, language)))
        if not terms:  # only stop words: search them rather than nothing
            terms = list(dict.fromkeys(search_terms(clean)))
        terms = terms[:MAX_QUERY_TERMS]
        quote = text.strip() if is_quote else quoted_words(text)
        if quote is not None and not tokenize(quote):
            quote = None
        # other spellings of the entities named, and the other language's words
        expansions: dict[str, str] = {}
        for term in alias_terms(find_entities(clean)):
            if term not in terms:
                expansions.setdefault(term, term)
        for term in terms:
            for other in translations(term):
                if other not in terms:
                    expansions.setdefault(other, term)
        return cls(
            text=text,
            language=language,
            terms=terms,
            quote=quote,
            speaker=surname(speaker) if speaker else None,
            numbers=extract_numbers(text, language),
            expansions=dict(list(expansions.items())[:MAX_QUERY_TERMS]),
        )

    @property
    def all_terms(self) -> list[str]:
        """The claim's terms, then the expansion terms."""
        return [*self.terms, *self.expansions]

    def set_frequencies(self, frequencies: Mapping[str, int], n: int) -> None:
        self.weights = {term: idf(frequencies.get(term, 0), n) for term in self.terms}
        for term in self.expansions:
            if term not in self.weights:
                self.weights[term] = EXPANSION_WEIGHT * idf(frequencies.get(term, 0), n)
        self.surface = _surface_forms(list(self.weights))

    def matched_claim_terms(self, present: set[str]) -> set[str]:
        """Claim terms found in ``present`` directly or through one of their expansions."""
        found = {t for t in self.terms if t in present}
        found |= {origin for term, origin in self.expansions.items() if term in present}
        return found & set(self.terms)

    def matchable_terms(self, frequencies: Mapping[str, int]) -> list[str]:
        """Terms that occur somewhere, rarest first (the candidate query needs no others)."""
        present = [t for t in self.weights if frequencies.get(t, 0) > 0]
        return sorted(present, key=lambda t: (-self.weights[t], t))


@dataclass
class Ranked:
    source_id: int
    external_id: str
    score: float
    passage: Passage
    stance: str
    signals: dict[str, object]


def _bm25(counts: Counter[str], length: int, weights: Mapping[str, float]) -> float:
    norm = K1 * (1.0 - B + B * length / PASSAGE_AVG_TERMS)
    total = 0.0
    for term, weight in weights.items():
        tf = counts.get(term, 0)
        if tf:
            total += weight * tf * (K1 + 1.0) / (tf + norm)
    return total


def _speaker_near(query: Query, text: str, p: Passage) -> bool:
    low, high = max(p.start - SPEAKER_WINDOW, 0), p.end + SPEAKER_WINDOW
    return query.speaker in tokenize(text[low:high])


def _surface_forms(terms: Sequence[str]) -> dict[str, str]:
    """Folded token → query term, for every token that :func:`stem` maps onto a query term."""
    out: dict[str, str] = {}
    for term in terms:
        out.setdefault(term, term)
        plural = term + "s"
        if stem(plural) == term:
            out.setdefault(plural, term)
    return out


def _matches(query: Query, text: str) -> tuple[list[tuple[str, int]], list[int]]:
    """``(query term, offset)`` of every token of ``text`` that is a query term, and the
    offsets of all tokens (for passage lengths)."""
    forms = query.surface
    folded = fold(text)
    if len(folded) == len(text):
        found = [(m.group(), m.start()) for m in TOKEN_PATTERN.finditer(folded)]
    else:  # a ligature expanded: take the slower path that keeps offsets into ``text``
        found = [(tok, s) for tok, s, _e in tokens_with_offsets(text)]
    hits = [(forms[tok], s) for tok, s in found if tok in forms]
    return hits, [s for _tok, s in found]


def rank_source(
    query: Query, *, source_id: int, external_id: str, title: str, text: str, language: str
) -> Ranked | None:
    """Score one source for ``query``; ``None`` when it shares no term with it."""
    weights = query.weights
    best_possible = sum(w * (K1 + 1.0) for w in weights.values()) or 1.0
    hits, starts = _matches(query, text)
    hit_starts = [s for _t, s in hits]
    doc_terms = {t for t, _s in hits} | set(search_terms(title))
    coverage = sum(w for t, w in weights.items() if t in doc_terms) / (sum(weights.values()) or 1.0)
    if coverage == 0:
        return None

    scored: list[tuple[float, Passage, Counter[str]]] = []
    for p in passages(text):
        lo = bisect.bisect_left(hit_starts, p.start)
        hi = bisect.bisect_left(hit_starts, p.end)
        counts = Counter(t for t, _s in hits[lo:hi])
        length = bisect.bisect_left(starts, p.end) - bisect.bisect_left(starts, p.start)
        scored.append((_bm25(counts, length, weights) / best_possible, p, counts))
    if not scored:
        return None
    scored.sort(key=lambda item: (-item[0], item[1].start))

    quote_match: float | None = None
    if query.quote is not None:
        # fuzzy-match the quote against the few best passages only: rapidfuzz over every
        # window of a long source would dominate the cost of a search
        folded_quote = fold(query.quote)
        best = max(
            scored[:QUOTE_CANDIDATE_PASSAGES],
            key=lambda item: (fuzz.partial_ratio(folded_quote, fold(item[1].text)), item[0]),
        )
        scored.remove(best)
        scored.insert(0, best)
        quote_match = round(fuzz.partial_ratio(folded_quote, fold(best[1].text)) / 100.0, 4)

    passage_score, passage, counts = scored[0]
    lexical = PASSAGE_WEIGHT * passage_score + (1.0 - PASSAGE_WEIGHT) * coverage
    score = lexical
    if quote_match is not None:
        score = (1.0 - QUOTE_WEIGHT) * score + QUOTE_WEIGHT * quote_match

    speaker_match: bool | None = None
    if query.speaker is not None:
        speaker_match = _speaker_near(query, text, passage)
        score = (1.0 - SPEAKER_WEIGHT) * score + SPEAKER_WEIGHT * float(speaker_match)

    claim_terms = set(query.terms)
    matched = query.matched_claim_terms(set(counts))
    overlap = len(matched) / len(claim_terms) if claim_terms else 0.0
    words = {t for t in claim_terms if not t.isdigit()}
    words_overlap = len(matched & words) / len(words) if words else overlap
    assessed = stance_rule.assess(
        claim=query.text,
        passage=passage.text,
        language=language or query.language,
        claim_language=query.language,
        overlap=overlap,
        words_overlap=words_overlap,
        quote=query.quote,
        quote_match=quote_match,
        speaker=query.speaker,
        speaker_match=speaker_match,
        context=text[max(passage.start - SPEAKER_WINDOW, 0) : passage.end + SPEAKER_WINDOW],
    )
    stance = assessed.stance
    signals: dict[str, object] = {
        "lexical": round(lexical, 4),
        "passage": round(passage_score, 4),
        "coverage": round(coverage, 4),
        "overlap": round(overlap, 4),
        "numbers": assessed.numbers,
        "contrast": assessed.contrast,
        "language": language or None,
    }
    if assessed.rival is not None:
        signals["quote_rival"] = assessed.rival
    if quote_match is not None:
        signals["quote_match"] = quote_match
    if speaker_match is not None:
        signals["speaker_match"] = speaker_match
    return Ranked(
        source_id=source_id,
        external_id=external_id,
        score=round(min(max(score, 0.0), 1.0), 6),
        passage=passage,
        stance=stance,
        signals=signals,
    )
