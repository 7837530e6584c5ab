"""Resolving speaker mentions to one canonical name per speaker in an article."""

from __future__ import annotations

import re

from . import resources
from .antecedents import Antecedents, Candidate, gender_of, is_subject, sentence_of, words_around
from .models import Parse
from .names import has_title, is_alias, key_tokens, strip_leading_article, strip_titles
from .speech import Quote

_PER = {"PER", "PERSON"}
_ORG = {"ORG", "NORP"}


def _clean(name: str, language: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—")
    name = strip_leading_article(name, language)
    words = name.split()
    # an unnamed speaker keeps its noun, not its numeral: "one resident" → "resident"
    if len(words) >= 2 and words[0].lower() in {"one", "un", "une"} and words[1].islower():
        name = " ".join(words[1:])
        words = words[1:]
    # "syndicat Force ouvrière" → "Force ouvrière"; "spokesman for Ashford Town" → "Ashford Town"
    descriptors = resources.words("descriptors", language)
    if len(words) >= 2 and words[0] in descriptors and words[1][:1].isupper():
        name = " ".join(words[1:])
    m = re.match(r"(\S+)\s+(?:for|of|de|du|des|de la|de l['’])\s*(.+)$", name)
    if m and m.group(1).lower() in resources.words("spokes", language):
        name = strip_leading_article(m.group(2), language)
    return name


def _base_name(text: str, start: int, end: int, language: str, parse: Parse) -> tuple[str, str]:
    """(name, type) for a mention, before merging with the article's other names."""
    mention = text[start:end]
    # apposition: "son porte-parole, Ahmad al-Sahhaf" → the part after the comma
    if "," in mention:
        tail = mention.rsplit(",", 1)[1].strip()
        if tail[:1].isupper():
            return _clean(strip_titles(tail, language), language), "person"
    inside = parse.ents_between(start, end)
    for s, e, label in inside:
        if label in _PER and e - s >= 3:
            return _clean(strip_titles(text[s:e], language), language), "person"
    name = _clean(mention, language)
    low_words = name.lower().split()
    roles = resources.words("roles", language)
    org_words = resources.words("org_words", language)
    if has_title(name, language):
        return strip_titles(name, language), "person"
    first = low_words[0] if low_words else ""
    if first in org_words or any(w in org_words for w in low_words[:2]):
        return name, "organization"
    org_ents = [text[s:e] for s, e, label in inside if label in _ORG]
    if org_ents:
        # a lone capitalised surname is often tagged ORG by the small English model
        single = len(org_ents) == 1 and " " not in org_ents[0] and not org_ents[0].isupper()
        if not (single and org_ents[0] == name):
            return name, "organization"
        return name, "person"
    determiner = mention.lower().split()[0] if mention.split() else ""
    groups = resources.words("group_determiners", language)
    if determiner in groups and first and not name[:1].isupper() and first.endswith(("s", "x")):
        return name, "group"
    # a role followed by a capitalised name: "le général américain Vincent Parker"
    words = name.split()
    caps = [i for i, w in enumerate(words) if w[:1].isupper() and w.lower() not in roles]
    if caps and any(w.lower() in roles for w in words[: caps[0]]):
        return " ".join(words[caps[0] :]), "person"
    if first in roles:
        return name, "person"
    if len(words) >= 2 and all(
        w[:1].isupper() or w.lower() in resources.words("particles") for w in words
    ):
        return name, "person"
    return name, "unknown"


def resolve(text: str, quotes: list[Quote], language: str, parse: Parse) -> None:
    """Fill ``quote.speaker`` for every quote: canonical name, mention, offsets and type.

    Pronouns go to the nearest earlier antecedent of the right kind (a person for
    il/elle/he/she, an organisation for "it", a group or organisation for ils/they);
    a bare role ("la ministre") goes to the last person introduced with that role; a
    bare generic noun ("le syndicat", "the company") to the last organisation.
    """
    pool: list[tuple[str, str]] = []
    found_before: list[tuple[int, int, str, str]] = []  # (start, end, name, type)
    for s, e, label in parse.ents:
        if label in _PER:
            ent = _clean(strip_titles(text[s:e], language), language)
            if len(key_tokens(ent, language)) >= 1 and ent[:1].isupper():
                pool.append((ent, "person"))
                found_before.append((s, e, ent, "person"))
        elif label == "ORG":
            ent = _clean(text[s:e], language)
            pool.append((ent, "organization"))
            found_before.append((s, e, ent, "organization"))
    found_before.extend(_noun_subjects(text, parse, language))
    roles = _role_map(text, parse, language)
    bases: list[tuple[str, str] | None] = []
    pronouns = resources.mapping("pronouns", language)
    anaphors = resources.words("anaphors", language)
    for q in quotes:
        if q.mention is not None and _is_pronoun(text[q.mention.start : q.mention.end], language):
            q.mention.pron = True  # "selon elle", "he said", "L'intéressé a démenti"
        if q.mention is None or q.mention.pron:
            bases.append(None)
            continue
        found = _base_name(text, q.mention.start, q.mention.end, language, parse)
        bases.append(found)
        pool.append(found)
    index = _index(pool, language)
    antecedents = Antecedents()
    for start, end, n, k in found_before:
        # a bare role subject ("La procureure a estimé …") stands for the person named earlier
        n, k = _anaphor(*_canonical((n, k), index, language), end, roles, None, language)
        antecedents.add(end, _candidate(text, start, end, n, k, parse, language))
    previous: Quote | None = None
    for q, maybe in zip(quotes, bases, strict=True):
        if q.mention is None:
            if (
                previous is not None
                and previous.speaker is not None
                and q.cue is None
                and q.kind == "direct"
                and q.sentence - previous.sentence <= 1
            ):
                q.speaker = dict(previous.speaker)
            previous = q
            continue
        m_text = text[q.mention.start : q.mention.end]
        if maybe is None:
            low = m_text.lower()
            number = pronouns.get(low, "sg")
            if number == "pl":
                wanted = {"group", "organization"}
            elif low == "it":
                wanted = {"organization"}
            elif strip_leading_article(low, language) in anaphors:
                wanted = {"person"}  # "l'intéressé"
            elif low not in pronouns:  # a relative pronoun: the noun phrase just before
                wanted = {"person", "organization", "group"}
            elif language == "fr":
                # il/elle also stand for "le syndicat", "l'association Terre Vivante"
                wanted = {"person", "organization"}
            else:
                wanted = {"person"}
            if low in pronouns or strip_leading_article(low, language) in anaphors:
                gender = gender_of([strip_leading_article(low, language)], language)
                match = antecedents.for_pronoun(q.mention.start, wanted, gender)
                if match is not None:  # a speaking pronoun keeps its antecedent salient
                    antecedents.add(
                        q.mention.end,
                        Candidate(
                            match.name,
                            match.kind,
                            subject=True,
                            gender=gender or match.gender,
                            sentence=sentence_of(parse, q.mention.start),
                        ),
                    )
            else:
                match = antecedents.nearest(q.mention.start, wanted)
            name: str | None = match.name if match is not None else None
            kind = match.kind if match is not None else "unknown"
        else:
            name, kind = _canonical(maybe, index, language)
            name, kind = _anaphor(name, kind, q.mention.start, roles, antecedents, language)
            antecedents.add(
                q.mention.end,
                _candidate(text, q.mention.start, q.mention.end, name, kind, parse, language, True),
            )
        q.speaker = (
            None
            if name is None
            else {
                "name": name,
                "mention": m_text,
                "start": q.mention.start,
                "end": q.mention.end,
                "type": kind,
            }
        )
        previous = q


def _is_pronoun(mention: str, language: str) -> bool:
    """A pronoun, or a noun used like one ("l'intéressé", data/*/anaphors.txt)."""
    low = mention.lower()
    if low in resources.mapping("pronouns", language):
        return True
    return strip_leading_article(low, language) in resources.words("anaphors", language)


def _candidate(
    text: str,
    start: int,
    end: int,
    name: str,
    kind: str,
    parse: Parse,
    language: str,
    speaker: bool = False,
) -> Candidate:
    """An antecedent for later pronouns; the speaker of a quote counts as a subject."""
    return Candidate(
        name=name,
        kind=kind,
        subject=speaker or is_subject(parse, start, end),
        gender=gender_of(words_around(text, start, end, language), language),
        sentence=sentence_of(parse, start),
    )


def _anaphor(
    name: str,
    kind: str,
    pos: int,
    roles: list[tuple[int, str, str]],
    antecedents: Antecedents | None,
    language: str,
) -> tuple[str, str]:
    """A bare role or generic noun stands for the named speaker introduced earlier."""
    words = [w.lower() for w in name.split()]
    if not words or any(w[:1].isupper() for w in name.split()[1:]):
        return name, kind
    role_words = resources.words("roles", language)
    if words[0] in role_words or name.lower() in role_words:
        best = None
        for end, role, person in roles:
            if end <= pos and role in (words[0], name.lower()):
                best = person
        if best is not None:
            return best, "person"
    generic = resources.words("descriptors", language) | resources.words("org_words", language)
    if len(words) == 1 and words[0] in generic and name[:1].islower() and antecedents is not None:
        found = antecedents.nearest(pos, {"organization"})
        if found is not None and found.name != name:
            return found.name, found.kind
    return name, kind


def _role_map(text: str, parse: Parse, language: str) -> list[tuple[int, str, str]]:
    """(offset, role word, person) for "la ministre de la Culture, Inès Carpentier" and
    "Nadia Benali, ministre du Travail"."""
    role_words = resources.words("roles", language)
    out: list[tuple[int, str, str]] = []
    for s, e, label in parse.ents:
        if label not in _PER:
            continue
        person = _clean(strip_titles(text[s:e], language), language)
        left = text[max(0, s - 80) : s]
        cut = max(left.rfind(c) for c in '.;:!?«»“”"(')
        left = left[cut + 1 :]
        right = text[e : e + 60]
        m = re.match(r"\s*,\s*((?:[^\W\d_]+['’]?\s*){1,3})", right)
        words = [w.lower().strip("'’") for w in re.findall(r"[^\W\d_][\w'’-]*", left)]
        if m:
            words += [w.lower().strip("'’") for w in m.group(1).split()]
        for w in words:
            if w in role_words:
                out.append((s, w, person))
    return out


def _noun_subjects(text: str, parse: Parse, language: str) -> list[tuple[int, int, str, str]]:
    """Noun subjects as antecedents: plural ones ("Les agriculteurs bloquent …") as groups,
    singular ones headed by a role ("Le chef de l'État a reçu …") as unnamed persons."""
    out: list[tuple[int, int, str, str]] = []
    if not parse.parsed:
        return out
    roles = resources.words("roles", language)
    for t in parse.tokens:
        if not (t.dep.startswith("nsubj") and t.pos == "NOUN"):
            continue
        name = _clean(text[t.left : t.right], language)
        if not 0 < len(name.split()) <= 5:
            continue
        if t.text.lower().endswith(("s", "x")):
            out.append((t.left, t.right, name, "group"))
        elif t.text.lower() in roles and not any(
            s >= t.left and e <= t.right and label in _PER for s, e, label in parse.ents
        ):
            out.append((t.left, t.right, name, "person"))
    return out


def _index(pool: list[tuple[str, str]], language: str) -> dict[str, list[tuple[str, str, int]]]:
    """Distinct candidate names by each of their key tokens (keeps merging linear)."""
    index: dict[str, list[tuple[str, str, int]]] = {}
    for cand, ckind in dict.fromkeys(pool):
        tokens = key_tokens(cand, language)
        for tok in set(tokens):
            index.setdefault(tok, []).append((cand, ckind, len(tokens)))
    return index


def _canonical(
    base: tuple[str, str], index: dict[str, list[tuple[str, str, int]]], language: str
) -> tuple[str, str]:
    name, kind = base
    best = name
    tokens = key_tokens(name, language)
    best_len = len(tokens)
    if not tokens:
        return name, kind
    for cand, ckind, n in index.get(tokens[-1], [])[:2000]:
        if kind != "unknown" and ckind != kind and ckind != "unknown":
            continue
        if n > best_len and is_alias(name, cand, language):
            best, best_len = cand, n
            if kind == "unknown":
                kind = ckind
    return best, kind
