"""Cases the development set covers, as unit tests: incises, dashes, pronouns, roles."""

from __future__ import annotations

from workbench.nlp import extract


def _one(text: str, language: str) -> dict:
    quotes = extract(text, language=language)["quotes"]
    assert len(quotes) == 1, quotes
    return quotes[0]


def test_incise_inside_guillemets() -> None:
    text = (
        "Paul Marchetti, directeur de l'agence, était prudent. "
        "« Le lanceur est prêt, a-t-il assuré, mais il manque le financement. »"
    )
    q = _one(text, "fr")
    assert [text[s:e] for s, e in q["spans"]] == [
        "Le lanceur est prêt",
        "mais il manque le financement.",
    ]
    assert q["cue"]["text"] == "a-t-il assuré"
    assert q["speaker"]["mention"] == "il"
    assert q["speaker"]["name"] == "Paul Marchetti"


def test_dash_dialogue_takes_speaker_from_the_colon_sentence() -> None:
    text = "Le porte-parole, Julien Perrot, a répondu :\n— Les tarifs baisseront en mars."
    q = _one(text, "fr")
    assert q["kind"] == "direct"
    assert q["text"] == "Les tarifs baisseront en mars."
    assert q["speaker"]["name"] == "Julien Perrot"


def test_dash_aside_is_not_a_quote() -> None:
    text = "Les frappes -menées par des drones- ont visé trois dépôts."
    assert extract(text, language="fr")["quotes"] == []


def test_role_mention_resolves_to_the_named_person() -> None:
    text = (
        "La ministre de la Culture, Inès Carpentier, a inauguré le musée. "
        "La ministre a assuré que l'entrée resterait gratuite."
    )
    q = _one(text, "fr")
    assert q["kind"] == "indirect"
    assert q["text"] == "l'entrée resterait gratuite"
    assert q["speaker"]["mention"] == "La ministre"
    assert q["speaker"]["name"] == "Inès Carpentier"


def test_intention_phrase() -> None:
    text = "Les syndicats de cheminots ont fait part de leur volonté de durcir le mouvement."
    q = _one(text, "fr")
    assert q["kind"] == "indirect"
    assert q["text"] == "durcir le mouvement"
    assert q["speaker"]["name"] == "syndicats de cheminots"


def test_selon_with_article_and_pronoun() -> None:
    text = "« C'est grave », a dit Claire Vasseur. Selon elle, 4 000 emplois sont menacés."
    quotes = extract(text, language="fr")["quotes"]
    assert [(q["kind"], q["speaker"]["name"]) for q in quotes] == [
        ("direct", "Claire Vasseur"),
        ("indirect", "Claire Vasseur"),
    ]
    assert quotes[1]["text"] == "4 000 emplois sont menacés"


def test_single_curly_quotes_and_apostrophes() -> None:
    text = "‘We don’t agree,’ a spokesman for Ashford Town said. ‘We will appeal.’"
    quotes = extract(text, language="en")["quotes"]
    assert [q["text"] for q in quotes] == ["We don’t agree", "We will appeal."]
    assert [q["speaker"]["name"] for q in quotes] == ["Ashford Town", "Ashford Town"]


def test_told_reporters_that_and_said_number() -> None:
    text = "Finance minister Omar Shah told reporters that inflation had peaked."
    q = _one(text, "en")
    assert q["text"] == "inflation had peaked"
    assert q["speaker"]["name"] == "Omar Shah"
    q2 = _one("Organisers said 5,000 people took part.", "en")
    assert q2["text"] == "5,000 people took part"
