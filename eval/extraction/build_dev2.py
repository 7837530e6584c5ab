"""Source of dev2.jsonl: more development texts (split "dev"), for tuning speaker resolution.

Written on 2026-11-30 for the cases listed in issue #3 (pronoun → antecedent for
organisations, titles, name particles, appositions followed by a complement, speaker after
the cue, unnamed office holders). Same rules as GUIDE.md; names and figures invented.
Run from the repository root:
    .venv/bin/python eval/extraction/build_dev2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

Item = GoldItem

D, P, I = "direct", "partial", "indirect"  # noqa: E741

FR: list[Item] = [
    (  # 1 -t-elle for an organisation named after a descriptor
        "L'association Terre Vivante a saisi le tribunal administratif. « Ce projet détruira "
        "trois hectares de zones humides », a-t-elle affirmé.",
        [(D, ["Ce projet détruira trois hectares de zones humides"], "Terre Vivante")],
    ),
    (  # 2 possessive role, apposition followed by a complement
        "La mairie de Brest a annulé le festival. « La sécurité n'était pas garantie », a "
        "expliqué son adjoint à la culture, Yann Le Goff, lors d'une conférence de presse.",
        [(D, ["La sécurité n'était pas garantie"], "Yann Le Goff")],
    ),
    (  # 3 incise with a role and an apposition inside the marks
        "« Les travaux commenceront en mai, a précisé la directrice du chantier, Hélène "
        "Barbier, et dureront deux ans. »",
        [(D, ["Les travaux commenceront en mai", "et dureront deux ans."], "Hélène Barbier")],
    ),
    (  # 4 unnamed office holder, -t-il
        "Le chef de l'État a reçu les syndicats mardi. « Le dialogue n'est pas rompu », "
        "a-t-il assuré.",
        [(D, ["Le dialogue n'est pas rompu"], "chef de l'État")],
    ),
    (  # 5 particle ben, M. + surname
        "Le ministre libyen Omar ben Salem est arrivé à Tunis dimanche. « Nous voulons la "
        "paix », a affirmé M. Salem.",
        [(D, ["Nous voulons la paix"], "Omar ben Salem")],
    ),
    (  # 6 "eux" after a group subject, partial
        "Les médecins, eux, dénoncent une réforme « bâclée ».",
        [(P, ["bâclée"], "médecins")],
    ),
    (  # 7 role alone after an apposition, que + pronoun subject later
        "La procureure de Lyon, Agnès Morel, a requis cinq ans de prison. La procureure a "
        "estimé que les faits étaient « d'une extrême gravité ». Elle a ajouté que "
        "l'enquête continuait.",
        [
            (P, ["d'une extrême gravité"], "Agnès Morel"),
            (I, ["l'enquête continuait"], "Agnès Morel"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 organisation, "It said" without that
        "Harlow Motors recalled 40,000 cars on Monday. It said a faulty sensor could cause "
        "the brakes to fail.",
        [(I, ["a faulty sensor could cause the brakes to fail"], "Harlow Motors")],
    ),
    (  # 2 generic noun for an organisation, said without that
        "The Dunmore School Board met on Thursday. The board said classes would resume next week.",
        [(I, ["classes would resume next week"], "Dunmore School Board")],
    ),
    (  # 3 said + Ms. + full name + role apposition
        '"Prices will fall before Christmas," said Ms. Karen Holt, the head of the '
        "retailers' association.",
        [(D, ["Prices will fall before Christmas"], "Karen Holt")],
    ),
    (  # 4 she + partial inside reported speech
        "Judge Sarah Quinn of the Fenwick County court ruled on Friday. She said the "
        'evidence was "simply not credible".',
        [(P, ["simply not credible"], "Sarah Quinn")],
    ),
    (  # 5 role alone, said without that, after a named apposition
        "The police chief of Marlow, Dean Carter, held a news conference. The chief said "
        "three officers had been suspended.",
        [(I, ["three officers had been suspended"], "Dean Carter")],
    ),
    (  # 6 unnamed group, they said
        "Residents packed the town hall on Tuesday. They said the new road would cut the "
        "village in two.",
        [(I, ["the new road would cut the village in two"], "Residents")],
    ),
    (  # 7 particle bin, Mr. + surname after the quote
        'Sheikh Faisal bin Rashid opened the summit. "The region needs stability," Mr. '
        "Rashid said.",
        [(D, ["The region needs stability"], "Faisal bin Rashid")],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).resolve().parent / "dev2.jsonl",
        "dev",
        "d",
        {"fr": FR, "en": EN},
        "2026-11-20",
    )
