"""Quote records and the speaker mention found around a cue verb.

Shared by the direct-quote rules (``quoted``) and the reported-speech rules (``reported``):
both need the subject before a cue ("the minister said") or the name after it
(", a objecté M. Sahhaf").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from . import resources
from .cues import WORD
from .models import Parse

_CLAUSE_END = set('.;:!?«»“”"()[]—–')
# a name described by a few lowercase words: "the pianist Mairi Beaton"
DESCRIBED_NAME = re.compile(
    r"(?:(?:the|a|an|le|la|les|l['’]|un|une)\s*)?"
    r"(?:(?!(?:with|of|for|at|from|in|on|the|de|du|des|chez|à|au|aux|en|dans|pour)\s)"
    r"[^\W\d_A-ZÀ-Þ][\w'’-]*\s+){1,3}"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[A-ZÀ-Þ][\w'’-]*|de|du|van|von|al|el|da|di|le|la))*"
    r"\s+[A-ZÀ-Þ][\w'’-]*)"
)
# not after an initial ("J. Dupont") or an abbreviated title (", Dr. Amara Okonkwo-Reyes")
_ABBREVIATED_TITLES = (
    "Dr", "Mr", "Mrs", "Ms", "Mme", "Mlle", "Mgr", "Pr", "Prof", "St", "Sen", "Rep", "Gov", "Gen",
    "Lt", "Col", "Sgt", "Capt", "Insp", "Supt", "Det", "Cllr", "Coun",
)  # fmt: skip
_SENTENCE_STOP = re.compile(
    r"(?<![A-Z])" + "".join(rf"(?<!\b{t})" for t in _ABBREVIATED_TITLES) + r"\.(?=\s)"
)
_COUNT = re.compile(r"\d{1,3}(?:[ \u00a0\u202f,]\d{3})*(?=[ \u00a0\u202f]+[a-zà-ÿ])")
_COUNT_OPENERS = {"les", "des", "ces", "ses", "leurs", "the", "some", "about", "around", "quelque"}
_ORDINAL = re.compile(r"\d+(?:e|er|re|ère|ème|es|th|st|nd|rd)\b")
# "said a 27-year-old machine-gunner": the age is part of the noun phrase
_AGED = re.compile(r"\d{1,3}-(?:year|month)s?-old\b")
_AGE_PREPOSITIONS = {"de", "d", "of", "aged"}
# a gerund between the cue and an inverted subject: "a raconté en riant la joueuse"
# or a circumstance: "a déclaré en conférence de presse le vainqueur"
_GERUND_PATTERN = (
    r"(?:(?:tout\s+)?en\s+\w+ant|en conférence de presse|devant (?:la presse|les journalistes)"
    # "a raconté en swahili X", "a expliqué par téléphone le coordinateur"
    r"|en (?:anglais|français|arabe|espagnol|swahili|russe|allemand|italien|portugais|chinois|"
    r"turc|créole|wolof|lingala|kinyarwanda|ukrainien|persan|hébreu)"
    r"|par (?:téléphone|visioconférence)|au téléphone"
    # "s'est agacé sur X un usager", "a réagi sur Instagram la chanteuse"
    r"|sur (?:X|Twitter|Facebook|Instagram|TikTok|LinkedIn|Bluesky|Threads|Snapchat|YouTube"
    r"|les réseaux sociaux|son compte \w+)"
    r"|au micro d['’]\S+|à l['’]issue (?:du match|de la rencontre|de l['’]audience)"
    # "a confié à l'AFP X", "a déclaré aux journalistes le préfet"
    r"|à l['’](?-i:[A-Z]{2,6})\b|à la presse|aux journalistes"
    r"|après (?:le match|la rencontre|la course)"
    # "a répondu dans un communiqué le ministère …"
    r"|dans (?:un|une|son|sa|leur)\s+(?:bref\s+|courte?\s+)?(?:communiqué|déclaration|message|"
    r"courriel|courrier|lettre|entretien|interview|réquisitoire|plaidoirie|discours|allocution)"
    # or its day: "soupirait jeudi une usagère", "avait insisté mardi la magistrate", "avait
    # martelé la veille l'avocate générale"
    r"|(?:{days}|hier|la veille|le lendemain|l['’]avant-veille|le surlendemain)"
    r"(?: matin| soir| midi| au soir| au matin)?)"
    r"[\s,]+"
)
# a circumstance between commas after the cue: "a savouré, la voix cassée, l'entraîneur"
_ASIDE = re.compile(r",[ \u00a0]*[^\W\d_A-ZÀ-Þ][^,.;:!?«»“”\"()\n]{0,40},[ \u00a0]*")


@cache
def _gerund() -> re.Pattern[str]:
    days = "|".join(resources.mapping("weekdays", "fr"))
    return re.compile(_GERUND_PATTERN.replace("{days}", days), re.IGNORECASE)


# the French model tags a subject "il" as expletive now and then ("Il estime que …")
SUBJECT_DEPS = ("nsubj", "expl:subj")
RELATIVES = {"qui", "que", "dont", "où", "lequel", "laquelle", "who", "whose", "which", "whom"}
_LINKS = {"puis", "et", "mais", "alors", "ensuite", "then", "and", "but", "so"}
PERSONAL = {"il", "elle", "ils", "elles", "he", "she", "they"}


@dataclass
class Mention:
    start: int
    end: int
    pron: bool = False


@dataclass
class Quote:
    kind: str
    spans: list[tuple[int, int]]
    cue: tuple[int, int] | None
    mention: Mention | None
    sentence: int
    speaker: dict[str, object] | None = None
    order: int = field(default=0)


def skip(text: str, pos: int, limit: int, chars: str = " \t\u00a0\u202f,") -> int:
    while pos < limit and text[pos] in chars:
        pos += 1
    return pos


def rstrip(text: str, start: int, end: int, chars: str = " \t\u00a0\u202f\n,.;:") -> int:
    while end > start and text[end - 1] in chars:
        end -= 1
    return end


def _is_name_word(word: str, language: str) -> bool:
    low = word.lower()
    particles = resources.words("particles")
    return word[:1].isupper() or low in particles or low.split("-")[0] in particles


# lower-case words, then a capitalised one: the rest of "co-founder and chief executive X"
_ROLES_THEN_NAME = re.compile(r"(?:[ \u00a0]+[a-zà-ÿ][\w'’-]*){1,3}[ \u00a0]+[A-ZÀ-Þ]")


# an institution told, by its article and its capital, before a capitalised name: "à l'AFP",
# "au Parisien" (not "à Marie Dupont", which may be a name)
_ADDRESSEE = re.compile(
    r"(?:à[ \u00a0]+l['’][ \u00a0]*|à[ \u00a0]+la[ \u00a0]+|aux?[ \u00a0]+)[A-ZÀ-Þ][\w'’-]*"
    r"[ \u00a0]+(?=[A-ZÀ-Þ])"
)


def mention_after(text: str, pos: int, limit: int, language: str) -> Mention | None:
    """The speaker named right after a cue ("M. Sahhaf", "son porte-parole, Ahmad al-Sahhaf")."""
    titles = resources.words("titles", "fr") | resources.words("titles", "en")
    stops = resources.words("speaker_stops", language)
    start = skip(text, pos, limit, " \t\u00a0\u202f")
    aside = _ASIDE.match(text, start, limit)
    if aside:  # "a savouré, la voix cassée, l'entraîneur": the circumstance between commas
        start = aside.end()
    addressee = _ADDRESSEE.match(text, start, limit) if language == "fr" else None
    if addressee:  # "a raconté à l'AFP Iryna": the agency told, then the speaker
        start = addressee.end()
    for _ in range(3):  # "a écrit samedi sur Facebook Gérald Morvan": a day, then where
        gerund = _gerund().match(text, start, limit) if language == "fr" else None
        if gerund is None:
            break
        start = gerund.end()
    i = start
    end = start
    words = 0
    while i < limit:
        ch = text[i]
        if ch in _CLAUSE_END:
            if ch == "." and end > start:
                prev = WORD.findall(text[start:i])
                if prev and (
                    prev[-1].lower() in titles or (len(prev[-1]) == 1 and prev[-1].isupper())
                ):
                    i += 1
                    continue
            break
        if ch == ",":
            found = WORD.findall(text[start:end])
            # a role before the name ("le PDG de Kerlann, Erwan Le Bihan"), not a particle
            # inside it ("Omar el-Mahdi, a volunteer with …")
            if any(
                w[:1].islower() and (k == 0 or not _is_name_word(w, language))
                for k, w in enumerate(found)
            ):
                end = apposition(text, i, limit, language) or end
            break
        m = WORD.match(text, i)
        if m:
            word = m.group()
            if (
                words > 0
                and word.lower() in {"and", "et"}
                and _ROLES_THEN_NAME.match(text, m.end(), limit)
                and all(w.islower() for w in WORD.findall(text[start:end]))
            ):
                # "said co-founder and chief executive Priya X": two roles, then the name
                words += 1
                end = i = m.end()
                continue
            if words > 0 and word.lower() in stops:
                # "son adjoint à la culture, Yann Le Goff": the name after the role's complement
                comma = text.find(",", i, min(limit, i + 60))
                if comma > 0 and not any(c in _CLAUSE_END for c in text[i:comma]):
                    end = apposition(text, comma, limit, language) or end
                break
            words += 1
            end = m.end()
            i = m.end()
            continue
        count = _COUNT.match(text, i, limit) if ch.isdigit() else None
        before = WORD.findall(text[start:end])
        if count and (not before or before[-1].lower() in _COUNT_OPENERS):
            words += 1  # "disent les 1 200 habitants du village": a count before the noun
            end = i = count.end()
            continue
        ordinal = _ORDINAL.match(text, i, limit) if ch.isdigit() else None
        ordinal = ordinal or (_AGED.match(text, i, limit) if ch.isdigit() else None)
        if ordinal:  # "a déclaré la 58e joueuse mondiale", "the world No. 3": part of it
            words += 1
            end = i = ordinal.end()
            continue
        if ch.isdigit():
            # "la joueuse de 23 ans": the noun, not the preposition before the age
            last = WORD.findall(text[start:end])
            if len(last) > 1 and last[-1].lower() in _AGE_PREPOSITIONS:
                words -= 1
                end = rstrip(text, start, end - len(last[-1]))
            break
        i += 1
    if words == 0 or words > 14:
        return None
    return Mention(start, end)


def apposition(text: str, comma: int, limit: int, language: str) -> int | None:
    """End of a proper name right after ``comma`` (", Ahmad al-Sahhaf"), up to the next
    comma ("…, Issa Coulibaly, à la télévision") or the end of the sentence; else None."""
    rest_start = skip(text, comma, limit)
    # up to the next comma, or a party label in brackets: ", Gérard Vallet (divers droite)"
    # or the end of the sentence: "a pesté l'entraîneur, Stéphane Lecomte. À 28-21, …"
    stops = [text.find(c, rest_start, limit) for c in ",(;:!?"]
    sentence_stop = _SENTENCE_STOP.search(text, rest_start, limit)
    if sentence_stop is not None:
        stops.append(sentence_stop.start())
    nxt = min((p for p in stops if p >= 0), default=-1)
    rest_end = rstrip(text, rest_start, limit if nxt < 0 else nxt)
    tokens = text[rest_start:rest_end].split()
    if (
        tokens
        and len(tokens) <= 6
        and all(_is_name_word(t, language) for t in tokens)
        and tokens[0][:1].isupper()
    ):
        return rest_end
    if DESCRIBED_NAME.fullmatch(text[rest_start:rest_end]):
        return rest_end  # ", the pianist Mairi Beaton", ", la pianiste Mairi Beaton"
    if name_after_role(tokens, language):
        return rest_end
    return None


_ROLE_LINKS = frozenset(
    {"de", "du", "des", "d'", "d’", "of", "à", "au", "aux", "at", "for", "pour", "chez", "in"}
)
_ROLE_ARTICLES = frozenset({"la", "le", "les", "the", "l'", "l’"})
_ELISION = re.compile(r"([ldLD]['’])(?=\w)")


def name_after_role(tokens: list[str], language: str) -> list[str]:
    """The name's words when an apposition is a role with its demonym or its complement, then
    a person's name of two words or more (else none): ", former Kenyan vice-president Samuel
    Kiprono Mutai", ", le vice-ministre des Affaires étrangères Majid X", ", le Finlandais
    Mikko X"."""
    if not 3 <= len(tokens) <= 10:
        return []
    k = len(tokens)
    while k > 0 and tokens[k - 1][:1].isupper():
        k -= 1
    role = _ELISION.sub(r"\1 ", " ".join(tokens[:k])).split()
    name = tokens[k:]
    demonym = len(name) >= 3 and role[-1:] in (["le"], ["la"], ["the"]) and is_demonym(name[0])
    if demonym:  # "le Finlandais Mikko X"
        name = name[1:]
    bodies = resources.words("org_words", language)
    if len(name) < 2 or not role or any(w.lower() in bodies for w in name):
        return []  # (not ", president of the Red Cross Federation")
    lowered = [w.lower() for w in role]
    if "par" in lowered or "by" in lowered:
        return []  # "présidé par le réalisateur belge Luc X": someone else
    # a complement names its body, not the person, unless a capital opens it ("des Affaires
    # étrangères", "de l'Intérieur"; not "professeur à Sciences Po X", "président du
    # syndicat MG Libres", "directrice sportive de l'équipe Léman Cycling")
    links = [j for j, w in enumerate(lowered) if w in _ROLE_LINKS]
    if links:
        rest = [w for w in role[links[-1] + 1 :] if w.lower() not in _ROLE_ARTICLES]
        if not rest or not rest[0][:1].isupper():
            return []
    persons = resources.person_nouns(language)
    if demonym or any(w in persons or w.split("-")[-1] in persons for w in lowered):
        return name
    return []


