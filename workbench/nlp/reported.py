"""Reported speech without quotation marks: ``selon X``, cue + ``que``/``that``, intention
phrases, "…, the army said."."""

from __future__ import annotations

import re
from functools import cache

from . import resources
from .cues import BARE_PARTICIPLE, WORD, Cue, find_cues, is_cue_word, verbal
from .frames import intention
from .mentions import (
    PERSONAL,
    RELATIVES,
    SUBJECT_DEPS,
    Mention,
    mention_after,
    mention_before,
    root_subject,
    rstrip,
    skip,
)
from .models import Parse


def according(
    text: str, s_start: int, s_end: int, language: str
) -> tuple[Cue, Mention, tuple[int, int]] | None:
    stops = resources.words("according_stop", language)
    low = text[s_start:s_end].lower()
    for phrase in resources.phrases("according", language):
        for m in re.finditer(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", low):
            cstart = s_start + m.start()
            cend = s_start + m.end()
            nxt = WORD.match(text, skip(text, cend, s_end, " \t\u00a0\u202f"))
            if not nxt or nxt.group().lower() in stops:
                continue
            mention = mention_after(text, cend, s_end, language)
            if not mention:
                continue
            m_end = skip(text, mention.end, s_end)
            author = _document_author(text, mention.start, s_end, language)
            if author is not None:
                mention, m_end = author
            opener = text[s_start:cstart].strip(" \t\u00a0\u202f,").lower()
            # "Mais, selon le major, l'unité manque de tout": a link word opens the sentence
            if cstart <= s_start + 1 or opener == "" or opener in _SENTENCE_LINKS:
                if author is None and text[m_end - 1 : m_end] in {",", " "}:
                    m_end = _past_apposition(text, m_end, s_end, language)
                rep = (skip(text, m_end, s_end), rstrip(text, m_end, s_end))
            else:
                rep = (s_start, rstrip(text, s_start, cstart))
            if rep[1] > rep[0]:
                return Cue(cstart, cend, True, None), mention, rep
    return None


_APPOSITION_LEAD = {"un", "une", "a", "an"}
_BARE_COMMA = re.compile(r",(?!\d)")  # not "2,000"


def _past_apposition(text: str, pos: int, s_end: int, language: str) -> int:
    """Where the reported clause starts after a role set off by commas after the source:
    "Selon Fabrice Lameyre, épidémiologiste à la cellule de veille, l'épidémie …" → "l'épidémie
    …"; "according to Ana Ruiz, a senior analyst at Brightline, prices …" → "prices …". The
    role is a singular person noun, bare or after "un"/"a" (a plural, "officers arrived at
    9pm, …", or a determined noun, "le prévenu, qui …, a …", "sa mère a mis …", is the
    clause's own subject); anything else leaves ``pos`` where it was."""
    comma = _BARE_COMMA.search(text, pos, s_end)
    if comma is None:
        return pos
    piece = text[pos : comma.start()]
    words = piece.lower().split()
    rest = text[comma.end() : s_end].split()
    if not words or len(words) > 12 or len(rest) < 3 or any(c in piece for c in '«»“”"\n'):
        return pos
    nouns = resources.person_nouns(language)
    if words[0] in nouns:  # "épidémiologiste à …" (not "l'enfant devrait …")
        return comma.end()
    if words[0] in _APPOSITION_LEAD and any(w in nouns for w in words[1:3]):
        return comma.end()  # "a marine biologist who …", "une ancienne ministre"
    return pos


_SENTENCE_LINKS = {
    "mais", "et", "or", "pourtant", "cependant", "toutefois", "donc", "ainsi", "enfin", "but",
    "and", "yet", "however", "still", "so",
}  # fmt: skip
_CONNECTORS = {"de", "du", "des", "d'", "d’", "of", "for", "the", "la", "le", "l'", "l’"}
_AT = {"on", "in"}
_AUTHOR_MARKERS = {"by", "from", "of", "par", "de", "du", "des"}
_POSSESSIVE = re.compile(r"([^,;:'’]{2,60}?)['’]s\s+(?:own\s+|latest\s+|new\s+|last\s+)?(\w+)")


def _document_author(
    text: str, start: int, s_end: int, language: str
) -> tuple[Mention, int] | None:
    """The author of a document named as the source, and where the reported clause starts:
    "according to a report published on Monday by the World Food Programme, …" → the World
    Food Programme; "selon une étude de l'université de Lyon, …" → l'université de Lyon."""
    comma = _BARE_COMMA.search(text, start, s_end)
    limit = s_end if comma is None else comma.start()
    words = list(WORD.finditer(text, start, limit))
    documents = resources.words("documents", language)
    clause = limit
    # "selon le dernier bulletin de l'Observatoire, publié mercredi, 1 240 passages …":
    # when it was published is no part of what it reports
    aside = _PUBLISHED_ASIDE.match(text, limit, s_end) if comma is not None else None
    if aside is not None:
        clause = aside.end()
    # "according to the authority's own estimates" → the authority
    owner = _POSSESSIVE.match(text, start, limit)
    if owner is not None and owner.group(2).lower() in documents:
        return Mention(start, owner.end(1)), skip(text, clause, s_end)
    articles = resources.words("articles", language)
    heads = [w.group().lower() for w in words[:3] if w.group().lower() not in articles]
    # "selon une première estimation publiée par …": an adjective may come first
    if not any(h in documents for h in heads[:2]):
        return None
    org_words = resources.words("org_words", language)
    descriptors = resources.words("descriptors", language)
    for k, w in enumerate(words):
        if w.group().lower() in _AUTHOR_MARKERS:
            rest = words[k + 1 :]
            # "from the ratings agency Viewmark": the name after what kind of body it is
            kind = next(
                (j for j in range(1, 4) if j < len(rest) and rest[j].group()[:1].isupper()), 0
            )
            if kind and rest[kind - 1].group() in descriptors and rest[0].group().islower():
                rest = rest[kind:]
            name = _name_words(rest, org_words)
            if name:
                return Mention(name[0].start(), name[-1].end()), skip(text, clause, s_end)
    return None


_PUBLISHED_ASIDE = re.compile(
    r",[ \u00a0]*(?:publiée?s?|parue?s?|diffusée?s?|rendue?s?[ \u00a0]+publiques?|published|"
    r"released|issued)\b[^,.;:!?«»“”\"\n]{0,40},",
    re.IGNORECASE,
)


# lower-case words that go on a French body's name: adjectives ("régional", "national",
# "sanitaire", "publique") and the nouns of its field ("veille", "statistique", "santé")
_BODY_WORD = re.compile(
    r"(?:al|ale|aux|ales|ique|iques|aire|aires|ien|ienne|el|elle|eur|ice|ité|té|eille|ion)$"
)


def _name_words(words: list[re.Match[str]], org_words: frozenset[str]) -> list[re.Match[str]]:
    """The words of a proper name or an organisation at the start of ``words``, with its
    article and inner "de"/"of" ("the World Food Programme", "l'université de Lyon")."""
    out: list[re.Match[str]] = []
    for w in words:
        word = w.group()
        bare = re.sub(r"^[ld]['’]", "", word, flags=re.IGNORECASE)
        first = re.sub(r"^[ld]['’]", "", out[0].group().lower()) if out else ""
        if out and "(" in w.string[out[-1].end() : w.start()]:
            break  # "l'Observatoire de la transition énergétique (OTE)": the acronym after
        if bare[:1].isupper() or bare.lower() in org_words or word.lower() in _CONNECTORS:
            out.append(w)
        elif first in org_words and _BODY_WORD.search(word) and word.islower():
            # "l'Observatoire régional de veille sanitaire", "l'Institut national de la
            # statistique": a body's name goes on in lower case
            out.append(w)
        elif (
            len(out) >= 2
            and out[-1].group().lower() in _CONNECTORS
            and re.sub(r"^[ld]['’]", "", out[-2].group().lower()) in org_words
        ):
            out.append(w)  # "l'observatoire des prix": a common noun after a body's noun
            break
        else:
            break
    while out and out[-1].group().lower() in _CONNECTORS:
        out.pop()
    return out


def _verbs(parse: Parse, start: int, end: int) -> bool:
    return any(t.pos in {"VERB", "AUX"} for t in parse.between(start, end))


def _clause(parse: Parse, start: int, end: int) -> bool:
    """A verb, or a subject whose verb the tagger missed ("48 000 foyers restaient …"), but
    not the subject of the verb after ``end`` ("Le député X a demandé …")."""
    return any(
        t.pos in {"VERB", "AUX"}
        or (t.dep.startswith("nsubj") and start <= parse.tokens[t.head].start < end)
        for t in parse.between(start, end)
    )


# "a indiqué jeudi l'Association …", "a annoncé lundi soir la préfecture"
@cache
def _day() -> re.Pattern[str]:
    days = "|".join([*resources.mapping("weekdays", "fr"), "hier"])
    return re.compile(
        rf"[ \u00a0]+(?:{days})(?:[ \u00a0]+(?:matin|midi|soir|après-midi))?(?=[ \u00a0])",
        re.IGNORECASE,
    )


# "un rapport publié mercredi", "a study released on Monday": when, not who
_PUBLISHED_IN = re.compile(
    r"[ \u00a0]+(?:publiée?s?|diffusée?s?|parue?s?|published|released|issued)\b[^,.;:()]*",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r"[ \u00a0]*,[ \u00a0]*(?:qui|who|which)\s", re.IGNORECASE)
_BRACKETS = re.compile(r"[ \u00a0]*\([^()\n]{1,40}\)")


def _last_comma(text: str, start: int, end: int) -> int:
    """The last comma of ``text[start:end]`` that is not a decimal one ("91,2 %"), or -1."""
    comma = text.rfind(",", start, end)
    while comma > 0 and text[comma - 1 : comma].isdigit() and text[comma + 1 : comma + 2].isdigit():
        comma = text.rfind(",", start, comma)
    return comma


def _ends_attribution(text: str, pos: int, end: int, parse: Parse) -> bool:
    """Whether a speaker named after the cue closes the sentence, but for an acronym in
    brackets and a circumstance ("…, a indiqué la préfecture (AHS) dans un communiqué")."""
    for pattern in (_BRACKETS, _PUBLISHED_IN):
        found = pattern.match(text, pos, end)
        if found:
            pos = found.end()
    return (
        rstrip(text, pos, end) <= pos
        or _circumstance(text, pos, end, parse)
        or _RELATIVE_AFTER.match(text, pos, end) is not None  # "…, qui met en cause …"
    )


def indirect(
    text: str, s_start: int, s_end: int, language: str, parse: Parse
) -> tuple[Cue, Mention | None, tuple[int, int]] | None:
    end = rstrip(text, s_start, s_end)
    wish = intention(text, s_start, end, language)
    if wish and wish[1] < end:
        wisher = mention_before(text, s_start, wish[0], language, parse)
        if wisher is not None:
            return Cue(wish[0], wish[1], True, None), wisher, (skip(text, wish[1], end), end)
    participle = participle_speech(text, s_start, end, language, parse)
    if participle is not None:
        return participle
    cues = verbal(find_cues(text, s_start, end, language), parse)
    # "…, the army said." / "…, le ministre a dit."; not before a colon, which announces
    # the words that follow ("Dans la file, une retraitée s'impatiente :")
    announces = text[s_start:s_end].rstrip().endswith(":")
    # "…, officials said Tuesday.": a day or a month after the verb still ends the sentence
    last = _trailing_cue(text, cues, s_start, end)
    trailing = WORD.findall(text[last.end : end]) if last else []
    when = trailing and all(w.lower() in _calendar(language) or w in _AT for w in trailing)
    # "…, the Foreign Secretary, X, told MPs on Tuesday.": whom the words were told to
    told = last is not None and text[last.start : last.end].lower().endswith("told")
    when = when or (told and 0 < len(trailing) <= 6)
    # "…, Finance Minister X announced on Monday, extending …", "…, the Chancellor, X,
    # confirmed in her autumn statement on Wednesday.": a circumstance, then maybe a
    # participle clause
    adjunct = not when and last is not None and _circumstance(text, last.end, end, parse)
    when = when or adjunct
    asked_first = _ASKED_FIRST.match(text, skip(text, s_start, end)) is not None
    if last and (last.end >= end or when) and not last.pron and not announces and not asked_first:
        comma = _last_comma(text, s_start, last.start)
        if comma > s_start and not text[comma + 1 : last.start].strip():
            # "…, the Chancellor, Fiona Redgrave, confirmed": the apposition's comma
            comma = _last_comma(text, s_start, _last_comma(text, s_start, comma))
        if comma > s_start:
            subj = skip(text, comma, last.start)
            subj_end = rstrip(text, subj, last.start)
            opener = parse.index_at(subj) if parse.parsed else None
            if opener is not None and parse.tokens[opener].pos in {"ADP", "ADV", "SCONJ"}:
                subj_end = subj  # "…, pour un montant non communiqué.": no speaker there
            if opener is not None and parse.tokens[opener].pos in {"VERB", "AUX"}:
                subj_end = subj  # "…, continuent de faire réagir.": the clause's own verb
            if language == "fr" and BARE_PARTICIPLE.fullmatch(text[last.start : last.end]):
                subj_end = subj  # "…, faute de mécaniciens qualifiés.": an adjective
            if parse.parsed and not _verbs(parse, s_start, comma):
                subj_end = subj  # "Derrière le banc, l'entraîneur savourait.": no clause reported
            subject_words = [w.lower() for w in WORD.findall(text[subj:subj_end])]
            if any(w in _PERSONAL for w in subject_words[1:]):
                subj_end = subj  # "…, a charge she always denied.": a relative, no speaker
            if subject_words and (
                subject_words[0] in _RELATIVE_WORDS or subject_words[-1] in {"to", "de", "d"}
            ):
                subj_end = subj  # "…, which is due to report in February.": no speaker
            if adjunct and _verbs(parse, subj, subj_end):
                subj_end = subj  # "…, and six had been admitted to hospital": no attribution
            # "the human rights group Fair Extraction Watch": a longer name, but no verb
            size = len(WORD.findall(text[subj:subj_end]))
            if subj_end > subj and (
                size <= 6 or (size <= 9 and parse.parsed and not _verbs(parse, subj, subj_end))
            ):
                pron = text[subj:subj_end].lower() in resources.mapping("pronouns", language)
                return last, Mention(subj, subj_end, pron=pron), (s_start, comma)
    for cue in cues:
        if _REFUSED.search(text, max(s_start, cue.start - 30), cue.start):
            continue  # "He declined to say whether …", "Il a refusé de dire si …": nothing said
        if _ASKING.search(text, cue.start, cue.end) and _QUESTION.match(text, cue.end, end):
            continue  # "was asked whether …", "a demandé si …": a question, nothing said
        if _WHETHER.match(text, cue.end, end):
            continue  # "He has not said whether he will stand again": nothing said
        # reported clause first, speaker after: "…, a assuré le Commandement …"
        head_words = len(WORD.findall(text[s_start : cue.start]))
        if head_words >= 4 and not cue.pron:
            # "…, a annoncé dimanche l'organisation": the day between the verb and its subject
            day = _day().match(text, cue.end, end) if language == "fr" else None
            mention = mention_after(text, day.end() if day else cue.end, end, language)
            published = mention and _PUBLISHED_IN.search(text, mention.start, mention.end)
            if mention and published:  # "affirme un rapport de l'ONG X publié mercredi"
                mention = Mention(mention.start, published.start())
            if (
                mention
                and _ends_attribution(text, mention.end, end, parse)
                and not _verbs(parse, mention.start, mention.end)
            ) and (
                not parse.parsed
                or (
                    _clause(parse, s_start, cue.start)
                    and _inverted(text, parse, cue, mention, language)
                )
            ):
                return cue, mention, (s_start, rstrip(text, s_start, cue.start))
        # speaker first: "X a annoncé vouloir …", "X said that …"
        after = skip(text, cue.end, end, " \t\u00a0\u202f")
        said = text[cue.start : cue.end].lower().endswith(("said", "says"))
        if after < end and text[after].isdigit() and said:
            subject0 = mention_before(text, s_start, cue.start, language, parse)
            if subject0 is not None:
                return cue, subject0, (after, end)
        m = WORD.match(text, after)
        if not m:
            continue
        nxt = m.group().lower()
        rep_start = None
        that = _that_after_object(text, after, end) or _that_after_occasion(text, after, end)
        if nxt not in {"que", "qu", "that"} and that is not None:
            rep_start = that
        elif nxt in {"que", "qu", "that"}:
            rep_start = skip(text, m.end(), end, " \t\u00a0\u202f")
        elif re.match(r"qu['’]", text[after : after + 3], re.IGNORECASE):
            rep_start = after + 3
        elif language == "fr":
            # "a annoncé mardi avoir levé 48 millions": the day, then the infinitive
            day = _day().match(text, cue.end, end)
            infinitive = skip(text, day.end(), end, " \t\u00a0\u202f") if day else after
            i = parse.index_at(infinitive)
            if i is not None and parse.tokens[i].inf:
                rep_start = infinitive
        elif nxt not in resources.words("stopwords", language) and text[
            cue.start : cue.end
        ].lower().endswith(("said", "says")):
            rep_start = after
        if rep_start is None and language == "en":
            rep_start = _clause_after(parse, cue, end)
        if rep_start is None or rep_start >= end:
            continue
        subject: Mention | None
        if cue.pron:
            subject = Mention(cue.pron[0], cue.pron[1], pron=True)
        else:
            subject = mention_before(text, s_start, cue.start, language, parse)
        if subject is None:
            continue
        return cue, subject, (rep_start, end)
    return None


# a refusal or a negation right before the cue: nothing was reported
_REFUSED = re.compile(
    r"\b(?:declined|declining|refused|refusing|would not|wouldn['’]t|did not|didn['’]t|"
    r"could not|couldn['’]t|a refusé de|ont refusé de|refuse de|n['’]a pas voulu|"
    r"n['’]ont pas voulu|s['’]est refusée? à)[ \u00a0]+(?:to[ \u00a0]+)?$",
    re.IGNORECASE,
)
# a question put to the speaker, not words said: "Asked whether she felt ready, X laughed",
# "The minister was asked whether …", "Il a demandé si …"
_ASKED_FIRST = re.compile(r"(?:Asked|Questioned|Interrogée?s?|Questionnée?s?)\b")
_ASKING = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|demand(?:é|ée|és|e|ent|ait)|interrog\w*)$", re.I
)
_QUESTION = re.compile(
    r"[ \t\u00a0\u202f]+(?:[\w'’-]+[ \t\u00a0\u202f]+){0,4}?(?:whether|if|what|why|how|when|where|who|"
    r"si|s['’]ils?|pourquoi|comment|quand|où|combien)\b",
    re.IGNORECASE,
)
_WHETHER = re.compile(r"[ \t\u00a0\u202f]+whether\b", re.IGNORECASE)
# "…, saying the deal would have …", "…, estimant que …": the sentence's subject speaks
_PARTICIPLE_CUE = re.compile(
    r",[ \u00a0]+(?P<verb>[^\W\d_]+(?:ing|ant))[ \u00a0]+(?P<that>(?:that|que)[ \u00a0]+|qu['’])?",
    re.IGNORECASE,
)


