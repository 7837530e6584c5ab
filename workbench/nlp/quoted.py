"""Words in quotation marks: direct quotes (cue before or after, incise, framed, dialogue
dash) and partial quotes embedded in a sentence."""

from __future__ import annotations

import bisect
import re

from . import resources
from .cues import BARE_PARTICIPLE, WORD, Cue, cue_at, find_cues, incise_verb, verbal
from .frames import inner_incise
from .mentions import (
    Mention,
    Quote,
    apposition,
    fallback_subject,
    inverted_subject,
    mention_after,
    mention_before,
    parsed_subject,
    root_subject,
    rstrip,
    skip,
    subject_of_sentence,
)
from .models import COURTESY_TITLE, PERSON_LABELS, Parse, Token
from .reported import according, indirect, participle_speech
from .segment import CLOSERS, INNER_SPACE, OPENERS, QuoteRegion


def region_quotes(
    text: str,
    si: int,
    qs: list[QuoteRegion],
    sentences: list[tuple[int, int]],
    language: str,
    parse: Parse,
    starts: list[int] | None = None,
    titles: set[str] | None = None,
) -> tuple[list[Quote], int]:
    """The quotes of the quotation regions opened in sentence ``si``, and the offset up to
    which later sentences lie inside one of them. ``starts`` (the sentences' first offsets) is
    passed by the caller that already has it: built here for every region, it made long texts
    quadratic. ``titles`` collects the titles of works found in marks, across the caller's
    sentences: “The Long Field” named a play once is a title where it recurs."""
    out: list[Quote] = []
    titles = set() if titles is None else titles
    if starts is None:
        starts = [s for s, _ in sentences]
    s_start = sentences[si][0]
    covered = 0
    used: set[int] = set()
    dropped: set[int] = set()  # regions that hold a name or a title, not words said
    for k, q in enumerate(qs):
        if id(q) in used:
            continue
        spans = list(q.spans)
        last = q
        incise = inner_incise(text, q, language)
        if incise:
            ispans, icue, (ms, me), pron = incise
            out.append(Quote("direct", ispans, (icue.start, icue.end), Mention(ms, me, pron), si))
            continue
        if q.mark == "—":
            out.append(dash_quote(text, q, si, sentences, language, parse))
            continue
        # a quotation running over several paragraphs ends in a later sentence
        s_end = sentences[max(si, bisect.bisect_right(starts, q.end - 1) - 1)][1]
        covered = max(covered, q.end)
        if (
            _HASHTAGS.fullmatch(text, q.spans[0][0], q.spans[-1][1]) is not None
            or _named(text, q, language)
            or _listed_after(text, q, qs[k - 1] if k else None, dropped)
            or _after_work_noun(text, q, s_start, language)
            or _named_work(text, q, s_start, language)
        ):
            dropped.add(id(q))
            continue  # un coq baptisé « Napoléon », code-named “Lantern”: a name, not words said
        # split quote: “A,” he said, “B.”
        cue_mention = direct_after(text, q, s_end, language, parse, s_start)
        if cue_mention and k + 1 < len(qs):
            nq = qs[k + 1]
            gap = text[q.end : nq.open]
            # the attribution may carry a long apposition: “A,” said Dr X, an astrophysicist
            # at the University of Y and the study's lead author, “B.”
            if cue_mention[1].end <= nq.open and gap.strip().endswith(",") and len(gap) < 200:
                spans.extend(nq.spans)
                used.add(id(nq))
                last = nq
        if cue_mention is None:
            before = direct_before(text, q, s_start, language, parse)
            if before:
                cue_mention = (before[0], before[1]) if before[1] else None
                if cue_mention is None:
                    out.append(Quote("direct", spans, (before[0].start, before[0].end), None, si))
                    continue
        if cue_mention:
            cue, mention = cue_mention
            out.append(Quote("direct", spans, (cue.start, cue.end), mention, si))
            continue
        framer = framed(text, q, last, s_start, s_end, language, parse)
        if framer is not None:
            out.append(Quote("direct", spans, None, framer, si))
            continue
        # a quotation inside a sentence: partial
        is_whole = (
            skip(text, s_start, s_end, " \t\u00a0\u202f") >= q.open
            and rstrip(text, s_start, s_end) <= last.end
        )
        mention2 = None
        cue_span = None
        if is_whole:  # "Une retraitée avait témoigné à la barre. « Ils sont restés … »"
            mention2 = announced_by(text, si, sentences, q.open, language, parse)
        cues = [
            c
            for c in verbal(find_cues(text, s_start, q.open, language), parse)
            if " " in text[c.start : c.end] or c.pron or not _infinitive(text, c, parse)
        ]
        if cues:
            # "X wrote that a report, never disclosed to the defense, was « … »": the cue that
            # reports the clause, not a verb inside it
            that = [c for c in cues if _THAT.match(text, c.end)]
            cues = [*cues, that[-1]] if that else cues
            # ("Last Harvest said the blockades would continue “…”": nor a cue word inside
            # the clause another cue reports)
            cues = [c for c in cues if not _reported_by(c, cues, parse)]
        if cues and not is_whole:
            cue_span = (cues[-1].start, cues[-1].end)
            if cues[-1].pron:
                mention2 = Mention(cues[-1].pron[0], cues[-1].pron[1], pron=True)
            else:
                mention2 = parsed_subject(parse, cues[-1].start, s_start) or inverted_subject(
                    text, parse, cues[-1].start, q.open, language
                )
        if not cues and not is_whole:
            # "X defended the bill, saying it would make the institution “more …”"
            participle = participle_speech(text, s_start, q.open, language, parse)
            if participle is not None and participle[1] is not None:
                cue_span = (participle[0].start, participle[0].end)
                mention2 = participle[1]
        lead = _LEAD.match(text, s_start, q.open)
        if mention2 is None and lead and not cues and not is_whole:
            # "Pour la jeune femme, X est « … »"; "Pour le chef de groupe, Kevin Lambotte, …"
            if lead.group(1).lower() in _STRESSED_PRONOUNS:
                # "Selon elle, Mathilde « sent les choses »": elle speaks about Mathilde
                mention2 = Mention(lead.start(1), lead.end(1), pron=True)
            else:
                named = apposition(text, lead.end() - 1, q.open, language)
                mention2 = Mention(lead.start(1), named or lead.end(1))
        if mention2 is None and not cues and not is_whole:
            # 'Last month's heatwave would have been "virtually impossible" …, according to
            # an analysis by the Climate Attribution Network': the source of the sentence
            # (outside the marks: not « sera dédommagée selon les termes du contrat »)
            said = according(text, last.end, s_end, language) or according(
                text, s_start, q.open, language
            )
            if said is not None:
                cue_span, mention2 = (said[0].start, said[0].end), said[1]
        if mention2 is None and not is_whole:
            mention2 = subject_of_sentence(parse, s_start, s_end, q.open)
        if mention2 is None and cues and not is_whole:
            mention2 = mention_before(text, s_start, cues[-1].start, language, parse)
        if mention2 is None and not is_whole:
            mention2 = fallback_subject(text, s_start, q.open, language)
        kind = "direct" if is_whole else "partial"
        if kind == "partial" and all(_NICKNAME.fullmatch(text[a:b]) for a, b in spans):
            continue  # a name in marks (« la Grise », "the Beast"), not words said
        if kind == "partial" and _inside_name(text, q, last):
            continue  # Margaret “Peg” Halloran: a nickname inside a name
        if kind == "partial":
            words = " ".join(WORD.findall(text[spans[0][0] : spans[-1][1]]))
            if (
                words in titles
                or _is_title(text, q, last, language)
                or _title_case(text, spans, language, parse)
                or (not cues and lead is None and _capitalised_name(text, spans, parse))
            ):
                titles.add(words)
                dropped.add(id(q))
                continue  # l'initiative « Pour des loyers abordables », "Threadbare", the exhibition
            if not cues and lead is None and _term(text, q, words):
                continue  # "la « saison des feux »", "ces « polluants éternels »": a term
        out.append(Quote(kind, spans, cue_span, mention2, si))
    return out, covered