def mention_before(
    text: str, lo: int, cue_start: int, language: str, parse: Parse
) -> Mention | None:
    """The subject placed before a cue ("the minister said", "Le ministère … a annoncé")."""
    subject = parsed_subject(parse, cue_start, lo)
    if subject:
        return subject
    # the last comma-separated piece before the cue, passing over a stressed pronoun
    # ("Les médecins, eux, dénoncent …")
    stressed = resources.words("stressed_pronouns", language)
    bounds = [lo] + [lo + m.end() for m in re.finditer(r",\s*", text[lo:cue_start])]
    start = end = cue_start
    for seg_start, seg_end in zip(
        reversed(bounds), [cue_start, *reversed(bounds[1:])], strict=True
    ):
        start = skip(text, seg_start, seg_end, " \t\u00a0\u202f,\n")
        end = rstrip(text, start, seg_end)
        first = WORD.match(text, start, end)
        if first and first.group().lower() in RELATIVES:
            continue  # "X, dont la pièce ouvrait le festival, a ironisé": the piece before
        if text[start:end].lower() in _LINKS:
            continue  # "Il la regarde, puis lâche :"
        # "Adjoua Kouamé, présidente d'une coopérative, juge …", "X, seul à voter contre, a
        # fait valoir …": a French subject opens with a determiner, a name or a pronoun; a
        # lowercase piece after a comma is an apposition
        opener = first.group() if first is not None else ""
        if seg_start != lo and text[start : start + 1].isdigit():
            continue  # "Bernard Bourdenet, 67 ans, a expliqué …": an age, not the subject
        appositive = opener[:1].islower() and seg_start != lo
        openers = resources.words("subject_openers", language)
        if language == "fr" and appositive and opener.lower() not in openers:
            continue
        if end > start and text[start:end].lower() not in stressed:
            break
    n = len(WORD.findall(text[start:end]))
    if end <= start or n == 0 or n > 12:
        return None
    return Mention(start, end)