def participle_speech(
    text: str, s_start: int, end: int, language: str, parse: Parse
) -> tuple[Cue, Mention | None, tuple[int, int]] | None:
    """A present participle of a speech verb after a comma ("The Board blocked the
    takeover, saying the deal would …"): the main clause's subject said the rest."""
    m = _PARTICIPLE_CUE.search(text, s_start, end)
    if m is None or not parse.parsed:
        return None
    verb = m.group("verb").lower()
    stem = verb[:-3]
    if language == "fr":
        if not m.group("that"):
            return None  # "…, estimant que …" only: "ajoutant du sel" reports nothing
        lemmas = {stem + "er", stem + "ir"}
    else:
        if not verb.endswith("ing"):
            return None
        lemmas = {stem, stem + "e"} | (
            {stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set()
        )
    if not any(is_cue_word(lemma, language) for lemma in lemmas):
        return None
    rest = m.end()
    if rest >= end or (
        language == "en" and not m.group("that") and not _clause_after_word(parse, rest, end)
    ):
        return None
    subject = root_subject(parse, s_start, m.start())
    if subject is None:
        return None
    return Cue(m.start("verb"), m.end("verb"), True, None), subject, (rest, end)


def _clause_after_word(parse: Parse, pos: int, end: int) -> bool:
    """Whether a clause with its own subject starts at ``pos`` ("the deal would have …")."""
    return any(t.dep.startswith("nsubj") for t in parse.between(pos, end)[:8])


_PARTICIPLE_CLAUSE = re.compile(r",\s+[^\W\d_]+(?:ing|ant)\b")
_SUBORDINATE = re.compile(r"\s(?:as|while|when|alors qu|tandis qu|lorsqu)['’e]?\s", re.IGNORECASE)
_CIRCUMSTANCE_OPENERS = {
    "on", "in", "at", "during", "after", "before", "to", "from", "late", "early", "lors", "dans",
    "en", "à", "au", "devant", "après", "avant", "depuis",
}  # fmt: skip


def _trailing_cue(text: str, cues: list[Cue], start: int, end: int) -> Cue | None:
    """The last cue of a sentence, leaving out those of a participle clause that closes it
    ("…, the company said on Wednesday, making it the third supplier to announce …")."""
    clauses = list(_PARTICIPLE_CLAUSE.finditer(text, start, end))
    if not cues:
        return None
    if clauses and cues[-1].start > clauses[-1].start():
        before = [c for c in cues if c.end <= clauses[-1].start()]
        return before[-1] if before else cues[-1]
    return cues[-1]


def _circumstance(text: str, start: int, end: int, parse: Parse) -> bool:
    """Whether what follows a trailing cue is only its circumstance — a verbless phrase of
    time, place or medium ("on Monday", "in her autumn statement on Wednesday", "dans un
    communiqué") — then at most a participle clause (", extending …", ", ajoutant …")."""
    clause = _PARTICIPLE_CLAUSE.search(text, start, end) or _SUBORDINATE.search(text, start, end)
    stop = clause.start() if clause else end
    days = resources.mapping("weekdays", "fr")  # "…, a indiqué mardi la préfecture"
    found = False
    pos = start
    # "on Monday, in the latest twist in a long-running row over …": phrases set off by
    # commas, each opened by a preposition; a participle may qualify a noun ("in a report
    # published on Thursday", "dans un message adressé aux salariés")
    for piece in text[start:stop].split(","):
        piece_start, pos = pos, pos + len(piece) + 1
        words = WORD.findall(piece)
        if not words:
            continue
        first = words[0].lower()
        if (first not in _CIRCUMSTANCE_OPENERS and first not in days) or len(words) > (
            15 if found else 10
        ):
            return False
        if parse.parsed and any(
            t.pos in {"VERB", "AUX"} and t.dep not in {"acl", "amod"}
            for t in parse.between(piece_start, piece_start + len(piece))
        ):
            return False
        found = True
    return found or clause is not None


@cache
def _calendar(language: str) -> frozenset[str]:
    """Names of days and months: "…, officials said Tuesday." ends with one."""
    return frozenset(resources.mapping("weekdays", language)) | frozenset(
        resources.mapping("months", language)
    )


_RELATIVE_WORDS = RELATIVES | {"that"}
_PERSONAL = PERSONAL | {"we", "i", "nous", "je"}
# "chanted his name", "a dévoilé son plan": an object, unless a speaker's noun follows
# ("a indiqué son porte-parole")
_POSSESSIVES = {"his", "her", "their", "its", "our", "my", "son", "sa", "ses", "leur", "leurs"}


def _inverted(text: str, parse: Parse, cue: Cue, mention: Mention, language: str) -> bool:
    """Whether "<cue> <mention>" ends a sentence as a finite speech verb and its subject
    ("… a assuré le Commandement", "…, said Ms Ward"), not as a verb and its complement
    ("n'a pas répondu à nos sollicitations", "declined to comment after the verdict",
    "pour demander un moratoire") or a noun ("farms in three states over two years")."""
    verb = parse.index_at(cue.end - 1)
    first = parse.index_at(mention.start)
    if verb is None or first is None:
        return True
    tok = parse.tokens[verb]
    if tok.pos not in {"VERB", "AUX"} or tok.inf:
        return False
    before = WORD.findall(text[max(0, cue.start - 8) : cue.start])
    if before and before[-1].lower() in {"to", "qui", "who", "which", "that"}:
        return False  # an infinitive, or a relative clause ("ces minibus qui assurent …")
    words = WORD.findall(text[mention.start : mention.end])
    if len(words) <= 2 and words[-1].lower() in resources.words("anaphors", language):
        return True  # "…, a prévenu ce dernier.", "…, a démenti l'intéressé."
    head = parse.tokens[first]
    if head.text.lower() in _calendar(language):
        return False  # "…, officials said Tuesday."
    possessive = head.text.lower() in _POSSESSIVES
    if not possessive and (
        head.pos in {"PROPN", "PRON"} or (head.pos == "NOUN" and head.text[:1].isupper())
    ):
        return True
    if head.pos != "DET" and not possessive:
        return False
    # "… a assuré le Commandement", "a affirmé le porte-parole": a speaker's noun, not an
    # object ("…, a réclamé la création d'un fonds")
    if any(
        label in {"PER", "PERSON", "ORG"}
        for *_, label in parse.ents_between(mention.start, mention.end)
    ):
        return True
    nouns = [t for t in parse.between(mention.start, mention.end) if t.pos in {"NOUN", "PROPN"}]
    if not nouns:
        return False
    word = nouns[0].text.lower()
    if word in resources.words("documents", language) and any(w[:1].isupper() for w in words):
        return True  # "affirme un rapport de l'ONG Terre d'enfance", not "conteste ces chiffres"
    return nouns[0].text[:1].isupper() or any(
        word in resources.words(name, language)
        or word.rstrip("sx") in resources.words(name, language)
        for name in ("roles", "people", "org_words", "descriptors")
    )


def _that_after_object(text: str, pos: int, end: int) -> int | None:
    """ "told reporters that …", "a dit à la presse que …": start of the clause, or None."""
    m = re.match(
        r"(?:[^\W\d_]+['’]?\s+){1,4}?(?:(?:that|que)\b|qu['’])\s*",
        text[pos : min(end, pos + 60)],
        re.IGNORECASE,
    )
    if not m or any(c in m.group() for c in ",.;:"):
        return None
    # "les répète inlassablement depuis qu'il …", "said so because that …": a conjunction
    if _CONJUNCTION.search(m.group()):
        return None
    return pos + m.end() if pos + m.end() < end else None


def _that_after_occasion(text: str, pos: int, end: int) -> int | None:
    """ "a précisé lors d'une conférence de presse que …", "said at a news conference that
    …": start of the clause after the occasion, or None."""
    m = _OCCASION_THAT.match(text, pos, min(end, pos + 80))
    return m.end() if m and m.end() < end else None


_OCCASION_THAT = re.compile(
    r"(?:lors|au cours|à l['’]issue)\s+d(?:['’]|u\s|e\s+la\s|es\s)\s*(?:une?\s+)?"
    r"(?:[^\W\d_]+\s+){1,4}?(?:que\b|qu['’])\s*"
    r"|(?:at|during)\s+(?:a|an|the|his|her|their|its)\s+(?:[^\W\d_]+\s+){1,3}?that\s+",
    re.IGNORECASE,
)
_CONJUNCTION = re.compile(
    r"\b(?:depuis|parce|alors|bien|pendant|dès|avant|après|tandis|sans|pour|afin|ainsi|"
    r"because|so|now|such|given|except)\s+(?:that|que|qu['’])",
    re.IGNORECASE,
)


def _clause_after(parse: Parse, cue: Cue, end: int) -> int | None:
    """Start of the clause a cue verb governs without "that" ("It said a faulty sensor could
    …", "They said the new road would …"): its ccomp child that has a subject of its own."""
    if not parse.parsed:
        return None
    verb = parse.index_at(cue.end - 1)
    if verb is None:
        return None
    for i in range(verb + 1, min(len(parse.tokens), verb + 40)):
        tok = parse.tokens[i]
        if tok.start >= end:
            break
        if tok.head == verb and tok.dep == "ccomp" and tok.left >= cue.end:
            # (or a clause as its subject: "said the dams feeding the valley were …")
            has_subject = any(
                t.head == i and t.dep.startswith((*SUBJECT_DEPS, "csubj"))
                for t in parse.between(tok.left, tok.start)
            )
            return tok.left if has_subject else None
    return None
