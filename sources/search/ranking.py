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
from workbench.nlp.passages import Passage, passages
from workbench.nlp.textnorm import (
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
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def build(
        cls, text: str, *, language: str | None, speaker: str | None, is_quote: bool
    ) -> Query:
        terms = list(dict.fromkeys(content_terms(text, language)))
        if not terms:  # only stop words: search them rather than nothing
            terms = list(dict.fromkeys(search_terms(text)))
        quote = text.strip() if is_quote else quoted_words(text)
        if quote is not None and not tokenize(quote):
            quote = None
        return cls(
            text=text,
            language=language,
            terms=terms[:MAX_QUERY_TERMS],
            quote=quote,
            speaker=surname(speaker) if speaker else None,
            numbers=extract_numbers(text, language),
        )

    def set_frequencies(self, frequencies: Mapping[str, int], n: int) -> None:
        self.weights = {term: idf(frequencies.get(term, 0), n) for term in self.terms}

    def matchable_terms(self, frequencies: Mapping[str, int]) -> list[str]:
        """Terms that occur somewhere, rarest first (the candidate query needs no others)."""
        present = [t for t in self.terms if frequencies.get(t, 0) > 0]
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


def _speaker_near(query: Query, folded_tokens: Sequence[tuple[str, int, int]], p: Passage) -> bool:
    low, high = p.start - SPEAKER_WINDOW, p.end + SPEAKER_WINDOW
    return any(tok == query.speaker and low <= s and e <= high for tok, s, e in folded_tokens)


def rank_source(
    query: Query, *, source_id: int, external_id: str, title: str, text: str, language: str
) -> Ranked | None:
    """Score one source for ``query``; ``None`` when it shares no term with it."""
    weights = query.weights
    best_possible = sum(w * (K1 + 1.0) for w in weights.values()) or 1.0
    tokens = tokens_with_offsets(text)
    terms = [stem(tok) for tok, _s, _e in tokens]
    starts = [s for _tok, s, _e in tokens]

    scored: list[tuple[float, Passage, Counter[str]]] = []
    for p in passages(text):
        lo = bisect.bisect_left(starts, p.start)
        hi = bisect.bisect_left(starts, p.end)
        counts = Counter(terms[lo:hi])
        scored.append((_bm25(counts, hi - lo, weights) / best_possible, p, counts))
    doc_terms = set(terms) | set(search_terms(title))
    coverage = sum(w for t, w in weights.items() if t in doc_terms) / (sum(weights.values()) or 1.0)
    if not scored or coverage == 0:
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
        speaker_match = _speaker_near(query, tokens, passage)
        score = (1.0 - SPEAKER_WEIGHT) * score + SPEAKER_WEIGHT * float(speaker_match)

    claim_terms = set(query.terms)
    overlap = len(claim_terms & set(counts)) / len(claim_terms) if claim_terms else 0.0
    numbers = stance_rule.compare_numbers(
        query.numbers, extract_numbers(passage.text, language or query.language)
    )
    stance = stance_rule.decide(
        overlap=overlap, numbers=numbers, quote_match=quote_match, speaker_match=speaker_match
    )
    signals: dict[str, object] = {
        "lexical": round(lexical, 4),
        "passage": round(passage_score, 4),
        "coverage": round(coverage, 4),
        "overlap": round(overlap, 4),
        "numbers": numbers,
        "language": language or None,
    }
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