def parsed_subject(parse: Parse, pos: int, lo: int) -> Mention | None:
    if not parse.parsed:
        return None
    i = parse.index_at(pos)
    if i is None:
        return None
    tok = parse.tokens[i]
    verb = tok.head if tok.pos == "AUX" and tok.dep.startswith("aux") else i
    # a verb coordinated with an earlier one shares its subject: "la députée se lève,
    # brandit une boîte et interpelle le ministre", "Il la regarde, puis lâche"
    for _step in range(4):
        for j in range(max(0, verb - 40), verb):
            t = parse.tokens[j]
            if t.head == verb and t.dep.startswith(SUBJECT_DEPS) and t.left >= lo:
                if t.pos == "PRON" and t.text.lower() in {"qui", "que", "which", "who", "that"}:
                    return None
                k = parse.index_at(t.left)
                if k is not None and parse.tokens[k].text.lower() in RELATIVES:
                    return None  # "dont la pièce ouvrait le festival": a relative clause
                start = _hyphen_start(parse, k) if k is not None else t.left
                end = _subject_end(parse, j)
                if k is not None:
                    start = after_fronted_phrase(parse, k, end, start)
                    start = _relative_head(parse, k, j, start)
                return Mention(start, end, pron=t.pos == "PRON")
        head = parse.tokens[verb]
        if head.dep == "conj" and head.head < verb:
            verb = head.head
            continue
        # "la députée se lève, brandit …" parsed with "lève" as a clause under "brandit"
        earlier = [
            j
            for j in range(max(0, verb - 40), verb)
            if parse.tokens[j].head == verb
            and parse.tokens[j].dep in {"advcl", "conj"}
            and parse.tokens[j].pos == "VERB"
        ]
        if not earlier:
            break
        verb = earlier[0]
    return None


