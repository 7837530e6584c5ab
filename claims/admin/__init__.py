"""The reviewers' desk: articles, claims, quotes, speakers, evidence, runs and their history.

Changelists fetch their related rows with the page (`list_select_related`) and their counts as
annotations, so a page costs the same number of queries whatever its length. Text is shown with
Django's default escaping, and highlighted text is built piece by piece with `format_html`
(`highlight.py`); nothing from an article is ever marked safe.
"""

from claims.admin import articles, evidence, quotes, review, speakers

__all__ = ["articles", "evidence", "quotes", "review", "speakers"]
