"""English quotes and claims."""

from __future__ import annotations

import datetime as dt

from workbench.nlp import extract


def test_direct_quote_speaker_before_verb() -> None:
    text = '"We will not leave," the minister said.'
    (q,) = extract(text)["quotes"]
    assert q["kind"] == "direct"
    assert q["text"] == "We will not leave"
    assert [text[s:e] for s, e in q["spans"]] == ["We will not leave"]
    assert q["cue"] == {"text": "said", "start": 34, "end": 38}
    assert q["speaker"]["mention"] == "the minister"
    assert q["speaker"]["name"] == "minister"


def test_said_that() -> None:
    r = extract("Smith said that the plant would close.")
    assert r["language"] == "en"
    (q,) = r["quotes"]
    assert q["kind"] == "indirect"
    assert q["text"] == "the plant would close"
    assert q["speaker"]["name"] == "Smith"
    assert q["speaker"]["type"] == "person"


def test_according_to() -> None:
    r = extract("According to the ministry, 12 people died.", language="en")
    (q,) = r["quotes"]
    assert q["kind"] == "indirect"
    assert q["cue"]["text"] == "According to"
    assert q["speaker"]["name"] == "ministry"
    assert q["speaker"]["type"] == "organization"
    (c,) = r["claims"]
    assert c["attribution"] == "speaker"
    assert c["quote"] == 0
    assert c["quantities"] == [{"text": "12", "value": 12, "unit": "people", "qualifier": None}]


def test_split_quote_is_one_quote() -> None:
    text = "“We will stay,” he said, “and we will fight.”"
    (q,) = extract(text, language="en")["quotes"]
    assert [text[s:e] for s, e in q["spans"]] == ["We will stay", "and we will fight."]
    assert q["text"] == "We will stay … and we will fight."
    assert q["cue"]["text"] == "said"
    assert q["speaker"] is None  # "he" has no antecedent: unresolved, not named "he"


def test_pronoun_resolves_to_last_person() -> None:
    text = '"Prices will rise," John Smith said. "Wages will not," he added.'
    quotes = extract(text, language="en")["quotes"]
    assert [q["speaker"]["name"] for q in quotes] == ["John Smith", "John Smith"]
    assert quotes[1]["speaker"]["mention"] == "he"


def test_last_week_and_at_least() -> None:
    text = "At least 25 fighters were killed last week, the army said."
    (c,) = extract(text, language="en", published_at=dt.date(2020, 3, 20))["claims"]
    assert c["quantities"] == [
        {"text": "25", "value": 25, "unit": "fighters", "qualifier": "at least"}
    ]
    assert c["dates"] == [{"text": "last week", "value": "2020-03-09", "end": "2020-03-15"}]
    assert c["attributed_to"] == "army"
