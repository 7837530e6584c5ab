"""workbench.nlp.textnorm and workbench.nlp.passages: plain Python, no database."""

from __future__ import annotations

import math

from workbench.nlp.passages import passages, sentence_spans
from workbench.nlp.textnorm import (
    content_terms,
    extract_numbers,
    fold,
    index_text,
    search_terms,
    tokens_with_offsets,
)


def test_fold_strips_accents_and_ligatures() -> None:
    assert fold("Qaëm Élysée cœur ÆSIR Straße") == "qaem elysee coeur aesir strasse"


def test_search_terms_split_fold_and_stem() -> None:
    assert search_terms("L’armée a tué 25 combattants à Qaëm-AlBoukamal 😀 NEAR(b*)") == [
        "l", "armee", "a", "tue", "25", "combattant", "a", "qaem", "alboukamal", "near", "b",
    ]  # fmt: skip


def test_decomposed_accents_fold_like_composed_ones() -> None:
    assert search_terms("Qae\u0308m") == ["qaem"]
    assert tokens_with_offsets("la Qae\u0308m") == [("la", 0, 2), ("qaem", 3, 8)]


def test_content_terms_drop_stop_words_of_the_language() -> None:
    assert content_terms("Les forces de la coalition ont quitté la base", "fr") == [
        "force", "coalition", "quitte", "base",
    ]  # fmt: skip
    assert content_terms("The troops left the base", "en") == ["troop", "left", "base"]


def test_index_text_joins_parts() -> None:
    assert index_text("Titre", "", "Deux mots") == "titre deux mot"


def test_numbers_with_noun_and_qualifier() -> None:
    numbers = extract_numbers("tuant au moins 25 combattants et 3 000 civils en 2019", "fr")
    assert [(n.value, n.noun, n.qualifier) for n in numbers] == [
        (25.0, "combattant", "at least"),
        (3000.0, "civil", None),
    ]
    assert numbers[0].interval() == (25.0, math.inf)


def test_numbers_english_qualifiers_and_decimals() -> None:
    numbers = extract_numbers("at most 12.5 km, about 100 people and 1,000 fighters", "en")
    assert [(n.value, n.noun, n.qualifier) for n in numbers] == [
        (12.5, "km", "at most"),
        (100.0, "people", "about"),
        (1000.0, "fighter", None),
    ]


def test_sentences_keep_abbreviations_and_offsets() -> None:
    text = "« Ils veulent fuir », a objecté M. Sahhaf. Le vote des US. Eu lieu!\nNouvelle ligne"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == [
        "« Ils veulent fuir », a objecté M. Sahhaf.",
        "Le vote des US.",
        "Eu lieu!",
        "Nouvelle ligne",
    ]


def test_passages_are_windows_of_two_sentences() -> None:
    text = "Une. Deux. Trois."
    assert [(p.start, p.end, p.text) for p in passages(text)] == [
        (0, 10, "Une. Deux."),
        (5, 17, "Deux. Trois."),
        (11, 17, "Trois."),
    ]
    assert passages("   ") == []