# marks that hold only hashtags: « #MerciMaryse », “#StandWithJosh”
_HASHTAGS = re.compile(r"[\s\u00a0\u202f]*#\w+(?:[\s\u00a0\u202f,]+#\w+)*[\s\u00a0\u202f]*")
_NICKNAME = re.compile(
    r"(?:le|la|les|l['’]|the)\s*[^\W\d_a-zà-ÿ][\w'’-]*(?:\s+[^\W\d_a-zà-ÿ][\w'’-]*){0,2}"
)
_THAT = re.compile(r"[ \t\u00a0\u202f]+(?:que|qu['’]|that)\b", re.IGNORECASE)
_OBJECT_CLITICS = frozenset({"lui", "leur", "me", "te", "nous", "vous", "m'", "t'"})
_STRESSED_PRONOUNS = frozenset({"lui", "elle", "eux", "elles", "him", "her", "them"})
_LEAD = re.compile(
    r"[ \t\u00a0\u202f]*(?:pour|for|selon|d['’]après|according to)\s+([^,;:.«»“”\"]{2,120}?)\s*,",
    re.IGNORECASE,
)


def _reported_by(cue: Cue, cues: list[Cue], parse: Parse) -> bool:
    """Whether ``cue`` is a word of the clause another cue reports: the parse puts one of
    those above it through a clausal complement ("said the blockades would continue"), not
    through a relative clause ("critiqué par la Cour, qui jugeait …") nor a coordination
    ("The hosts conceded …, and the coach said …")."""
    i = parse.index_at(cue.start) if parse.parsed and cue.pron is None else None
    others = {parse.index_at(c.start) for c in cues if c is not cue and c.start < cue.start}
    others.discard(None)
    complement = False
    seen = set()
    while i is not None and i not in seen:
        seen.add(i)
        token = parse.tokens[i]
        if token.dep in _NOT_REPORTED:
            return False
        complement = complement or token.dep.startswith(("ccomp", "xcomp"))
        if token.head in others:
            return complement
        i = token.head if token.head != i else None
    return False