def _relative_head(parse: Parse, k: int, j: int, start: int) -> int:
    """Where a plural subject starts when the parser hung the noun of a contact relative
    clause on it as a compound: "a decision [campaigners] called “climate vandalism”" (an
    "a" cannot go with a plural noun)."""
    first, noun = parse.tokens[k], parse.tokens[j]
    plural = noun.text.endswith("s") and not noun.text.endswith("ss") and noun.pos == "NOUN"
    if (
        first.start == start
        and first.text.lower() in {"a", "an"}
        and plural
        and j - k >= 2
        and parse.tokens[j - 1].dep == "compound"
    ):
        return noun.start
    return start


# what stands before a cue whose subject follows it: the end of a quotation or a comma
_INCISE_BEFORE = frozenset(",»”\"’'")


def inverted_subject(
    text: str, parse: Parse, pos: int, limit: int, language: str
) -> Mention | None:
    """The speaker after the cue at ``pos`` when the parser puts the verb's subject there:
    "…," said marine archaeologist Dr. Tamsin Rowe, adding that the hull was in "remarkable"
    condition; « … », a déclaré le maire, Jean Dupont, ajoutant que … « catastrophique »."""
    if not parse.parsed or text[:pos].rstrip(" \t\u00a0\u202f")[-1:] not in _INCISE_BEFORE:
        return None  # not an incise: "X juge l'avis « rassurant »" has its subject first
    i = parse.index_at(pos)
    if i is None:
        return None
    tok = parse.tokens[i]
    verb = tok.head if tok.pos == "AUX" and tok.dep.startswith("aux") else i
    after = (
        t
        for t in parse.tokens[verb + 1 : verb + 12]
        if t.head == verb and t.dep.startswith(SUBJECT_DEPS) and t.start < limit
    )
    if next(after, None) is None:
        return None
    return mention_after(text, parse.tokens[verb].end, limit, language)


