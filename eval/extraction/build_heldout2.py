"""Source of the second held-out set: writes heldout2.jsonl (split "heldout2").

Written on 2026-11-30, before any change to the extraction code of that day, so that the
speaker fixes could be measured on texts nobody had tuned against (heldout.jsonl had been
read while tuning). Same format and rules as GUIDE.md; names, places and figures invented.
Never tune on these texts. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout2.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

Item = GoldItem

FR: list[Item] = [
    (  # 1 apposition after the cue; pronoun + partial inside reported speech
        "« Nous ne fermerons aucune classe cette année », a assuré jeudi la rectrice de "
        "l'académie de Limoges, Sophie Lemarchand. Elle a toutefois reconnu que « les "
        "effectifs baissent partout ».",
        [
            (D, ["Nous ne fermerons aucune classe cette année"], "Sophie Lemarchand"),
            (P, ["les effectifs baissent partout"], "Sophie Lemarchand"),
        ],
    ),
    (  # 2 particle el-, title + surname later
        "Le porte-parole de l'armée soudanaise, Khaled el-Amin, a démenti toute offensive. "
        "« Nos troupes n'ont pas bougé », a déclaré M. Amin devant la presse.",
        [(D, ["Nos troupes n'ont pas bougé"], "Khaled el-Amin")],
    ),
    (  # 3 -t-elle for an organisation; selon + organisation
        "La fédération CGT-Cheminots a appelé à la grève le 12 mai. « Les trains resteront "
        "à quai tant que la direction refusera de négocier », a-t-elle prévenu dans un "
        "communiqué. Selon la SNCF, 40 % des TGV circuleront.",
        [
            (
                D,
                ["Les trains resteront à quai tant que la direction refusera de négocier"],
                "CGT-Cheminots",
            ),
            (I, ["40 % des TGV circuleront"], "SNCF"),
        ],
    ),
    (  # 4 incise with an apposition inside the marks; role alone, indirect
        "« Le budget est tenu, a affirmé le ministre des Finances, Bruno Tessier, mais la "
        "dette reste trop élevée. » Le ministre a ajouté qu'il présenterait un plan "
        "d'économies en juin.",
        [
            (D, ["Le budget est tenu", "mais la dette reste trop élevée."], "Bruno Tessier"),
            (I, ["il présenterait un plan d'économies en juin"], "Bruno Tessier"),
        ],
    ),
    (  # 5 Mme + role apposition, -t-elle, d'après + generic noun for an organisation
        "Mme Awa Diallo, présidente de l'association Les Amis du fleuve, a déposé plainte "
        "lundi. « Cette pollution dure depuis dix ans », a-t-elle expliqué. D'après "
        "l'association, plus de 2 000 poissons sont morts en une semaine.",
        [
            (D, ["Cette pollution dure depuis dix ans"], "Awa Diallo"),
            (I, ["plus de 2 000 poissons sont morts en une semaine"], "Les Amis du fleuve"),
        ],
    ),
    (  # 6 possessive role, apposition followed by a complement
        "Le gouvernement malien a rejeté les accusations de l'ONU. « Ces chiffres sont "
        "faux », a déclaré son porte-parole, Issa Coulibaly, à la télévision nationale.",
        [(D, ["Ces chiffres sont faux"], "Issa Coulibaly")],
    ),
    (  # 7 pronoun subject of reported speech; Maître as a title
        "La juge d'instruction Claire Fontanel a entendu les deux suspects vendredi. Elle a "
        "estimé que leurs déclarations étaient contradictoires. Leur avocat, Maître Paul "
        "Berthier, a annoncé qu'il ferait appel.",
        [
            (I, ["leurs déclarations étaient contradictoires"], "Claire Fontanel"),
            (I, ["il ferait appel"], "Paul Berthier"),
        ],
    ),
    (  # 8 dash dialogue after a sentence with no usual cue verb; unnamed speaker
        "Dans la file d'attente, une retraitée s'impatiente :\n"
        "— On nous promet des médecins depuis des années, et rien ne change.",
        [(D, ["On nous promet des médecins depuis des années, et rien ne change."], "retraitée")],
    ),
    (  # 9 partial quotes, named person then unnamed group
        "Le patron de Renault, Luc Aubertin, a qualifié la nouvelle taxe de « coup dur pour "
        "l'emploi ». Les syndicats, eux, jugent la mesure « nécessaire ».",
        [
            (P, ["coup dur pour l'emploi"], "Luc Aubertin"),
            (P, ["nécessaire"], "syndicats"),
        ],
    ),
    (  # 10 name after the cue, apposition after the name; continuation quote
        "« Rien n'est décidé », a insisté Fatima Zahra Benjelloun, la porte-parole du "
        "ministère. « Nous attendons le rapport des experts. »",
        [
            (D, ["Rien n'est décidé"], "Fatima Zahra Benjelloun"),
            (D, ["Nous attendons le rapport des experts."], "Fatima Zahra Benjelloun"),
        ],
    ),
    (  # 11 unnamed office holder, -t-il back to it
        "Le Premier ministre a promis mercredi une baisse des impôts. « Les classes moyennes "
        "seront les premières servies », a-t-il déclaré à l'Assemblée.",
        [(D, ["Les classes moyennes seront les premières servies"], "Premier ministre")],
    ),
]

EN: list[Item] = [
    (  # 1 said + Mr. full name + apposition; "He added that … partial"
        '"We will not raise fares this year," said Mr. Tobias Wrenfield, the chief '
        'executive of Metrolink. He added that the company "cannot absorb" rising energy '
        "costs forever.",
        [
            (D, ["We will not raise fares this year"], "Tobias Wrenfield"),
            (P, ["cannot absorb"], "Tobias Wrenfield"),
        ],
    ),
    (  # 2 particle al-, Mr. + surname after the quote, "told reporters"
        "Foreign Minister Hamad al-Thani met his Iranian counterpart on Sunday. "
        '"The talks were frank and useful," Mr. Thani told reporters in Doha.',
        [(D, ["The talks were frank and useful"], "Hamad al-Thani")],
    ),
    (  # 3 organisation, generic noun, "it"
        "The Brenton City Council voted to close two libraries on Tuesday. The council said "
        "the buildings were too expensive to heat. It said it would sell one of them next "
        "year.",
        [
            (I, ["the buildings were too expensive to heat"], "Brenton City Council"),
            (I, ["it would sell one of them next year"], "Brenton City Council"),
        ],
    ),
    (  # 4 Dr. + apposition, warned that; she said
        "Dr. Priya Raman, an epidemiologist at Halden University, warned that cases could "
        'double by March. "We are seeing the same pattern as in 2019," she said.',
        [
            (I, ["cases could double by March"], "Priya Raman"),
            (D, ["We are seeing the same pattern as in 2019"], "Priya Raman"),
        ],
    ),
    (  # 5 split quote with Ms. and a place complement
        '"This verdict is a disgrace," Ms. Laura Whitfield said outside the court, "and we '
        'will keep fighting."',
        [(D, ["This verdict is a disgrace", "and we will keep fighting."], "Laura Whitfield")],
    ),
    (  # 6 spokeswoman for an organisation
        'Shares of Norvale Energy fell 12 percent on Friday. "We are confident in our '
        'long-term plan," a spokeswoman for Norvale Energy said.',
        [(D, ["We are confident in our long-term plan"], "Norvale Energy")],
    ),
    (  # 7 according to; said + title + name (inversion)
        "Unemployment rose to 6.1 percent in October, according to the national statistics "
        'office. "These numbers are worrying," said Senator Mark Ellison.',
        [
            (I, ["Unemployment rose to 6.1 percent in October"], "national statistics office"),
            (D, ["These numbers are worrying"], "Mark Ellison"),
        ],
    ),
    (  # 8 role apposition, she, role alone + said without that
        'The mayor of Eastbrook, Joan Miller, defended the new parking rules. "Nobody likes '
        'paying, but the streets were full," she said. The mayor also said the fees would be '
        "reviewed in a year.",
        [
            (D, ["Nobody likes paying, but the streets were full"], "Joan Miller"),
            (I, ["the fees would be reviewed in a year"], "Joan Miller"),
        ],
    ),
    (  # 9 unnamed speaker with a numeral, a cue verb of shouting
        'Farmers blocked the main road into Carlow on Monday. "We cannot sell below cost," '
        "one protester shouted.",
        [(D, ["We cannot sell below cost"], "protester")],
    ),
    (  # 10 group speaker, partial inside reported speech, they
        'Union leaders said the offer was "an insult to every nurse". They said a strike '
        "would begin on May 3 unless talks resume.",
        [
            (P, ["an insult to every nurse"], "Union leaders"),
            (I, ["a strike would begin on May 3 unless talks resume"], "Union leaders"),
        ],
    ),
    (  # 11 particle de, said + Ms. + surname
        "Brazil's environment minister, Ana de Souza, rejected the criticism. "
        '"Deforestation fell by a third last year," said Ms. de Souza.',
        [(D, ["Deforestation fell by a third last year"], "Ana de Souza")],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).resolve().parent / "heldout2.jsonl",
        "heldout2",
        "2",
        {"fr": FR, "en": EN},
        "2026-11-20",
    )
