"""Source of the eighth held-out set: writes heldout8.jsonl (split "heldout8").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh set for
the next measurement. Same format and rules as GUIDE.md; names, places and figures invented.
The texts are meant to read like wire copy and regional press, not like a list of edge cases.
Measured once before and once after the speaker changes of that day (docs/EXTRACTION.md),
read afterwards. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout8.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-25"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f) or none; “ ” once; a dialogue dash once.
FR: list[Item] = [
    (  # 1 obituary, Belgium: quote then "confie sa fille, Name"; "Elle a précisé que"
        "Le monde de l'accordéon wallon est en deuil. Marcel Delvaux, figure des bals populaires "
        "de la région de Huy pendant plus d'un demi-siècle, est mort dimanche à l'âge de 87 "
        "ans.\n\n"
        "Né à Wanze en 1939, fils d'un ouvrier de la sucrerie, il avait appris l'instrument à "
        "huit ans sur un diatonique prêté par un voisin. Il avait enregistré une trentaine de "
        "disques et animé plusieurs milliers de bals, de la Hesbaye jusqu'au Condroz.\n\n"
        "«\u00a0Papa jouait encore tous les matins, même quand ses doigts ne suivaient plus. La "
        "musique, c'était sa façon de respirer\u00a0», confie sa fille, Annick Delvaux-Moreau, "
        "qui dirige aujourd'hui une école de musique à Amay.\n\n"
        "Elle a précisé que la famille souhaitait une cérémonie simple, sans discours officiels, "
        "mais avec des musiciens. Les funérailles seront célébrées samedi en l'église "
        "Saint-Martin de Wanze.",
        [
            (
                D,
                [
                    "Papa jouait encore tous les matins, même quand ses doigts ne suivaient plus. "
                    "La musique, c'était sa façon de respirer"
                ],
                "Annick Delvaux-Moreau",
            ),
            (
                I,
                [
                    "la famille souhaitait une cérémonie simple, sans discours officiels, mais "
                    "avec des musiciens"
                ],
                "Annick Delvaux-Moreau",
            ),
        ],
    ),
    (  # 2 job cuts, Swiss Jura: role + name after the cue; union via "selon"
        "Le fabricant de composants horlogers Précitech, installé à Porrentruy, va supprimer 85 "
        "postes d'ici à l'été, soit près d'un quart de ses effectifs. L'entreprise invoque "
        "l'effondrement des exportations vers la Chine et les nouveaux droits de douane "
        "américains.\n\n"
        "«\u202fNous avons tenu aussi longtemps que possible, mais nos carnets de commandes sont "
        "vides jusqu'en mars\u202f», a expliqué mercredi son directeur général, Laurent "
        "Juillerat, devant la presse.\n\n"
        "Le syndicat Unia a dénoncé la décision et réclame l'ouverture immédiate d'une "
        "procédure de consultation. Selon la centrale syndicale, une partie des suppressions "
        "pourrait être évitée par le recours au chômage partiel, déjà utilisé par plusieurs "
        "entreprises de la région.\n\n"
        "Le ministre jurassien de l'Économie, Jacques Froidevaux, rencontrera la direction "
        "vendredi. Le canton a perdu plus de 600 emplois dans l'horlogerie depuis "
        "le début de l'année.",
        [
            (
                D,
                [
                    "Nous avons tenu aussi longtemps que possible, mais nos carnets de commandes "
                    "sont vides jusqu'en mars"
                ],
                "Laurent Juillerat",
            ),
            (
                I,
                [
                    "une partie des suppressions pourrait être évitée par le recours au chômage "
                    "partiel, déjà utilisé par plusieurs entreprises de la région"
                ],
                "Unia",
            ),
        ],
    ),
    (  # 3 court, French Guiana: "qualifié d'«…»" then -t-il; defence lawyer indirect
        "Le tribunal correctionnel de Cayenne a condamné jeudi deux hommes à trois ans de prison "
        "ferme pour orpaillage illégal sur le haut Maroni. Interpellés en mai par les gendarmes "
        "près de Maripasoula, Edson Ribeiro, 41 ans, et Wellington Sousa, 29 ans, transportaient "
        "1,2 kilo d'or et une quarantaine de litres de mercure.\n\n"
        "Le procureur de la République, Thierry Aubanel, avait requis une peine exemplaire "
        "contre ce qu'il a qualifié d'«économie de la destruction». «La forêt met des décennies "
        "à se remettre d'un seul chantier. Les criques sont empoisonnées pour des générations», "
        "a-t-il insisté.\n\n"
        "L'avocate de la défense, Me Sandrine Pierre-Louis, a plaidé que ses clients n'étaient "
        "que des exécutants au service de réseaux installés au Suriname, jamais inquiétés par la "
        "justice.\n\n"
        "Les deux hommes seront reconduits au Brésil à l'issue de leur peine.",
        [
            (P, ["économie de la destruction"], "Thierry Aubanel"),
            (
                D,
                [
                    "La forêt met des décennies à se remettre d'un seul chantier. Les criques sont "
                    "empoisonnées pour des générations"
                ],
                "Thierry Aubanel",
            ),
            (
                I,
                [
                    "ses clients n'étaient que des exécutants au service de réseaux installés au "
                    "Suriname, jamais inquiétés par la justice"
                ],
                "Sandrine Pierre-Louis",
            ),
        ],
    ),
    (  # 4 Quebec municipal council: colon-introduced quote; councillor indirect then -t-il
        "Le conseil municipal de Saint-Félicien-des-Monts a adopté lundi soir un règlement "
        "interdisant les nouvelles résidences de tourisme dans le noyau villageois, une première "
        "dans la MRC.\n\n"
        "La mairesse, Josée Tremblay-Gagnon, a défendu la mesure sans détour : « Nos jeunes "
        "familles n'arrivent plus à se loger. On ne peut pas laisser le village se transformer "
        "en hôtel. »\n\n"
        "Le conseiller Martin Bouchard, seul à voter contre, a fait valoir que les propriétaires "
        "de chalets perdraient un revenu d'appoint essentiel. « On règle un problème en en "
        "créant un autre », a-t-il lancé sous les applaudissements d'une partie de la salle.\n\n"
        "Quelque 74 logements du village sont actuellement offerts en location à court terme. "
        "Les résidences déjà enregistrées conserveront leur permis.",
        [
            (
                D,
                [
                    "Nos jeunes familles n'arrivent plus à se loger. On ne peut pas laisser le "
                    "village se transformer en hôtel."
                ],
                "Josée Tremblay-Gagnon",
            ),
            (
                I,
                ["les propriétaires de chalets perdraient un revenu d'appoint essentiel"],
                "Martin Bouchard",
            ),
            (D, ["On règle un problème en en créant un autre"], "Martin Bouchard"),
        ],
    ),
    (  # 5 rugby Pro D2: three players; "le buteur", "le troisième-ligne"; partial after estimant
        "Aurillac a arraché vendredi soir sa première victoire à l'extérieur de la saison en "
        "s'imposant à Oyonnax (19-22), grâce à une pénalité de son ouvreur Mathieu Lacombe à la "
        "79e minute.\n\n"
        "« Je ne tremblais pas. Enfin, juste un peu des jambes », a plaisanté le buteur de 22 "
        "ans, auteur de 17 points.\n\n"
        "Le capitaine Florian Vidal, lui, retenait surtout la réaction du groupe après une "
        "première période ratée. « À la pause, personne n'a crié. On s'est regardés et on s'est "
        "dit qu'on valait mieux que ça », a raconté le troisième-ligne.\n\n"
        "L'entraîneur des avants, Jean-Baptiste Oulié, s'est montré plus mesuré, estimant que "
        "son équipe avait « encore beaucoup trop de déchet » en touche. Aurillac reçoit Provence "
        "Rugby la semaine prochaine.",
        [
            (D, ["Je ne tremblais pas. Enfin, juste un peu des jambes"], "Mathieu Lacombe"),
            (
                D,
                [
                    "À la pause, personne n'a crié. On s'est regardés et on s'est dit qu'on valait "
                    "mieux que ça"
                ],
                "Florian Vidal",
            ),
            (P, ["encore beaucoup trop de déchet"], "Jean-Baptiste Oulié"),
        ],
    ),
    (  # 6 science, New Caledonia: "raconte l'herpétologue Name"; "D'après l'IRD"
        "Des chercheurs de l'Institut de recherche pour le développement (IRD) ont décrit une "
        "nouvelle espèce de gecko géant dans le massif du Koniambo, au nord de la Grande Terre. "
        "Long de 28 centimètres, l'animal n'avait jamais été observé, malgré des décennies "
        "d'inventaires.\n\n"
        "«\u00a0Nous l'avons d'abord pris pour un individu d'une espèce connue. C'est l'analyse "
        "génétique qui nous a mis la puce à l'oreille\u00a0», raconte l'herpétologue Claire "
        "Wamytan, qui a dirigé l'étude, publiée cette semaine dans une revue de zoologie.\n\n"
        "D'après l'IRD, l'espèce, qui ne vit que sur quelques kilomètres carrés en bordure d'une "
        "zone minière, pourrait être classée en danger critique d'extinction dès l'an prochain. "
        "Le gecko, nocturne, se nourrit de fruits et d'insectes.",
        [
            (
                D,
                [
                    "Nous l'avons d'abord pris pour un individu d'une espèce connue. C'est "
                    "l'analyse génétique qui nous a mis la puce à l'oreille"
                ],
                "Claire Wamytan",
            ),
            (
                I,
                [
                    "l'espèce, qui ne vit que sur quelques kilomètres carrés en bordure d'une "
                    "zone minière, pourrait être classée en danger critique d'extinction dès l'an "
                    "prochain"
                ],
                "Institut de recherche pour le développement",
            ),
        ],
    ),
    (  # 7 theatre review, Lausanne: title in marks (not a quote); "parle d'un rôle «…»"
        "Il fallait oser porter « Les Moissons noires », le roman fleuve de Germaine Aubry, au "
        "théâtre. La metteuse en scène vaudoise Léa Fornerod l'a fait, et son spectacle, créé "
        "mardi au Théâtre de Vidy, à Lausanne, est l'une des belles surprises de la saison.\n\n"
        "Trois comédiens se partagent une trentaine de personnages dans un décor de terre "
        "battue, sous une pluie qui ne cesse presque jamais. « Je voulais que le public sente "
        "la boue, le froid, la fatigue des chevaux. Le texte est une matière, pas une "
        "histoire », explique Léa Fornerod, qui a travaillé deux ans sur l'adaptation.\n\n"
        "Le comédien Bastien Rochat, saisissant en vieux maître de domaine, parle d'un rôle "
        "« épuisant mais libérateur ». On regrettera seulement une dernière demi-heure un peu "
        "longue. Trois heures dix avec entracte, jusqu'au 14 décembre.",
        [
            (
                D,
                [
                    "Je voulais que le public sente la boue, le froid, la fatigue des chevaux. Le "
                    "texte est une matière, pas une histoire"
                ],
                "Léa Fornerod",
            ),
            (P, ["épuisant mais libérateur"], "Bastien Rochat"),
        ],
    ),
    (  # 8 accident, Martinique: "Selon la gendarmerie"; unnamed witness after the cue
        "Un minibus transportant des élèves s'est renversé mardi matin sur la route de la Trace, "
        "entre Fort-de-France et Le Morne-Rouge. Onze enfants et le chauffeur ont été blessés, "
        "dont deux grièvement.\n\n"
        "Selon la gendarmerie, le véhicule aurait glissé sur la chaussée détrempée après de "
        "fortes averses dans la nuit. Une enquête a été ouverte pour déterminer sa vitesse au "
        "moment de l'accident.\n\n"
        "«On a entendu un grand bruit, puis les enfants qui criaient. Avec mon voisin, on a "
        "cassé une vitre pour les sortir», a témoigné un riverain, encore sous le choc.\n\n"
        "Le préfet de Martinique s'est rendu au CHU dans la matinée. Une cellule d'écoute a été "
        "installée à la mairie du Morne-Rouge pour les familles.",
        [
            (
                I,
                [
                    "le véhicule aurait glissé sur la chaussée détrempée après de fortes averses "
                    "dans la nuit"
                ],
                "gendarmerie",
            ),
            (
                D,
                [
                    "On a entendu un grand bruit, puis les enfants qui criaient. Avec mon voisin, "
                    "on a cassé une vitre pour les sortir"
                ],
                "riverain",
            ),
        ],
    ),
    (  # 9 vanilla growers, Réunion: "déplore l'agricultrice"; role + name, then "Il a indiqué"
        "Les producteurs de vanille de l'est de La Réunion tirent la sonnette d'alarme. "
        "Concurrencée par des gousses importées vendues trois fois moins cher, la filière locale "
        "a vu ses ventes reculer de 30 % en deux ans.\n\n"
        "Marie-Josée Payet cultive la liane depuis 1994 sur deux hectares à Sainte-Rose. "
        "“Chaque fleur est pollinisée à la main, une par une. Quand on me propose 200 euros le "
        "kilo, je ne rentre même pas dans mes frais”, déplore l'agricultrice.\n\n"
        "Le président de la coopérative Provanille, Jean-Hugues Grondin, réclame un étiquetage "
        "plus strict de l'origine. Il a indiqué que la coopérative avait saisi la répression des "
        "fraudes au sujet de plusieurs boutiques de Saint-Denis.\n\n"
        "La chambre d'agriculture a promis une aide d'urgence de 400 000 euros.",
        [
            (
                D,
                [
                    "Chaque fleur est pollinisée à la main, une par une. Quand on me propose 200 "
                    "euros le kilo, je ne rentre même pas dans mes frais"
                ],
                "Marie-Josée Payet",
            ),
            (
                I,
                [
                    "la coopérative avait saisi la répression des fraudes au sujet de plusieurs "
                    "boutiques de Saint-Denis"
                ],
                "Jean-Hugues Grondin",
            ),
        ],
    ),
    (  # 10 school closure, Lozère: inspector indirect; parent "s'est emportée"; "qualifié de"
        "L'école de Saint-Julien-du-Tournel, l'une des dernières classes uniques de Lozère, "
        "fermera ses portes en juillet. La décision a été annoncée vendredi aux parents, réunis "
        "en mairie.\n\n"
        "L'inspectrice d'académie, Nathalie Rouvière, a expliqué que l'effectif, tombé à sept "
        "élèves, ne permettait plus de maintenir un poste d'enseignant. Les enfants seront "
        "accueillis à Bagnols-les-Bains, à onze kilomètres.\n\n"
        "L'argument n'a pas convaincu les familles. « Onze kilomètres de route de montagne, "
        "l'hiver, pour des enfants de quatre ans, c'est de la folie », s'est emportée Aurélie "
        "Bastide, mère de deux élèves.\n\n"
        "Le maire, Pierre Chabert, lui-même ancien élève de l'école, a qualifié la fermeture de "
        "« coup de grâce » pour la commune, qui compte 142 habitants.",
        [
            (
                I,
                [
                    "l'effectif, tombé à sept élèves, ne permettait plus de maintenir un poste "
                    "d'enseignant"
                ],
                "Nathalie Rouvière",
            ),
            (
                D,
                [
                    "Onze kilomètres de route de montagne, l'hiver, pour des enfants de quatre "
                    "ans, c'est de la folie"
                ],
                "Aurélie Bastide",
            ),
            (P, ["coup de grâce"], "Pierre Chabert"),
        ],
    ),
    (  # 11 dengue, French Polynesia: "d'après" at the end; Dr after the cue; partial in estimé
        "L'épidémie de dengue continue de progresser en Polynésie française. Plus de 1 800 cas "
        "ont été confirmés depuis septembre, dont 94 ont nécessité une hospitalisation, d'après "
        "la direction de la santé.\n\n"
        "À l'hôpital du Taaone, à Papeete, les urgences sont sous tension. «Nous recevons "
        "jusqu'à quarante patients fiévreux par jour, contre une dizaine en temps normal», "
        "indique le Dr Teva Maiau, chef du service.\n\n"
        "Le ministre de la Santé du Pays, Heimana Teriierooiterai, a annoncé vendredi une "
        "campagne de démoustication dans les écoles. Il a estimé que la situation restait "
        "«maîtrisable» si chaque foyer élimine les eaux stagnantes autour de son domicile.",
        [
            (
                I,
                [
                    "Plus de 1 800 cas ont été confirmés depuis septembre, dont 94 ont nécessité "
                    "une hospitalisation"
                ],
                "direction de la santé",
            ),
            (
                D,
                [
                    "Nous recevons jusqu'à quarante patients fiévreux par jour, contre une "
                    "dizaine en temps normal"
                ],
                "Teva Maiau",
            ),
            (P, ["maîtrisable"], "Heimana Teriierooiterai"),
        ],
    ),
    (  # 12 trains, Belgium: activist after cue; minister partial then "Elle a promis que"
        "La SNCB supprimera à partir du 14 décembre les trains directs du soir entre Arlon et "
        "Bruxelles, une décision qui provoque la colère des navetteurs de la province de "
        "Luxembourg.\n\n"
        "« On nous demande de laisser la voiture au garage, et en même temps on nous retire les "
        "trains. C'est incohérent », fulmine Benoît Thiry, porte-parole de l'association "
        "Navetteurs du Sud.\n\n"
        "Interpellée jeudi à la Chambre, la ministre fédérale de la Mobilité, Els Verhaegen, a "
        "reconnu une mesure « difficile à expliquer », tout en la justifiant par la pénurie de "
        "conducteurs. Elle a promis que la situation serait réexaminée au printemps.\n\n"
        "Les trains concernés transportent en moyenne une quarantaine de voyageurs.",
        [
            (
                D,
                [
                    "On nous demande de laisser la voiture au garage, et en même temps on nous "
                    "retire les trains. C'est incohérent"
                ],
                "Benoît Thiry",
            ),
            (P, ["difficile à expliquer"], "Els Verhaegen"),
            (I, ["la situation serait réexaminée au printemps"], "Els Verhaegen"),
        ],
    ),
    (  # 13 cocoa price, Côte d'Ivoire: "tempère"; minister -t-il; woman "juge pour sa part que"
        "Le gouvernement ivoirien a fixé mercredi le prix bord champ du cacao à 2 200 francs CFA "
        "le kilo pour la campagne intermédiaire, contre 1 800 francs jusqu'ici.\n\n"
        "«C'est une bonne nouvelle, mais il faut que l'argent arrive vraiment jusqu'à nous», "
        "tempère Koffi N'Guessan, qui exploite quatre hectares près de Soubré.\n\n"
        "Le ministre de l'Agriculture, Siaka Bamba, a mis en garde les acheteurs contre toute "
        "fraude. «Les contrôles seront renforcés dans toutes les zones de production. Ceux qui "
        "ne respectent pas le prix perdront leur agrément», a-t-il averti lors d'un point de "
        "presse à Abidjan.\n\n"
        "Adjoua Kouamé, présidente d'une coopérative de productrices à Daloa, juge pour sa part "
        "que la hausse reste insuffisante face à la flambée du prix des engrais. La Côte "
        "d'Ivoire assure environ 40 % de la production mondiale.",
        [
            (
                D,
                [
                    "C'est une bonne nouvelle, mais il faut que l'argent arrive vraiment jusqu'à nous"
                ],
                "Koffi N'Guessan",
            ),
            (
                D,
                [
                    "Les contrôles seront renforcés dans toutes les zones de production. Ceux qui "
                    "ne respectent pas le prix perdront leur agrément"
                ],
                "Siaka Bamba",
            ),
            (
                I,
                ["la hausse reste insuffisante face à la flambée du prix des engrais"],
                "Adjoua Kouamé",
            ),
        ],
    ),
    (  # 14 Geneva vote: title in marks; partial inside "a assuré que"; "s'est réjouie"; org
        "Les électeurs genevois ont accepté dimanche, à 56,3 % des voix, l'initiative populaire "
        "«\u00a0Pour des loyers abordables\u00a0», qui plafonne les hausses de loyer lors d'un "
        "changement de locataire.\n\n"
        "Le conseiller d'État chargé du logement, Antonio Da Silva, a pris acte du résultat. Il "
        "a assuré que le gouvernement appliquerait le texte «\u00a0loyalement et sans "
        "délai\u00a0».\n\n"
        "Du côté des initiants, l'heure était à la fête. «\u00a0Les Genevois ont envoyé un "
        "message clair\u00a0: se loger n'est pas un luxe\u00a0», s'est réjouie la conseillère "
        "nationale socialiste Valérie Monnier-Favre, entourée de militants au bord du Rhône.\n\n"
        "La Chambre genevoise immobilière estime pour sa part que le texte découragera les "
        "investisseurs. Elle n'exclut pas un recours devant le Tribunal fédéral.",
        [
            (P, ["loyalement et sans délai"], "Antonio Da Silva"),
            (
                D,
                ["Les Genevois ont envoyé un message clair\u00a0: se loger n'est pas un luxe"],
                "Valérie Monnier-Favre",
            ),
            (
                I,
                ["le texte découragera les investisseurs"],
                "Chambre genevoise immobilière",
            ),
        ],
    ),
    (  # 15 feature, Brittany: dialogue dash; granddaughter "sourit-elle"; "dit vouloir"
        "À Plouguerneau, ils ne sont plus que trois à récolter le goémon à pied, comme le "
        "faisaient leurs grands-parents. Yvon Le Gall, 71 ans, est le doyen. Chaque matin de "
        "grande marée, il descend sur l'estran avec sa fourche et sa charrette.\n\n"
        "— Le goémon, c'est comme le blé, ça repousse si on le coupe proprement. Ceux qui "
        "arrachent tout à la machine n'ont rien compris, lâche-t-il en chargeant une nouvelle "
        "brassée.\n\n"
        "Sa petite-fille, Morgane Le Gall, 24 ans, l'accompagne depuis deux ans. Ingénieure "
        "agronome de formation, elle vend les algues séchées à des restaurants de Brest et de "
        "Quimper. « Les chefs adorent. Il y a dix ans, personne n'en voulait », sourit-elle.\n\n"
        "La jeune femme dit vouloir ouvrir une petite conserverie sur le port l'an prochain. Son "
        "grand-père, lui, ne compte pas raccrocher la fourche avant longtemps.",
        [
            (
                D,
                [
                    "Le goémon, c'est comme le blé, ça repousse si on le coupe proprement. Ceux "
                    "qui arrachent tout à la machine n'ont rien compris"
                ],
                "Yvon Le Gall",
            ),
            (
                D,
                ["Les chefs adorent. Il y a dix ans, personne n'en voulait"],
                "Morgane Le Gall",
            ),
            (
                I,
                ["vouloir ouvrir une petite conserverie sur le port l'an prochain"],
                "Morgane Le Gall",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 obituary, Wales: quote then "said her son, Name"; "called her "…""
        "Gwen Pritchard, who became the first woman to run the livestock auctions at "
        "Llanfair Caereinion mart and held the gavel there for 31 years, has died aged 84.\n\n"
        "Born on a hill farm near Llangadfan in 1942, she started at the mart as a clerk at 17 "
        "and took over the rostrum in 1971, when the regular auctioneer fell ill. She retired "
        "in 2002 but went on attending sales almost every week.\n\n"
        '"Mam could sell a ewe faster than anyone in Wales, and she never once lost her temper '
        'with a farmer, even the ones who deserved it," said her son, Dafydd Pritchard.\n\n'
        "Powys councillor Huw Jenkins, who bought his first ram from her rostrum in 1979, "
        'called her "the voice of every Tuesday in Montgomeryshire". Her funeral will be held '
        "at Llanfair Caereinion chapel on Friday.",
        [
            (
                D,
                [
                    "Mam could sell a ewe faster than anyone in Wales, and she never once lost her "
                    "temper with a farmer, even the ones who deserved it"
                ],
                "Dafydd Pritchard",
            ),
            (P, ["the voice of every Tuesday in Montgomeryshire"], "Huw Jenkins"),
        ],
    ),
    (  # 2 dairy merger, Australia: name after "said"; farmer indirect; analyst "called … "…""
        "Shareholders of Gippsland dairy cooperative Bass Valley Milk have voted to merge with "
        "Tasmanian processor Cradle Coast Dairies, creating the country's third-largest "
        "farmer-owned milk business, with annual revenue of about A$1.4 billion.\n\n"
        "The deal, backed by 81 percent of votes cast at a meeting in Leongatha on Thursday, "
        "still needs clearance from the competition regulator.\n\n"
        '"Our farmers told us they wanted scale without giving up ownership. This gives them '
        'both," Bass Valley chief executive Rachel Donnelly said after the vote.\n\n'
        "Not everyone is convinced. Fourth-generation farmer Neil Cartwright, who milks 400 "
        "cows near Korumburra, said he feared the head office would eventually move across "
        'Bass Strait. Rabobank analyst Priya Raman called the merger "defensive rather than '
        'transformational". Both companies have lost suppliers over the past five years.',
        [
            (
                D,
                [
                    "Our farmers told us they wanted scale without giving up ownership. This "
                    "gives them both"
                ],
                "Rachel Donnelly",
            ),
            (
                I,
                ["he feared the head office would eventually move across Bass Strait"],
                "Neil Cartwright",
            ),
            (P, ["defensive rather than transformational"], "Priya Raman"),
        ],
    ),
    (  # 3 pollution case, England: agency "told the court"; judge colon; barrister partial
        "A Herefordshire farmer has been fined £48,000 after slurry from his land killed more "
        "than 3,000 fish in a tributary of the River Lugg.\n\n"
        "Geoffrey Hale, 63, of Upper Marston Farm, pleaded guilty at Hereford Magistrates' "
        "Court to two offences under environmental permitting rules. The pollution dates back "
        "to March last year, when a slurry lagoon overflowed during heavy rain.\n\n"
        "The Environment Agency told the court the slurry had spread along four kilometres of "
        "the brook and wiped out a brown trout population that had taken a decade to "
        "recover.\n\n"
        'District Judge Amanda Fielding said: "This was not a freak event. The lagoon had been '
        'close to capacity for weeks and you did nothing about it."\n\n'
        'For the defence, Richard Ashworth said his client had been "devastated" by what '
        "happened and had since spent £120,000 on a covered store. Mr Hale was also ordered to "
        "pay £9,400 in costs.",
        [
            (
                I,
                [
                    "the slurry had spread along four kilometres of the brook and wiped out a "
                    "brown trout population that had taken a decade to recover"
                ],
                "Environment Agency",
            ),
            (
                D,
                [
                    "This was not a freak event. The lagoon had been close to capacity for weeks "
                    "and you did nothing about it."
                ],
                "Amanda Fielding",
            ),
            (P, ["devastated"], "Richard Ashworth"),
        ],
    ),
    (  # 4 Montana county vote: "she said"; male commissioner "warned that"; "was blunt:"
        "Coldwater County commissioners voted 2-1 on Tuesday to allow a 40-home subdivision on "
        "former ranch land north of Pine Butte, ending a fight that had packed the courthouse "
        "for three meetings in a row.\n\n"
        'Commissioner Linda Sorensen cast the deciding vote. "I grew up on a ranch. I '
        "understand what people are losing. But we have a housing emergency, and pretending "
        'otherwise helps nobody," she said.\n\n'
        "Commissioner Dale Whitcomb, the lone no vote, warned that the project would draw down "
        "wells that neighboring ranches depend on.\n\n"
        'Rancher Tom Everly, whose land borders the site, was blunt: "They just paved over my '
        'water."\n\n'
        "Construction could begin next spring.",
        [
            (
                D,
                [
                    "I grew up on a ranch. I understand what people are losing. But we have a "
                    "housing emergency, and pretending otherwise helps nobody"
                ],
                "Linda Sorensen",
            ),
            (
                I,
                ["the project would draw down wells that neighboring ranches depend on"],
                "Dale Whitcomb",
            ),
            (D, ["They just paved over my water."], "Tom Everly"),
        ],
    ),
    (  # 5 Sheffield Shield: player after "said"; captain "what he called"; opponent "admitted"
        "Tasmania held on for a draw against Queensland at Bellerive Oval on Monday, with No. 10 "
        "batter Ollie Brennan surviving 71 balls on the final afternoon to deny the visitors a "
        "first Sheffield Shield win in Hobart since 2019.\n\n"
        "\"I just kept telling myself, one more ball, one more ball. I don't think I've ever "
        'concentrated that hard in my life," said Brennan, a 21-year-old fast bowler who had '
        "never batted for more than half an hour in first-class cricket.\n\n"
        "Tasmania captain Jordan Pell praised what he called \"the gutsiest knock I've seen "
        'from a tailender".\n\n'
        "Queensland's Mitchell Ayres, who took four wickets in the innings, admitted his side "
        "had left it too late to declare. The leg-spinner finished the match with seven "
        "wickets.",
        [
            (
                D,
                [
                    "I just kept telling myself, one more ball, one more ball. I don't think I've "
                    "ever concentrated that hard in my life"
                ],
                "Ollie Brennan",
            ),
            (P, ["the gutsiest knock I've seen from a tailender"], "Jordan Pell"),
            (I, ["his side had left it too late to declare"], "Mitchell Ayres"),
        ],
    ),
    (  # 6 marine science, NZ: "…, scientists say."; Dr + surname; "adding that"
        "A parasitic worm may be behind the mass die-off of sea urchins along the east coast of "
        "New Zealand's North Island, scientists say.\n\n"
        "In a study published on Wednesday, a team led by marine biologist Dr Aroha Tane of the "
        "University of Waikato found the worm in 92 percent of dead urchins collected between "
        "Gisborne and East Cape, but in none of the healthy animals.\n\n"
        "“It's a smoking gun, but it's not a conviction yet,” Dr Tane said, adding that the team "
        "still needed to show how the parasite entered the urchins in the first place.\n\n"
        "Urchin numbers in the area have fallen by around 80 percent since 2023. Local iwi have "
        "placed a temporary rāhui, or customary ban, on harvesting kina along a 60-kilometre "
        "stretch of coast.",
        [
            (
                I,
                [
                    "A parasitic worm may be behind the mass die-off of sea urchins along the east "
                    "coast of New Zealand's North Island"
                ],
                "scientists",
            ),
            (D, ["It's a smoking gun, but it's not a conviction yet"], "Aroha Tane"),
            (
                I,
                [
                    "the team still needed to show how the parasite entered the urchins in the "
                    "first place"
                ],
                "Aroha Tane",
            ),
        ],
    ),
    (  # 7 exhibition review, Edinburgh: title in marks; "told me"; curator "describes … as"
        'There is a moment, about halfway through "Threadbare", the new exhibition at '
        "Edinburgh's Dovecot Studios, when the visitor stops noticing that everything on the "
        "walls is made of wool.\n\n"
        "The show gathers 40 tapestries by Shetland-born weaver Isla Mouat, 58, most of them "
        "never exhibited before. The largest, a view of Lerwick harbour in a January gale, took "
        "her three years.\n\n"
        '"People think of tapestry as something slow and polite. I wanted it to feel like '
        'weather," Mouat told me in her studio, her hands still stained with madder.\n\n'
        'Curator Fergus Blaikie describes the work as "closer to painting than to craft", and '
        "the hang, in a single long gallery lit from above, makes the case persuasively. Only "
        "the final room, given over to a rather literal series on oil rigs, disappoints.\n\n"
        '"Threadbare" runs until 8 March.',
        [
            (
                D,
                [
                    "People think of tapestry as something slow and polite. I wanted it to feel "
                    "like weather"
                ],
                "Isla Mouat",
            ),
            (P, ["closer to painting than to craft"], "Fergus Blaikie"),
        ],
    ),
    (  # 8 ferry aground, Scotland: coastguard "said"; passenger named after "said"
        "A ferry carrying 143 passengers ran aground off the Isle of Coll early on Sunday, "
        "leaving people stranded on board for more than six hours before they could be taken "
        "off by lifeboat and a fishing vessel.\n\n"
        "HM Coastguard said no one had been seriously hurt, although two passengers were "
        "treated for hypothermia in Oban.\n\n"
        '"The whole boat shuddered and then tipped, and all the cups and plates went sliding '
        'along the floor," said Mairi Lamont, 34, who was travelling home to Tiree with her two '
        "young children.\n\n"
        "The operator, Hebridean Island Ferries, has cancelled sailings to Coll and Tiree until "
        "Wednesday. The Marine Accident Investigation Branch has sent inspectors to the "
        "island.",
        [
            (
                I,
                [
                    "no one had been seriously hurt, although two passengers were treated for "
                    "hypothermia in Oban"
                ],
                "HM Coastguard",
            ),
            (
                D,
                [
                    "The whole boat shuddered and then tipped, and all the cups and plates went "
                    "sliding along the floor"
                ],
                "Mairi Lamont",
            ),
        ],
    ),
    (  # 9 drought, Saskatchewan: "he says"; minister "announced that"; association partial
        "Saskatchewan's canola harvest came in 22 percent below the five-year average this "
        "year after the driest growing season in the province's southwest since 1988.\n\n"
        "At his farm near Kindersley, Wade Lindqvist walks a field where the crop stands barely "
        "knee-high. \"My grandfather used to tell me about the Thirties. I never thought I'd see "
        'it for myself," he says.\n\n'
        "Agriculture Minister Colleen Ferrier announced Tuesday that the province would extend "
        "its AgriStability deadline to June and waive late-enrolment fees.\n\n"
        "The Agricultural Producers Association of Saskatchewan welcomed the measures but said "
        'they came "months too late" for cattle producers who had already sold part of their '
        "herds.",
        [
            (
                D,
                [
                    "My grandfather used to tell me about the Thirties. I never thought I'd see it "
                    "for myself"
                ],
                "Wade Lindqvist",
            ),
            (
                I,
                [
                    "the province would extend its AgriStability deadline to June and waive "
                    "late-enrolment fees"
                ],
                "Colleen Ferrier",
            ),
            (P, ["months too late"], "Agricultural Producers Association of Saskatchewan"),
        ],
    ),
    (  # 10 four-day week, Oregon: "told the board that"; parent "asked"; partial in said
        "The Wallowa Falls School District in eastern Oregon will move to a four-day school week "
        "next September after a 4-1 board vote on Monday night.\n\n"
        "Superintendent Karen Oyelaran told the board that the change would save about $310,000 "
        "a year in transport and substitute costs and help the district compete for teachers "
        "with larger towns.\n\n"
        "Parents were divided. \"Who's going to watch my kids on Fridays? I work at the mill "
        'five days a week," asked Jessie Moran, a mother of three, during public comment. '
        'Another parent, Luis Campos, said his children were "exhausted by Thursday anyway" '
        "and would welcome the break.\n\n"
        "The district lost six teachers last spring.",
        [
            (
                I,
                [
                    "the change would save about $310,000 a year in transport and substitute "
                    "costs and help the district compete for teachers with larger towns"
                ],
                "Karen Oyelaran",
            ),
            (
                D,
                ["Who's going to watch my kids on Fridays? I work at the mill five days a week"],
                "Jessie Moran",
            ),
            (P, ["exhausted by Thursday anyway"], "Luis Campos"),
        ],
    ),
    (  # 11 maternity unit, Queensland: "…, Queensland Health confirmed"; "The minister said"
        "Births at Charters Ridge Hospital in north Queensland will be suspended from January "
        "for at least three months because of a shortage of midwives, Queensland Health "
        "confirmed on Friday.\n\n"
        "Expectant mothers will have to travel to Townsville, 190 kilometres away, from 36 "
        "weeks of pregnancy.\n\n"
        "Senior midwife Bronwyn Keats has worked at the hospital for 19 years. \"We've been "
        'holding it together with sticky tape since winter. Everyone saw this coming," she '
        "said.\n\n"
        "Health Minister Tom Hadley visited the hospital on Thursday with the local member, Deb "
        "Farrugia. The minister said recruitment was under way, with relocation bonuses offered "
        "to agency midwives.",
        [
            (
                I,
                [
                    "Births at Charters Ridge Hospital in north Queensland will be suspended from "
                    "January for at least three months because of a shortage of midwives"
                ],
                "Queensland Health",
            ),
            (
                D,
                [
                    "We've been holding it together with sticky tape since winter. Everyone saw "
                    "this coming"
                ],
                "Bronwyn Keats",
            ),
            (
                I,
                ["recruitment was under way, with relocation bonuses offered to agency midwives"],
                "Tom Hadley",
            ),
        ],
    ),
    (  # 12 bus cuts, Yorkshire: partial in reported speech, then "she added"
        "North Yorkshire Council will withdraw its subsidy from three rural bus routes in the "
        "Dales from April, leaving villages including Kettlewell and Buckden without a weekday "
        "service for the first time since the 1950s.\n\n"
        "Councillor Joanne Metcalfe, the council's executive member for transport, said the "
        'authority had "no realistic alternative" after a £4.2 million cut to its transport '
        'budget. "Nobody wants this. But every pound we spend on a bus carrying three people is '
        "a pound we can't spend on school transport,\" she added.\n\n"
        "For some passengers the 72 bus is the only way to reach a GP or the hospital in "
        "Skipton. A public meeting is planned in Grassington next month.",
        [
            (P, ["no realistic alternative"], "Joanne Metcalfe"),
            (
                D,
                [
                    "Nobody wants this. But every pound we spend on a bus carrying three people "
                    "is a pound we can't spend on school transport"
                ],
                "Joanne Metcalfe",
            ),
        ],
    ),
    (  # 13 feature, Tasmania: "he says"; daughter "says" indirect
        "The hives arrive in the leatherwood forests of Tasmania's west coast in early summer, "
        "loaded on a flatbed truck in the dark so the bees stay calm.\n\n"
        "Peter Vanderzee has made this journey every December for 41 years, like his father "
        "before him. “Leatherwood only flowers for six or seven weeks. Miss it and you've missed "
        "the year,” he says, lighting his smoker with a strip of hessian.\n\n"
        "The honey, spicy and almost medicinal, is made nowhere else. But logging and bushfires "
        "have shrunk the beekeepers' access, and his daughter, Hannah Vanderzee, who now runs "
        "the business with him, says younger producers are being priced out of the forest.\n\n"
        "Her father, already loading the next pallet of hives, is more philosophical about the "
        "future.",
        [
            (
                D,
                [
                    "Leatherwood only flowers for six or seven weeks. Miss it and you've missed "
                    "the year"
                ],
                "Peter Vanderzee",
            ),
            (
                I,
                ["younger producers are being priced out of the forest"],
                "Hannah Vanderzee",
            ),
        ],
    ),
    (  # 14 land court, Kenya: Justice + partial; "the judge wrote"; company statement
        "Kenya's Environment and Land Court has ordered a flower farm near Lake Naivasha to stop "
        "drawing water from the lake within 90 days, after finding that it had exceeded its "
        "permit for at least six years.\n\n"
        'Justice Miriam Wanjiru said the company, Rift Blooms Ltd, had shown "a casual '
        'disregard" for the lake and for the fishing communities who depend on it.\n\n'
        '"The law does not become optional because an enterprise employs many people," the '
        "judge wrote in her 64-page ruling.\n\n"
        "The case was brought by 214 fishermen from Kamere and Kasarani. Rift Blooms, which "
        "employs some 2,300 workers, said in a statement that it would appeal.",
        [
            (P, ["a casual disregard"], "Miriam Wanjiru"),
            (
                D,
                ["The law does not become optional because an enterprise employs many people"],
                "Miriam Wanjiru",
            ),
            (I, ["it would appeal"], "Rift Blooms Ltd"),
        ],
    ),
    (  # 15 Yukon broadband: "…, Premier X announced"; surname alone; woman with incise
        "The Yukon government will spend $62 million over five years to connect 14 remote "
        "communities to high-speed internet, Premier Alan McKinnon announced Wednesday in "
        "Whitehorse.\n\n"
        '"A kid in Old Crow should not have to sit in a school parking lot to download '
        'homework," McKinnon said.\n\n'
        'Opposition Leader Ruth Sidney was unimpressed. "We have heard this announcement, word '
        'for word, in two previous budgets," she said, "and the fibre is still not in the '
        'ground."\n\n'
        "Work on the first section, between Dawson City and Eagle Plains, is due to start in "
        "June.",
        [
            (
                I,
                [
                    "The Yukon government will spend $62 million over five years to connect 14 "
                    "remote communities to high-speed internet"
                ],
                "Alan McKinnon",
            ),
            (
                D,
                [
                    "A kid in Old Crow should not have to sit in a school parking lot to download homework"
                ],
                "Alan McKinnon",
            ),
            (
                D,
                [
                    "We have heard this announcement, word for word, in two previous budgets",
                    "and the fibre is still not in the ground.",
                ],
                "Ruth Sidney",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout8.jsonl"),
        "heldout8",
        "8",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
