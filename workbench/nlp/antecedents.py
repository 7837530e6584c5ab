"""Antecedents for the pronouns that name a speaker ("a-t-elle expliqué", "he added").

A pronoun goes to the nearest earlier candidate of the right type, with two rules from
the salience ranking of pronoun resolution (Lappin and Leass): a candidate whose gender
is known and differs from the pronoun's is passed over ("Mme Diallo … a-t-il dit"; a
gender told by one mention holds for every mention of the name), and inside one sentence
the subject outranks a direct object, which outranks a noun embedded in a complement, so in
"Mme Awa Diallo, présidente de l'association Les Amis du fleuve, a déposé plainte" the
next "elle" is Awa Diallo, not the association named after her.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from . import resources
from .models import Parse

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# how many candidates a pronoun may pass over (gender mismatches, same-sentence
# complements) before it takes the nearest: keeps a megabyte article linear
_LOOKBACK = 60


@dataclass(frozen=True, slots=True)
class Candidate:
    name: str
    kind: str  # "person", "organization", "group", "unknown"
    subject: bool = False  # subject of its clause, or the speaker of a quote
    obj: bool = False  # direct object of its clause ("a condamné Ludovic Perrin")
    gender: str = ""  # "m" or "f" when a title, article or gendered noun says so
    sentence: int = -1  # the parse index of its sentence's root; -1 when unparsed
    end: int = -1  # where its mention ends (set by Antecedents.add)
    start: int = -1  # where its mention starts, when known


class Antecedents:
    """Candidates by end offset, kept per type in lists sorted by (end, -order).

    The nearest candidate before a position is one bisection away instead of a scan of
    the whole article (quadratic on megabyte texts); among candidates ending at the same
    offset, the one added first wins.
    """

    def __init__(self) -> None:
        self._keys: dict[str, list[tuple[int, int]]] = {}
        self._found: dict[tuple[int, int], Candidate] = {}
        self._genders: dict[str, str] = {}  # what any mention told of a name's gender
        self._count = 0

    def add(self, end: int, candidate: Candidate) -> None:
        candidate = replace(candidate, end=end)
        key = (end, -self._count)
        self._count += 1
        bisect.insort(self._keys.setdefault(candidate.kind, []), key)
        self._found[key] = candidate
        if candidate.gender and candidate.kind == "person":
            self._genders.setdefault(candidate.name, candidate.gender)

    def nearest(self, pos: int, wanted: set[str]) -> Candidate | None:
        """The candidate of a wanted type ending last at or before ``pos``."""
        return next(self._before(pos, wanted), None)

    def before(self, pos: int, wanted: set[str]) -> Iterator[Candidate]:
        """Candidates of the wanted types ending at or before ``pos``, nearest first, at
        most as many as a pronoun may pass over."""
        for n, cand in enumerate(self._before(pos, wanted)):
            if n >= _LOOKBACK:
                return
            yield cand

    def nearest_subject(self, pos: int, wanted: set[str]) -> Candidate | None:
        """The nearest candidate of a wanted type that was a subject or a speaker."""
        return next((cand for cand in self.before(pos, wanted) if cand.subject), None)

    def for_pronoun(
        self, pos: int, wanted: set[str], gender: str, named: bool = False, latest: bool = False
    ) -> Candidate | None:
        """The antecedent of a pronoun at ``pos``: the nearest candidate of a wanted type
        and of a compatible gender, unless a subject of the same sentence precedes it.
        ``named``: only candidates with a proper name (for "le technicien", "la joueuse");
        ``latest``: the nearest compatible one, subject or not ("ce dernier")."""
        first: Candidate | None = None
        best: Candidate | None = None
        best_rank = (False, False)
        crossed = False
        for n, cand in enumerate(self._before(pos, wanted)):
            if n >= _LOOKBACK:
                break
            if named and not cand.name[:1].isupper():
                continue
            # "L'avocate générale, Aurélie Marzin … elle … a-t-il déclaré": once a mention
            # has told a person's gender, every candidate of that name has it
            known = cand.gender or self._genders.get(cand.name, "")
            if gender and known and known != gender:
                continue
            # inside one sentence without a subject, a candidate whose gender agrees with
            # the pronoun outranks one whose gender is unknown ("Nadia Ferhat-Vial, élue de
            # la liste Montrevel Ensemble, … a-t-elle lancé"), then a direct object
            rank = (bool(gender) and known == gender, cand.obj)
            if first is None:
                if cand.subject or cand.sentence < 0 or latest:
                    return cand
                first = best = cand
                best_rank = rank
            elif crossed or cand.sentence != first.sentence:
                # "Now 31, she plays the Brahms concerto … ," she says: a name of unknown
                # gender that is no subject gives way to the last subject whose gender agrees
                if not gender or best_rank[0]:
                    break
                if cand.subject and known == gender:
                    return cand
                crossed = True
            elif cand.subject and not (
                best_rank[0] and known != gender and best is not None and best.kind == "person"
            ):
                # (a subject of unknown gender does not outrank a nearer name whose gender
                # agrees: "Sa mère, Delphine X, a publié … « … », écrit-elle")
                return cand
            elif rank > best_rank:
                best, best_rank = cand, rank
        return best if first is not None else None

    def _before(self, pos: int, wanted: set[str]) -> Iterator[Candidate]:
        """Candidates of the wanted types ending at or before ``pos``, nearest first."""
        lists = [self._keys.get(kind, []) for kind in wanted]
        tops = [bisect.bisect_right(keys, (pos, 1)) - 1 for keys in lists]
        while True:
            best = -1
            for k, i in enumerate(tops):
                if i >= 0 and (best < 0 or lists[k][i] > lists[best][tops[best]]):
                    best = k
            if best < 0:
                return
            yield self._found[lists[best][tops[best]]]
            tops[best] -= 1


def gender_of(words: list[str], language: str, masculine: bool = False) -> str:
    """ "f"/"m" from the first gendered word among ``words`` (a title, "la", a feminine
    role noun, a pronoun; data/*/gender.txt), else "". ``masculine``: a masculine noun with
    a feminine form in use counts too (for a noun phrase's own words, not the words around a
    name: "le candidat" is a man, "la candidate face au réalisateur X" is not)."""
    genders = resources.mapping("gender", language)
    for w in words:
        found = genders.get(w.lower().rstrip("."))
        if found:
            return found
        if _feminine_noun(w.lower(), language):
            return "f"  # "l'animatrice", "la boulangère": the article elided or not there
        if masculine and _masculine_noun(w.lower(), language):
            return "m"  # "le candidat", "cet ancien instituteur": the feminine is in use
    return ""


# French feminine endings of person nouns ("animatrice", "boulangère", "comédienne",
# "chanteuse", "avocate" is left out: "-ate" ends masculine nouns too)
_FEMININE_ENDING = re.compile(r"(?:trice|ière|ienne|euse|esse)$")


def _feminine_noun(word: str, language: str) -> bool:
    """A French person noun with a feminine ending whose masculine is a person noun too
    ("animatrice" / "animateur"; not "arrière", a fullback of either sex)."""
    return language == "fr" and word in _paired(resources.person_nouns(language))[1]


def _masculine_noun(word: str, language: str) -> bool:
    """A French person noun whose feminine form is a person noun too ("candidat" /
    "candidate", "comédien" / "comédienne", "instituteur" / "institutrice"): the press writes
    the feminine for a woman, so the masculine names a man. Nouns with one form for both
    ("le ministre", "le juge", "le témoin") tell nothing."""
    return language == "fr" and word in _paired(resources.person_nouns(language))[0]


@cache
def _paired(nouns: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """(masculine, feminine): the nouns among ``nouns`` whose other form is among them too,
    the feminine ones only with a feminine ending ("boulanger" / "boulangère", "chanteur" /
    "chanteuse", "élu" / "élue")."""
    masculine, feminine = set(), set()
    for w in nouns:
        if w.endswith("e"):
            continue
        forms = {w + "e", w + "ne", w[:-1] + "ve"}
        if w.endswith("teur"):
            forms |= {w[:-4] + "trice", w + "e"}
        if w.endswith("eur"):
            forms.add(w[:-3] + "euse")
        if w.endswith("er"):
            forms.add(w[:-2] + "ère")
        if forms & nouns:
            masculine.add(w)
            feminine |= {f for f in forms & nouns if _FEMININE_ENDING.search(f)}
    return frozenset(masculine), frozenset(feminine)


def given_name_gender(name: str, language: str) -> str:
    """ "f"/"m" from a person's given name ("Valérie Ostrowski", "Jean-Claude Thévenot";
    data/first_names.txt and data/*/first_names.txt), else "" (a lone surname included)."""
    words = name.split()
    if len(words) < 2:
        return ""
    names = _given_names(language)
    first = words[0].lower()
    return names.get(first) or names.get(first.split("-")[0], "")


@cache
def _given_names(language: str) -> dict[str, str]:
    return resources.mapping("first_names", None) | resources.mapping("first_names", language)


def words_around(text: str, start: int, end: int, language: str) -> list[str]:
    """The word before a name, its first word, and the first word of an apposition after
    it: "Mme Awa Diallo", "la présidente Awa Diallo", "Awa Diallo, présidente de …"."""
    before = _WORD.findall(text[max(0, start - 30) : start])
    inside = _WORD.findall(text[start:end])
    after = re.match(r"\s*,\s*([^\W\d_]+)(?:\s+([^\W\d_]+))?", text[end : end + 60])
    appositive = [w for w in after.groups() if w] if after else []
    # "Jean Dupont, une figure du quartier": an article agrees with its noun, not with him
    if appositive and appositive[0].lower() in resources.words("articles", language):
        appositive = appositive[1:]
    # "La capitaine, Aminata Koné", "la ministre de la Santé, X": the role set off by a
    # comma and its article (not the article of the role's complement)
    if text[max(0, start - 3) : start].strip().endswith(","):
        nouns = resources.person_nouns(language)
        window = before[-6:]
        for k in range(len(window) - 1, -1, -1):
            if window[k].lower() in nouns:
                return window[max(0, k - 1) : k + 1][::-1] + inside[:1] + appositive[:1]
    # "sa fille, Annaïg Le Goff": the noun after a possessive tells the gender
    return before[-1:] + inside[:2] + appositive[:1]


def is_subject(parse: Parse, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` head a subject, or an apposition to one, outside
    a relative clause ("the shop his father opened": "father" is embedded, not salient)."""
    if not _role(parse, start, end, ("nsubj",)):
        return False
    root = _root_within(parse, start, end)
    assert root is not None
    tok = parse.tokens[root]
    verb = (
        parse.tokens[tok.head]
        if tok.dep.startswith("nsubj")
        else parse.tokens[parse.tokens[tok.head].head]
    )
    return not verb.dep.startswith(("acl", "relcl"))