def after_fronted_phrase(parse: Parse, k: int, end: int, start: int) -> int:
    """Where a subject starts when the parser hung a fronted phrase on it ("[Sur Instagram,
    l'animatrice de 48 ans] a dénoncé", "[In a statement, the club] said"): after the comma
    that closes a phrase opened by a preposition."""
    tokens = parse.tokens
    if tokens[k].pos != "ADP":
        return start
    for m in range(k + 1, len(tokens)):
        if tokens[m].start >= end:
            break
        if tokens[m].text == "," and m + 1 < len(tokens) and tokens[m + 1].start < end:
            return tokens[m + 1].start
    return start


def _hyphen_start(parse: Parse, k: int) -> int:
    """Where a subject starts when the tokenizer split a hyphenated noun and the parser kept
    only its last part ("L'état-major a démenti": "major")."""
    tokens = parse.tokens
    if k >= 1 and tokens[k].text == "-" and tokens[k - 1].end == tokens[k].start:
        # the phrase's left edge is the hyphen itself ("l'état [-major général]")
        k -= 1
        if k >= 1 and tokens[k - 1].pos == "DET" and tokens[k - 1].end == tokens[k].start:
            k -= 1
        return tokens[k].start
    while (
        k >= 2
        and tokens[k - 1].text == "-"
        and tokens[k - 2].end == tokens[k - 1].start
        and tokens[k - 1].end == tokens[k].start
    ):
        k -= 2
        if k >= 1 and tokens[k - 1].pos == "DET" and tokens[k - 1].end == tokens[k].start:
            k -= 1  # "L'"
    return tokens[k].start


def _subject_end(parse: Parse, head: int) -> int:
    """End of the subject headed by token ``head``, before a stressed pronoun set off by a
    comma ("Les syndicats, eux, jugent …": the speaker is "Les syndicats")."""
    tok = parse.tokens[head]
    inside = parse.between(tok.left, tok.right)
    if (
        len(inside) >= 3
        and inside[-1].pos == "PRON"
        and inside[-1].head == head
        and inside[-2].text == ","
        and inside[-3].end > tok.left
    ):
        return inside[-3].end
    # "Le groupe de pirates [BlackVesper] a revendiqué": a name the parse left out of the
    # subject, right after the lower-case noun that introduces it
    end = tok.right
    last = parse.index_at(end - 1)
    if last is not None and parse.tokens[last].text.islower():
        return next((e for s, e, label in parse.ents if s == end + 1 and label in _NAMES), end)
    return end


