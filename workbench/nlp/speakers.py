"""Resolving speaker mentions to one canonical name per speaker in an article."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import replace

from . import resources
from .antecedents import (
    Antecedents,
    Candidate,
    gender_of,
    given_name_gender,
    is_object,
    is_subject,
    sentence_of,
    words_around,
)
from .cues import BARE_PARTICIPLE, find_cues
from .mentions import (
    DESCRIBED_NAME,
    after_fronted_phrase,
    is_demonym,
    listed_demonyms,
    name_after_role,
    skip,
)
from .mentions import rstrip as rstrip_spaces
from .models import COURTESY_TITLE, PERSON_LABELS, Parse, Token
from .names import (
    has_title,
    is_alias,
    key_tokens,
    strip_leading_article,
    strip_titles,
    title_words,
)
from .quoted import name_before_colon
from .segment import CLOSERS, DATELINE, OPENERS
from .speech import Quote

_PER = PERSON_LABELS
_OWNER = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
# "sur Facebook Gérald Morvan" tagged as one person: the platform is where, not who
_PLATFORM = re.compile(
    r"^(?:Facebook|Instagram|TikTok|Twitter|YouTube|LinkedIn|Snapchat|Bluesky|Threads|X)\s+"
    r"(?=[A-ZÀ-Þ])"
)
_AFFILIATION = re.compile(
    r"\s*(?:de|du|des|d['’]|of|from|with|at|chez|à|au|aux)(?:\s|$)", re.IGNORECASE
)
_NO_REFERENT = {"aucun", "aucune", "chaque", "nul", "nulle", "no", "every", "each", "any"}
_ORG = {"ORG", "NORP"}
# an unnamed speaker keeps its noun, not its numeral or quantifier ("plusieurs sources")
# ("certaines factions irakiennes" keeps its determiner: a group the article singles out)
_QUANTIFIERS = {
    "one", "un", "une", "several", "some", "plusieurs", "quelques", "autre", "another", "other",
}  # fmt: skip
_COMPLEMENT = {"de", "du", "des", "of"}  # "le conseil d'administration": a body of its own
_PREPOSITIONS = {"for", "at", "in", "à", "au", "pour", "d'", "d’"}
_PUBLISHED = re.compile(
    r"\s+(?:publiée?s?|diffusée?s?|parue?s?|rendue?s? publique?s?|published|released|issued)"
    r"(?:\s.*)?$",
    re.IGNORECASE,
)
_PUBLISHED_BY = re.compile(
    r"\s(?:publiée?s?|diffusée?s?|rendue?s? publique?s?|published|released|issued)\s"
    r"(?:.*?\s)?(?:par|by)\s+(\S.*)$",
    re.IGNORECASE,
)
# people named by where they live: the speaker is the noun, not the address
_DWELLERS = {
    "habitant", "habitante", "habitants", "habitantes", "riverain", "riveraine", "riverains",
    "riveraines", "voisin", "voisine", "voisins", "voisines", "résident", "résidente",
    "résidents", "résidentes", "villageois", "villageoise", "resident", "residents",
    "villager", "villagers", "neighbour", "neighbours", "neighbor", "neighbors",
}  # fmt: skip
_PLACE_OF = re.compile(r"(?:de|du|des|d['’].*|à|au|aux|of|from|in|on)$", re.IGNORECASE)
# "…, Thierry X" or "… (USM), Thierry X": an apposition after the mention
_COMMA_AFTER = re.compile(
    # "son homologue [kessarienne], Nadia El-Amrani": an adjective the mention left out
    r"[ \u00a0]*(?:[a-zà-ÿ][\w'’-]*[ \u00a0]*)?(?:\([A-ZÀ-Þ0-9&-]{2,12}\)[ \u00a0]*)?,[ \u00a0]*"
)
# an age before a name: "seven-year-old Isla", "83-year-old Ada Lyle"
_AGED_HEAD = re.compile(r"^[\w-]+-year-old\s+(?=[A-ZÀ-Þ])")
_AGE = re.compile(
    r"(?:,?\s+(?:de|d['’])\s*\d+\s+ans|,?\s+aged\s+\d+|,\s*\d+"
    # "a woman in her thirties", "a man in his early 20s"
    r"|\s+in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?(?:\w+ties|\d0s|teens))$"
)
# an age set after a noun: "L'intéressé, 25 ans", "the man, 41"
_AGED_AFTER = re.compile(r",\s*\d{1,3}(?:\s+ans)?$")
_LEADING_LINK = re.compile(r"^(?:mais|et|or|donc|but|and|yet|so)\s+(?=\S)", re.IGNORECASE)
# "L'un d'eux, Romain X", "One of the protesters, Tom X": the apposed name is who speaks
_ONE_OF_THEM = re.compile(
    r"(?:(?:l['’]\s*)?une? d['’](?:eux|elles|entre (?:eux|elles))|one of (?:them|the \w+)),\s+"
    r"(?=\S)",
    re.IGNORECASE,
)
# "the city's Department of Public Utilities": a common noun's possessive before a name
_COMMON_OWNER = re.compile(r"^[^\W\d_A-ZÀ-Þ][\w-]*['’]s\s+(?=[A-Z])")
# letters after a name: a rank or an honour, no part of it
_POSTNOMINAL = re.compile(r"(?<=[a-zà-ÿ])\s+(?:KC|QC|SC|MP|MEP|MSP|MLA|TD|OBE|MBE|CBE)$")
# an unnamed speaker's noun after whose it is: the noun alone, as an article would be dropped
_LOWER_OWNER = re.compile(r"^[a-z][\w-]*['’]s\s+(?=[a-z])")
_ANOTHER = re.compile(r"(?:une?\s+|l['’]|the\s+)?(?:autres?|another|other)\s", re.IGNORECASE)
_MANAGEMENT_OF = re.compile(
    r"(?:direction|management|rédaction|newsroom)"
    # "la direction des ressources humaines de Primaprix": a department of the company
    r"(?:\s+(?:des?|du|of)\s+[a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,2})?"
    # "la direction de la CFN", "the management of the Royal Exchange Hotel"
    r"\s+(?:de\s+la|de\s+l['’]|de|du|d['’]|at|of(?:\s+the)?)\s*([A-ZÀ-Þ].*)$"
)
# bodies an article names without having introduced them: not anaphors of the last name
_STANDALONE_BODIES = {
    "police",
    "gendarmerie",
    "government",
    "gouvernement",
    "army",
    "armée",
    "état-major",
}
# bodies named after their place: "la préfecture" is "la préfecture de l'Aube" named before
_PLACE_BODIES = {"préfecture", "mairie"}
_STANDALONE_BODIES |= _PLACE_BODIES
# "Sandford's barrister": a person noun owned by a name, the unnamed speaker
_POSSESSIVE = re.compile(r"['’]s?[ \u00a0]+")
_NAMED_OWNER = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[a-z])")
_ANONYMITY = re.compile(
    r",?\s+(?:(?:sous|à) (?:couvert|condition|le sceau) d(?:e l)?['’]anonymat|"
    r"(?:speaking )?on (?:the )?condition of anonymity)$",
    re.IGNORECASE,
)
# how the words were said, after the speaker: "répond l'intéressé d'une voix calme"
_MANNER = re.compile(
    r"\s+(?:d['’]une voix|d['’]un ton|avec un sourire|in a (?:\w+ )?(?:voice|tone))\b.*$",
    re.IGNORECASE,
)
# how the reporter reached an unnamed speaker: "une source jointe par téléphone"
_REACHED = re.compile(
    r"(?<=\w)\s+(?:jointe?s?|contactée?s?|interrogée?s?|sollicitée?s?|interviewée?s?|"
    r"contacted|reached|interviewed)\b.*$"
)
_BASED = re.compile(r"^[A-ZÀ-Þ][\w'’.-]*-based\s+(?=[A-ZÀ-Þ])")
# the endings of participles ("venue", "arrivé", "living", "arrested"), not of a finite verb
# the tagger put inside a noun phrase ("la jeune pousse lyonnaise Cytalys")
_PARTICIPLE_FORM = {
    "fr": re.compile(r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ant)$"),
    "en": re.compile(r"(?:ed|en|ing|wn|t)$"),
}
_LOWER_LEAD = re.compile(r"^(?:[^\W\d_A-ZÀ-Þ][\w'’-]*\s+)+(?=[A-ZÀ-Þ][^\s]*(?:\s+[A-ZÀ-Þ]\S*)*$)")
_RELATIVE_TAIL = re.compile(r"\s+(?:(?:who|whom|whose|which|that|qui|que|dont)\b|qu['’]).*$")
_PARTY = re.compile(r"\s*\([^()]*\)$")  # "Claire Dumontier-Ravel (Centre)"
_PARTY_NOUN = re.compile(
    r"(?:[Tt]he\s+)?(?![Tt]he\s)((?:[A-ZÀ-Þ][\w'’-]+\s+)*[A-ZÀ-Þ][\w'’-]+)\s+party"
)
_DOCUMENT_OF = re.compile(
    r"(\w+)(?:\s+([^\W\d_]+))?\s+(?:de la|de l['’]|des|du|de|d['’]|of the|of|by the|by|from the|from)\b\s*",
    re.IGNORECASE,
)


_PLACE_NOUNS = {
    "quartier", "village", "hameau", "commune", "ville", "cité", "rue", "résidence", "bourg",
    "vallée", "canton", "district", "estate", "town", "valley", "county",
}  # fmt: skip


@functools.cache
def _unnamed_nouns(language: str) -> frozenset[str]:
    """Nouns for people, and for companies too ("un producteur de Saint-Méen")."""
    return resources.words("people", language) | resources.words("descriptors", language)


def _without_place(words: list[str], language: str) -> int:
    """How many words of an unnamed speaker's noun phrase to keep without where the person
    is from: "une abonnée de Roncelles", "officials in Ustmar", "a dairy farmer from Upper
    Mellock", "une locataire du quartier des Tilleuls"; 0 when there is no such place."""
    people = _unnamed_nouns(language)
    persons = resources.person_nouns(language)
    for head in (0, 1, 2):  # "dairy farmer", "free-range egg producer": modifiers first
        # (a capital opening the sentence: "Officials in Lissen")
        if len(words) < head + 3 or not all(w[1:].islower() for w in words[: head + 1]):
            continue
        noun, link, rest = words[head].lower(), words[head + 1], words[head + 2 :]
        if link in _WHERE_FROM and noun in persons:
            return head + 1  # "une militante venue de Thiers", "a pensioner outside the club"
        if link in {"in", "from"} and noun in persons and all(w[:1].isupper() for w in rest):
            return head + 1
        if link == "at" and noun in resources.words("people", language) and rest[0].islower():
            return head + 1  # "a nurse at one of the hospitals", "a worker at the plant"
        if link not in {"de", "du", "des", "from", "in"} or noun not in people:
            continue
        if noun not in persons and not words[head].islower():
            continue  # "la Confédération des PME": an organisation's own name
        # "du quartier des Tilleuls": a word for a place, then its name
        place = rest[2:] if len(rest) >= 3 and rest[0] in _PLACE_NOUNS else rest
        # (an elided article before it: "un délégué de l'Isère")
        if _ELIDED.sub("", place[0])[:1].isupper() and all(
            w[:1].isupper() or w in {"de", "du", "des", "la", "le", "les"} for w in place
        ):
            return head + 1
    return 0


# words after a person noun that say where the person is, came from or stands
_WHERE_FROM = frozenset(
    {"venu", "venue", "venus", "venues", "arrivé", "arrivée", "originaire", "outside", "near"}
)
# nouns whose complement is the role itself: "chef de l'État", "membre du gouvernement"
_HEAD_OF = {"chef", "cheffe", "membre", "membres", "responsable", "responsables"}


def _without_complement(words: list[str], language: str) -> int:
    """How many words of an unnamed French speaker's noun to keep without the complement
    that tells where the person works or what they use: "un ouvrier de l'atelier peinture",
    "une caissière du magasin de Vernay", "un parent d'élève du collège" (a compound without
    article stays: "mère de famille", "parent d'élève"); 0 when there is none."""
    if language != "fr" or len(words) < 3 or not words[0].islower():
        return 0
    if words[0] not in resources.words("people", language) or words[0] in _HEAD_OF:
        return 0
    head = 1
    if words[1] == "de" and (
        words[2].isdigit() or words[2] in resources.mapping("numbers", language)
    ):
        return 1  # "un père de deux fillettes": a count, no compound
    if re.match(r"d['’](?!une?$)\w+$", words[1]):
        head = 2  # "parent d'élève"
    elif words[1] == "de" and not re.match(r"(?:la|les?|l['’])", words[2]):
        head = 3  # "mère de famille"
    if len(words) <= head + 1:
        return 0
    link, following = words[head], words[head + 1]
    if (
        link in {"du", "des"}
        or re.match(r"d['’]une?$", link)
        or (link == "de" and re.match(r"(?:la$|l['’])", following))
    ):
        return head
    return 0


_MEDIUM_HEAD = re.compile(r"^(?:à|au|aux)\s+(?:l['’]\s*)?[A-ZÀ-Þ][\w'’-]*\s+(?=[A-ZÀ-Þ])")
_MEDIUM_TAIL = re.compile(r"\s+auprès\s+d(?:e|u|es)\b.*$")
_FIGURE_HEAD = re.compile(
    r"^(?:(?:some|about|around|nearly|quelque|environ)\s+)?\d[\d \u00a0\u202f.,]*[ \u00a0\u202f](?=[a-zà-ÿ])"
)
# an English noun phrase, then where it is from: "Officials at the station"
_GROUP_WHERE = re.compile(
    r"(?P<noun>[A-Za-z][a-z'’-]*(?: [a-z][a-z'’-]*){0,2}) (?P<link>in|at|on|from|of|for|near) (?P<rest>\S.*)"
)
_GROUPS = frozenset({"police", "family", "staff", "crew", "people"})


# an acronym, then a capitalised word: "AFP Iryna"
_TOLD_AGENCY = re.compile(r"[A-Z]{2,6}[ \u00a0]+(?=[A-ZÀ-Þ][a-zà-ÿ])")


def _unnamed_group(noun: str, link: str, complement: str, language: str) -> bool:
    """Whether ``noun`` (before ``link`` and a complement) names unnamed people: a group
    ("police", "family of …"), a plural ("officials", "search volunteers") or a person noun
    before where it is (not "of": "members of the public", "head of the agency")."""
    head = noun.split()[-1].lower()
    if head in _GROUPS:
        return True
    if link in {"of", "for"}:
        # "residents of the estate", "lawyers for several passengers" (not "members of the
        # public", "head of the agency", "Friends of the Earth", "Sons of Arvand")
        nouns = resources.words("people" if link == "of" else "roles", language)
        return head.endswith("s") and head[:-1] in nouns and not complement[:1].isupper()
    people = resources.person_nouns(language)
    return head in people or (head.endswith("s") and head[:-1] in people) or head.endswith("ers")