# the links from a verb to the one above it that make it no part of what that verb reports
_NOT_REPORTED = frozenset({"conj", "acl", "acl:relcl", "relcl", "advcl", "parataxis"})


def _term(text: str, q: QuoteRegion, words: str) -> bool:
    """Whether a short noun phrase in marks, right after a determiner in a sentence that
    reports no speech, is a term the writer holds at a distance ("le premier « campus de
    l'intégration »", "ce “détail”", "the so-called “peace dividend”") rather than words said."""
    n = len(words.split())
    return 0 < n <= 6 and _DETERMINER_BEFORE.search(text, max(0, q.open - 20), q.open) is not None


_DETERMINER_BEFORE = re.compile(
    r"(?<![\w'’])(?:le|la|les|l['’]|ce|cet|cette|ces|des|du|au|aux|premier|première|"
    r"nouveau|nouvelle|nouveaux|nouvelles|the|this|these|those|so-called)[ \t\u00a0\u202f]*$",
    re.IGNORECASE,
)


def _listed_after(
    text: str, q: QuoteRegion, previous: QuoteRegion | None, dropped: set[int]
) -> bool:
    """Whether the marks continue a list of names or titles: « Le pain avant les palais » ou
    « Varela, rends l'essence » on the same banners."""
    return (
        previous is not None
        and id(previous) in dropped
        and _LIST_LINK.fullmatch(text[previous.end : q.open]) is not None
    )


_LIST_LINK = re.compile(r"[\s\u00a0\u202f]*(?:,|ou|et|or|and)?[\s\u00a0\u202f]*")


def _inside_name(text: str, q: QuoteRegion, last: QuoteRegion) -> bool:
    """Whether one or two capitalised words in marks sit between two parts of a name."""
    inner = text[q.spans[0][0] : last.spans[-1][1]].split()
    before = WORD.findall(text[max(0, q.open - 30) : q.open])
    after = WORD.findall(text[last.end : last.end + 30])
    return (
        0 < len(inner) <= 2
        and all(w[:1].isupper() for w in inner)
        and bool(before)
        and before[-1][:1].isupper()
        and bool(after)
        and after[0][:1].isupper()
        and text[last.end : last.end + 1].isspace()
    )


# an object between the naming word and the marks makes them words said ("dubbed it "…"")
_OBJECT_WORDS = {"it", "him", "her", "them", "le", "la", "les", "lui", "leur"}
# "s'est dite « déçue »", "se dit « sonné »": the speaker's own words about herself
_REFLEXIVE = {"se", "s'est", "s’est", "s'était", "s’était", "est", "sont", "était", "étaient"}
_SENTENCE_BREAK = re.compile(r"[.!?;:«»“”\"\n]")