_NAMES = frozenset({"ORG", "MISC", "PER", "PERSON", "PRODUCT"})


def subject_of_sentence(parse: Parse, start: int, end: int, before: int) -> Mention | None:
    """nsubj of the verb that governs the position ``before`` (for partial quotes)."""
    if not parse.parsed:
        return None
    tokens = parse.between(start, before)
    for t in reversed(tokens):
        if t.pos in {"VERB", "AUX"}:
            head = parse.tokens[t.head] if t.dep.startswith("aux") or t.dep == "xcomp" else t
            k = parse.index_at(head.start)
            while k is not None:
                for s in parse.between(start, parse.tokens[k].start):
                    if s.head == k and s.dep.startswith(SUBJECT_DEPS):
                        i = parse.index_at(s.start)
                        opener = parse.index_at(s.left)
                        if (
                            opener is not None
                            and opener != i
                            and parse.tokens[opener].text.lower() in RELATIVES
                        ):
                            break  # "X, whose own kitchen was flooded, called it «…»"
                        end = s.right if i is None else _subject_end(parse, i)
                        return Mention(s.left, end, pron=s.pos == "PRON")
                h = parse.tokens[k]
                if h.head == k or h.dep == "ROOT":
                    break
                k = h.head
            break
    return None


def fallback_subject(text: str, s_start: int, q_open: int, language: str) -> Mention | None:
    # the noun phrase before the first auxiliary verb: "certaines factions irakiennes ont …"
    aux = resources.words("auxiliaries", language)
    for m in WORD.finditer(text, s_start, q_open):
        if m.group().lower() in aux:
            end = rstrip(text, s_start, m.start())
            pieces = [s_start] + [
                s_start + c.end() for c in re.finditer(r",\s*", text[s_start : m.start()])
            ]
            k = max(i for i, p in enumerate(pieces) if p < end or i == 0)
            start = pieces[k]
            # "Le maire, Yannick Le Bihan, a pris la parole :" — the role and its name
            role = text[pieces[k - 1] : start] if k > 0 else ""
            if k > 0 and text[start : start + 1].isupper() and len(WORD.findall(role)) <= 6:
                start = pieces[k - 1]
            if end > start and len(WORD.findall(text[start:end])) <= 12:
                return Mention(start, end)
            return None
    return None


def root_subject(parse: Parse, start: int, end: int) -> Mention | None:
    """The subject of the main verb of the sentence ``[start, end)``: a noun, a name or a
    personal pronoun (not "ce", "cela", "it")."""
    if not parse.parsed:
        return None
    tokens = parse.between(start, end)
    roots = [parse.index_at(t.start) for t in tokens if t.dep == "ROOT"]
    if not roots or roots[0] is None:
        return None
    root = roots[0]
    for t in tokens:
        if t.head == root and t.dep.startswith(SUBJECT_DEPS):
            personal = t.pos == "PRON" and t.text.lower() in PERSONAL
            if t.pos in {"NOUN", "PROPN"} or personal:
                i = parse.index_at(t.start)
                s_end = t.right if i is None else _subject_end(parse, i)
                return Mention(t.left, s_end, pron=t.pos == "PRON")
    return None


_DEMONYM_ENDING = re.compile(
    r"(?:ais|aise|ois|oise|ien|ienne|éen|éenne|cain|caine|ard|arde|and|ande|ol|ole|esse|ese|"
    r"ian|ean|ish|man|woman)$"
)


def is_demonym(word: str) -> bool:
    """Whether a capitalised word names a person by where they come from: an ending only
    demonyms have, or a word of data/*/demonyms.txt ("Argentin", "Kenyan", "Spaniard")."""
    return _DEMONYM_ENDING.search(word) is not None or word.lower() in listed_demonyms()


@cache
def listed_demonyms() -> frozenset[str]:
    # both languages: "le Kényan" and "the Kenyan" are each other's spelling
    return resources.words("demonyms", "fr") | resources.words("demonyms", "en")