def _clean(name: str, language: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ,.;:-–—")
    name = re.sub(r"['’]s$", "", name)  # "Halvorsen Aerospace's" (plant, union…)
    owner = _OWNER.match(name)
    # "Queensland's Mitchell Ayres"; not "the Saltmarsh Fishermen's Association", "the
    # Prosecutor General's Office": an organisation's name
    if owner and name[owner.end() :].split()[0].lower() not in resources.words(
        "org_words", language
    ):
        name = name[owner.end() :]
    owned = _NAMED_OWNER.match(name)
    # "Lisbon's mayor", "Queensland's police commissioner": the role, for the person named
    if owned is not None:
        rest = name[owned.end() :].split()
        people = resources.person_nouns(language)
        if rest and (
            rest[0].lower() in people
            or (len(rest) <= 3 and all(w.islower() for w in rest) and rest[-1] in people)
            # "South Africa's national statistics agency": a body it does not name
            or (
                len(rest) <= 4
                and all(w.islower() for w in rest)
                and rest[-1] in _generic_nouns(language)
            )
        ):
            name = name[owned.end() :]
    name = _LEADING_LINK.sub("", name)  # "Mais un responsable du ministère"
    name = _PARTY.sub("", name)
    party = _PARTY_NOUN.fullmatch(name)
    if party is not None:
        name = party.group(1)  # "the Democratic Renewal party" → "Democratic Renewal"
    # "la Fondation Abri-Solidaire": after an article, a capital is the name's own
    after_article = strip_leading_article(name, language) != name
    name = _COMMON_OWNER.sub("", strip_leading_article(name, language))
    owner = _LOWER_OWNER.match(name)
    if owner and name.split()[-1].lower() not in resources.words("spokes", language):
        name = name[owner.end() :]  # "the boy's family", "the country's telecoms regulator"
    # "rapport de l'inspection des patrimoines", "bilan provisoire de la protection civile":
    # the body behind the document
    # "les résultats provisoires publiés jeudi par la Commission électorale": its author
    by = _PUBLISHED_BY.search(name)
    if by and name.split()[0].lower() in resources.words("documents", language):
        name = strip_leading_article(by.group(1), language)
    document = _DOCUMENT_OF.match(name)
    documents = resources.words("documents", language)
    # "rapport de …", "le dernier bulletin de l'Observatoire …": an adjective before the noun
    if document and any((w or "").lower() in documents for w in document.groups()):
        name = strip_leading_article(name[document.end() :], language)
    name = _PUBLISHED.sub("", name)  # "l'Office national de l'huile publiées lundi"
    name = _AGE.sub("", name)  # "un arboriculteur de 34 ans", "a farmer aged 61"
    name = _POSTNOMINAL.sub("", name)  # "Iain Drummond KC", "Jane Ellis MP"
    aged = _AGED_HEAD.match(name)
    if aged and all(w[:1].isupper() for w in name[aged.end() :].split()):
        name = name[aged.end() :]  # "seven-year-old Isla"; not "24-year-old Dutch rider"
    name = _ANONYMITY.sub("", name)  # "un diplomate sous couvert d'anonymat"
    if name[:1].islower():  # "une source sécuritaire jointe par téléphone"
        name = _REACHED.sub("", name)
    name = _BASED.sub("", name)  # "the Geneva-based Organisation for Safe Migration"
    if name[:1].islower():  # "paramedic who asked not to be named": an unnamed one's noun
        name = _RELATIVE_TAIL.sub("", name)
    name = _MEDIUM_TAIL.sub("", _MEDIUM_HEAD.sub("", name))  # "à l'AFP X", "X auprès de l'AFP"
    name = _FIGURE_HEAD.sub("", name)  # "1 200 habitants"
    words = name.split()
    numbers = resources.mapping("numbers", language)
    if (
        len(words) >= 2
        and words[1].islower()
        and (words[0].lower() in _QUANTIFIERS or words[0].lower() in numbers)
    ):  # "une autre mère", "two people familiar with the matter"
        name = " ".join(words[1:])
        words = words[1:]
    group = _GROUP_WHERE.match(name) if language == "en" else None
    if group is not None and _unnamed_group(
        group.group("noun"), group.group("link"), group.group("rest"), language
    ):
        # "officials on both sides", "Police in Halbridge", "family of a 17-year-old cyclist":
        # an unnamed group's noun without where it is from
        name = group.group("noun")
        words = name.split()
    # "syndicat Force ouvrière" → "Force ouvrière"; "spokesman for Ashford Town" → "Ashford Town"
    if language == "fr" and name.lower().startswith("jeune pousse "):
        name = name[len("jeune ") :]  # "la jeune pousse lyonnaise Cytalys": a start-up
    words = name.split()
    descriptors = resources.words("descriptors", language)
    named = next(
        (
            k
            for k in range(min(3, len(words) - 1))
            if words[k + 1][:1].isupper()
            and (
                words[k] in descriptors
                # "Operator Northern Isles Ferries" opening a sentence, not "Airline Pilots'
                # Guild", a name of its own
                or (
                    k == 0
                    # "l'ONG Terre d'enfance"; a French name opens with its capital noun
                    # ("Réseau Ouest Distribution")
                    and (words[0].isupper() or (not after_article and language == "en"))
                    and words[0].lower() in descriptors
                    and not words[1].endswith("'")
                )
            )
        ),
        None,
    )  # "Campaign group Save Our Cwm" → "Save Our Cwm"
    if named is None and words and words[0] in descriptors:
        # "compagnie publique Électricité du Levant", "association de consommateurs
        # Consom'Action": adjectives or a complement, then the name (not "… de Tours")
        named = next(
            (
                k - 1
                for k in range(2, min(8, len(words)))
                if words[k][:1].isupper()
                and all(w.islower() for w in words[1:k])
                and words[k - 1] not in _COMPLEMENT
            ),
            None,
        )
    if named is not None:
        name = " ".join(words[named + 1 :])
    elif (  # "l'association des Amis des bateaux à vapeur" → "Amis des bateaux à vapeur"
        len(words) >= 3
        and words[0] in descriptors
        # (not "un producteur de Saint-Méen": where one is from)
        and words[1] in {"des", "du", "of"}
        and words[2][:1].isupper()
    ):
        name = " ".join(words[2:])
    words = name.split()
    described = next((k for k in range(1, min(4, len(words) - 1)) if words[k][:1].isupper()), 0)
    if (
        described
        and all(
            w.islower()
            and w not in resources.person_nouns(language)
            and w not in _COMPLEMENT | _PREPOSITIONS
            for w in words[:described]
        )
        and all(w[:1].isupper() for w in words[described:])
        and any(w.lower() in resources.words("org_words", language) for w in words[described:])
    ):
        # "governing National Party", "latest Southern Cross Poll": the name without the
        # words that describe it (not "part of the Treasury Department": a link)
        name = " ".join(words[described:])
        words = name.split()
    if len(words) >= 2 and words[0].lower() in _DWELLERS and _PLACE_OF.match(words[1]):
        # "riverain de la rue des Tisserands", "villager from Kpando", "habitant d'Inkadawane"
        if len(words) >= 3 or re.match(r"d['’][A-ZÀ-Þ]", words[1]):
            name = words[0]
    else:
        kept = _without_place(words, language) or _without_complement(words, language)
        if kept:
            name = " ".join(words[:kept])
    m = re.match(r"(\S+)\s+(?:(?:for|of|de la|des|du|de)\s+|(?:de l|d)['’]\s*)(.+)$", name)
    spokes = resources.words("spokes", language)
    if m and m.group(1).lower() in spokes:
        # "porte-parole de la compagnie maritime Navalis": the body, cleaned as a name
        return _clean(strip_leading_article(m.group(2), language), language)
    # "la direction de Ligéo": the company (not "la direction des Pêches maritimes", a body)
    management = _MANAGEMENT_OF.match(name)
    if management:
        name = management.group(1)
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in spokes and words[0][:1].isupper():
        name = " ".join(words[:-1])  # "Coast Guard spokeswoman" → "Coast Guard"
    elif len(words) == 2 and words[1].lower() in spokes and words[0] in _generic_nouns(language):
        name = words[0]  # "a company spokesperson": the company named before
    return name


_ROLE_PHRASE = re.compile(r"(?i:le|la|l['’]|the)[ \u00a0]*(?P<phrase>[^\W\d_][^,;:.«»“”\"]{2,80})")
# a person's name of two to four capitalised words, particles allowed ("Nadia Belkacem-Roy")
_FULL_NAME = (
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \u00a0]+(?:(?:de|del|van|von|al|el|ben|bin|le)[ \u00a0]+)?"
    r"[A-ZÀ-Þ][\w'’-]+){1,3})"
)
_NAMED_AFTER = re.compile(r",[ \u00a0]+" + _FULL_NAME + ",")
_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])"
    + _FULL_NAME
    + r",[ \u00a0]+(?i:an?|the|his|her|its|their|une?|son|sa|leur)[ \u00a0]+$"
)


_AGE_APPOSED = r",[ \u00a0]+\d{1,3}(?:[ \u00a0]+ans)?"  # ", 17", ", 71 ans"
_AGE_AFTER = re.compile(_AGE_APPOSED + ",")


def _titled_name(name: str, language: str) -> bool:
    """A capitalised word the lists do not know before a given name and a surname:
    "Taoiseach Declan Moriarty" tagged as an organisation (not "Saint Mary Hospital")."""
    words = name.split()
    return (
        len(words) == 3
        and all(w[:1].isupper() for w in words)
        and not given_name_gender(name, language)
        and _looks_given_named(" ".join(words[1:]), language)
        and words[-1].lower() not in resources.words("org_words", language)
    )


def _aged_name(text: str, start: int, end: int) -> bool:
    """Two or three capitalised words followed by an age ("Maya Trent, 17,"): a person,
    whatever the tagger called them (no place has an age)."""
    words = text[start:end].split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and _AGE_AFTER.match(text, end) is not None
    )


# a name, perhaps an age, and a comma right before a noun phrase: its apposition
_APPOSED = re.compile(r"(?<![\w'’-])" + _FULL_NAME + f"(?:{_AGE_APPOSED})?" + r",[ \u00a0]+$")


# after an apposition: its own relative clause, or its closing comma
_APPOSITION_END = re.compile(r"[ \u00a0]*(?:,?[ \u00a0]*(?:who|qui)\b|,[ \u00a0]*(?P<cue>))")


def _apposed_to(text: str, q: Quote, mention: str, parse: Parse, language: str) -> str | None:
    """The person's name an indefinite noun phrase is in apposition to ("Maya Trent, 17, [a
    sixth-former at Abbeyfield School], who said"), else None."""
    assert q.mention is not None
    start = q.mention.start
    if _INDEFINITE.match(mention) is None:
        return None
    # (the noun phrase with its own relative clause after it, or set off by commas with the
    # verb right after; not "X, a spokesman for the club said": a new subject; not "Chez X,
    # un grossiste …, la directrice, Y,": another apposition follows)
    end = _APPOSITION_END.match(text, start + len(mention))
    if end is None:
        return None
    if end.group("cue") is not None:
        k = parse.index_at(end.end())
        verb = k is not None and parse.tokens[k].pos in {"VERB", "AUX"}
        if not (verb or (q.cue is not None and q.cue[0] == end.end())):
            return None
    m = _APPOSED.search(text, max(0, start - 80), start)
    if m is None:
        return None
    s, e = m.span("name")
    if not any(
        (label in _PER or _looks_given_named(text[a:b], language) or _aged_name(text, a, b))
        and s <= a
        and b <= e
        for a, b, label in parse.ents_between(s, e)
    ):
        return None
    return m.group("name")


def _introduced_as(text: str, start: int, end: int, language: str) -> str | None:
    """The person an earlier apposition gave the same role phrase: "La porte-parole du
    gouvernement a indiqué …" after "La porte-parole du gouvernement, Nadia Belkacem-Roy,
    a démenti …" (a spokesperson's phrase would otherwise stand for the body)."""
    m = _ROLE_PHRASE.fullmatch(text[start:end].rstrip(" ,\u00a0"))
    if m is None:
        return None
    phrase = m.group("phrase")
    head = phrase.split()[0].lower()
    if head not in resources.person_nouns(language):
        return None
    if " " not in phrase.strip() and head not in resources.words("spokes", language):
        return None  # a bare role ("le maire") is the role map's: see _anaphor
    named = None
    for hit in re.finditer(re.escape(phrase), text[:start], re.IGNORECASE):
        # "…, Nadia X, a démenti" after the phrase, or "Tomasz X, a spokesman …" before it
        around = _NAMED_AFTER.match(text, hit.end()) or _NAMED_BEFORE.search(
            text, max(0, hit.start() - 80), hit.start()
        )
        if around is not None:
            named = around.group("name")
    return _person_name(named, language) if named else None