# what a slogan or a leaflet's title follows (a colon may come between), and a storm's name
_SLOGAN = re.compile(
    r"\b(?:mots?[ \u00a0]d['’]ordre|slogans?|headed|motto)[ \u00a0\u202f]*[:,]?[ \u00a0\u202f]*$",
    re.IGNORECASE,
)
_STORM = re.compile(
    r"\b(?:tempête|storm|ouragan|hurricane|cyclone|typhon|typhoon)[ \u00a0\u202f]*$",
    re.IGNORECASE,
)


def _named(text: str, q: QuoteRegion, language: str) -> bool:
    """Whether the marks hold a name, a nickname or a label given just before them
    (data/*/naming.txt): "un coq baptisé « Napoléon »", "que tout le monde appelle « l'école
    du canal »", "an AI assistant, code-named “Lantern”"."""
    inner = text[q.spans[0][0] : q.spans[-1][1]]
    if len(inner.split()) > 8 or inner.rstrip()[-1:] in ".!?…":
        return False
    tail = text[max(0, q.open - 80) : q.open]
    if _SLOGAN.search(tail):
        return True  # "un seul mot d'ordre : « … »", "a leaflet headed "…""
    if _STORM.search(tail) and inner[:1].isupper() and len(inner.split()) <= 3:
        return True  # "la tempête « Ombeline »" (not "called the storm "the longest night"")
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(tail)]
    words = [w.lower() for w in WORD.findall(tail, breaks[-1] if breaks else 0)]
    naming = resources.mapping("naming", language)
    for gap in range(min(5, len(words))):
        i = len(words) - 1 - gap
        word = re.sub(r"^(?:l|qu)['’]", "", words[i])  # "l'appelle"
        for key in (word, f"{words[i - 1]} {word}") if i else (word,):
            if key not in naming or gap > int(naming[key]):
                continue
            if any(w in _OBJECT_WORDS for w in words[i + 1 :]):
                return False
            if key.startswith("appel") and inner.split()[:1] in (["à"], ["au"], ["aux"]):
                return False  # "L'intersyndicale appelle « à amplifier la mobilisation »"
            return not (i > 0 and words[i - 1] in _REFLEXIVE)
    return False


def _unelided(word: str) -> str:
    """A word lower-cased without its elided article: "l'émission" → "émission"."""
    return re.sub(r"^[ld]['’]", "", word.lower())


def _after_work_noun(text: str, q: QuoteRegion, s_start: int, language: str) -> bool:
    """Whether capitalised marks follow, inside their sentence, a noun that names a work, a
    show, a boat or a group ("le podcast “Disrupted”", "la plateforme d'opposition « Barkana
    Debout » a dénoncé", "Fenwick's catchphrase, “Mind the gulls!”"): a name, not words said,
    whatever verb comes after."""
    inner = text[q.spans[0][0] : q.spans[-1][1]]
    if not inner[:1].isupper() or len(inner.split()) > 6:
        return False
    lead = text[s_start : q.open].rstrip(" \t\u00a0\u202f")
    lead = lead[:-1].rstrip() if lead.endswith(",") else lead
    words = [_unelided(w) for w in WORD.findall(lead[-50:])]
    works = resources.words("works", language)
    # (or with an adjective or its complement: "la plateforme d'opposition « … »", "la série
    # de jeux de rôle « … »")
    for k in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[k] in works:
            rest = words[k + 1 :]
            return len(rest) <= 1 or rest[0] in _OF_WORDS
    return False


_OF_WORDS = frozenset({"de", "du", "des", "d", "of"})


def _named_work(text: str, q: QuoteRegion, s_start: int, language: str) -> bool:
    """Whether capitalised marks inside a sentence hold a work's name, told by what follows
    them: a relative clause ("the second delay for “Tidewater II”, which …"), its author
    ("son rôle dans « Marée basse », de Paul Ternier.") or a noun naming a work in
    apposition ("pour « La Maison des sourds », son troisième roman, qui …")."""
    if q.close is None:
        return False
    inner = text[q.spans[0][0] : q.spans[-1][1]].strip()
    if not inner[:1].isupper() or len(inner.split()) > 8 or re.search(r"[.!?…:;,]", inner):
        return False
    if not _inside_sentence(text, s_start, q.open):
        return False  # "X a lancé : « … »", "Pour lui, « … »": words said
    if _WORK_AFTER.match(text, q.close + 1) is not None:
        return True
    apposed = _APPOSED_WORK.match(text, q.close + 1)
    works = resources.words("works", language)
    return apposed is not None and any(
        _unelided(w) in works for w in WORD.findall(apposed.group(1))
    )