def is_object(parse: Parse, start: int, end: int) -> bool:
    """Whether the words ``[start, end)`` head a direct object, or an apposition to one."""
    return _role(parse, start, end, ("obj", "dobj"))


def _role(parse: Parse, start: int, end: int, deps: tuple[str, ...]) -> bool:
    root = _root_within(parse, start, end)
    if root is None:
        return False
    tok = parse.tokens[root]
    if tok.dep.startswith(deps):
        return True
    if tok.dep != "appos":
        return False
    # the parser may hang the name on a noun inside the phrase: "L'envoyé spécial des
    # Nations unies, Tobias Lindqvist, a plaidé" (appos of "Nations")
    head = parse.tokens[tok.head]
    for _step in range(3):
        if head.dep.startswith(deps):
            return True
        if not head.dep.startswith("nmod"):
            return False
        head = parse.tokens[head.head]
    return False


def sentence_of(parse: Parse, pos: int) -> int:
    """The index of the root of the parsed sentence holding ``pos``, or -1."""
    if not parse.parsed:
        return -1
    i = parse.index_at(pos)
    for _step in range(200):
        if i is None:
            return -1
        head = parse.tokens[i].head
        if head == i:
            return i
        i = head
    return -1


def _root_within(parse: Parse, start: int, end: int) -> int | None:
    """The first token of ``[start, end)`` whose head lies outside it."""
    if not parse.parsed:
        return None
    lo = bisect.bisect_left(parse.starts, start)
    hi = bisect.bisect_left(parse.starts, end)
    for i in range(lo, hi):
        head = parse.tokens[i].head
        if head == i or not lo <= head < hi:
            return i
    return None