def _base_name(text: str, start: int, end: int, language: str, parse: Parse) -> tuple[str, str]:
    """(name, type) for a mention, before merging with the article's other names."""
    end = start + len(text[start:end].rstrip(" ,\u00a0\u202f"))  # "…, Senator Craig Pruett,"
    mention = text[start:end]
    # "Sa présidente, Nadia Ferreira, dénonce …" where the parse gave only the role: the
    # name in the apposition right after it
    comma = _COMMA_AFTER.match(text, end)
    head = strip_leading_article(mention, language).split()[:1]
    descriptors = resources.words("descriptors", language)
    # "la négociatrice de la Confédération des entreprises de France (CEF), Valérie X"
    role_first = (
        bool(head)
        and head[0].islower()
        and head[0] not in descriptors
        and head[0] not in resources.words("org_words", language)
    )
    if comma and (role_first or not any(w[:1].isupper() for w in mention.split()[1:])):
        for s, e, label in parse.ents_between(comma.end(), comma.end() + 80):
            # "…, Professor Daniel Okafor of Northgate University": the name, then where from
            affiliated = label in _PER and _AFFILIATION.match(text, e) is not None
            if text[e : e + 1] not in {",", ".", ""} and not affiliated:
                continue
            # "Le gestionnaire du réseau électrique, Transelec France, a averti",
            # "L'organisateur, la société Sonar Live, a dénoncé"
            between = text[comma.end() : s]
            article = _DEFINITE.match(between)
            after_article = between[article.end() :].split() if article else between.split()
            bare = after_article if article else []
            generic_between = bool(bare) and all(w.lower() in descriptors for w in bare)
            if (
                (s == comma.end() or generic_between)
                and head
                and head[0] in descriptors
                and (label not in _PER or generic_between)
            ):
                return _clean(text[s:e], language), "organization"
            if label not in _PER:
                continue
            # "…, Professor Daniel Okafor", "…, le Dr Anselme Kaboré"
            # (the tagger may have put the title in the name: "le [Dr Anselme Kaboré]")
            titled = bool(article or after_article) and all(
                w.rstrip(".").lower()
                in resources.words("titles", language) | resources.words("roles", language)
                for w in after_article
            )
            if s == comma.end() or titled:
                return _person_name(text[s:e], language), "person"
            # "le rapporteur, le sénateur de la Vienne Thierry Bourdaleix": a second role
            # with its place before the name
            if (
                article
                and len(_NAME_WORD.findall(text[s:e])) >= 2
                and not any(c in between for c in ',;:()«»"')
                and any(w.lower() in resources.person_nouns(language) for w in between.split())
            ):
                return _person_name(text[s:e], language), "person"
    # apposition: "son porte-parole, Ahmad al-Sahhaf" → the part after the comma
    if "," in mention:
        tail = mention.rsplit(",", 1)[1].strip()
        roles = resources.words("roles", language)
        # not "Norvik Energy, Maresia's state-controlled gas company": a description
        if tail[:1].isupper() and not _NAMED_OWNER.match(tail):
            tail = _clean(strip_titles(tail, language), language)
            return _name_after_role(tail, language, roles) or tail, "person"  # "Senator X"
        # "Her opponent, former school principal Wayne MacIsaac, conceded …", "His mother,
        # Janine Reeve, who …", "Its owner, the Dutch drinks group Van Hulst"
        heads = resources.person_nouns(language) | resources.words("descriptors", language)
        # "L'organisateur, la société Sonar Live": the article's capital names no one
        first_piece = strip_leading_article(mention.split(",")[0], language).split()
        particles = resources.words("particles")
        named_first = all(  # "Kwabena Osei, a spokesman", "Omar el-Mahdi, a volunteer"
            w[:1].isupper() or w.lower() in particles or w.split("-")[0].lower() in particles
            for w in first_piece
        )
        offset = start + len(mention.split(",")[0]) + 1
        for raw in [] if named_first else mention.split(",")[1:]:
            raw_start, offset = offset, offset + len(raw) + 1
            if _AFFILIATION.match(raw):
                continue  # ", de l'université Hassan-II", ", of the Royal Society": a place
            piece = _clean(strip_titles(raw, language), language)
            named = _name_after_role(piece, language, heads)
            if named:
                return named, "organization" if _is_group_name(piece, language) else "person"
            # "The chief mediator, former Kenyan vice-president Samuel X", "le chef de la
            # délégation, le vice-ministre des Affaires étrangères Majid X", "…, le
            # Finlandais Mikko X"
            if after_role := name_after_role(raw.split(), language):
                return _clean(strip_titles(" ".join(after_role), language), language), "person"
            words = piece.split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                return piece, "person"
            described = DESCRIBED_NAME.fullmatch(piece.strip())
            if described:  # "his niece, the pianist Mairi Beaton"
                return described.group("name"), "person"
            # "Son rival, le député de la Sarthe Grégoire Lemarchal": a role with its place,
            # then the name the tagger found at the end
            raw_end = raw_start + len(raw.rstrip(" \u00a0\u202f"))
            ents = parse.ents_between(raw_start, raw_end)
            if (
                _DEFINITE.match(raw.strip())
                and ents
                and ents[-1][1] == raw_end
                and ents[-1][2] in _PER
                and len(_NAME_WORD.findall(text[ents[-1][0] : raw_end])) >= 2
            ):
                return _person_name(text[ents[-1][0] : raw_end], language), "person"
        start, end = _head_segment(text, start, end, parse, language)
        mention = text[start:end]
    # "une mère de famille venue avec ses enfants", "un professeur arrivé en septembre":
    # the noun phrase without its participle clause
    inside_tokens = parse.between(start, end)
    people = resources.words("people", language)
    for k in range(1, len(inside_tokens)):
        word = inside_tokens[k].text
        # "une retraitée croisée devant la gare": a participle the tagger calls an adjective
        participle = (
            (
                inside_tokens[k].pos == "VERB"
                and _PARTICIPLE_FORM.get(language, _PARTICIPLE_FORM["en"]).search(word) is not None
            )
            or (language == "fr" and word in {"ayant", "étant"})
            or (
                language == "fr"
                and BARE_PARTICIPLE.fullmatch(word) is not None
                and inside_tokens[k - 1].text.lower() in people
            )
        )
        if (
            participle
            and word.islower()
            and inside_tokens[k - 1].pos in {"NOUN", "PROPN", "ADJ"}
            # "la nouvelle élue" (not "a surf instructor accused of …")
            and not (language == "fr" and word in resources.person_nouns(language))
        ):
            end = inside_tokens[k - 1].end
            mention = text[start:end]
            break
    inside = parse.ents_between(start, end)
    for _s, e, label in inside:
        owner = _POSSESSIVE.match(text, e, end) if label in _PER else None
        if owner is not None and text[owner.end() : end].islower():
            # "Sandford's barrister", "Ms Okafor's lawyer": someone of the person's, by the
            # noun alone
            start, mention, inside = owner.end(), text[owner.end() : end], []
            break
    # the last name: "Fenwick manager Stuart Lyle", "Macron's adviser Alexis Kohler"
    titles = resources.words("titles", language)
    for s, e, label in reversed(inside):
        if label in _PER and text[s:e].rstrip(".").lower() in titles:
            continue  # "Coun." tagged as a person before "Rachel Mbeki-Doucette"
        if label in _PER and _NAMED_PLACE.search(text, max(0, s - 30), s):
            continue  # "un parent d'élève de l'école Jules-Ferry": a place named after someone
        if label in _PER and _from_place(text, start, s, language):
            continue  # "a resident of Foundry Lane": where the unnamed speaker lives
        if label in _PER and e - s >= 3:
            e = _name_continued(text, e, end)
            if _names_organization(text, s, e, language):  # "A spokesman for Hexley Town"
                # "[la jeune pousse] toulousaine Veloria": an adjective the tagger took in
                return _LOWER_LEAD.sub("", _clean(text[s:e], language)), "organization"
            return _person_name(text[s:e], language), "person"
    name = _clean(mention, language)
    low_words = name.lower().split()
    roles = resources.words("roles", language)
    org_words = resources.words("org_words", language)
    if has_title(name, language):
        return strip_titles(name, language), "person"
    # "Fenwick manager Stuart Lyle", "Defense Secretary Lloyd Austin", "Cattle farmer Trish
    # Neumann": the name after the role or person noun
    named = _name_after_role(name, language, resources.person_nouns(language))
    # not "the Public Justice Workers' Union": a role word inside an organisation's name
    if named and not any(w.lower().strip("’'") in org_words for w in named.split()):
        return named, "person"
    first = low_words[0] if low_words else ""
    if first in org_words or any(w in org_words for w in low_words[:2]):
        return name, "organization"
    org_spans = [(s, e) for s, e, label in inside if label in _ORG]
    org_ents = [text[s:e] for s, e in org_spans]
    if org_ents:
        # a lone capitalised surname is often tagged ORG by the small English model (but
        # not after "la compagnie maritime", "a spokesman for the carrier")
        single = len(org_ents) == 1 and " " not in org_ents[0] and not org_ents[0].isupper()
        if not (single and org_ents[0] == name) or _names_organization(
            text, *org_spans[0], language
        ):
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
    particles = resources.words("particles")
    if len(words) >= 2 and all(w[:1].isupper() or w.lower() in particles for w in words):
        return name, "person"
    function = resources.words("articles", language) | resources.words("stopwords", language)
    if name[:1].isupper() and any(
        w.islower() and w not in particles and w not in function for w in words[1:]
    ):
        # "Regroupement des propriétaires locatifs du Québec": a proper name with common
        # nouns inside is an organisation's, not a person's
        return name, "organization"
    return name, "unknown"


def _head_segment(text: str, start: int, end: int, parse: Parse, language: str) -> tuple[int, int]:
    """The noun phrase of a mention cut by commas: a leading participle or adverbial goes
    ("Contactée, la région Pays de la Loire", "Outside court, the son"), and what follows
    the head is an apposition or a relative clause ("One mother, a toddler on her hip",
    "The rider, who broke her collarbone")."""
    bounds: list[tuple[int, int]] = []
    pos = start
    for m in re.finditer(r",", text[start:end]):
        bounds.append((pos, start + m.start()))
        pos = start + m.end()
    bounds.append((pos, end))
    bounds = [(s + len(text[s:e]) - len(text[s:e].lstrip()), e) for s, e in bounds]
    bounds = [(s, e) for s, e in bounds if e > s]
    while len(bounds) > 1:
        first = parse.between(*bounds[0])
        nominal = any(t.pos in {"NOUN", "PROPN"} for t in first)
        # "Fourth-generation farmer Neil Cartwright, who …" opens with an adjective but is
        # the speaker's noun phrase
        if (
            not first
            or first[0].pos not in {"VERB", "ADV", "ADP", "ADJ"}
            or (first[0].pos == "ADJ" and nominal)
            # "Managing director Simon Halliday, the great-grandson of its founder"
            or (len(first) > 1 and first[1].text.lower() in resources.person_nouns(language))
        ):
            break
        bounds.pop(0)
    return bounds[0] if bounds else (start, end)


_GIVEN_PARTICLE_BEFORE = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+) ([a-zà-ÿ]{2,4}) $")
_TITLE_FIRST = re.compile(COURTESY_TITLE)
_WORD_BEFORE_NAME = re.compile(r"([A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?) $")


def _given_name_before(text: str, start: int, language: str) -> int:
    """Where a person's name starts when the tagger left out the given name before it
    ("le Kényan [Daniel] Kiprono", "[Mercy] Jelagat Koech"): a given name the lists know
    (data/first_names.txt), right before it."""
    m = _WORD_BEFORE_NAME.search(text, max(0, start - 25), start)
    if m is not None and given_name_gender(f"{m.group(1)} {text[start : start + 30]}", language):
        return m.start(1)
    # "Intalla ag [Mohamed Elmehdi]", "Antoine de [Sercey]": a given name and a particle
    linked = _GIVEN_PARTICLE_BEFORE.search(text, max(0, start - 30), start)
    if (
        linked is not None
        # "Selon le [Dr Fabrice Lameyre]": no particle comes between a name and a title
        and _TITLE_FIRST.match(text, start) is None
        and linked.group(2).lower() in resources.words("particles")
        and linked.group(1).lower()
        not in resources.words("titles", language) | resources.words("stopwords", language)
    ):
        return linked.start(1)
    return start


def _name_continued(text: str, e: int, end: int) -> int:
    """The end of a tagged name the tagger cut short inside its mention: capitalised words
    up to the mention's end ("[El Hadj Mamadou] Ndiaye Sarr")."""
    rest = text[e:end].split()
    particles = resources.words("particles")
    if (
        rest
        and text[e : e + 1].isspace()
        and rest[-1][:1].isupper()
        and all(_NAME_WORD.fullmatch(w) and (w[:1].isupper() or w in particles) for w in rest)
    ):
        return end
    return e


# letters after a name: a rank or an honour, no part of it ("Simon Achebe KC", "Jo Reid MP")
_POSTNOMINAL = re.compile(r"(?<=\w)\s+(?:KC|QC|SC|MP|MSP|MEP|MLA|MPP|OBE|MBE|CBE)$")


def _person_name(ent: str, language: str) -> str:
    """A tagged person's name without title, role or possessive owner in front:
    "Superintendent Karen Oyelaran", "Spinner Hannah Koh", "Queensland's Mitchell Ayres"."""
    name = _clean(strip_titles(_OWNER.sub("", _PLATFORM.sub("", ent)), language), language)
    name = _POSTNOMINAL.sub("", name)  # "Simon Achebe KC"
    return _name_after_role(name, language, resources.person_nouns(language)) or name


def _is_group_name(piece: str, language: str) -> bool:
    """Whether a noun before a name makes it an organisation ("the drinks group Van Hulst")."""
    generic = resources.words("descriptors", language) | resources.words("org_words", language)
    return any(w.lower() in generic for w in piece.split())


def _given_name_first(words: list[str], language: str) -> bool:
    """Whether a capitalised role word opening a name is its given name ("Dean Mulcahy",
    "Pape Moussa Thiaw"): one the given-name lists know, with capitalised words after it."""
    return (
        len(words) >= 2
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and bool(given_name_gender(" ".join(words), language))
    )


def _name_after_role(name: str, language: str, roles: frozenset[str]) -> str | None:
    words = name.split()
    if _given_name_first(words, language) and all(w[:1].isupper() for w in words):
        return None  # "Dean Mulcahy": a name, not the role "dean" before one
    last_role = max((i for i, w in enumerate(words) if w.lower() in roles), default=-1)
    rest = words[last_role + 1 :]
    particles = resources.words("particles")
    if len(rest) >= 4 and rest[0] in {"for", "of"} and all(w[:1].isupper() for w in rest[1:]):
        rest = rest[-2:]  # "Minister for Transport Siobhán Cleary-Walsh": the portfolio goes
    if (
        last_role >= 0
        and rest
        and rest[0][:1].isupper()
        and all(w[:1].isupper() or w.lower() in particles for w in rest)
    ):
        return " ".join(rest)
    return None