_WORK_AFTER = re.compile(
    r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:(?:qui|dont|which)\b"
    r"|(?:de|by)[\s\u00a0]+[A-ZÀ-Þ][\w'’-]+(?:[\s\u00a0]+[A-ZÀ-Þ][\w'’-]+)+[\s\u00a0]*[.,;])"
)
# ", son troisième roman", ", a new play", ", le dernier album de"
_APPOSED_WORK = re.compile(
    r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*(?:son|sa|ses|leur|his|her|its|their|le|la|l['’]|the"
    r"|une?|an?)\s*((?:[^\W\d_][\w'’-]*[\s\u00a0]+){0,2}[^\W\d_][\w'’-]*)"
)


def _is_title(text: str, q: QuoteRegion, last: QuoteRegion, language: str) -> bool:
    """Whether the marks hold the title of a work or a campaign: a capitalised, short text
    next to a noun that names one (data/*/works.txt), before it or in an apposition after."""
    inner = text[q.spans[0][0] : last.spans[-1][1]]
    if not inner[:1].isupper() or len(inner.split()) > 12 or inner.rstrip()[-1:] in ".!?":
        return False
    works = resources.words("works", language)
    words = WORD.findall(text[max(0, q.open - 40) : q.open])
    # "l'initiative", "sa collection de poche « … »"
    before = [_unelided(w) for w in words][-3:]
    # "with “The Long Field,” a new play": the comma may sit inside the marks
    comma = "" if "," in text[last.spans[-1][1] : last.end] else ","
    after = re.match(
        rf"[\s\u00a0\u202f]*{comma}\s*((?:\S+\s+){{0,3}}\S+)", text[last.end : last.end + 60]
    )
    # "«Midi pile», l'émission culinaire qu'elle anime"
    following = [_unelided(w) for w in WORD.findall(after.group(1))] if after else []
    if any(w in works for w in before + following):
        return True
    # « Farandole », une vache de cinq ans; les « Fils du fleuve », une milice: a name in apposition
    return (
        len(inner.split()) <= 4
        and _APPOSED.get(language, _APPOSED["en"]).match(text, last.end) is not None
    )


# "« Farandole », une vache", "“Owl”, a prototype" (not "« Nous gagnerons », a dit …")
_APPOSED = {
    "fr": re.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*une?\s+[^\W\d_]"),
    "en": re.compile(r"[\s\u00a0\u202f]*,[\s\u00a0\u202f]*an?\s+[^\W\d_]"),
}


def _title_case(text: str, spans: list[tuple[int, int]], language: str, parse: Parse) -> bool:
    """Whether words in marks read as the title of a work, not as words said: no verb, and
    capitals as titles have them ("Le Dernier Train pour Oujda", « Les Heures de sel »,
    "Open Roads, Safe Roads: Trade and Security on the Northern Frontier")."""
    if len(spans) != 1 or not parse.parsed:
        return False
    a, b = spans[0]
    words = WORD.findall(text[a:b])
    if not 2 <= len(words) <= 12 or text[a:b].rstrip()[-1:] in ".!?…":
        return False
    if any(t.pos in {"VERB", "AUX"} for t in parse.between(a, b)):
        return False
    if (
        language == "fr"
        and words[0].lower() in _TITLE_ARTICLES
        and words[1][:1].isupper()
        and len(words) <= 8
    ):
        return True  # « Le Petit Lévrier »: French titles capitalise their first noun
    content = [w for w in words if len(w) >= 4]
    return language == "en" and len(content) >= 2 and all(w[:1].isupper() for w in content)


_TITLE_ARTICLES = {"le", "la", "les", "l", "un", "une"}


def _capitalised_name(text: str, spans: list[tuple[int, int]], parse: Parse) -> bool:
    """Whether a few words in marks inside a sentence that reports no speech open with a
    capital and hold no verb nor a sentence's punctuation: a title or a name, as French
    writes them with one capital (« Marée basse », les représentations de « Tosca »), not
    words said (a partial quotation opens in lower case)."""
    if len(spans) != 1 or not parse.parsed:
        return False
    a, b = spans[0]
    inner = text[a:b].strip()
    if not inner[:1].isupper() or not 1 <= len(inner.split()) <= 6 or re.search(r"[.!?…:;]", inner):
        return False
    return not any(t.pos in {"VERB", "AUX"} for t in parse.between(a, b))


def announced_by(
    text: str,
    si: int,
    sentences: list[tuple[int, int]],
    q_open: int,
    language: str,
    parse: Parse,
) -> Mention | None:
    """The speaker of a quotation standing alone after a sentence of the same paragraph that
    introduces its speaker, when that sentence holds no quotation itself: the subject of
    its main verb."""
    if si == 0:
        return None
    p_start, p_end = sentences[si - 1]
    if "\n" in text[p_end:q_open] or any(c in OPENERS or c in CLOSERS for c in text[p_start:p_end]):
        return None
    if according(text, p_start, p_end, language) or indirect(text, p_start, p_end, language, parse):
        return None  # reported speech: the quotation continues it (speakers.resolve)
    return root_subject(parse, p_start, p_end)


def direct_after(
    text: str, q: QuoteRegion, s_end: int, language: str, parse: Parse, s_start: int
) -> tuple[Cue, Mention] | None:
    """«…», a objecté M. Sahhaf  /  "…," the minister said."""
    if q.close is None:
        return None
    inner_end = q.spans[-1][1]
    pos = q.close + 1
    after = skip(text, pos, s_end)
    if after >= s_end:
        return None
    had_comma = "," in text[inner_end:after] or text[inner_end - 1 : inner_end] in {"!", "?"}
    cue = cue_at(text, after, s_end, language)
    if cue and not had_comma and _inside_sentence(text, s_start, q.open):
        # 'it had "temporarily disabled" answers to …': a noun after words in marks inside
        # a sentence, not an attribution
        return None
    if cue:
        if cue.pron:
            return cue, Mention(cue.pron[0], cue.pron[1], pron=True)
        if language == "fr" and BARE_PARTICIPLE.fullmatch(text[cue.start : cue.end]):
            return None  # "l'opération « … », lancée par le rectorat": a participle, no cue
        mention = mention_after(text, cue.end, s_end, language)
        if mention:
            return cue, mention
        return None
    if not had_comma:
        return None
    unlisted = _unlisted_cue(text, after, s_end, language, parse)
    if unlisted is not None:
        return unlisted
    # speaker first: "the minister said", "il a ajouté"
    persons = resources.person_nouns(language)
    for m in WORD.finditer(text, after, min(s_end, after + 120)):
        cue = cue_at(text, m.start(), s_end, language)
        if cue and not verbal([cue], parse):
            continue  # "the report said": a noun, the verb comes after it
        if cue:
            verb = parse.index_at(cue.start)
            if verb is not None and parse.tokens[verb].inf:
                return None  # "« rapide et ciblé », sans en préciser le montant"
            subject = skip(text, after, cue.start)
            end = rstrip(text, subject, cue.start)
            if text[subject:end].lower() in _OBJECT_CLITICS:
                # "« … ? » lui a demandé la journaliste X": the one asked comes first
                mention = mention_after(text, cue.end, s_end, language)
                return (cue, mention) if mention else None
            said_by = text[subject:end]
            if not _names_a_speaker(said_by, parse.between(subject, end)):
                return None
            count = len(WORD.findall(said_by))
            # (a longer subject with an apposition: "Inspector X, a spokesman for the Y
            # Police, told …", "the chair of the judges, the historian X, said …")
            head = WORD.findall(said_by.split(",")[0])
            apposed = (
                "," in said_by
                and len(head) <= 6
                # a name or a role before the apposition (not "son septième album, …")
                and any(w[:1].isupper() or w.lower() in persons for w in head)
            )
            # (or titles, a name and a body, all capitalised: "Detective Chief Inspector X Y
            # of West Pennine Police said")
            titled = all(
                w[:1].isupper() or w in {"of", "de", "du", "des", "la", "the"}
                for w in WORD.findall(said_by)
            )
            if end > subject and (
                count <= 8 or (apposed and count <= 20) or (titled and count <= 12)
            ):
                pron = text[subject:end].lower() in resources.mapping("pronouns", language)
                return cue, Mention(subject, end, pron=pron)
            return None
    return None


def _inside_sentence(text: str, s_start: int, q_open: int) -> bool:
    """Whether words of the sentence come before the marks, and no colon or comma that
    introduces them."""
    lead = text[s_start:q_open].rstrip(" \t\u00a0\u202f")
    return len(WORD.findall(lead)) >= 2 and lead[-1:] not in {":", ",", "—", "–", "-"}


# a clause these open after a quotation says something else, not who spoke:
# "« … », tandis que la droite réclame …", '"…", while the unions demand …'
_OTHER_CLAUSE = {
    "tandis", "alors", "pendant", "lorsque", "quand", "puisque", "car", "mais", "et", "or",
    "while", "whereas", "when", "because", "since", "although", "but", "and", "as",
}  # fmt: skip
_NOMINAL = {"NOUN", "PROPN", "PRON"}


def _names_a_speaker(said_by: str, tokens: list[Token]) -> bool:
    """Whether the words before a cue after a quotation can be its speaker: not a clause of
    its own, and a noun, a name or a pronoun among them when the text was parsed ("», souvent
    menacés par …": an adverb and a participle)."""
    first = WORD.match(said_by)
    if first is not None and first.group().lower() in _OTHER_CLAUSE:
        return False
    tagged = [t for t in tokens if t.pos]
    return not tagged or any(t.pos in _NOMINAL for t in tagged)


_TITLE_WORDS = re.compile(rf"(?:{COURTESY_TITLE}|Dre\.?[ \u00a0]+)*")


def _unlisted_cue(
    text: str, pos: int, limit: int, language: str, parse: Parse
) -> tuple[Cue, Mention] | None:
    """A verb the cue lists do not know, right after a quotation and its comma, in a shape
    only an attribution takes: an auxiliary and a participle or an inversion ("», a taclé le
    conseiller municipal Rémi Stoltz", "», lâche-t-il"), or one verb and then a named person
    ("», s'étrangle Rachid Benali", '," beamed Priya Nandakumar')."""
    cue = incise_verb(text, pos, limit, language)
    if cue is not None and cue.pron is not None:
        return cue, Mention(cue.pron[0], cue.pron[1], pron=True)
    if cue is None:
        m = WORD.match(text, pos)
        if m is None or not m.group().islower():
            return None
        if language == "fr" and BARE_PARTICIPLE.fullmatch(m.group()):
            return None  # "« Nuits d'Arvel », enregistré en deux jours"
        if language == "en" and not m.group().endswith("ed"):
            return None
        after = skip(text, m.end(), limit, " \t\u00a0\u202f")
        titled = _TITLE_WORDS.match(text, after)
        name = titled.end() if titled else after
        if not any(
            s == name and label in PERSON_LABELS for s, _e, label in parse.ents_between(name, limit)
        ):
            return None
        cue = Cue(m.start(), m.end(), True, None)
    mention = mention_after(text, cue.end, limit, language)
    if mention is None or not any(
        label in PERSON_LABELS for _s, _e, label in parse.ents_between(mention.start, mention.end)
    ):
        return None  # a named person only: the shape alone is not enough
    return cue, mention


def direct_before(
    text: str, q: QuoteRegion, s_start: int, language: str, parse: Parse
) -> tuple[Cue, Mention | None] | None:
    """Le ministre a déclaré : « … »  /  He said: "…" """
    before = text[s_start : q.open].rstrip(" \t\u00a0\u202f")
    ends_with_que = re.search(r"\b(que|qu['’]|that)\s*$", before, re.IGNORECASE)
    if (not before or before[-1] not in ":,") and not ends_with_que:
        return None
    cues = verbal(find_cues(text, s_start, q.open, language), parse)
    if not cues:
        return None
    cue = cues[-1]
    tail = text[cue.end : q.open]
    if len(WORD.findall(tail)) > 3:
        return None
    if cue.pron:
        return cue, Mention(cue.pron[0], cue.pron[1], pron=True)
    return cue, mention_before(text, s_start, cue.start, language, parse)


def _infinitive(text: str, cue: Cue, parse: Parse) -> bool:
    """Whether a one-word cue is an infinitive ("pour « rassurer »"): as the parser reads
    it, else by its ending (not "La direction assure que …", a present tense in -re)."""
    i = parse.index_at(cue.start) if parse.parsed else None
    if i is not None and parse.tokens[i].end == cue.end:
        return parse.tokens[i].inf
    return text[cue.start : cue.end].lower().endswith(("er", "ir", "re"))


def trim_span(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Drop a trailing comma that belongs to the framing sentence (“Yes,” he said)."""
    start, end = span
    while end > start and text[end - 1] in ", \u00a0\u202f":
        end -= 1
    return (start, end) if end > start else span


def strip_inner(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in INNER_SPACE:
        start += 1
    while end > start and text[end - 1] in INNER_SPACE:
        end -= 1
    return start, end


_NOUN_OPENER = re.compile(r"(?:le|la|l['’]|the)[ \u00a0]*([^\W\d_][\w-]*)", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:de|du|des|d['’]|à|au|aux|en|dans|sur|chez|devant|vers|of|in|at|from|near|to)"
    r"[ \u00a0]*$",
    re.IGNORECASE,
)


def framed(
    text: str,
    q: QuoteRegion,
    last: QuoteRegion,
    s_start: int,
    s_end: int,
    language: str,
    parse: Parse,
) -> Mention | None:
    """A whole clause in marks after "Pour X," / "For X," or after a colon or a dash with no
    cue verb ("Tom Baxter was blunt: “…”"): a direct quote; returns its speaker mention."""
    if rstrip(text, s_start, s_end) > last.end:
        return None
    before = text[s_start : q.open].rstrip(" \t\u00a0\u202f")
    if not before:
        return None
    m = re.match(r"(?:pour|for|selon|d['’]après|according to)\s+(.+?)\s*,$", before, re.IGNORECASE)
    if m:
        return Mention(s_start + m.start(1), s_start + m.end(1))
    if before[-1] not in ":—–":
        return None
    colon = s_start + len(before) - 1
    subject = subject_of_sentence(parse, s_start, s_end, colon)
    subject = subject or fallback_subject(text, s_start, q.open, language)
    if subject is None:
        # "Parmi eux, Moussa, 34 ans, manutentionnaire, garde le sourire :" parsed as one
        # noun phrase: the person it names
        # (not a place after a preposition: "Devant l'entrée du site de Bourouwal, …")
        people = [
            (s, e)
            for s, e, label in parse.ents_between(s_start, colon)
            if label in PERSON_LABELS and not _PREPOSITION_BEFORE.search(text, s_start, s)
        ]
        if len(people) == 1:
            return Mention(*people[0])
        # "La gardienne en rit :", the verb parsed as a noun: the person noun opening it
        opener = _NOUN_OPENER.match(text, s_start, colon)
        if opener is not None and opener.group(1).lower() in resources.person_nouns(language):
            return Mention(s_start, opener.end(1))
    return subject


def name_before_colon(text: str, s_start: int, colon: int, parse: Parse) -> Mention | None:
    """A person's name set off by a comma right before a colon that announces a quotation
    ("À la barre, une voisine a pris la parole, Odile Verne :")."""
    comma = text.rfind(",", s_start, colon)
    if comma < 0:
        return None
    start = skip(text, comma + 1, colon, " \t\u00a0\u202f")
    end = rstrip(text, start, colon)
    found = [(s, e) for s, e, label in parse.ents_between(start, end) if label in PERSON_LABELS]
    return Mention(start, end) if found == [(start, end)] else None


def _may_speak(text: str, mention: Mention) -> bool:
    """Whether a subject can name who speaks next: not a thing pointed at ("elle avait eu
    cet échange resté célèbre avec X :")."""
    first = text[mention.start : mention.end].split(" ", 1)[0].lower()
    return first not in _DEMONSTRATIVES


_DEMONSTRATIVES = frozenset({"ce", "cet", "cette", "ces", "this", "that", "these", "those"})


def dash_quote(
    text: str,
    q: QuoteRegion,
    si: int,
    sentences: list[tuple[int, int]],
    language: str,
    parse: Parse,
) -> Quote:
    """A dialogue line "— …": the speaker is announced by the sentence before, ending in ":"."""
    mention: Mention | None = None
    cue_span: tuple[int, int] | None = None
    if si > 0:
        p_start, p_end = sentences[si - 1]
        if text[p_start:p_end].rstrip().endswith(":"):
            cues = find_cues(text, p_start, p_end, language)
            if cues:
                cue_span = (cues[-1].start, cues[-1].end)
                if cues[-1].pron:
                    mention = Mention(cues[-1].pron[0], cues[-1].pron[1], pron=True)
                else:
                    mention = mention_before(text, p_start, cues[-1].start, language, parse)
            else:  # "Dans la foule, un cheminot retraité hausse les épaules :"
                colon = text.rindex(":", p_start, p_end)
                mention = subject_of_sentence(parse, p_start, p_end, colon)
                if mention is not None and not _may_speak(text, mention):
                    mention = None  # "elle avait eu cet échange resté célèbre avec X :"
    return Quote("direct", list(q.spans), cue_span, mention, si)
