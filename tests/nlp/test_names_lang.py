"""Names, language detection, HTML."""

from __future__ import annotations

from workbench.nlp import VERSION, canonical_key, detect_language, html_to_text, is_alias


def test_canonical_key() -> None:
    assert canonical_key("Ahmad al-Sahhaf", "fr") == "ahmad sahhaf"
    assert canonical_key("M. Sahhaf", "fr") == "sahhaf"
    assert canonical_key("al-Sahhaf", "fr") == "sahhaf"
    assert canonical_key("le Commandement", "fr") == "commandement"


def test_is_alias() -> None:
    assert is_alias("M. Sahhaf", "Ahmad al-Sahhaf", "fr")
    assert is_alias("al-Sahhaf", "Ahmad al-Sahhaf", "fr")
    assert is_alias(
        "le Commandement",
        "Commandement des opérations conjointes de la Coalition internationale",
        "fr",
    )
    assert not is_alias("M. Parker", "Ahmad al-Sahhaf", "fr")
    assert not is_alias("", "Ahmad al-Sahhaf", "fr")


def test_detect_language() -> None:
    assert detect_language("Le ministère a annoncé vouloir saisir les Nations unies.") == "fr"
    assert detect_language("The ministry said it would go to the United Nations.") == "en"
    assert detect_language("") == "und"
    assert detect_language("12 34 !!") == "und"


def test_html_to_text() -> None:
    html = (
        "<html><head><title>Retrait</title></head><body><article><h1>Retrait</h1>"
        "<p>Les Etats-Unis ont retiré leurs troupes de la base militaire Qaëm, "
        "a assuré le Commandement des opérations conjointes.</p>"
        "<p>« Une cérémonie officielle a été organisée », a assuré le Commandement.</p>"
        "</article></body></html>"
    )
    out = html_to_text(html)
    assert out["title"] == "Retrait"
    assert "a assuré le Commandement des opérations conjointes." in (out["text"] or "")
    assert isinstance(html_to_text("<<<not <p html")["text"], str)
    assert html_to_text("<html><body></body></html>")["text"] == ""
    assert html_to_text("")["text"] == ""


def test_version() -> None:
    assert isinstance(VERSION, str) and VERSION
