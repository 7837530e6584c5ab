"""The cached and indexed paths of the stance check and the search give the answers of the plain
rules they replace (word-list patterns, alias table, figures, the claim's vector)."""

from __future__ import annotations

import random

import numpy as np
import pytest
from rapidfuzz import fuzz

from sources import embeddings
from sources.search import pipeline, signals
from sources.search.postgresql import best_by_weight
from sources.search.stance import closest_sentence
from workbench.nlp.contrast import antonym_flips, contrast, negated
from workbench.nlp.corroboration_terms import find_entities
from workbench.nlp.figures import figures


def test_negation_cues_keep_exact_prefix_and_excluded_words() -> None:
    # fr/negation.txt: "nie*" is a denial, "!niece*" excludes the nieces it would catch
    assert negated(["il", "nie", "les", "faits"], "fr") == 1
    assert negated(["sa", "niece", "parle"], "fr") == 0
    assert negated(["il", "ne", "vient", "pas"], "fr") == 1  # particle and marker
    assert negated(["il", "vient", "pas"], "fr") == 0  # a marker alone is no negation
    assert negated(["il", "ne", "dement", "pas", "et", "nie"], "fr") == 3


def test_antonym_flips_name_the_first_word_of_each_side() -> None:
    claim = ["prices", "rose", "and", "increased"]
    sentence = ["prices", "fell", "then", "dropped"]
    assert antonym_flips(claim, sentence, "en") == [["rose", "fell"]]
    # a claim on both sides of a pair flips nothing; the order is the order of the pairs
    assert antonym_flips(["rose", "fell"], ["fell"], "en") == []
    assert antonym_flips(["won", "rose"], ["lost", "fell"], "en") == [
        ["rose", "fell"],
        ["won", "lost"],
    ]


def test_contrast_of_a_cached_claim_against_two_sentences() -> None:
    claim = "Rovers won the final, said coach Smith."
    first = contrast(claim, "Rovers lost the final.", claim_language="en", sentence_language="en")
    again = contrast(claim, "Rovers won the final.", claim_language="en", sentence_language="en")
    assert first.antonyms == [["won", "lost"]]
    assert again.antonyms == []
    assert first.negation == again.negation == (0, 0)


def test_entities_prefer_the_longest_spelling_at_a_shared_first_token() -> None:
    assert find_entities("Al Boukamal puis al-Qaim, et Al") == ["Abu Kamal", "Al-Qaim"]
    assert find_entities("Hashd al-Shaabi et PMF") == ["Popular Mobilization Forces"]
    assert find_entities("") == []


def test_figures_are_a_fresh_list_each_time() -> None:
    text = "Quarante-cinq lits et 12 millions d'euros en 1987."
    first = figures(text, "fr")
    first.clear()
    found = [(f.value, f.noun, f.text) for f in figures(text, "fr")]
    assert found == [
        (45.0, "lit", "Quarante-cinq"),
        (12e6, "euro", "12 millions"),
        (1987.0, "<year>", "1987"),
    ]
    # no digit at all: numbers in words are still found
    assert [(f.value, f.noun) for f in figures("Trois cent vingt salariés.", "fr")] == [
        (320.0, "salarie")
    ]


def test_closest_sentence_counts_shared_content_words() -> None:
    passage = "Le maire a parlé. Les inondations ont fait 12 morts à Valmont."
    assert closest_sentence("12 morts dans les inondations", passage, "fr") == (
        "Les inondations ont fait 12 morts à Valmont."
    )


def test_claim_vector_is_computed_once_per_text_and_read_only() -> None:
    if not (embeddings.enabled() and embeddings.available()):
        pytest.skip("embedding model not installed or turned off")
    text = "The river flooded the old town (@someone) March 3, 2020"
    vector = pipeline.claim_vector(text)
    assert pipeline.claim_vector(text) is vector
    assert not vector.flags.writeable
    expected = embeddings.encode([embeddings.query_text(text)])[0]
    assert np.array_equal(vector, expected)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the wire said 25 fighters", "25 fighters the wire said"),
        ("a\xa0b c", "c a\xa0b"),  # one-byte text: U+00A0 is no separator for rapidfuzz
        ("ā\xa0b c", "c b ā"),  # wider text: it is one
        ("x\x85y z", "z x\x85y"),
        ("tab\tand\nnewline", "newline and tab"),
        ("", ""),
        ("   ", "word"),
        ("qaim base handed over", "qaim base handed over today to iraqi forces"),
    ],
)
def test_copy_score_is_token_sort_ratio_from_words_sorted_once(a: str, b: str) -> None:
    expected = fuzz.token_sort_ratio(a, b)
    score = signals._copy_score(signals.sorted_words(a), signals.sorted_words(b))
    assert score == (expected if expected >= signals.COPY_RATIO else 0.0)


def _best_by_weight_plainly(
    matches: list[list[int]], weights: list[float], limit: int
) -> list[int]:
    scores: dict[int, float] = {}
    for ids, weight in zip(matches, weights, strict=True):
        for source_id in ids:
            scores[source_id] = scores.get(source_id, 0.0) + weight
    ranked = sorted(scores.items(), key=lambda item: (-round(item[1], 9), item[0]))
    return [source_id for source_id, _score in ranked[:limit]]


def test_candidates_ranked_in_numpy_as_by_the_plain_loop() -> None:
    rng = random.Random(3)
    for case in range(300):
        terms = rng.randint(0, 8)
        # few distinct weights and ids: many equal sums, ties broken by id at the limit
        weights = [rng.choice([0.6 * 2.3, 2.3, 1.1, 4.7, 3.0000000001, 3.0]) for _ in range(terms)]
        matches = [rng.sample(range(1, 60), rng.randint(0, 40)) for _ in range(terms)]
        limit = rng.choice([0, 1, 5, 20, 100])
        expected = _best_by_weight_plainly(matches, weights, limit)
        assert best_by_weight(matches, weights, limit=limit) == expected, case
    assert best_by_weight([[10**12, 3], [3]], [1.0, 2.0], limit=5) == [3, 10**12]
