"""Extraction on the project's sample article (French)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from workbench.nlp import extract

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "sample_article_fr.txt"


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    return extract(SAMPLE.read_text(encoding="utf-8"), published_at=dt.date(2020, 3, 20))


def _quote(result: dict[str, Any], start_words: str) -> dict[str, Any]:
    return next(q for q in result["quotes"] if q["text"].startswith(start_words))


def test_language(result: dict[str, Any]) -> None:
    assert result["language"] == "fr"


def test_sahhaf_quotes_share_one_speaker(result: dict[str, Any]) -> None:
    text = result["text"]
    first = _quote(result, "Toute offensive")
    assert first["kind"] == "direct"
    assert first["text"] == (
        "Toute offensive ou action sans l’autorisation du gouvernement irakien "
        "est considérée comme un acte de provocation"
    )
    ((s, e),) = first["spans"]
    assert text[s:e] == first["text"]
    assert first["cue"]["text"] == "a condamné"
    assert first["speaker"]["name"] == "Ahmad al-Sahhaf"
    assert first["speaker"]["mention"] == "son porte-parole, Ahmad al-Sahhaf"
    assert first["speaker"]["type"] == "person"
    sp = first["speaker"]
    assert text[sp["start"] : sp["end"]] == sp["mention"]

    second = _quote(result, "Ils veulent")
    assert second["text"] == "Ils veulent échapper à leur responsabilité internationale"
    assert second["cue"]["text"] == "a objecté"
    assert second["speaker"]["mention"] == "M. Sahhaf"
    assert second["speaker"]["name"] == "Ahmad al-Sahhaf"
    assert second["speaker"]["type"] == "person"


def test_commandement_quote(result: dict[str, Any]) -> None:
    q = _quote(result, "Une cérémonie officielle")
    assert q["kind"] == "direct"
    assert q["text"].endswith("le général américain Vincent Parker")
    assert q["cue"]["text"] == "a assuré"
    assert q["speaker"]["mention"] == "le Commandement"
    assert q["speaker"]["name"] == (
        "Commandement des opérations conjointes de la Coalition internationale"
    )
    assert q["speaker"]["type"] == "organization"


def test_first_sentence_is_reported_speech(result: dict[str, Any]) -> None:
    q = result["quotes"][0]
    assert q["kind"] == "indirect"
    assert q["text"] == (
        "Les Etats-Unis ont retiré leurs troupes stationnées de la base militaire Qaëm, "
        "à la frontière avec la Syrie"
    )
    assert q["cue"]["text"] == "a assuré"
    assert q["speaker"]["name"] == (
        "Commandement des opérations conjointes de la Coalition internationale"
    )


def test_ministry_indirect(result: dict[str, Any]) -> None:
    q = _quote(result, "vouloir saisir")
    assert q["kind"] == "indirect"
    assert q["text"] == "vouloir saisir les Nations unies et le Conseil de sécurité"
    assert q["cue"]["text"] == "a annoncé"
    assert q["speaker"]["name"] == "ministère irakien des Affaires étrangères"
    assert q["speaker"]["type"] == "organization"


def test_partial_quote_of_factions(result: dict[str, Any]) -> None:
    q = _quote(result, "des opérations de résistance")
    assert q["kind"] == "partial"
    assert q["text"] == "des opérations de résistance contre l’occupation américaine"
    assert q["speaker"]["name"] == "certaines factions irakiennes"
    assert q["speaker"]["type"] == "group"


def test_intention_of_the_coalition(result: dict[str, Any]) -> None:
    # "avaient précédemment fait part de leur volonté de …": an intention phrase (GUIDE.md),
    # found since 0.37.0 lets a word stand between the auxiliary and the participle
    q = _quote(result, "retirer leurs forces")
    assert q["kind"] == "indirect"
    assert q["speaker"]["name"] == "responsables de la coalition"


def test_traps_are_not_quotes(result: dict[str, Any]) -> None:
    texts = [q["text"] for q in result["quotes"]]
    assert len(result["quotes"]) == 7
    assert not any("lesquels" in t or "drones israéliens" in t for t in texts)


def test_claims_offsets_and_facts(result: dict[str, Any]) -> None:
    text = result["text"]
    for c in result["claims"]:
        assert text[c["start"] : c["end"]] == c["text"]
        assert 0.0 <= c["checkworthiness"] <= 1.0
    by_start = {c["text"][:20]: c for c in result["claims"]}
    bases = by_start["Des responsables de "]
    assert [(q["value"], q["unit"]) for q in bases["quantities"]][:2] == [(3, "bases"), (12, None)]
    dec = by_start["Le mois de décembre "]
    assert dec["quantities"] == [
        {"text": "25", "value": 25, "unit": "combattants", "qualifier": "at least"}
    ]
    assert dec["dates"] == [
        {"text": "Le mois de décembre dernier", "value": "2019-12", "end": None}
    ]
    jan = by_start["Début janvier, ils o"]
    assert jan["dates"] == [{"text": "Début janvier", "value": "2020-01-01", "end": "2020-01-10"}]
    six = by_start["Depuis six mois, 24 "]
    assert six["quantities"][0]["value"] == 24
    assert six["quantities"][0]["unit"] == "opérations"
    last = by_start["La plus importante a"]
    assert last["quantities"][0] == {
        "text": "deux",
        "value": 2,
        "unit": "soldats",
        "qualifier": None,
    }
    assert last["dates"] == [
        {"text": "la semaine passée", "value": "2020-03-09", "end": "2020-03-15"}
    ]


def test_quote_claims_are_attributed(result: dict[str, Any]) -> None:
    sahhaf = [c for c in result["claims"] if c["attributed_to"] == "Ahmad al-Sahhaf"]
    assert [c["attribution"] for c in sahhaf] == ["speaker", "speaker"]
    assert [result["quotes"][c["quote"]]["text"][:10] for c in sahhaf] == [
        "Toute offe",
        "Ils veulen",
    ]


def test_no_anchor_gives_null_relative_dates() -> None:
    r = extract("Début janvier, ils ont liquidé 3 chefs.", language="fr")
    assert r["claims"][0]["dates"] == [{"text": "Début janvier", "value": None, "end": None}]