def resolve(text: str, quotes: list[Quote], language: str, parse: Parse) -> None:
    """Fill ``quote.speaker`` for every quote: canonical name, mention, offsets and type.

    Pronouns go to the nearest earlier antecedent of the right kind (a person for
    il/elle/he/she, an organisation for "it", a group or organisation for ils/they);
    a bare role ("la ministre") goes to the last person introduced with that role; a
    bare generic noun ("le syndicat", "the company") to the last organisation.
    """
    pool: list[tuple[str, str]] = []
    found_before: list[tuple[int, int, str, str]] = []  # (start, end, name, type)
    generic = _generic_nouns(language)
    for s, e, label in parse.ents:
        if _in_marks(text, s, e):
            continue  # “The Salt Orchard” has been shortlisted: a title, not a speaker
        if label in _PER and _NOT_A_PERSON.match(text, s, e):
            continue  # "Côté Ferrière, l'entraîneure X a déploré …": a side, not a person
        if label in _PER and text[s:e].lower() in resources.mapping("weekdays", language):
            continue  # "Lundi, l'humoriste a publié …": a day the tagger took for a name
        if label in _PER | {"MISC"} and _names_organization(text, s, e, language):
            label = "ORG"  # "Glenvarrick Distillery", "le Tribunal fédéral", "group Maison X"
        role = _ROLE_COMMA.search(text, max(0, s - 40), s)
        if (
            label not in _PER
            and text[e : e + 1] == ","
            and (
                _person_apposed(text[s:e], role, language)
                # "The mayor of Castlemoor, Helen Drury, made …" tagged as a place; "Maya
                # Trent, 17, a sixth-former": a given name with an age
                or (role is not None and _looks_given_named(text[s:e], language))
                or _aged_name(text, s, e)
                or _titled_name(text[s:e], language)
                or _person_apposed(text[s:e], _APPOSED_ROLE.match(text, e), language)
            )
        ):
            label = "PERSON"  # "The captain, Kenji Moriarty, …" tagged as an organisation
            if _titled_name(text[s:e], language):
                s += len(text[s:e].split()[0]) + 1  # "Taoiseach Declan Moriarty"
        pieces = [*re.finditer(r"\S+", text[s:e])]
        if label not in _PER and len(pieces) >= 3 and _OF_PLACE.search(text, max(0, s - 6), s):
            # "la ministre de l'[Économie Lucía Mamani Quispe]": the ministry's name and the
            # person's, in one entity
            given = next(
                (
                    j
                    for j in range(1, len(pieces) - 1)
                    if given_name_gender(" ".join(p.group() for p in pieces[j:]), language)
                ),
                None,
            )
            if given is not None:
                s, label = s + pieces[given].start(), "PERSON"
        if label not in _PER and _countryman(text, s, e, language):
            label = "PERSON"  # "Denmark's [Mikkel Sørgaard]" tagged as an organisation
        told = _TOLD_AGENCY.match(text, s, e)
        if told is not None and re.search(r"\bà[ \u00a0]+l['’]$", text[max(0, s - 6) : s]):
            # "a raconté à l'AFP Iryna": the agency told and the speaker, in one entity
            s, label = told.end(), "PERSON"
        last = parse.index_at(e - 1) if label in _PER else None
        if last is not None and _apposition_head(parse.tokens, last) in generic:
            label = "ORG"  # "Copper Lantern, the Cork band whose …" tagged as a person
        if label in _PER:
            s = _given_name_before(text, s, language)
            ent = _person_name(text[s:e], language)
            if len(key_tokens(ent, language)) >= 1 and ent[:1].isupper():
                pool.append((ent, "person"))
                found_before.append((s, e, ent, "person"))
        elif label == "ORG":
            ent = _clean(text[s:e], language)
            if text[s - 1 : s] == "(" and text[e : e + 1] == ")":
                continue  # a party label after a name: "Olivier Dethier (MR)"
            product = _WORD_BEFORE.search(text, max(0, s - 30), s)
            if product and product.group(1).lower() in resources.words("products", language):
                continue  # "its diabetes drug Glucarin": a product, not a body that speaks
            if ent[:1].isupper():  # "ministre de la Santé" tagged ORG is a role, not a name
                pool.append((ent, "organization"))
                found_before.append((s, e, ent, "organization"))
    found_before = _surnames(
        text, parse, language, _proper_subjects(text, parse, language, found_before)
    )
    known = set(pool)
    pool.extend((n, k) for _s, _e, n, k in found_before if (n, k) not in known)
    pool.extend(_full_names(text, pool, parse, language))
    found_before.extend(_noun_subjects(text, parse, language))
    roles = _role_map(text, parse, language)
    bases: list[tuple[str, str] | None] = []
    pronouns = resources.mapping("pronouns", language)
    anaphors = resources.words("anaphors", language)
    for q in quotes:
        if q.mention is not None:
            manner = _MANNER.search(text, q.mention.start, q.mention.end)
            if manner is not None:  # "a lancé l'intéressé [d'une voix calme]"
                q.mention.end = manner.start()
            one = _ONE_OF_THEM.match(text, q.mention.start, q.mention.end)
            if one is not None:  # "L'un d'eux, Romain Vuillemin, a raconté": the name
                q.mention.start, q.mention.pron = one.end(), False
        if q.mention is not None and _is_pronoun(
            _AGED_AFTER.sub("", text[q.mention.start : q.mention.end]), language
        ):
            q.mention.pron = True  # "selon elle", "he said", "L'intéressé[, 25 ans,] a démenti"
        if q.mention is None or q.mention.pron:
            bases.append(None)
            continue
        introduced = _introduced_as(text, q.mention.start, q.mention.end, language)
        found = (
            (introduced, "person")
            if introduced
            else _base_name(text, q.mention.start, q.mention.end, language, parse)
        )
        bases.append(found)
        pool.append(found)
    pool.extend(_spelled_out(text, pool, parse, language))
    index = _index(pool, language)
    pooled = set(pool)
    antecedents = Antecedents()
    quoted = _QuotedSpans(quotes)
    acronyms = _acronyms(text)
    short_names = _short_names(pool, language)
    for start, end, n, k in sorted(found_before):
        # a bare role subject ("La procureure a estimé …") stands for the person named earlier
        n, k = _canonical((n, k), index, language)
        if n in acronyms:
            n, k = acronyms[n], "organization"
        n, k = _anaphor(text, n, k, end, roles, antecedents, language)
        cand = _candidate(text, start, end, n, k, parse, language)
        # ("Le [Breton] de l'équipe X a faussé compagnie …": a demonym the tagger took for a
        # name, its article outside the entity)
        lead = _ARTICLE_LEFT.search(text, max(0, start - 4), start) if is_demonym(n) else None
        article = _epithet_article(text, lead.start() if lead else start, end, n, language, parse)
        if article is not None:  # "À 61 ans, la luthière s'apprête …": the person named before
            match = _named_before(antecedents, start, cand.gender)
            if match is not None:
                cand = replace(cand, name=match.name, gender=cand.gender or match.gender)
        if cand.subject and quoted.covers(start):
            # the subject of reported words ("Officials said 17 bodies had been recovered.
            # They said …") is not the next pronoun's speaker
            cand = replace(cand, subject=False)
        antecedents.add(end, cand)
    previous: Quote | None = None
    earlier: Quote | None = None  # the quote before ``previous``
    quote_starts = sorted(q.spans[0][0] for q in quotes if q.spans)
    for q, maybe in zip(quotes, bases, strict=True):
        if q.mention is None:
            if (
                earlier is not None
                and previous is not None
                and earlier.speaker is not None
                and previous.speaker is not None
                and q.cue is None
                and earlier.speaker["name"] != previous.speaker["name"]
                and all(_dialogue_line(text, x) for x in (earlier, previous, q))
            ):
                # "— Q ? / — A, a répondu M. Oudjane. / — Et s'ils … ?": the lines alternate
                q.speaker = dict(earlier.speaker)
            elif (
                previous is not None
                and previous.speaker is not None
                and q.cue is None
                and all(_dialogue_line(text, x) for x in (previous, q))
                and (other := _other_person(antecedents, q, str(previous.speaker["name"])))
                is not None
            ):
                # "cet échange avec le journaliste X : / — Q ? / — A": the other one answers
                q.speaker = _speaker_of(text, other)
            elif (
                previous is not None
                and previous.speaker is not None
                and q.cue is None
                and q.kind == "direct"
                and q.sentence - previous.sentence <= 1
                # words in marks do not continue reported speech without them
                and previous.kind != "indirect"
            ):
                q.speaker = dict(previous.speaker)
            elif q.kind == "direct" and q.cue is None:
                # a quotation standing as a paragraph of its own, its speaker named in the
                # next one ("« Je n'ai jamais triché. » / C'est par un message … que la
                # cycliste Manon Delestrade a réagi …")
                named = _named_next(text, q, parse, language, quote_starts) or _announced(
                    text, q, parse
                )
                if named is not None:
                    s, e = named
                    who, what = _canonical(
                        (_person_name(text[s:e], language), "person"), index, language
                    )
                    q.speaker = {
                        "name": who,
                        "mention": text[s:e],
                        "start": s,
                        "end": e,
                        "type": what,
                    }
                    antecedents.add(e, _candidate(text, s, e, who, what, parse, language, True))
                    earlier, previous = previous, q
                    continue
                # a line of dialogue nobody introduces ("— Quand Bernard arrêtera, …") is the
                # person the text was just about
                match = antecedents.for_pronoun(q.spans[0][0], {"person"}, "")
                if match is not None and match.start >= 0:
                    q.speaker = _speaker_of(text, match)
            earlier, previous = previous, q
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
                bare = strip_leading_article(low, language)
                gender = gender_of([bare], language) or _DEMONSTRATIVE.get(low.split()[0], "")
                latest = bare in _LATEST
                match = antecedents.for_pronoun(_before_quote(q), wanted, gender, latest=latest)
                if (
                    match is not None
                    and previous is not None
                    and previous.speaker is not None
                    and match.name == previous.speaker["name"]
                    and _answers(text, q, previous)
                ):
                    # "« … ? » lui a demandé la journaliste X. « … », a répondu l'intéressée":
                    # who answers a question is not who asked it
                    other = _other_person(antecedents, q, match.name)
                    if other is not None and (not gender or other.gender in {"", gender}):
                        match = other
                if match is not None:  # a speaking pronoun keeps its antecedent salient
                    antecedents.add(
                        q.mention.end,
                        Candidate(
                            match.name,
                            match.kind,
                            subject=True,
                            gender=gender or match.gender,
                            sentence=sentence_of(parse, q.mention.start),
                            start=q.mention.start,
                        ),
                    )
            else:
                match = antecedents.nearest(q.mention.start, wanted)
            name: str | None = match.name if match is not None else None
            kind = match.kind if match is not None else "unknown"
        elif (apposed := _apposed_to(text, q, m_text, parse, language)) is not None:
            # "Maya Trent, 17, a sixth-former at Abbeyfield School, who said …": the person
            # the noun phrase is set beside
            name, kind = _canonical((apposed, "person"), index, language)
            antecedents.add(
                q.mention.end,
                _candidate(text, q.mention.start, q.mention.end, name, kind, parse, language, True),
            )
        elif _ANOTHER.match(m_text) or _someone_new(m_text, maybe[0], language):
            # "ajoute une autre mère", "assure un opérateur": not the one named before
            name, kind = maybe
        else:
            name, kind = _canonical(maybe, index, language)
            if name in acronyms:  # "l'IQC" after "l'Institut québécois du climat (IQC)"
                name, kind = acronyms[name], "organization"
            name, kind = short_names.get(name, (name, kind))  # "Ironclads", "Brentmoor"
            if kind in {"organization", "unknown"}:
                name = _complemented(text, name, q.mention.start, language, parse)
            name, kind = _anaphor(text, name, kind, q.mention.start, roles, antecedents, language)
            demonym = _DEMONYM_BEFORE.match(m_text) if language == "fr" else None
            if demonym and name.startswith(demonym.group(1) + " ") and len(name.split()) >= 3:
                name = name[len(demonym.group(1)) + 1 :]  # "l'Autrichienne Greta Hollweger"
            if kind == "unknown" and name.lower() in resources.words("documents", language):
                # "the report said", "souligne le document": the body that wrote it
                author = antecedents.nearest_subject(
                    q.mention.start, {"organization", "group"}
                ) or antecedents.nearest(q.mention.start, {"organization", "person"})
                if author is not None:
                    name, kind = author.name, author.kind
            article = _epithet_article(text, q.mention.start, q.mention.end, name, language, parse)
            if article is not None:
                # "le technicien", "the 24-year-old rider": the person named before
                # "Le coach, lui, a promis …": a stressed pronoun after the noun tells more
                after = _STRESSED.match(text, q.mention.end)
                stressed = [after.group(1)] if after else []
                gender = gender_of([*stressed, article, *name.split()], language, masculine=True)
                if not gender and " " not in name and name.endswith(("man", "woman")):
                    gender = "f" if name.endswith("woman") else "m"  # "the Welshman"
                match = _named_before(antecedents, _before_quote(q), gender)
                # "le quinquagénaire", "the 32-year-old": the person the text gave that age
                match = _same_age(text, antecedents, _before_quote(q), name) or match
                if match is not None and _other_demonym(text, match, name):
                    # "le Tunisien" is not the one named "l'Australien Lachlan Whitmore"
                    match = _same_demonym(text, antecedents, _before_quote(q), name)
                # (not a spokesman's body: "un porte-parole de Navalis … Le préfet")
                if match is not None and (match.name, "organization") not in pooled:
                    name, kind = match.name, "person"
            antecedents.add(
                q.mention.end,
                _candidate(text, q.mention.start, q.mention.end, name, kind, parse, language, True),
            )
        if kind == "person" and name is not None:
            name = _bare_person(name, language)
        elif kind == "unknown" and name is not None:
            # "le gardien serbe Milan Radetić" the tagger did not tag: a person all the same
            bare = _bare_person(name, language)
            dropped = name[: len(name) - len(bare)].split()
            people = resources.person_nouns(language)
            # ("co-founder Ifeoma X": a compound of a person noun)
            if bare != name and any(
                w.lower() in people or w.lower().rsplit("-", 1)[-1] in people for w in dropped
            ):
                name, kind = bare, "person"
                antecedents.add(
                    q.mention.end,
                    _candidate(
                        text, q.mention.start, q.mention.end, name, kind, parse, language, True
                    ),
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
        earlier, previous = previous, q


def _bare_person(name: str, language: str) -> str:
    """A person's name without the words that are not part of it, whichever rule chose it:
    lower-case words before it ("gardien serbe Milan Radetić", "race was won by Lucía
    Arandia-Prats"), a role or demonym in front of a full name ("Hurdler Keisha
    Bramwell-Osei", "Marocain Ahmed Ould Brahim") or a score after it ("Anastasia Belova
    7-5"). Names of one or two words, and words that are particles, are left alone."""
    words = name.split()
    while len(words) > 2 and any(c.isdigit() for c in words[-1]):
        words.pop()
    particles = resources.words("particles")
    affiliated = next((i for i in range(2, len(words)) if _affiliation_at(words, i)), None)
    if affiliated is not None and all(
        w[:1].isupper() or w.lower() in particles for w in words[:affiliated]
    ):
        words = words[:affiliated]  # "Farida Qureshi of the Kellmore Institute for Heart …"
    lower = [
        i
        for i, w in enumerate(words)
        if w[:1].islower() and w.lower() not in particles and not _ELIDED_NAME.fullmatch(w)
    ]
    if lower and len(words) - lower[-1] - 1 >= 2 and words[lower[-1] + 1][:1].isupper():
        words = words[lower[-1] + 1 :]
    if len(words) >= 3 and all(w[:1].isupper() or w.lower() in particles for w in words):
        # a role ("Hurdler Keisha Bramwell-Osei"; not the given name of "Pape Moussa Thiaw")
        role_cut = _name_after_role(" ".join(words), language, resources.person_nouns(language))
        if role_cut:
            words = role_cut.split()
        elif (
            # a demonym before a given name, not "Hebridean Sea Links"
            words[1].lower() not in particles
            and is_demonym(words[0])
            and not given_name_gender(" ".join(words), language)
            and given_name_gender(" ".join(words[1:]), language)
        ):
            words = words[1:]
    return " ".join(words) if words else name


def _affiliation_at(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` opens where a named person comes from: "of the Marlowe Eye
    Hospital", "at Dunmore University", "de l'université de Lille", "du CNRS"; not a name's
    particle ("de La Fontaine", "Joachim du Bellay", "Valéry d'Estaing")."""
    if i + 1 >= len(words):
        return False
    word, nxt = words[i].lower(), words[i + 1]
    if word in {"of", "at", "from"}:
        return True
    if word in {"du", "des"}:
        return nxt[:1].islower() or nxt.isupper()  # "du département", "du CNRS"
    # "de la région", "de l'université"
    return word == "de" and (nxt == "la" or _ELIDED_LOWER.fullmatch(nxt) is not None)


_ELIDED_LOWER = re.compile(r"l['’][a-zà-ÿ][\w-]*")


_ELIDED_NAME = re.compile(r"[dD]['’][A-ZÀ-Þ][\w'’-]*")  # "Jeanne d'Arc", "Valéry d'Estaing"


_MARKS_REACH = 20
_OPENING_MARKS = " \t\u00a0\u202f«“\"„‘'"
_CLOSING_MARKS = " \t\u00a0\u202f»”\"’'.…!?"
_NEXT_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)|[«“\"„]")


_THESE_WORDS = re.compile(
    r"(?:C['’]est (?:par |avec |sur |en )?(?:ces|ce|cette) (?:mots?|phrases?|paroles?|formule)|"
    r"Ces (?:mots|paroles)|(?:With|By|In) (?:these|those) words|(?:These|Those) were the words)\b",
    re.IGNORECASE,
)


# "X a prononcé ces mots vendredi", "a présenté ces choix": the quotation's words, named
_THOSE_WORDS = re.compile(
    r"\b(?:ces|ce|cette|these|those|this)\s+(?:mots|propos|paroles|phrases?|choix|annonces?|"
    r"déclarations?|messages?|words|remarks|comments)\b"
    # "Les mots sont du président de la commission, X", "Le message vient de la directrice"
    r"|\b(?:les|le|the)\s+(?:mots|propos|paroles|message|words)\s+"
    r"(?:sont|est|vient|viennent|étaient|were|are|came)\b"
    # "That was the assessment of Dr X", "Tel est le constat de X"
    r"|\b(?:that|this|such)\s+(?:was|is)\s+the\s+(?:\w+\s+)?(?:assessment|verdict|view|warning|"
    r"message|reaction|response)\s+(?:of|from)\b"
    r"|\b(?:tel est|c['’]est|ce fut|ce sont)\s+(?:le|la|les)\s+(?:constat|verdict|avis|message|"
    r"réaction|réponse|mots|propos)\s+(?:de|du|des|d['’])",
    re.IGNORECASE,
)


def _announced(text: str, q: Quote, parse: Parse) -> tuple[int, int] | None:
    """The name set off right before the colon that ends the paragraph before a quotation
    standing as a paragraph of its own ("À la barre, une voisine a pris la parole, Odile
    Verne :")."""
    para = text.rfind("\n\n", 0, q.spans[0][0])
    if para < 0 or text[para : q.spans[0][0]].strip(_OPENING_MARKS + "\n"):
        return None
    colon = len(text[:para].rstrip())
    if colon == 0 or text[colon - 1] != ":":
        return None
    found = name_before_colon(text, text.rfind("\n", 0, colon) + 1, colon - 1, parse)
    return (found.start, found.end) if found is not None else None


def _named_next(
    text: str, q: Quote, parse: Parse, language: str, quote_starts: list[int]
) -> tuple[int, int] | None:
    """The person named in the first sentence of the paragraph after a quotation that is a
    paragraph of its own, if that sentence reports speech ("… a réagi la cycliste X", not
    "Frank is Frank Doolan, 68, …") and no words of its own ("The director, X, said the show
    had been three years in the making")."""
    start, end = q.spans[0][0], q.spans[-1][1]
    # only a few characters around the quotation are read: long texts have many quotes
    lo = max(0, start - _MARKS_REACH)
    para = text.rfind("\n\n", lo, start)
    lead = text[max(para, lo) : start].strip(_OPENING_MARKS + "\n")
    dateline = DATELINE.match(text) if para < 0 and lead else None
    if lead and dateline and not text[dateline.end() : start].strip(_OPENING_MARKS):
        lead = ""  # "Paris — « … »": the article opens with it, after its dateline
    if (para < 0 and lo > 0) or lead:
        return None
    before = para - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    if before >= 0 and text[before] == ":":
        return None  # announced by the paragraph before ("… Jeanne Castaing, venue témoigner :")
    nxt = text.find("\n\n", end, end + _MARKS_REACH)
    if nxt < 0 or text[end:nxt].strip(_CLOSING_MARKS):
        # « … » C'est par ces mots que X a commencé …, « … » La voix tremblante, X a été
        # la première victime entendue: the next sentence, in the same paragraph, names who
        # spoke them
        body = skip(text, end, len(text), _CLOSING_MARKS)
        if body >= len(text) or not text[body].isupper():
            return None
    else:
        body = skip(text, nxt, len(text), " \t\n\u00a0\u202f")
    stop = _NEXT_SENTENCE_END.search(text, body, min(len(text), body + 300))
    sentence_end = min(len(text), stop.start() if stop else body + 300)
    k = bisect.bisect_left(quote_starts, body)
    if k < len(quote_starts) and quote_starts[k] < sentence_end:
        return None  # the next sentence has words of its own
    speech = find_cues(text, body, sentence_end, language) or _THOSE_WORDS.search(
        text, body, sentence_end
    )
    verbs = [t.start for t in parse.between(body, sentence_end) if t.pos in {"VERB", "AUX"}]
    for s, e, label in parse.ents_between(body, sentence_end):
        if label in _PER and len(_NAME_WORD.findall(text[s:e])) >= 2:  # not "the … Scot"
            # the subject of a sentence that acts ("Le directeur, X, a présenté la saison"),
            # or anyone in one that reports speech; not "Frank is Frank Doolan, 68"
            if speech or not verbs or s < verbs[0]:
                return s, e
            return None
    return None


def _full_names(
    text: str, pool: list[tuple[str, str]], parse: Parse, language: str
) -> list[tuple[str, str]]:
    """The full names of people the tagger named as people only by their surname:
    "Adeyemi-Clarke, 20," after "Tomi Adeyemi-Clarke" tagged as a place. The full name must
    be an entity of the tagger's, whatever its label, its first word no title or role."""
    known = {name for name, kind in pool if kind == "person"}
    skip = resources.words("titles", language) | resources.person_nouns(language)
    out: list[tuple[str, str]] = []
    for s, e, _label in parse.ents:
        words = text[s:e].split()
        if (
            len(words) == 2
            and words[1] in known
            and words[0][:1].isupper()
            and words[0].lower() not in skip
            and text[s:e] not in known
            and _TOLD_AGENCY.match(text, s, e) is None  # (not "AFP Iryna")
        ):
            out.append((f"{words[0]} {words[1]}", "person"))
    return out


def _spelled_out(
    text: str, pool: list[tuple[str, str]], parse: Parse, language: str
) -> list[tuple[str, str]]:
    """The full name of a person the article names elsewhere by one word, where the tagger
    did not tag the full name as one ("the health minister, Natalia Wiśniewska" taken for two
    places, then "Ms Wiśniewska said"): the one capitalised word before that word somewhere
    in the text that is a given name or a proper noun, not a title, role or common word."""
    people = {name for name, kind in pool if kind == "person" and name[:1].isupper()}
    surnames = {key_tokens(n, language)[-1] for n in people if len(key_tokens(n, language)) >= 2}
    skip = (
        resources.words("titles", language)
        | resources.person_nouns(language)
        | resources.words("stopwords", language)
        | _generic_nouns(language)
    )
    single = {
        name
        for name in people
        if len(name.split()) == 1
        and len(key_tokens(name, language)) == 1
        and key_tokens(name, language)[0] not in surnames
    }
    givens: dict[str, set[str]] = {}
    # one pass over the text for all the names (a long text may name hundreds of people)
    for m in _WORD_PAIR.finditer(text) if single else ():
        word, name = m.group(1), m.group(2)
        if name not in single or not word[:1].isupper() or word.lower() in skip:
            continue
        before = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if (
            before is not None
            and before.group(1)[:1].isupper()
            and before.group(1).lower() not in skip
        ):
            continue  # "Des Moines Ironclads": the end of a longer name
        i = parse.index_at(m.start(1))
        if given_name_gender(f"{word} {name}", language) or (
            i is not None and parse.tokens[i].pos == "PROPN"
        ):
            givens.setdefault(name, set()).add(word)
    return [
        (f"{next(iter(words))} {name}", "person")
        for name, words in sorted(givens.items())
        if len(words) == 1
    ]


# two words in a row, the second looked up among the one-word names (pairs may overlap)
_WORD_PAIR = re.compile(
    r"(?<![\w'’.-])([^\W\d_][\w'’-]*)[ \u00a0]+(?=([^\W\d_][\w'’-]*)(?![\w'’-]))"
)


def _short_names(pool: list[tuple[str, str]], language: str) -> dict[str, tuple[str, str]]:
    """One word of one organisation's name, used alone, to that name ("the Ironclads said"
    after "the Des Moines Ironclads"), when no person's name and no other organisation's
    share it."""
    owners: dict[str, set[tuple[str, str]]] = {}
    for name, kind in dict.fromkeys(pool):
        tokens = key_tokens(name, language)
        if len(tokens) >= 2 and kind in {"organization", "person"}:
            for tok in tokens if kind == "organization" else tokens[-1:]:
                owners.setdefault(tok, set()).add((name, kind))
    # "Midstate Freight" after "Midstate Freight Lines": the first words of one organisation's
    # name (even where the tagger took them for a person's)
    by_first: dict[str, list[tuple[list[str], str]]] = {}
    for name, kind in dict.fromkeys(pool):
        tokens = key_tokens(name, language)
        if kind == "organization" and len(tokens) >= 3:
            by_first.setdefault(tokens[0], []).append((tokens, name))
    out: dict[str, tuple[str, str]] = {}
    for name, _kind in dict.fromkeys(pool):
        tokens = key_tokens(name, language)
        if len(tokens) == 1 and name[:1].isupper():
            found = owners.get(tokens[0], set())
            if len(found) == 1 and next(iter(found))[1] == "organization":
                out[name] = next(iter(found))
        elif len(tokens) >= 2 and name[:1].isupper() and not has_title(name, language):
            longer = {
                full
                for full_tokens, full in by_first.get(tokens[0], [])
                if len(full_tokens) > len(tokens) and full_tokens[: len(tokens)] == tokens
            }
            if len(longer) == 1:
                out[name] = (longer.pop(), "organization")
    return out


_COMPLEMENT_REACH = 3000


def _complemented(text: str, name: str, pos: int, language: str, parse: Parse) -> str:
    """An organisation's name with the complement the article gave it when it named it
    first: "la direction académique" → "direction académique de Haute-Savoie", "the Reserve
    Bank" → "Reserve Bank of Kestria"."""
    first = name.split()[0].lower() if name else ""
    if not first or name.lower() in _STANDALONE_BODIES - _PLACE_BODIES or len(name.split()) > 4:
        return name
    if first in _DWELLERS or first in resources.person_nouns(language):
        return name  # "l'habitante", not "habitante de Haucourt"
    # a window, not the whole text: long documents have many quotes
    complement = _complement_after(text, name, max(0, pos - _COMPLEMENT_REACH), pos)
    complement = complement or _complement_after(text, name, pos, pos + 400)
    if complement:
        # "la direction" after "la direction d'Aéronautique Garonne": the company itself
        management = _MANAGEMENT_OF.match(name + complement)
        return management.group(1) if management else name + complement
    # (or a name with its adjectives, cut at its complement: "Comité indépendant")
    adjectives = language == "fr" and all(w.islower() for w in name.split()[1:])
    if name[:1].isupper() and (" " not in name or adjectives):
        return _lower_complement(text, name, pos, parse) or name
    return name


_NAMED_COMPLEMENT = re.compile(
    r"\s+(?:de la|de l['’]|des|du|de|d['’]|of the|of)\s*[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*)*"
)


def _complement_after(text: str, name: str, start: int, end: int) -> str | None:
    """The capitalised complement right after the first ``name`` in ``text[start:end]`` that
    has one ("de Haute-Savoie", "of Kestria"), or None."""
    at = text.find(name, start, end)
    while at >= 0:
        m = _NAMED_COMPLEMENT.match(text, at + len(name), end)
        if m:
            return m.group()
        at = text.find(name, at + 1, end)
    return None


def _lower_complement(text: str, name: str, pos: int, parse: Parse) -> str | None:
    """A one-word name, or one with its adjectives, with the common-noun complement it had
    when first named:
    "l'Observatoire" → "Observatoire des croyances contemporaines", "le Comité" → "Comité
    indépendant pour le climat"."""
    pattern = re.compile(
        rf"\b{re.escape(name)}(?:[ \u00a0]+[a-zà-ÿ][\w-]*){{0,2}}[ \u00a0]+"
        r"(?:de|d['’]|des|du|pour|sur)\b"
    )
    # named before, or right at the mention ("d'après une étude du Centre d'observation …")
    m = pattern.search(text, max(0, pos - _COMPLEMENT_REACH), pos + len(name) + 60)
    if m is None:
        return None
    k = parse.index_at(m.start())
    if k is None:
        return None
    end = None
    linked = False
    body = name.split()[0].lower() in resources.words("org_words", "fr")
    for tok in parse.tokens[k + 1 : k + 10]:
        low = tok.text.lower()
        if tok.pos == "ADP" and low in {"de", "d'", "d’", "des", "du"}:
            linked = True
        elif tok.pos == "ADP" and low in {"pour", "sur"} and body:
            linked = True  # "Comité indépendant pour le climat" (not "Ventéo pour l'usine")
        elif tok.pos == "ADJ" and tok.text.islower() and not linked:
            pass  # "Comité indépendant pour …": an adjective before the complement
        elif tok.pos == "DET" and low in {"la", "le", "l'", "l’", "les", "des"}:
            pass
        elif tok.pos in {"NOUN", "ADJ"} and tok.text.islower() and linked:
            end = tok.end
        else:
            break
    return None if end is None else name + text[m.start() + len(name) : end]


def _acronyms(text: str) -> dict[str, str]:
    """Acronyms the article defines, to the name they stand for: "l'Institut québécois du
    climat (IQC)" → IQC: Institut québécois du climat (the initials of the name's last
    words, small words skipped)."""
    found: dict[str, str] = {}
    for m in _ACRONYM.finditer(text):
        acronym = m.group(1)
        words = list(_NAME_WORD.finditer(text, max(0, m.start() - 120), m.start()))
        initials = ""
        for k in range(len(words) - 1, -1, -1):
            elided = _ELIDED.match(words[k].group())  # "l'Institut"
            start = words[k].start() + (elided.end() if elided else 0)
            word = text[start : words[k].end()]
            if word.lower() in _SMALL_WORDS:
                continue
            initials = word[0].upper() + initials
            if len(initials) == len(acronym):
                if initials == acronym and word[:1].isupper():
                    found.setdefault(acronym, text[start : words[-1].end()])
                break
    return found


_ACRONYM = re.compile(r"\s\(([A-Z]{2,6})\)")
_ELIDED = re.compile(r"[ldLD]['’]")
_SMALL_WORDS = {
    "de",
    "du",
    "des",
    "la",
    "le",
    "les",
    "l",
    "d",
    "et",
    "of",
    "the",
    "and",
    "for",
    "pour",
    "sur",
    "en",
}


def _proper_subjects(
    text: str, parse: Parse, language: str, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """Person names the tagger missed or cut, read from the parse: a subject made of
    capitalised proper nouns after its role ("Opener Ella Whitford anchored …" where only
    "Whitford" is tagged, "Local TD Pádraig Mulcahy, who …, was emotional")."""
    if not parse.parsed:
        return found
    people = resources.person_nouns(language)
    roles = people | resources.words("titles", language)
    generic = _generic_nouns(language)
    found = sorted(found)
    starts = [f[0] for f in found]
    dropped: set[int] = set()
    added: list[tuple[int, int, str, str]] = []
    tokens = parse.tokens
    for i, t in enumerate(tokens):
        if not (t.pos == "PROPN" and t.text[:1].isupper()):
            continue
        # "defeated Héctor Ruiz-Camacho, a former finance minister": a name the role after
        # it tells is a person's, wherever it stands ("Glasshouse Parade, the Bristol band":
        # an organisation's)
        head = _apposition_head(tokens, i)
        if not (t.dep.startswith("nsubj") or head in people or head in generic):
            continue
        k = i
        while k > 0:
            prev = tokens[k - 1]
            if prev.pos == "PROPN" and k <= prev.head <= i:
                k -= 1
            elif (  # "Ruiz-Camacho refused …": a hyphen inside the name, no space around it
                prev.text == "-"
                and k >= 2
                and tokens[k - 2].end == prev.start
                and prev.end == tokens[k].start
                and tokens[k - 2].pos == "PROPN"
            ):
                k -= 2
            else:
                break
        run = _name_words(text, tokens[k : i + 1])
        titled = False  # a known role or title opened the run: what follows is the name
        while run and (
            (run[0][2].lower() in roles and not _given_name_first([w for *_, w in run], language))
            or (run[0][2].isupper() and len(run[0][2]) <= 4)
        ):
            run = run[1:]  # "Opener", "TD", "Coach"
            titled = True
        if not run or not all(w[:1].isupper() for _s, _e, w in run):
            continue
        if _in_marks(text, run[0][0], t.end):
            continue  # “The Salt Orchard” has been shortlisted: a title
        if head in generic or any(w.lower() in generic for _s, _e, w in run):
            # "The Lake States Union will begin …": an organisation the tagger missed
            start, end = run[0][0], t.end
            if not any(s0 < end and start < e0 for s0, e0, *_ in found):
                added.append((start, end, _clean(text[start:end], language), "organization"))
            continue
        if len(run) < 2:
            continue
        names = [w for *_, w in run]
        if names[-1].lower() in people and not given_name_gender(" ".join(names), language):
            continue  # "The Kabala State Governor, Alhaji X": a role with its place
        start, end = run[0][0], t.end
        # a capital that opens a sentence may be an unlisted role ("Curator Fergus Blaikie")
        before = text[max(0, start - 12) : start].rstrip(' \u00a0—–-"“«')
        opener = not titled and (not before or before[-1] in ".!?\n…")
        lo = max(bisect.bisect_left(starts, start) - 1, 0)
        inside = [j for j in range(lo, bisect.bisect_left(starts, end)) if found[j][1] > start]
        if inside:
            s0, e0, name0, kind0 = found[inside[0]]
            # "Opener Brooke Callaghan" tagged as an organisation: a role and a name
            role_and_name = kind0 == "organization" and s0 == tokens[k].start < start and e0 == end
            # "Garda Aoife" + "Brannigan": pieces of the name after a title, one person
            titled_pieces = (
                titled
                and s0 <= tokens[k].start  # the tagger took the title into the first piece
                and all(found[j][3] == "person" for j in inside)
            )
            if (
                not role_and_name
                and not titled_pieces
                and (opener or len(inside) > 1 or kind0 != "person" or s0 <= start or " " in name0)
            ):
                continue  # tagged already, or as something else; only a lone surname grows
        if opener and len(run) >= 3:
            start = run[1][0]
        dropped.update(inside)
        added.append((start, end, _person_name(text[start:end], language), "person"))
    if not added:
        return found
    return sorted([f for j, f in enumerate(found) if j not in dropped] + added)


def _person_apposed(name: str, role: re.Match[str] | None, language: str) -> bool:
    """Whether a name the tagger took for an organisation, right after "role," ("The captain,
    Kenji Moriarty, was …", "Its director, Nkechi Adebanjo-Lowe, took …"), reads as a
    person's: a person noun before the comma and two to four capitalised words, none of them
    an organisation's."""
    words = name.split()
    org_words = resources.words("org_words", language)
    return (
        role is not None
        and role.group(1).lower() in resources.person_nouns(language)
        # (not "Son producteur, Azimut Live": a noun for a company as well)
        and role.group(1).lower() not in resources.words("descriptors", language)
        and 2 <= len(words) <= 4
        and all(w[:1].isupper() and w.lower() not in org_words for w in words)
    )


_ROLE_COMMA = re.compile(r"(?<![\w'’-])([^\W\d_]+),[ \u00a0]*$")
# the head of a role set after a name: "[Hari Bahadur Thapaliya], the chief district officer
# in …", "[X], la directrice de …" (no owner's "'s" before it)
_APPOSED_ROLE = re.compile(
    r",[ \u00a0]*(?i:the|an?|le|la|l['’]|une?)[ \u00a0]*(?:[a-zà-ÿ][\w-]*[ \u00a0]+){0,2}"
    r"([a-zà-ÿ][\w-]*)(?=[ \u00a0]*(?:[,.;]|$|(?:in|at|of|for|de|du|des|d['’]|à|au)\b))"
)


def _apposition_head(tokens: list[Token], i: int) -> str:
    """The head noun of an apposition right after the token ``i`` ("minister", "band"), or
    "" when there is none."""
    for t in tokens[i + 1 : i + 8]:
        if t.head == i and t.dep == "appos":
            return t.text.lower()
    return ""


def _name_words(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """The words of a run of tokens, hyphen-joined ones as one ("Ruiz", "-", "Camacho")."""
    words: list[tuple[int, int, str]] = []
    for t in tokens:
        if (
            words
            and (t.text == "-" or text[t.start - 1 : t.start] == "-")
            and words[-1][1] == t.start
        ):
            words[-1] = (words[-1][0], t.end, text[words[-1][0] : t.end])
        else:
            words.append((t.start, t.end, t.text))
    return words


def _surnames(
    text: str, parse: Parse, language: str, found: list[tuple[int, int, str, str]]
) -> list[tuple[int, int, str, str]]:
    """The entities with what the tagger missed or mistyped once the article's names are
    known: a lone word of an organisation's name is the organisation ("led Hexley to …"
    after "Hexley Town"), and a proper-noun subject that is a word of a person's name is
    that person ("Pilling, 46, took charge")."""
    kinds: dict[str, set[str]] = {}
    generic = _generic_nouns(language)
    for _s, _e, name, kind in found:
        tokens = key_tokens(name, language)
        if len(tokens) < 2:
            continue
        if kind == "person":
            kinds.setdefault(tokens[-1], set()).add(kind)  # a surname
        elif any(w.lower() in generic for w in name.split()):
            # any word of a name that says it is an organisation's ("Hexley Town"), not of
            # a person's name the tagger called one ("Ashton Kerr's penalty")
            for tok in tokens:
                kinds.setdefault(tok, set()).add(kind)
    out = []
    for s, e, name, kind in found:
        tokens = key_tokens(name, language)
        if kind == "person" and len(tokens) == 1 and kinds.get(tokens[0]) == {"organization"}:
            kind = "organization"
        elif kind == "organization" and len(tokens) == 1 and kinds.get(tokens[0]) == {"person"}:
            kind = "person"  # "Kilbride broke his silence" after "manager Steve Kilbride"
        out.append((s, e, name, kind))
    covered = sorted((s, e) for s, e, *_ in found)
    for t in parse.tokens if parse.parsed else []:
        if t.dep.startswith("nsubj") and t.pos == "PROPN" and t.text[:1].isupper():
            key = key_tokens(t.text, language)
            j = bisect.bisect_right(covered, (t.start, len(text))) - 1
            inside = j >= 0 and covered[j][0] <= t.start < covered[j][1]
            if len(key) == 1 and kinds.get(key[0]) == {"person"} and not inside:
                out.append((t.start, t.end, t.text, "person"))
    return out


def _names_organization(text: str, start: int, end: int, language: str) -> bool:
    """Whether an entity the tagger took for a person or a miscellany names an
    organisation: one of its words is a generic organisation noun ("Tribunal fédéral",
    "Glenvarrick Distillery"), or one comes right before it ("the drinks group Maison X")."""
    generic = _generic_nouns(language)
    if any(w.lower() in generic for w in _NAME_WORD.findall(text[start:end])):
        return True
    # lower-case: not a name's word; one or two adjectives may stand between ("la
    # compagnie maritime Navimar", "the Dutch-owned drinks group X")
    # but "the union leader Mick Lynch" is a person
    before = _WORDS_BEFORE.search(text, max(0, start - 50), start)
    if before is None:
        return False
    nouns = resources.person_nouns(language)
    for w in reversed(before.group(0).split()):
        if w in generic:
            return True
        if not w.islower() or w in nouns or w in _FUNCTION_WORDS:
            return False
    return False


@functools.cache
def _generic_nouns(language: str) -> frozenset[str]:
    return resources.words("descriptors", language) | resources.words("org_words", language)


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w-]*[ \u00a0]+){1,3}$")
_FUNCTION_WORDS = frozenset({"de", "du", "des", "la", "le", "les", "of", "the", "for", "a", "an"})


def _demonyms_of(text: str, cand: Candidate) -> set[str]:
    """The demonyms, lower-cased, a person was introduced with: "l'Australien Lachlan
    Whitmore" (in the name the tagger gave, or right before it), "Denmark's Mikkel X" (the
    country's, data/en/countries.txt), else none."""
    first = cand.name.split()[0] if cand.name.split() else ""
    if len(cand.name.split()) >= 3 and is_demonym(first):
        return {first.lower()}
    if cand.start < 0:
        return set()
    m = _DEMONYM_LEFT.search(text, max(0, cand.start - 30), cand.start)
    if m and is_demonym(m.group(1)):
        return {m.group(1).lower()}
    return set(_country_people(text, cand.start))


def _country_people(text: str, start: int) -> list[str]:
    """The nouns for the people of the country whose "'s" stands right before ``start``
    ("Denmark's [Mikkel X]" → dane; data/en/countries.txt), else none."""
    owner = _COUNTRY_LEFT.search(text, max(0, start - 30), start)
    if owner is None:
        return []
    return resources.mapping("countries", "en").get(owner.group(1).lower(), "").split()


def _countryman(text: str, s: int, e: int, language: str) -> bool:
    """Whether a name after a country's "'s" is a person's: two or three capitalised words,
    none an organisation's, that the text takes up later as one of that country's people
    ("Denmark's Mikkel X … The Dane"), or with a given name the lists know."""
    people = _country_people(text, s)
    words = text[s:e].split()
    if not people or not 2 <= len(words) <= 3:
        return False
    org_words = resources.words("org_words", language)
    if any(not w[:1].isupper() or w.isupper() or w.lower() in org_words for w in words):
        return False
    if given_name_gender(text[s:e], language):
        return True
    later = text[e:].lower()
    return any(re.search(rf"\bthe {re.escape(p)}\b", later) for p in people)


def _other_demonym(text: str, cand: Candidate, name: str) -> bool:
    """Whether an epithet made of a demonym ("le Tunisien", "the Dane") cannot stand for
    ``cand``, introduced with another one."""
    if " " in name or not name[:1].isupper() or not is_demonym(name):
        return False
    others = _demonyms_of(text, cand)
    return bool(others) and name.lower() not in others


def _same_demonym(text: str, antecedents: Antecedents, pos: int, name: str) -> Candidate | None:
    """The nearest named person close enough who was not introduced with another demonym."""
    for cand in antecedents.before(pos, {"person"}):
        if pos - cand.end > _EPITHET_REACH:
            return None
        if cand.start >= 0 and cand.name[:1].isupper() and not _other_demonym(text, cand, name):
            return cand
    return None


# "l'Australien [Lachlan Whitmore]", "the Kenyan [Ruth Chebet]": a demonym right before a name
_DEMONYM_LEFT = re.compile(r"(?:l['’]|la |le |the )([A-ZÀ-Þ][a-zà-ÿ]+)[ \u00a0]+$")
_ARTICLE_LEFT = re.compile(r"\b(?:[Ll]e |[Ll]a |[Ll]['’]|[Tt]he )$")
# "Denmark's [Mikkel X]": a country as the owner of a name
_COUNTRY_LEFT = re.compile(r"(?<![\w-])([A-Z][a-z]+)['’]s[ \u00a0]+$")


def _named_before(antecedents: Antecedents, pos: int, gender: str) -> Candidate | None:
    """The named person an epithet at ``pos`` stands for, if one is salient close enough."""
    match = antecedents.for_pronoun(pos, {"person"}, gender, named=True)
    return match if match is not None and pos - match.end <= _EPITHET_REACH else None


def _same_age(text: str, antecedents: Antecedents, pos: int, epithet: str) -> Candidate | None:
    """The person named before ``pos`` whose age, given where they were named ("Didier X,
    54 ans,", "PC Daniel X, 32,", "83-year-old Ada X"), fits an age epithet ("le
    quinquagénaire", "the 32-year-old"); None when the epithet has no age or nobody fits."""
    ages = _age_span(epithet)
    if ages is None:
        return None
    low, high = ages
    for cand in antecedents.before(pos, {"person"}):
        if cand.start < 0:
            continue
        given = _AGE_NEXT.match(text, cand.end) or _AGE_PREV.search(
            text, max(0, cand.start - 16), cand.start
        )
        if given is not None and low <= int(given.group("age")) <= high:
            return cand
    return None


def _age_span(epithet: str) -> tuple[int, int] | None:
    """The ages an epithet names: "32-year-old" → (32, 32), "quinquagénaire" → (50, 59)."""
    for word in epithet.lower().split():
        exact = re.fullmatch(r"(\d{1,3})-year-old", word)
        if exact:
            return int(exact.group(1)), int(exact.group(1))
        decade = _DECADES.get(word.rstrip("s"))
        if decade is not None:
            return decade, decade + 9
    return None


# the age given right after a name or right before it
_AGE_NEXT = re.compile(
    r"[ \u00a0]*,[ \u00a0]*(?:(?:âgée?|aged)[ \u00a0]+(?:de[ \u00a0]+)?)?(?P<age>\d{1,3})"
    r"(?:[ \u00a0]+ans)?(?![\d\w])"
)
_AGE_PREV = re.compile(r"(?P<age>\d{1,3})-year-old[ \u00a0]+$")
_DECADES = {
    "vingtenaire": 20,
    "trentenaire": 30,
    "quadragénaire": 40,
    "quinquagénaire": 50,
    "sexagénaire": 60,
    "septuagénaire": 70,
    "octogénaire": 80,
    "nonagénaire": 90,
}


def _speaker_of(text: str, cand: Candidate) -> dict[str, object]:
    """A quote's speaker as the candidate that names it, with the mention in the text."""
    return {
        "name": cand.name,
        "mention": text[cand.start : cand.end],
        "start": cand.start,
        "end": cand.end,
        "type": cand.kind,
    }


def _answers(text: str, q: Quote, previous: Quote) -> bool:
    """Whether ``q`` answers the question ``previous`` asked: an answering cue after a
    quotation that ends with a question mark."""
    if q.cue is None or not previous.spans:
        return False
    asked = text[previous.spans[-1][0] : previous.spans[-1][1]].rstrip(" \u00a0\u202f")
    return asked.endswith("?") and _ANSWER_CUE.search(text[q.cue[0] : q.cue[1]]) is not None


_ANSWER_CUE = re.compile(r"\b(?:répon|rétorqu|répliqu|answer|repl(?:y|ied)|respond)", re.I)


def _other_person(antecedents: Antecedents, q: Quote, name: str) -> Candidate | None:
    """The nearest named person before ``q`` other than ``name``, a subject first ("de Racine
    à Beckett" names no one who speaks)."""
    others = [
        c
        for c in antecedents.before(q.spans[0][0], {"person"})
        if c.name != name and c.start >= 0 and c.name[:1].isupper()
    ]
    return next((c for c in others if c.subject), others[0] if others else None)


def _dialogue_line(text: str, q: Quote) -> bool:
    """Whether a quote is a line of dialogue opened by a dash."""
    if not q.spans:
        return False
    start = q.spans[0][0]
    line = text.rfind("\n", 0, start) + 1
    return text[line:start].strip(" \t\u00a0\u202f") in {"—", "–"}


def _before_quote(q: Quote) -> int:
    """Where a speaker's antecedent must end: before the quotation when the mention follows
    it («… Chloé, elle, l'a », sourit l'artisane: not Chloé), else before the mention."""
    assert q.mention is not None
    return min(q.mention.start, q.spans[0][0]) if q.spans else q.mention.start


class _QuotedSpans:
    """Whether an offset lies inside the words of one of the article's quotes."""

    def __init__(self, quotes: list[Quote]) -> None:
        spans = sorted(span for q in quotes for span in q.spans)
        self._starts = [a for a, _ in spans]
        self._ends = list(itertools.accumulate((b for _, b in spans), max))

    def covers(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and self._ends[i] > pos


# endings of demonyms that no country or region shares ("la Chine", "l'Iran", "la Lorraine"
# speak as states): "la Française", "l'Américain", "la Suissesse", "the Australian"
# "l'Autrichienne Greta Hollweger", "le Kényan Daniel Kiprono": a nationality noun first
_DEMONYM_BEFORE = re.compile(
    r"(?:l['’]|la |le )([A-ZÀ-Þ][a-zà-ÿ]+(?:ais|aise|ois|oise|ien|ienne|éen|éenne|ain|aine|an|ane))"
    r"[ \u00a0]+[A-ZÀ-Þ]"
)


def _demonym_of_place(text: str, word: str) -> bool:
    """Whether ``word`` is made from a place the text names, with a demonym's ending:
    "Montrealer" after "Montreal", "Berlinoise" after "Berlin"."""
    for ending in _PLACE_ENDINGS:
        place = word[: -len(ending)]
        if (
            word.endswith(ending)
            and len(place) >= 3
            and re.search(rf"\b{re.escape(place)}\b", text)
        ):
            return True
    return False


def _introduced_with(text: str, word: str, before: int, parse: Parse) -> bool:
    """Whether a person was introduced with ``word`` right before the name, earlier in the
    text: "the Jamaican" after "Jamaican sprinter Shanice X" (lists or not; not "the
    Commission" after "Commission of Great Britain": no person's name)."""
    pattern = rf"\b{re.escape(word)}[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){{0,2}}(?=[A-ZÀ-Þ])"
    return any(
        any(label in _PER and s == m.end() for s, _e, label in parse.ents_between(m.end(), before))
        for m in re.finditer(pattern, text[:before])
    )


_PLACE_ENDINGS = (
    *("er", "ers", "ite", "man", "woman", "n"),  # "Montrealer", "Corkman", "Ottawan"
    *("ois", "oise", "ais", "aise", "ian", "an", "ien", "ienne"),
)


_AGED = re.compile(r"\d+-year-old|\w+-year-old")
_STRESSED = re.compile(r"\s*,\s*(lui|elle)\s*,", re.IGNORECASE)
# how far back a subject such as "la luthière" looks for the person it names: beyond, it is
# more likely someone new ("le maire" of another town three paragraphs later)
_EPITHET_REACH = 1000
_DEMONSTRATIVE = {
    "ce": "m",
    "cet": "m",
    "cette": "f",
    "celui": "m",
    "celui-ci": "m",
    "celle": "f",
    "celle-ci": "f",
}
# "ce dernier", "celle-ci": the person named last, whatever its role
_LATEST = frozenset({"dernier", "dernière", "celui", "celui-ci", "celle", "celle-ci"})
_EPITHET_ENTS = {"NORP", "CARDINAL", "DATE"}  # "the 24-year-old Dutch rider"
# "Côté Ferrière, …" (a side), "Storm Hollis", "la tempête Ciarán": not people
_NOT_A_PERSON = re.compile(
    r"(?:Côté|Storm|Hurricane|Typhoon|Cyclone|Tempête|Ouragan|Typhon)\s"
    # a sentence opened by an adjective the tagger takes for a name: "Debout dans le box, …"
    r"|(?:Debout|Assise?|Seule?|Ensemble)\b"
)
_OF_PLACE = re.compile(r"\b(?:de|du|de la|d['’]|de l['’])\s*$", re.IGNORECASE)
_DEFINITE = re.compile(r"(le|la|l['’]|the)\s*", re.IGNORECASE)
_INDEFINITE = re.compile(r"(?:une?|an?)\s", re.IGNORECASE)


def _someone_new(mention: str, name: str, language: str) -> bool:
    """Whether a mention with an indefinite article brings in someone not named before
    ("un opérateur", "une sénatrice"); "un porte-parole" still speaks for a body named."""
    if _INDEFINITE.match(mention) is None or not name[:1].islower():
        return False
    spokes = resources.words("spokes", language)
    return not any(w.strip(",.") in spokes for w in mention.lower().split())


# a demonstrative before a person noun, as the definite article it stands for
_SHOWN = re.compile(r"(?:(?P<m>ce|cet|this|that)|(?P<f>cette))\s+", re.IGNORECASE)


def _epithet_article(
    text: str, start: int, end: int, name: str, language: str, parse: Parse
) -> str | None:
    """The definite article of a mention that designates a person by a common noun
    ("le technicien", "la joueuse", "the 24-year-old Dutch rider"), else None.

    Names, organisations and places inside the mention rule it out; so does a noun that
    is not in the person or role lists (data/*/people.txt, roles.txt)."""
    m = _DEFINITE.match(text, start, end)
    shown = _SHOWN.match(text, start, end) if m is None and name[:1].islower() else None
    if shown is not None:
        # "raconte cet ancien instituteur", "this former teacher": the article it stands for
        m = shown
    if m is None or not name:
        return None
    if shown is None:
        article = m.group(1).lower()
    else:
        article = "la" if shown.group("f") else "the" if language == "en" else "le"
    if _qualified_role(name, language):
        return article  # "the Kingsport City captain"
    nouns = resources.person_nouns(language)
    acronym = name.isupper() and name.lower() in nouns
    first, _, rest = name.partition(" ")
    # "the Senegalese diplomat", "the Milan-born entrepreneur": a described noun
    described = bool(rest) and rest.islower() and (is_demonym(first) or first.endswith("-born"))
    if name[:1].isupper() and not acronym and not described:  # (not "the GP" in capitals)
        # "la Française", "the Australian": a demonym alone, not a name or an organisation
        # ("the Montrealer" after "a former Montreal city councillor")
        derived = " " not in name and (
            _demonym_of_place(text, name) or _introduced_with(text, name, start, parse)
        )
        # (a listed one may have two words: "the New Zealander")
        listed = name.lower() in listed_demonyms()
        demonym = derived or listed or (" " not in name and is_demonym(name))
        # (not the apposition after it: "Le Tunisien de 22 ans, 31e au classement ATP")
        comma = text.find(",", start, end)
        ents = parse.ents_between(start, end if comma < 0 else comma)
        # the French model calls "Française" a LOC, the English one "the Scot" a PERSON
        # and "the Ottawan" (after "Ottawa") or "the Queenslander" an ORG
        # (an age the tagger calls a date: "the 31-year-old Kenyan")
        if not demonym or any(
            label not in {"NORP", "MISC", "LOC", "GPE", "DATE", "CARDINAL"}
            and not ((label in _PER or derived or listed) and text[s:e] == name)
            for s, e, label in ents
        ):
            return None
        return article
    start, end = _head_segment(text, start, end, parse, language)
    if any(
        label not in _EPITHET_ENTS
        and text[s].isupper()  # "luthière" tagged LOC
        # "l'ancien élu de l'Orne": where the person comes from, not a name
        and not (label == "LOC" and _OF_PLACE.search(text, max(start, s - 6), s))
        # "the Milan-born entrepreneur": where the person was born
        and text[e : e + 5] != "-born"
        # "the GP" tagged ORG
        and not (text[s:e].isupper() and text[s:e].lower() in nouns)
        for s, e, label in parse.ents_between(start, end)
    ):
        return None
    generic = _generic_nouns(language)
    words = [_ELIDED.sub("", w) for w in name.lower().split()]
    aged = any(_AGED.fullmatch(w) for w in words)  # "the 83-year-old", "le sexagénaire"
    if any(w in _COMPLEMENT and nxt in generic for w, nxt in itertools.pairwise(words)):
        return None  # "la présidente de l'association": a role in a body, not an epithet
    if len(words) > 5 or not (
        aged
        or any(w in nouns for w in words)
        or _person_like(words[0], language)
        # "the Senegalese diplomat", "the former investment banker": an English head noun
        # with an agent's ending, described (a bare "the banker" may be someone new)
        or (len(words) >= 2 and _agent_noun(words[-1], language))
    ):
        return None
    return article


# endings of French nouns for people that the lists may lack: "la scénariste",
# "l'infectiologue", "le glaciologue", "la céramiste"; not "-ment" ("le gouvernement")
_PERSON_ENDING = re.compile(r"(?:iste|logue|graphe|ière|ier|ienne|ien|rice|euse)$")


def _person_like(word: str, language: str) -> bool:
    """A French noun with the ending of a person's (data lists hold the known ones)."""
    if language != "fr" or not word.isalpha() or len(word) < 5:
        return False
    generic = _generic_nouns(language) | resources.words("documents", language)
    return word not in generic and _PERSON_ENDING.search(word) is not None


def _agent_noun(word: str, language: str) -> bool:
    """An English noun with the ending of a person's ("banker", "diplomat", "lobbyist"),
    not a body's, a document's or a thing's the lists know."""
    if language != "en" or not word.isalpha() or len(word) < 5:
        return False
    excluded = _generic_nouns(language) | resources.words("documents", language)
    return word not in excluded and word not in _THINGS and _AGENT_ENDING.search(word) is not None


_AGENT_ENDING = re.compile(r"(?:er|or|ist|ian|at|eur)$")
# things with an agent's ending that can "say" something
_THINGS = frozenset(
    {
        "paper",
        "letter",
        "newspaper",
        "center",
        "centre",
        "chamber",
        "order",
        "charter",
        "register",
        "poster",
        "banner",
        "monitor",
        "tracker",
        "counter",
        "filing",
        "format",
    }
)


def _in_marks(text: str, start: int, end: int) -> bool:
    """Whether a name is all that stands in quotation marks, but for an article: a title
    or a nickname (“The Salt Orchard”, « le Renard »)."""
    left = text[max(0, start - 12) : start]
    opener = max(left.rfind(c) for c in OPENERS)
    if opener < 0 or any(c in CLOSERS and c not in OPENERS for c in left[opener + 1 :]):
        return False
    if len(left[opener + 1 :].split()) > 1:
        return False
    right = text[end : end + 4].lstrip(" \u00a0\u202f,.")
    return right[:1] in CLOSERS


def _qualified_role(name: str, language: str) -> bool:
    """A role noun after the name of its club, town or firm: "Millbrook manager",
    "Kingsport City captain" (English only: French puts the name after the noun)."""
    words = name.split()
    return (
        language == "en"
        and len(words) >= 2
        and words[-1] in resources.words("roles", language)
        and all(w[:1].isupper() for w in words[:-1])
    )


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
    gender = gender_of(words_around(text, start, end, language), language)
    if not gender and kind == "person":
        gender = given_name_gender(name, language)
    if not gender and kind == "organization" and language == "fr":
        # "Le Parti du centre … a-t-elle déclaré": a masculine article, which tells nothing
        # of a person ("le ministre" may be a woman), does of an organisation
        before = _WORD_BEFORE.search(text, max(0, start - 12), start)
        article = before.group(1).lower() if before else ""
        gender = "m" if article in {"le", "du", "au", "un"} else ""
    return Candidate(
        name=name,
        kind=kind,
        subject=speaker or is_subject(parse, start, end),
        obj=not speaker and is_object(parse, start, end),
        gender=gender,
        sentence=sentence_of(parse, start),
        start=start,
    )


def _anaphor(
    text: str,
    name: str,
    kind: str,
    pos: int,
    roles: list[tuple[int, str, str]],
    antecedents: Antecedents | None,
    language: str,
) -> tuple[str, str]:
    """A bare role or generic noun stands for the named speaker introduced earlier."""
    words = [w.lower() for w in name.split()]
    synonyms = resources.mapping("role_synonyms", language)
    learned = {role for _end, role, _person in roles}
    # "la présidente de la STFR", "the mayor of Castlemoor": a role in a body or place
    # named, for the person introduced with that role there; other capitals make a name,
    # but for a title's own ("le garde des Sceaux", "the Foreign Secretary" after "the
    # Foreign Secretary, Harriet X")
    titled = name.lower() in synonyms or (
        len(words) >= 2 and all(w[:1].isupper() for w in name.split()) and words[-1] in learned
    )
    capitals = [] if titled else [w for w in name.split()[1:] if w[:1].isupper()]
    if not words or (capitals and (len(words) < 3 or words[1] not in _COMPLEMENT)):
        return name, kind
    role_words = resources.person_nouns(language)
    offices = resources.words("roles", language)
    # "le premier magistrat" after "Le maire, Alain Brossard", "l'écrivaine" after "la
    # romancière X": one role under its other names
    whole = synonyms.get(name.lower(), name.lower())
    first = synonyms.get(words[0], words[0])
    if _qualified_role(name, language):
        whole = words[-1]  # "the Millbrook manager" after "their manager, Declan Forsythe"
    # (or a noun this article set beside a name: "la principale, Isabelle X"; in English
    # its head is the last word: "the 22-year-old fly-half" after "fly-half Owen X")
    head = words[-1] if language == "en" else first
    if words[0] in role_words or whole in role_words or whole in learned or head in learned:
        best = None
        for end, role, person in roles:
            if end <= pos and role in (first, whole, head):
                before = text[max(0, end - _ROLE_PLACE_REACH) : end]
                if all(c in before for c in capitals):
                    best = person
            elif role in (first, whole, head) and _APPOSED_NAME.fullmatch(text, pos, end):
                # "Sa présidente, la Néerlandaise Ingrid X, a expliqué": the name set right
                # after the role
                best = person
                break
        if best is None and (words[0] in offices or head in offices) and len(words) <= 3:
            # "A coroner has found …" before "Coroner Janet Ellery will …": an office the
            # article names its holder with a little later
            best = next(
                (
                    person
                    for end, role, person in roles
                    if pos < end <= pos + _CATAPHOR_REACH
                    and role in (first, whole, head)
                    # the office right before its holder's name: "Coroner Janet Ellery",
                    # "chief executive Tariq X", "le président, Patrice X"
                    and re.search(
                        rf"\b{re.escape(role)}[ \u00a0,]*$", text[max(0, end - 40) : end].lower()
                    )
                ),
                None,
            )
        if best is not None:
            return best, "person"
    if capitals:
        return name, kind
    if name.lower() in resources.words("spokes", language):
        # "said a spokesman for the Regional Emergency Service": the body named after it
        body_after = re.compile(
            rf"(?:\w+[ \u00a0]+)?{re.escape(name)}[ \u00a0]+(?:for|of|de|du|des|d['’])[ \u00a0]*"
            rf"(?:the[ \u00a0]+|la[ \u00a0]+|le[ \u00a0]+|l['’])?({_PROPER_NAME})",
            re.IGNORECASE,
        ).match(text, pos)
        if body_after is not None:
            return body_after.group(1), "organization"
    if name.lower() in resources.words("spokes", language) and antecedents is not None:
        # "a spokesman said", "un porte-parole a indiqué": for the organisation named before
        body = antecedents.nearest_subject(pos, {"organization"}) or antecedents.nearest(
            pos, {"organization"}
        )
        if body is not None:
            return body.name, body.kind
    generic = _generic_nouns(language)
    # "le syndicat", "la haute cour", "the French group": a generic noun with its adjectives
    head = words[-1] if language == "en" else next((w for w in words if w in generic), "")
    # "the force" alone for "Greater Marston Police" (not "the Carabineros police force")
    standing_for = resources.mapping("org_synonyms", language)
    if len(words) == 1 and words[0] in standing_for:
        head = words[0]
    if (
        len(words) <= 4
        and not any(w in _COMPLEMENT or w.startswith(("d'", "d’")) for w in words)
        and (head in generic or (len(words) == 1 and head in standing_for))
        # written lower-case (not "Groupe Renault"), or an acronym ("l'ONG")
        and (head in name.split() or head.upper() in name.split())
        and antecedents is not None
    ):
        # "Japan's biggest union federation, the National Council of Trade Unions, said":
        # the body's name in apposition
        comma = text.find(",", pos, pos + _AT_MENTION)
        apposed = _APPOSED_BODY.match(text, comma) if comma > pos else None
        if apposed is not None and text[pos:comma].rstrip().lower().endswith(head):
            return apposed.group(1), "organization"
        # "The charity Refuge Legal Aid, which …, said": the name right after the noun
        pattern = re.compile(rf"\b(?i:{re.escape(head)})\s+({_PROPER_NAME})")
        named = pattern.search(text, pos, pos + _AT_MENTION)
        if (
            named is not None
            and head not in _STANDALONE_BODIES
            and _AT_MENTION_WORDS.fullmatch(text, pos, named.start())
        ):
            return named.group(1), "organization"
        # the organisation introduced with that noun ("the French drinks group Maison X" for
        # "the French group"), else one whose name has the noun ("the association" for the
        # Football Association of X), else the one that last acted or spoke, else the last
        # one named ("the Bristol band": a place the tagger took for an organisation is no
        # subject)
        # "the association" for "the Football Association of X"; "la préfecture" is the
        # one named before ("la préfecture de l'Aube") or none
        markers = (
            {head}
            | (resources.words("club_markers") if head == "club" else set())
            # "the force" for "Greater Marston Police"
            | set(standing_for.get(head, "").split())
        )
        named_with = next(
            (
                c
                for c in antecedents.before(pos, {"organization"})
                if markers & set(c.name.lower().split())
            ),
            None,
        )
        stands_for = standing_for.get(head, "").split()
        if named_with is None and stands_for and head not in _STANDALONE_BODIES:
            # "la jeune pousse" after "La start-up lyonnaise Hélixa" the tagger did not
            # tag: the last body the text introduced with a noun it stands for
            alternatives = "|".join(re.escape(m) for m in stands_for)
            introducing = re.compile(
                rf"\b(?i:{alternatives})(?:[ \u00a0]+{_CONTENT_WORD}){{0,2}}[ \u00a0]+"
                rf"({_PROPER_NAME})"
            )
            hits = [*introducing.finditer(text, max(0, pos - _COMPLEMENT_REACH), pos)]
            if hits:
                return hits[-1].group(1), "organization"
        levels = resources.words("public_levels", language)
        if named_with is None and any(w in levels for w in words):
            # "la direction académique", "the regional council": a public body by its level,
            # not the school or firm named before
            return name, "organization"
        found = (
            named_with
            or next(
                (
                    c
                    for c in antecedents.before(pos, {"organization"})
                    # (or one of the words it stands for: "la jeune pousse" for "la start-up
                    # lyonnaise X")
                    if c.start >= 0
                    and markers & set(text[max(0, c.start - 40) : c.end].lower().split())
                ),
                None,
            )
            or antecedents.nearest_subject(pos, {"organization"})
            or antecedents.nearest(pos, {"organization"})
        )
        # "the company" is the company named before; "police" is a police force named before
        # ("Westmoor Police"), not the town the tagger took for an organisation
        if (
            found is not None
            and found.name != name
            and (head not in _STANDALONE_BODIES or head in found.name.lower())
        ):
            return found.name, found.kind
        # "la société Valtrans", "l'ONG Alarme Désert" written before, the name untagged
        introduced = None
        if head not in _STANDALONE_BODIES:
            # (or right at the mention, which the parse cut short: "L'ONG [Alarme Désert]")
            for m in pattern.finditer(text, max(0, pos - _COMPLEMENT_REACH), pos + 40):
                if m.start() > pos + 6:
                    break
                introduced = m
        if introduced is None and head not in _STANDALONE_BODIES:
            # "l'association de consommateurs Consoveille", "le club basque X": a complement
            # or an adjective between the noun and the name; a club by its own marker ("l'US
            # Pontivy-Blavet") for "le club"
            loose = re.compile(
                rf"\b(?i:{re.escape(head)})(?:[ \u00a0]+(?:de[ \u00a0]+|d['’])?{_CONTENT_WORD})"
                rf"{{1,2}}[ \u00a0]+({_PROPER_NAME})"
            )
            before = text[max(0, pos - _COMPLEMENT_REACH) : pos]
            last = [*loose.finditer(before)]
            if head == "club" and not last:
                last = [*_CLUB_NAME.finditer(before)]
            if last:
                return last[-1].group(1), "organization"
        if introduced is not None:
            return introduced.group(1), "organization"
        # "Brennan Axle will close its plant …, the company announced": the English model
        # tagged the company's name as a person's; a name of two words or more with no given
        # name the lists know, just before
        by_role = {person for _end, _role, person in roles}  # "chief executive X"
        mistagged = next(
            (
                c
                for c in antecedents.before(pos, {"person"})
                if c.start >= 0
                and pos - c.end <= _MISTAGGED_REACH
                and len(c.name.split()) >= 2
                and all(w[:1].isupper() for w in c.name.split())
                and not given_name_gender(c.name, language)
                and not c.gender
                and c.name not in by_role
            ),
            None,
        )
        if mistagged is not None and head not in _STANDALONE_BODIES:
            return mistagged.name, "organization"
    return name, kind


_MISTAGGED_REACH = 300
# a role, its comma, then a few words before the name ("Sa présidente, la Néerlandaise ")
_APPOSED_NAME = re.compile(r"[^\W\d_][^.;:!?«»“”\"\n,]{0,60},[ \u00a0]*(?:[^\s,]+[ \u00a0]+){0,3}")
# a lower-case word that is no link ("consommateurs", "basque"; not "de", "in", "the")
_CONTENT_WORD = (
    r"(?!(?:de|du|des|la|le|les|à|au|aux|en|dans|sur|pour|par|in|at|on|of|for|from|to|the)"
    r"(?![\w'’-]))[a-zà-ÿ][\w'’-]*"
)
# a club named by its marker: "l'US Pontivy-Blavet", "le Stade olympique X"
_CLUB_NAME = re.compile(
    r"\b((?:US|AS|FC|SC|RC|AC|Stade|Olympique|Racing|Sporting)[ \u00a0]+[A-ZÀ-Þa-z][\w'’-]*"
    r"(?:(?:[ \u00a0-](?:d[eu][ \u00a0]|des[ \u00a0]|d['’])?)[A-ZÀ-Þ][\w'’-]*)*)"
)
_CATAPHOR_REACH = 600
_AT_MENTION = 60
_AT_MENTION_WORDS = re.compile(r"(?:[^\W\d][\w'’-]*[ \u00a0]+){0,3}")


def _from_place(text: str, start: int, s: int, language: str) -> bool:
    """Whether the name at ``s`` says where a person noun before it comes from: "a resident
    of Foundry Lane", "une habitante de Kervenec"."""
    m = _NOUN_OF.search(text, max(start, s - 40), s)
    if m is None:
        return False
    if m.group(2) in {"in", "from"} and m.group(1).lower() in resources.words("people", language):
        return True  # "an apple grower in Kent", "a farmer from Cumbria"
    return _RESIDENT.fullmatch(m.group(1)) is not None  # not "la sœur de X"


_RESIDENT = re.compile(
    # "une militante venue de Thiers": came from
    r"(?:resident|inhabitant|villager|native|habitant|riverain|originaire|venu|arrivé)e?s?",
    re.IGNORECASE,
)
_NOUN_OF = re.compile(r"([^\W\d_]+)[ \u00a0]+(of|from|in|de|du|d['’])[ \u00a0]*$")
# a noun for a place named after a person: "l'école Jules-Ferry", "rue Victor-Hugo"
_NAMED_PLACE = re.compile(
    r"\b(?:école|collège|lycée|rue|avenue|boulevard|place|quai|cité|hôpital|gare|stade|"
    r"parc|résidence|school|street|hospital|station|stadium|park)[ \u00a0]+$",
    re.IGNORECASE,
)


_ROLE_PLACE_REACH = 120  # how far before a name its role's body or place is written

# a proper name: capitalised words, with lower-case particles inside ("Alarme Désert",
# "Énergies du Rhône")
_PROPER_NAME = r"[A-ZÀ-Þ][\w'’-]*(?:\s+(?:(?:de|du|des|la|le|et|of|the|and)\s+)?[A-ZÀ-Þ][\w'’-]*)*"
# a body's own name in apposition: ", the National Council of Trade Unions,"
_APPOSED_BODY = re.compile(
    rf",[ \u00a0]*(?:the|le|la|les|l['’])[ \u00a0]*({_PROPER_NAME})[ \u00a0]*(?:,|\([A-Z]+\),)"
)


def _role_map(text: str, parse: Parse, language: str) -> list[tuple[int, str, str]]:
    """(offset, role word, person) for "la ministre de la Culture, Inès Carpentier",
    "Nadia Benali, ministre du Travail" and "Sa fille, Christelle Ekambi"."""
    role_words = resources.person_nouns(language)
    synonyms = resources.mapping("role_synonyms", language)
    out: list[tuple[int, str, str]] = []
    previous = 0  # the words before another person's name are that person's
    for s, e, label in parse.ents:
        # (a name the English model tags as a place: "The mayor of Castlemoor, [Helen Drury]")
        if label not in _PER and not _looks_given_named(text[s:e], language):
            continue
        person = _clean(strip_titles(text[s:e], language), language)
        # (but "The mayor of Eastbrook, Joan Miller": an apposition continues the phrase)
        chained = not text[previous:s].strip(" ,\u00a0")
        left = text[max(0 if chained else previous, s - 80) : s]
        comma = left.rfind(",")
        if comma >= 0 and any(
            t.pos in {"VERB", "AUX"} for t in parse.between(s - len(left) + comma, s)
        ):
            # "X, a spokesman for the Port Workers' Alliance, said members at the [Carrick]
            # yard": a verb between the role and this name; the role is someone else's
            left = left[comma + 1 :]
        previous = e
        named = _person_name(text[s:e], language)
        if 2 <= len(named.split()) < len(_NAME_WORD.findall(text[s:e])) and text[s:e].endswith(
            named
        ):  # "Coroner Evelyn Sim": the role is inside the entity (not "Dean Carter")
            person = named
            left += " " + text[s : e - len(named)]
        # (an acronym in brackets does not end the phrase: "la présidente de la Société des
        # transports (STFR), Catherine X")
        left = _ACRONYM_IN_BRACKETS.sub(" ", left)
        # (nor a title before the name: "the vice-chancellor, Prof. Helen Stroud")
        title = _TITLE_BEFORE.search(left)
        if title is not None and title.group(1).lower().rstrip(".") in title_words(language):
            left = left[: title.start()]
        cut = max(left.rfind(c) for c in '.;:!?«»“”"(')
        left = left[cut + 1 :]
        # "La principale, Isabelle Moreau-Tissier": a noun the article itself sets beside a
        # name is that person's role in this article, listed or not
        own = _OWN_ROLE.search(left)
        if (
            own is not None
            and own.group(1).lower() not in _generic_nouns(language)
            # (not a complement: "Le conseil de l'accusé, Me Karim Bensalem")
            and _LINK_BEFORE.search(left, 0, own.start() + 1) is None
        ):
            out.append((s, own.group(1).lower(), person))
        elif (noun := _noun_before_name(text, s, parse, language)) is not None:
            out.append((s, noun, person))  # "l'ailier ivoirien Yann X", "fly-half Owen X"
        right = text[e : e + 60]
        # (an owner's "'s" inside: "Warren X, the president's nominee")
        m = re.match(r"\s*,\s*((?:[^\W\d_]+(?:['’]s?)?\s*){1,3})", right)
        # (elided articles off: "l'imam de la mosquée, Mourad Tayebi")
        words = [_ELIDED.sub("", w.lower().strip("'’")) for w in _NAME_WORD.findall(left)]
        if m:
            words += [w.lower().strip("'’") for w in m.group(1).split()]
            # "Dr Fiona X, an entomologist at …": a noun for a person the lists do not
            # know, which "the entomologist" takes up later
            apposed = [w.lower() for w in m.group(1).split()]
            if (
                len(apposed) >= 2
                and apposed[0] in {"a", "an"}
                and apposed[1] not in role_words
                and _agent_noun(apposed[1], language)
            ):
                out.append((s, apposed[1], person))
        for k, w in enumerate(words):
            before = _ELIDED.sub("", words[k - 1]) if k else ""
            if before in _FORMER:
                # "l'ancien maire, Francis Delmotte" is not "le maire" later, but is
                # "l'ancien maire"
                out.append((s, f"{before} {w}", person))
                continue
            if before in {"de", "du", "des", "of"}:
                continue  # "l'agent de l'autrice, Margaux Féline": the other one's role
            if f"{before} {w}" in role_words:
                out.append((s, f"{before} {w}", person))  # "le Premier ministre, X"
            if w in role_words:
                out.append((s, synonyms.get(w, w), person))
    return out


def _noun_before_name(text: str, start: int, parse: Parse, language: str) -> str | None:
    """The lower-case noun for a person right before a name, past the adjectives between
    ("l'ailier ivoirien [Yann X]", "fly-half [Owen X]"), unless it is a complement ("de
    l'accusé"), with "former" kept ("former firefighter"); else None."""
    i = parse.index_at(start)
    if i is None:
        return None
    k = i - 1
    # French adjectives come after the noun ("l'ailier ivoirien"), English ones before it
    while language == "fr" and k >= 0 and parse.tokens[k].pos == "ADJ" and k > i - 3:
        k -= 1
    if k < 0 or parse.tokens[k].pos != "NOUN" or not parse.tokens[k].text.islower():
        return None
    noun = parse.tokens[k].text.lower()
    before = parse.tokens[k - 1].text.lower() if k else ""
    if noun in _generic_nouns(language) or before in {"de", "du", "of"}:
        return None
    # a noun for a person, listed or with a person's ending (not "la piscine Georges-Hébert")
    person = (
        noun in resources.person_nouns(language)
        or _person_like(noun, language)
        or _agent_noun(noun, language)
    )
    if not person:
        return None
    # "Former firefighter Luis Ortega" is "the former firefighter" later, not "the firefighter"
    return f"{before} {noun}" if before in _FORMER else noun


_FORMER = {"ancien", "ancienne", "ex", "former", "late"}
_TITLE_BEFORE = re.compile(r"[ \u00a0]([A-Za-zé]{1,5}\.?)[ \u00a0]*$")
_LINK_BEFORE = re.compile(r"\b(?i:de|du|des|of|for|à|au|aux|to|by|par)[ \u00a0]*$")
# a determiner, one lower-case noun and a comma right before a name
_OWN_ROLE = re.compile(
    r"(?:^|[\s,])(?i:le|la|l['’]|the|son|sa|leur|his|her|its|their)[ \u00a0]*"
    r"([a-zà-ÿ][a-zà-ÿ-]{2,})[ \u00a0]*,[ \u00a0]*$"
)
_ACRONYM_IN_BRACKETS = re.compile(r"\([A-ZÀ-Þ][A-ZÀ-Þ0-9&.-]{1,11}\)")


def _looks_given_named(name: str, language: str) -> bool:
    """Two or three capitalised words opening with a known given name ("Helen Drury")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() for w in words)
        and bool(given_name_gender(name, language))
    )


_RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})
_CLEFT = re.compile(r"(?:c['’]est|c['’]était|ce sont|it\s+(?:is|was)|it['’]s)\s", re.IGNORECASE)


def _noun_subjects(text: str, parse: Parse, language: str) -> list[tuple[int, int, str, str]]:
    """Noun subjects as antecedents: plural ones ("Les agriculteurs bloquent …") as groups,
    singular ones headed by a role ("Le chef de l'État a reçu …") as unnamed persons."""
    out: list[tuple[int, int, str, str]] = []
    if not parse.parsed:
        return out
    persons = resources.person_nouns(language)
    generic = _generic_nouns(language)
    # "Une infirmière, qui a requis l'anonymat, a enchaîné …" parsed as a root noun with the
    # verb as its conjunct: a subject all the same
    verb_of = {
        t.head for t in parse.tokens if t.pos == "VERB" and t.dep in {"conj", *_RELATIVE_DEPS}
    }
    for i, t in enumerate(parse.tokens):
        if t.pos != "NOUN":
            continue
        named_org = t.text.lower() in generic and t.dep in _OBJECT_DEPS  # "a condamné la
        # société Armorique Granulats": an organisation named as an object is one all the same
        if not (named_org or t.dep.startswith("nsubj") or (t.dep == "ROOT" and i in verb_of)):
            continue
        # the noun phrase without its relative clause or apposition ("Les députés
        # écologistes, qui réclament …")
        k = parse.index_at(t.left)
        left = t.left if k is None else after_fronted_phrase(parse, k, t.end, t.left)
        comma = text.find(",", t.end, t.right)
        right = t.right if comma < 0 else rstrip_spaces(text, left, comma)
        # "A resident who has protested on the summit road every week since 2019": the noun
        # without its relative clause
        relative = [
            c.left
            for c in parse.between(t.end, right)
            if c.head == i and c.dep in _RELATIVE_DEPS and c.left > t.end
        ]
        if relative:
            if _CLEFT.match(text, left):
                continue  # "C'est la candidate qui a ouvert les hostilités": a focus
            right = rstrip_spaces(text, left, min(relative))
        name = _clean(text[left:right], language)
        if not 0 < len(name.split()) <= 5 or name.split()[0].lower() in _NO_REFERENT:
            continue  # "Aucune athlète du pays ne s'était imposée": nobody to speak later
        if named_org:
            more = _CAPITALISED_RUN.match(text, right)  # the parse cut "Armorique Granulats"
            if more:
                right = more.end()
                name = _clean(text[left:right], language)
            if name[:1].isupper() and name.lower() != t.text.lower():
                out.append((left, right, name, "organization"))
        elif t.text.lower().endswith(("s", "x")):
            out.append((left, right, name, "group"))
        elif t.text.lower() in persons and not any(
            # "Le chef du service, le Dr Olivier Fabre, …": the name is the candidate
            # (not "One resident, a father of four from the Beacon estate,": a place's name)
            (label in _PER or _looks_given_named(text[s:e], language))
            and ((left <= s and e <= t.right) or right < s <= right + 12)
            and not _modifies_noun(parse, e)
            for s, e, label in parse.ents
        ):
            out.append((left, right, name, "person"))
        elif t.text.lower() in generic and name[:1].isupper() and name.lower() != t.text.lower():
            # "Le groupe agroalimentaire Brévant a confirmé …": the company, for "la direction"
            out.append((left, right, name, "organization"))
    # "Une sage-femme du service, qui a requis l'anonymat, ne cache pas …" where a split
    # hyphenated noun broke the parse: a sentence opened by a person noun and a relative
    taken = {start for start, *_ in out}
    for m in _OPENING_PERSON.finditer(text):
        noun = m.group("noun").lower()
        if (
            m.start() not in taken
            and (noun in persons or noun.rstrip("s") in persons)
            and m.group("phrase").islower()  # not "La comédienne Josée Gingras, qui …"
        ):
            name = _clean(text[m.start() : m.end("phrase")], language)
            kind = "group" if noun.endswith(("s", "x")) else "person"
            out.append((m.start(), m.end("phrase"), name, kind))
    return out


def _modifies_noun(parse: Parse, end: int) -> bool:
    """Whether the entity ending at ``end`` is a modifier of the noun after it ("the Beacon
    estate"), not a name standing on its own."""
    last = parse.index_at(end - 1)
    return last is not None and parse.tokens[last].dep == "compound"


_CAPITALISED_RUN = re.compile(r"(?:[ \u00a0]+[A-ZÀ-Þ][\w'’-]*)+")
_OBJECT_DEPS = {"obj", "dobj", "pobj", "obl:arg", "obl"}
_OPENING_PERSON = re.compile(
    r"(?:(?<=[.!?…»”\"] )|(?<=\n)|^)(?:Une?|L[ea]|L['’]|An?|The)[ \u00a0]*"
    r"(?P<phrase>(?P<noun>[^\W\d_]+(?:-[^\W\d_]+)*)(?:[ \u00a0][^\W\d_]+['’]?){0,3})"
    r"[ \u00a0]*,[ \u00a0]*(?:qui|who)\s",
)


def _index(pool: list[tuple[str, str]], language: str) -> dict[str, list[tuple[str, str, int]]]:
    """Distinct candidate names by each of their key tokens (keeps merging linear)."""
    index: dict[str, list[tuple[str, str, int]]] = {}
    for cand, ckind in dict.fromkeys(pool):
        tokens = key_tokens(cand, language)
        for tok in set(tokens):
            index.setdefault(tok, []).append((cand, ckind, len(tokens)))
    return index


def _looks_personal(name: str, language: str) -> bool:
    """Whether a name the tagger called an organisation reads as a person's: a first name
    and a surname, no organisation noun, no role ("Eilidh Ramsay-Kerr", not "Harbour
    Players", "Westline Rail" or "Opener Brooke Callaghan")."""
    words = name.split()
    generic = _generic_nouns(language) | resources.person_nouns(language)
    return (
        len(words) == 2
        and all(w[:1].isupper() and w.lower() not in generic for w in words)
        and not _names_organization(name, 0, len(name), language)
    )


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
        # "Ramsay-Kerr said" after "Eilidh Ramsay-Kerr" tagged as an organisation
        person_like = (
            kind == "person" and ckind == "organization" and _looks_personal(cand, language)
        )
        if kind != "unknown" and ckind != kind and ckind != "unknown" and not person_like:
            continue
        if n > best_len and is_alias(name, cand, language):
            best, best_len = cand, n
            if kind == "unknown":
                kind = ckind
    return best, kind
