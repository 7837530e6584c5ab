"""Source of the annotated development set: writes dev.jsonl and heldout.jsonl.

Each text lists its quotes as (kind, pieces, speaker); the pieces are found left to right
in the text and turned into character spans (see GUIDE.md). Run from the repository root:
    .venv/bin/python eval/extraction/build.py
Texts whose number is a multiple of 3 form the held-out split (never used for tuning).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import gold_doc

D, P, I = "direct", "partial", "indirect"  # noqa: E741

FR: list[tuple[str, list[tuple[str, list[str], str | None]]]] = [
    (  # 1 apposition after the cue; role-only mention of a named person
        "« Nous ne céderons pas », a déclaré mardi le maire de Valmont, Étienne Rochard. "
        "Le maire a ensuite estimé que la commune « ne pouvait pas payer seule » la "
        "rénovation du stade.",
        [
            (D, ["Nous ne céderons pas"], "Étienne Rochard"),
            (P, ["ne pouvait pas payer seule"], "Étienne Rochard"),
        ],
    ),
    (  # 2 "annoncé vouloir", selon + pronoun
        "Le ministère de la Santé a annoncé vouloir fermer trois hôpitaux d'ici 2026. "
        "« Cette décision est irresponsable », a dénoncé la présidente de la région, "
        "Claire Vasseur. Selon elle, 4 000 emplois sont menacés.",
        [
            (I, ["vouloir fermer trois hôpitaux d'ici 2026"], "ministère de la Santé"),
            (D, ["Cette décision est irresponsable"], "Claire Vasseur"),
            (I, ["4 000 emplois sont menacés"], "Claire Vasseur"),
        ],
    ),
    (  # 3 guillemets without inner spaces, -t-elle
        "«Les négociations avancent», a affirmé Mme Nadia Benali, ministre du Travail. "
        "«Nous espérons un accord avant l'été», a-t-elle ajouté.",
        [
            (D, ["Les négociations avancent"], "Nadia Benali"),
            (D, ["Nous espérons un accord avant l'été"], "Nadia Benali"),
        ],
    ),
    (  # 4 quote split by an incise
        "Paul Marchetti, directeur de l'agence spatiale, s'est montré prudent jeudi. "
        "« Le lanceur est prêt, a-t-il assuré, mais il manque encore le financement. »",
        [(D, ["Le lanceur est prêt", "mais il manque encore le financement."], "Paul Marchetti")],
    ),
    (  # 5 quote over two paragraphs, organisation speaker
        "Le syndicat Force ouvrière a réagi dans un communiqué. « Les salariés ont été "
        "trompés. La direction avait promis le maintien de tous les postes.\n\n"
        "« Nous irons jusqu'au bout », a ajouté le syndicat.",
        [
            (
                D,
                [
                    "Les salariés ont été trompés. La direction avait promis le maintien de tous "
                    "les postes.",
                    "Nous irons jusqu'au bout",
                ],
                "Force ouvrière",
            )
        ],
    ),
    (  # 6 dash-introduced dialogue
        "Interrogé sur la hausse des prix, le porte-parole du gouvernement, Julien Perrot, "
        "a répondu :\n— Les tarifs de l'électricité baisseront dès le mois de mars.",
        [(D, ["Les tarifs de l'électricité baisseront dès le mois de mars."], "Julien Perrot")],
    ),
    (  # 7 colon-introduced quote, selon + organisation
        "Le préfet de la Somme, Alain Giraud, a prévenu : « Personne ne doit sortir après "
        "22 heures. » Selon la préfecture, 300 gendarmes seront mobilisés.",
        [
            (D, ["Personne ne doit sortir après 22 heures."], "Alain Giraud"),
            (I, ["300 gendarmes seront mobilisés"], "préfecture"),
        ],
    ),
    (  # 8 trap "selon lesquels"; d'après
        "Le gouvernement a rejeté les rapports selon lesquels l'usine serait fermée. "
        "D'après la direction de l'usine, la production reprendra lundi.",
        [(I, ["la production reprendra lundi"], "direction de l'usine")],
    ),
    (  # 9 nested quotes
        "« Quand il m'a dit “on verra”, j'ai compris que c'était fini », a raconté "
        "l'agricultrice Marie Lenoir.",
        [(D, ["Quand il m'a dit “on verra”, j'ai compris que c'était fini"], "Marie Lenoir")],
    ),
    (  # 10 unbalanced quotation mark
        "« Nous voulons des réponses, a lancé un manifestant.\n\n"
        "Le cortège s'est dispersé vers 18 heures. La police a indiqué que 2 000 personnes "
        "avaient défilé.",
        [
            (D, ["Nous voulons des réponses"], "manifestant"),
            (I, ["2 000 personnes avaient défilé"], "police"),
        ],
    ),
    (  # 11 two partial quotes in one sentence
        "Le Premier ministre a qualifié la grève de « prise d'otages » et promis des "
        "« mesures fermes » contre les bloqueurs.",
        [(P, ["prise d'otages"], "Premier ministre"), (P, ["mesures fermes"], "Premier ministre")],
    ),
    (  # 12 possessive apposition; partial quote after a relative pronoun
        "La Banque centrale européenne a relevé ses taux de 0,25 point jeudi. « L'inflation "
        "reste trop élevée », a justifié sa présidente, Hélène Marquet. La décision a été "
        "critiquée par la Confédération des PME, qui a dénoncé « un coup de massue ».",
        [
            (D, ["L'inflation reste trop élevée"], "Hélène Marquet"),
            (P, ["un coup de massue"], "Confédération des PME"),
        ],
    ),
    (  # 13 "fait part de leur volonté de"; partial inside reported speech
        "Les syndicats de cheminots ont fait part de leur volonté de durcir le mouvement "
        "dès lundi. Le ministre des Transports, Karim Haddad, a estimé que la grève était "
        "« injustifiée ».",
        [
            (I, ["durcir le mouvement dès lundi"], "syndicats de cheminots"),
            (P, ["injustifiée"], "Karim Haddad"),
        ],
    ),
    (  # 14 -t-il after an organisation; d'après
        "Le président du club, Marc-Olivier Dufresne, a annoncé son départ. « J'ai fait mon "
        "temps », a-t-il expliqué devant la presse. Selon le conseil d'administration, un "
        "successeur sera désigné en juin.",
        [
            (D, ["J'ai fait mon temps"], "Marc-Olivier Dufresne"),
            (I, ["un successeur sera désigné en juin"], "conseil d'administration"),
        ],
    ),
    (  # 15 capitals as speakers
        "Washington a averti que toute attaque contre ses bases entraînerait une riposte. "
        "Téhéran a répliqué que ses forces « ne resteraient pas les bras croisés ».",
        [
            (I, ["toute attaque contre ses bases entraînerait une riposte"], "Washington"),
            (P, ["ne resteraient pas les bras croisés"], "Téhéran"),
        ],
    ),
    (  # 16 name particle "de", courtesy title
        "Le député Jean-Luc de La Fontaine a demandé une commission d'enquête. « Les "
        "Français ont le droit de savoir », a martelé M. de La Fontaine. Son collègue "
        "Pierre Amrani a jugé la demande « prématurée ».",
        [
            (D, ["Les Français ont le droit de savoir"], "Jean-Luc de La Fontaine"),
            (P, ["prématurée"], "Pierre Amrani"),
        ],
    ),
    (  # 17 quote of several sentences, speaker after
        "« La situation est grave. Les stocks de vaccins sont épuisés dans quatre "
        "départements. Il faut agir vite », a alerté jeudi le docteur Sophie Garnier, "
        "présidente de l'ordre des médecins.",
        [
            (
                D,
                [
                    "La situation est grave. Les stocks de vaccins sont épuisés dans quatre "
                    "départements. Il faut agir vite"
                ],
                "Sophie Garnier",
            )
        ],
    ),
    (  # 18 speaker after the cue with no comma
        "Les travaux du tunnel reprendront en septembre a indiqué la société Autoroutes du "
        "Nord. Le chantier avait été suspendu après un éboulement qui avait blessé deux "
        "ouvriers.",
        [(I, ["Les travaux du tunnel reprendront en septembre"], "Autoroutes du Nord")],
    ),
    (  # 19 plural inversion -ils; d'après
        "Les agriculteurs bloquent l'autoroute A7 depuis mardi. « Nous ne partirons pas "
        "sans garanties », ont-ils prévenu. D'après la gendarmerie, environ 400 tracteurs "
        "sont mobilisés.",
        [
            (D, ["Nous ne partirons pas sans garanties"], "agriculteurs"),
            (I, ["environ 400 tracteurs sont mobilisés"], "gendarmerie"),
        ],
    ),
    (  # 20 newspaper as source; colon-introduced denial
        "Selon La Gazette du Centre, le maire aurait démissionné vendredi. L'intéressé a "
        "démenti : « Je n'ai jamais envisagé de partir. »",
        [
            (I, ["le maire aurait démissionné vendredi"], "La Gazette du Centre"),
            (D, ["Je n'ai jamais envisagé de partir."], "maire"),
        ],
    ),
    (  # 21 English-style marks in French; pronoun "Elle"
        "La directrice de l'ONG Terre Vive, Amélie Roux, a résumé la situation : “Les "
        "forêts brûlent plus tôt chaque année.” Elle a ajouté que 12 000 hectares avaient "
        "disparu en 2023.",
        [
            (D, ["Les forêts brûlent plus tôt chaque année."], "Amélie Roux"),
            (I, ["12 000 hectares avaient disparu en 2023"], "Amélie Roux"),
        ],
    ),
    (  # 22 role noun standing for the named minister; -t-elle
        "La ministre de la Culture, Inès Carpentier, a inauguré le musée samedi. La "
        "ministre a assuré que l'entrée resterait gratuite pour les moins de 26 ans. "
        "« C'est un lieu pour tous », a-t-elle insisté.",
        [
            (I, ["l'entrée resterait gratuite pour les moins de 26 ans"], "Inès Carpentier"),
            (D, ["C'est un lieu pour tous"], "Inès Carpentier"),
        ],
    ),
    (  # 23 no quote at all; dashes around an aside
        "Le taux de chômage a reculé à 7,1 % au troisième trimestre. Les frappes "
        "-menées par des drones- ont visé trois dépôts de carburant.",
        [],
    ),
    (  # 24 quote running over paragraphs; apposition with an indefinite article
        "« Nous avons perdu nos maisons, nos champs, tout.\n\n« Personne ne nous a aidés », "
        "a témoigné Fatou Diallo, une habitante du village.",
        [
            (
                D,
                ["Nous avons perdu nos maisons, nos champs, tout.", "Personne ne nous a aidés"],
                "Fatou Diallo",
            )
        ],
    ),
    (  # 25 "Pour X, « … »"
        "Pour le sénateur Hugo Lambert, « cette réforme est mort-née ». Le texte sera "
        "examiné en commission le 14 mai.",
        [(D, ["cette réforme est mort-née"], "Hugo Lambert")],
    ),
]

EN: list[tuple[str, list[tuple[str, list[str], str | None]]]] = [
    (  # 1 title before the name; surname alone later
        '"We will not raise taxes," Governor Laura Mitchell said on Tuesday. Mitchell added '
        "that the budget would be balanced by 2026.",
        [
            (D, ["We will not raise taxes"], "Laura Mitchell"),
            (I, ["the budget would be balanced by 2026"], "Laura Mitchell"),
        ],
    ),
    (  # 2 according to; partial quote with the period inside
        "According to the Department of Health, 1,200 new cases were recorded last week. "
        'Officials warned that hospitals were "close to capacity."',
        [
            (I, ["1,200 new cases were recorded last week"], "Department of Health"),
            (P, ["close to capacity."], "officials"),
        ],
    ),
    (  # 3 split quote, pronoun
        "Treasury Secretary Janet Moore spoke in Chicago on Monday. “The economy is "
        "strong,” she said, “but we cannot be complacent.”",
        [(D, ["The economy is strong", "but we cannot be complacent."], "Janet Moore")],
    ),
    (  # 4 quote over two paragraphs (American convention)
        'Dr. Alan Reyes, who leads the study, was cautious.\n\n"The results are '
        'encouraging. But we need a larger trial.\n\n"We are not there yet," Reyes said.',
        [
            (
                D,
                [
                    "The results are encouraging. But we need a larger trial.",
                    "We are not there yet",
                ],
                "Alan Reyes",
            )
        ],
    ),
    (  # 5 nested single quotes, speaker after "said"
        "“He told me, ‘Don’t worry about it,’ and then he left,” said Karen Holt, a former "
        "employee.",
        [(D, ["He told me, ‘Don’t worry about it,’ and then he left"], "Karen Holt")],
    ),
    (  # 6 colon-introduced quote without a speech verb
        'Rovers coach Tom Baxter was blunt after the match: "We played badly and we '
        'deserved to lose." Dunmore Rovers said in a statement that Baxter would stay.',
        [
            (D, ["We played badly and we deserved to lose."], "Tom Baxter"),
            (I, ["Baxter would stay"], "Dunmore Rovers"),
        ],
    ),
    (  # 7 dash-introduced quote
        'Victor Huang, the mayor, gave a short answer — "I will not resign." The council '
        "meets again on Thursday.",
        [(D, ["I will not resign."], "Victor Huang")],
    ),
    (  # 8 reported speech split by an incise
        "Police said two men had been arrested. The suspects, police said, are aged 19 and 23.",
        [
            (I, ["two men had been arrested"], "police"),
            (I, ["The suspects", "are aged 19 and 23"], "police"),
        ],
    ),
    (  # 9 unbalanced quotation mark
        '"We have been waiting for months, said one resident.\n\nThe council said repairs '
        "would start in May.",
        [
            (D, ["We have been waiting for months"], "resident"),
            (I, ["repairs would start in May"], "council"),
        ],
    ),
    (  # 10 two partial quotes
        'Senator Rachel Ortiz called the bill "a disgrace" and vowed to "fight it every '
        'step of the way."',
        [
            (P, ["a disgrace"], "Rachel Ortiz"),
            (P, ["fight it every step of the way."], "Rachel Ortiz"),
        ],
    ),
    (  # 11 told reporters that; pronoun
        'Finance minister Omar Shah told reporters that inflation had peaked. "Prices '
        'will start to fall this summer," he said.',
        [
            (I, ["inflation had peaked"], "Omar Shah"),
            (D, ["Prices will start to fall this summer"], "Omar Shah"),
        ],
    ),
    (  # 12 spokesperson for an organisation; "the company"
        "A spokesperson for Northwind Airlines said the delays were caused by a software "
        'failure. "We apologise to all our passengers," the company said.',
        [
            (I, ["the delays were caused by a software failure"], "Northwind Airlines"),
            (D, ["We apologise to all our passengers"], "Northwind Airlines"),
        ],
    ),
    (  # 13 according to + long organisation name
        "According to a report published on Monday by the World Food Programme, 45 million "
        'people face hunger. "Aid cuts are to blame," WFP director Maria Lund said.',
        [
            (I, ["45 million people face hunger"], "World Food Programme"),
            (D, ["Aid cuts are to blame"], "Maria Lund"),
        ],
    ),
    (  # 14 according to at the end
        "Rumours about the vaccine spread quickly on social media last year. The claims "
        "are false, according to health experts.",
        [(I, ["The claims are false"], "health experts")],
    ),
    (  # 15 two people; pronoun resolution
        'Judge Ellen Park rejected the request. "The evidence is insufficient," she wrote '
        "in her ruling. Defence lawyer Mark Bishop said he would appeal.",
        [
            (D, ["The evidence is insufficient"], "Ellen Park"),
            (I, ["he would appeal"], "Mark Bishop"),
        ],
    ),
    (  # 16 group speakers
        'Protesters chanted "No more cuts" outside parliament on Friday. Organisers said '
        "5,000 people took part.",
        [(P, ["No more cuts"], "protesters"), (I, ["5,000 people took part"], "organisers")],
    ),
    (  # 17 inverted "said X" / "added X"
        '"This is a historic day," said Prime Minister David Keller. "We have kept our '
        'promise," added Keller.',
        [
            (D, ["This is a historic day"], "David Keller"),
            (D, ["We have kept our promise"], "David Keller"),
        ],
    ),
    (  # 18 partial quote and reported speech in one sentence
        'In a statement, the European Commission said it "deeply regrets" the decision. '
        "It warned that it could take legal action.",
        [
            (P, ["deeply regrets"], "European Commission"),
            (I, ["it could take legal action"], "European Commission"),
        ],
    ),
    (  # 19 colon and a quote of two sentences
        'Professor Ian Wells of Leeds University explained: "The ice is melting faster '
        'than models predicted. Sea levels could rise by a metre by 2100."',
        [
            (
                D,
                [
                    "The ice is melting faster than models predicted. Sea levels could rise by "
                    "a metre by 2100."
                ],
                "Ian Wells",
            )
        ],
    ),
    (  # 20 single curly quotes (British style); unattributed follow-up
        "‘We are disappointed,’ a spokesman for Ashford Town said. ‘The decision will be "
        "appealed.’",
        [
            (D, ["We are disappointed"], "Ashford Town"),
            (D, ["The decision will be appealed."], "Ashford Town"),
        ],
    ),
    (  # 21 Mr. with full name, apposition, then surname
        "Mr. Daniel Okafor, the union's general secretary, said members had voted to "
        'strike. "Enough is enough," Okafor said.',
        [
            (I, ["members had voted to strike"], "Daniel Okafor"),
            (D, ["Enough is enough"], "Daniel Okafor"),
        ],
    ),
    (  # 22 no quote at all
        "The company reported a net loss of $3.2 billion in 2023, up from $1.1 billion a "
        "year earlier. Shares fell 12% on Thursday.",
        [],
    ),
]


def build() -> None:
    here = Path(__file__).resolve().parent
    out: dict[str, list[str]] = {"dev": [], "heldout": []}
    for lang, items in (("fr", FR), ("en", EN)):
        for number, item in enumerate(items, start=1):
            split = "heldout" if number % 3 == 0 else "dev"
            doc = gold_doc(item, f"{lang}-{number:02d}", lang, split, "2024-03-20")
            out[split].append(json.dumps(doc, ensure_ascii=False))
    for split, lines in out.items():
        (here / f"{split}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{split}: {len(lines)} texts", file=sys.stderr)


if __name__ == "__main__":
    build()
