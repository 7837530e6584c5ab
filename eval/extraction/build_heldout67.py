"""Source of the 67th held-out set: writes heldout67.jsonl (split "heldout67").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
election night coverage and live blogs: timestamped entries ("21h12 –", "9.40pm –"), concession
and victory speeches, party spokespeople, pollsters and exit polls, returning officers and
electoral bodies, and reactions posted on social media.
Measured once before (extractor 0.23.1) and once with 0.24.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout67.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-11-29"
Item = GoldItem

FR: list[Item] = [
    (  # 1 municipal live blog: plain spaces in « », concession with "a-t-il déclaré" after,
        # role "la nouvelle élue" + partial after "a promis d'être", "Selon le directeur
        # d'études d'Opinia, X," indirect
        "20h04 – Les premières estimations de l'institut Opinia donnent Claire Aubertin (Union "
        "des territoires) en tête du second tour de la municipale de Saint-Véran, avec 54,2 % des "
        "voix contre 45,8 % pour le maire sortant, Gérard Pellissier, élu depuis 2008.\n\n"
        "20h31 – Gérard Pellissier a reconnu sa défaite devant ses soutiens, réunis dans une salle "
        "des fêtes à moitié vide. « Les électeurs ont tranché, et je respecte leur choix. J'ai "
        "appelé Claire Aubertin pour la féliciter », a-t-il déclaré, la voix nouée, avant de "
        "quitter la salle sans répondre aux questions.\n\n"
        "20h47 – Arrivée sous les applaudissements sur le parvis de la mairie, la nouvelle élue a "
        "promis d'être « la maire de tous les Véranais, y compris de ceux qui n'ont pas voté pour "
        "moi ». Ses colistiers entonnent La Marseillaise, des fumigènes s'allument au fond de la "
        "place.\n\n"
        "21h02 – Selon le directeur d'études d'Opinia, Samuel Kervella, la participation atteint "
        "61 %, un niveau inédit à Saint-Véran depuis 2008.\n\n"
        "21h15 – Les résultats définitifs sont attendus vers 22 heures à la préfecture.",
        [
            (
                D,
                [
                    "Les électeurs ont tranché, et je respecte leur choix. J'ai appelé Claire "
                    "Aubertin pour la féliciter"
                ],
                "Gérard Pellissier",
            ),
            (
                P,
                ["la maire de tous les Véranais, y compris de ceux qui n'ont pas voté pour moi"],
                "Claire Aubertin",
            ),
            (
                I,
                ["la participation atteint 61 %, un niveau inédit à Saint-Véran depuis 2008"],
                "Samuel Kervella",
            ),
        ],
    ),
    (  # 2 regional first round: « » without inner spaces, banner slogan in «» not speech, one
        # quote split by the incise "a lancé X à la tribune", partial after "estimant que",
        # unnamed "une militante" with cue before and a colon, two sentences in the marks
        "22h15 – Ambiance lourde au QG du Rassemblement citoyen, à Montbrison, où les militants "
        "avaient pourtant tendu une immense banderole «Le changement, c'est maintenant ou "
        "jamais». Leur tête de liste, Yannick Le Goff, n'a recueilli que 18 % des suffrages "
        "exprimés, loin derrière les deux listes qualifiées pour le second tour.\n\n"
        "22h24 – «Nous avons perdu une bataille, a lancé Yannick Le Goff à la tribune, mais nous "
        "n'avons pas perdu la guerre.» Il a refusé de donner une consigne de vote pour le second "
        "tour, estimant que «les électeurs sont assez grands pour choisir».\n\n"
        "22h40 – Une militante de 23 ans, en larmes, se confie au pied de l'estrade : «On a fait "
        "campagne pendant six mois dans chaque village. Je ne comprends pas ce qui s'est "
        "passé.»\n\n"
        "22h52 – Le conseil national du parti est convoqué samedi à Clermont-Ferrand. Plusieurs "
        "cadres réclament déjà, en coulisses, un changement de direction.",
        [
            (
                D,
                ["Nous avons perdu une bataille", "mais nous n'avons pas perdu la guerre."],
                "Yannick Le Goff",
            ),
            (P, ["les électeurs sont assez grands pour choisir"], "Yannick Le Goff"),
            (
                D,
                [
                    "On a fait campagne pendant six mois dans chaque village. Je ne comprends pas "
                    "ce qui s'est passé."
                ],
                "militante",
            ),
        ],
    ),
    (  # 3 presidential 20h estimate: narrow no-break spaces, "D'après l'institut X" (generic
        # noun dropped), quote before a long cue with the speaker in apposition at the end;
        # "a appelé à la prudence" / "a refusé tout commentaire" (noun objects) not annotated
        "À 20 heures précises, le visage de Laure Mignard-Tessier est apparu sur les écrans de "
        "toutes les chaînes. D'après l'institut Ipsilon, la candidate de l'Alliance républicaine "
        "l'emporterait avec 52,6\u202f% des voix face au président sortant, Bertrand "
        "Delhomme.\n\n"
        "«\u202fNotre estimation repose sur le dépouillement de 600 bureaux témoins répartis sur "
        "tout le territoire. La marge d'erreur est désormais très faible\u202f», a précisé sur le "
        "plateau de Canal Info le directeur du département opinion d'Ipsilon, Frédéric "
        "Nguyen-Lambert.\n\n"
        "Vers 21 heures, la participation s'établissait à 74,3\u202f%, en léger recul par rapport "
        "au précédent scrutin. Dans les territoires ultramarins, où l'on votait la veille, "
        "l'abstention dépasse 50\u202f%.\n\n"
        "Au QG de Bertrand Delhomme, boulevard Haussmann, un long silence a accueilli les premiers "
        "chiffres. Son directeur de campagne, Arnaud Cheval, a appelé les militants à la prudence "
        "et a refusé tout commentaire avant les résultats définitifs. Le président sortant devait "
        "s'exprimer dans la soirée.",
        [
            (
                I,
                [
                    "la candidate de l'Alliance républicaine l'emporterait avec 52,6\u202f% des "
                    "voix face au président sortant, Bertrand Delhomme"
                ],
                "Ipsilon",
            ),
            (
                D,
                [
                    "Notre estimation repose sur le dépouillement de 600 bureaux témoins répartis "
                    "sur tout le territoire. La marge d'erreur est désormais très faible"
                ],
                "Frédéric Nguyen-Lambert",
            ),
        ],
    ),
    (  # 4 social media reactions: no-break spaces, list name and nickname in « » not speech,
        # post on X ending in "!" with "a écrit sur X le sénateur X" after, unnamed
        # "un internaute" with a colon and a final period inside the marks
        "21h38 – Les réactions affluent sur les réseaux sociaux après la victoire surprise de la "
        "liste «\u00a0Vallée vivante\u00a0» aux élections territoriales. «\u00a0Une victoire "
        "historique pour toute la vallée. Merci aux bénévoles qui n'ont rien lâché\u00a0!\u00a0», "
        "a écrit sur X le sénateur Hervé Mbarga, soutien de la première heure de la tête de liste, "
        "Corinne Lassalle-Idrissi.\n\n"
        "21h45 – Surnommé le «\u00a0Petit Poucet\u00a0» de la campagne, le candidat sans "
        "étiquette Julien Ferrandi, qui termine à 3\u00a0%, a publié une photo de son équipe sans "
        "le moindre commentaire.\n\n"
        "21h53 – La présidente sortante, Marie-Agnès Oudin, n'a toujours pas réagi. Son QG, à "
        "Pontarlès, est resté fermé toute la soirée. Ses équipes avaient pourtant réservé une "
        "salle de "
        "400 places au centre-ville.\n\n"
        "22h01 – Un internaute résume l'humeur d'une partie de l'électorat\u00a0: «\u00a0Trois "
        "listes, zéro projet, 41\u00a0% d'abstention. Bravo à tous.\u00a0»\n\n"
        "22h10 – Les résultats définitifs, bureau par bureau, seront publiés dans la nuit sur le "
        "site de la collectivité.",
        [
            (
                D,
                [
                    "Une victoire historique pour toute la vallée. Merci aux bénévoles qui n'ont "
                    "rien lâché\u00a0!"
                ],
                "Hervé Mbarga",
            ),
            (
                D,
                ["Trois listes, zéro projet, 41\u00a0% d'abstention. Bravo à tous."],
                "internaute",
            ),
        ],
    ),
    (  # 5 contested count: no-break spaces, returning officer in apposition then "M. Orsoni",
        # "a annoncé qu'il", lawyer "Me X" partial, "Mme Ben Amara" (particle) with an incise
        # "a-t-elle déclaré" splitting one quote over two sentences
        "Il était près de 2 heures du matin lorsque le président du bureau centralisateur de "
        "Vaudrelle, Jean-Baptiste Orsoni, a enfin proclamé les résultats du second tour des "
        "municipales. Seules 37 voix séparent la candidate socialiste, Nadia Ben Amara, de son "
        "adversaire divers droite, Philippe Castagné. Le taux de participation, 58 %, est en "
        "hausse de "
        "six points par rapport à 2020.\n\n"
        "«\u00a0Nous avons recompté trois fois les bulletins des bureaux 4 et 11, en présence des "
        "délégués des deux candidats. Il n'y a plus de doute possible\u00a0», a assuré "
        "M.\u00a0Orsoni devant la presse.\n\n"
        "Philippe Castagné ne l'entend pas de cette oreille. Il a annoncé qu'il saisirait le "
        "tribunal administratif dans les cinq jours. Son avocat, Me\u00a0Thibault Roux, évoque "
        "des «\u00a0irrégularités manifestes\u00a0» dans deux bureaux de vote du quartier des "
        "Tilleuls.\n\n"
        "Mme\u00a0Ben Amara, elle, a appelé au calme. «\u00a0Le droit de contester existe, et "
        "c'est normal. Mais ce soir, a-t-elle déclaré, les Vaudrellois ont choisi leur "
        "maire.\u00a0»",
        [
            (
                D,
                [
                    "Nous avons recompté trois fois les bulletins des bureaux 4 et 11, en présence "
                    "des délégués des deux candidats. Il n'y a plus de doute possible"
                ],
                "Jean-Baptiste Orsoni",
            ),
            (
                I,
                ["il saisirait le tribunal administratif dans les cinq jours"],
                "Philippe Castagné",
            ),
            (P, ["irrégularités manifestes"], "Thibault Roux"),
            (
                D,
                [
                    "Le droit de contester existe, et c'est normal. Mais ce soir",
                    "les Vaudrellois ont choisi leur maire.",
                ],
                "Nadia Ben Amara",
            ),
        ],
    ),
    (  # 6 political scientist's analysis: tight «», "Pour le politologue X, «…»" direct,
        # "Selon les premières analyses de l'institut X" indirect, quote continued over two
        # paragraphs with an incise "poursuit Ramanantsoa" (surname alone): one quote, 3 pieces
        "Comment expliquer l'effondrement du Parti du progrès dans ses bastions ouvriers ? Pour le "
        "politologue Olivier Ramanantsoa, directeur de recherche au Centre d'études électorales de "
        "Lyon, «le vote de dimanche est d'abord un vote de sanction contre le gouvernement, bien "
        "plus qu'une adhésion au programme de l'opposition».\n\n"
        "Selon les premières analyses de l'institut Vox Data, 38 % des électeurs qui avaient voté "
        "pour le parti en 2021 se sont abstenus cette fois-ci, et 12 % ont choisi une liste "
        "d'extrême droite.\n\n"
        "«Ce qui frappe, poursuit Ramanantsoa, c'est la géographie du recul. Les villes moyennes "
        "ont basculé en bloc, alors que les métropoles ont à peine bougé.\n\n"
        "«On retrouve presque exactement la carte des fermetures de maternités et de tribunaux de "
        "ces dix dernières années.»\n\n"
        "Au siège du parti, aucun dirigeant ne s'était exprimé lundi à la mi-journée. Un bureau "
        "national extraordinaire doit se tenir mercredi soir, à huis clos, et plusieurs "
        "fédérations "
        "départementales réclament déjà un congrès anticipé.",
        [
            (
                D,
                [
                    "le vote de dimanche est d'abord un vote de sanction contre le gouvernement, "
                    "bien plus qu'une adhésion au programme de l'opposition"
                ],
                "Olivier Ramanantsoa",
            ),
            (
                I,
                [
                    "38 % des électeurs qui avaient voté pour le parti en 2021 se sont abstenus "
                    "cette fois-ci, et 12 % ont choisi une liste d'extrême droite"
                ],
                "Vox Data",
            ),
            (
                D,
                [
                    "Ce qui frappe",
                    "c'est la géographie du recul. Les villes moyennes ont basculé en bloc, alors "
                    "que les métropoles ont à peine bougé.",
                    "On retrouve presque exactement la carte des fermetures de maternités et de "
                    "tribunaux de ces dix dernières années.",
                ],
                "Olivier Ramanantsoa",
            ),
        ],
    ),
    (  # 7 Quebec live blog ("21 h 12 –"): apposition "La cheffe libérale, X," with
        # "lance-t-elle" after, pronoun "Elle confirme qu'elle ..." whose clause ends in a
        # partial (only the partial); the call "déclare élu" and a Facebook photo not speech
        "21 h 12 – Radio-Laurentides déclare élu le candidat du Parti solidaire dans "
        "Sainte-Adèle-des-Monts, François-Xavier Tremblay-Ouellet, qui ravit la circonscription "
        "aux libéraux après 24 ans de règne sans partage.\n\n"
        "21 h 40 – La cheffe libérale, Josée Arsenault, s'adresse à ses partisans réunis dans un "
        "hôtel de Laval. « On n'a pas eu le résultat qu'on espérait, mais je suis fière de la "
        "campagne qu'on a menée », lance-t-elle, avant de remercier longuement sa famille et ses "
        "bénévoles.\n\n"
        "21 h 55 – Elle confirme qu'elle restera à la tête du parti « au moins jusqu'au prochain "
        "congrès ».\n\n"
        "22 h 06 – Le dépouillement a été retardé dans une dizaine de bureaux de la Côte-Nord en "
        "raison d'une panne informatique. Les résultats de trois circonscriptions ne seront pas "
        "connus avant minuit.\n\n"
        "22 h 18 – Sur Facebook, l'ancien premier ministre Réjean Lapointe a publié une photo de "
        "lui aux côtés du vainqueur, prise lors d'une épluchette de blé d'Inde cet été.",
        [
            (
                D,
                [
                    "On n'a pas eu le résultat qu'on espérait, mais je suis fière de la campagne "
                    "qu'on a menée"
                ],
                "Josée Arsenault",
            ),
            (P, ["au moins jusqu'au prochain congrès"], "Josée Arsenault"),
        ],
    ),
    (  # 8 Belgian communal elections: no-break spaces, "l'intéressé" with a cue before and a
        # colon, final period kept; name with particle "Mme de Ghellinck" after the quote;
        # party as subject of a non-speech sentence
        "Soirée de surprises dimanche à Wavrelles, dans le Brabant wallon, où la liste du "
        "bourgmestre sortant, Luc Van Hoorebeke, perd sa majorité absolue pour la première fois "
        "depuis 2000. Elle ne conserve que 12 sièges sur 27 au conseil communal.\n\n"
        "Vers 22 heures, l'intéressé a pris la parole devant une centaine de partisans rassemblés "
        "dans la salle du Cercle Saint-Roch\u00a0: «\u00a0Nous restons la première force de la "
        "commune. Je tendrai la main à tous ceux qui veulent travailler pour Wavrelles, sans "
        "exclusive.\u00a0»\n\n"
        "Sa principale rivale, l'échevine Anne-Sophie de Ghellinck, dont la liste progresse de "
        "sept "
        "points, se pose désormais en faiseuse de rois. «\u00a0Les électeurs ont demandé du "
        "changement. Il serait étrange de leur répondre par une reconduction pure et "
        "simple\u00a0», a estimé Mme\u00a0de Ghellinck.\n\n"
        "Le parti régional Alternative wallonne, troisième avec 14\u00a0% des voix, sera "
        "incontournable dans les négociations, qui devraient durer plusieurs semaines.",
        [
            (
                D,
                [
                    "Nous restons la première force de la commune. Je tendrai la main à tous ceux "
                    "qui veulent travailler pour Wavrelles, sans exclusive."
                ],
                "Luc Van Hoorebeke",
            ),
            (
                D,
                [
                    "Les électeurs ont demandé du changement. Il serait étrange de leur répondre "
                    "par une reconduction pure et simple"
                ],
                "Anne-Sophie de Ghellinck",
            ),
        ],
    ),
    (  # 9 polling station and HQ live blog: no-break spaces, unnamed "un assesseur" after,
        # TV show title in « » not speech, unclosed « ending at "a lancé un militant", partial
        # after "Il dit avoir"
        "19h58 – Dans le bureau de vote n°\u00a07 de l'école Jules-Ferry, à Castelfort, les "
        "assesseurs s'apprêtent à fermer l'urne. «\u00a0On a eu du monde toute la journée, bien "
        "plus qu'aux européennes\u00a0», raconte un assesseur, bénévole depuis vingt ans.\n\n"
        "20h00 – Sur le plateau de «\u00a0Soirée électorale\u00a0», l'émission spéciale de TV Sud, "
        "les premières projections placent le député sortant Alain Mercadier largement en tête "
        "dans la 3e circonscription.\n\n"
        "20h09 – Explosion de joie à la permanence d'Alain Mercadier. «\u00a0Cinq ans de travail "
        "récompensés, a lancé un militant, le poing levé, sous les flashs des photographes.\n\n"
        "20h26 – Le candidat de la gauche unie, Samir Haddouche, reconnaît sa défaite dans une "
        "courte déclaration transmise à la presse. Il dit avoir «\u00a0appelé Alain Mercadier "
        "pour le féliciter\u00a0».\n\n"
        "20h40 – La participation dans la circonscription atteint 57\u00a0%, contre 49\u00a0% il "
        "y a "
        "cinq ans. Les résultats complets sont attendus vers 22 heures, après la remontée des "
        "bureaux ruraux.",
        [
            (
                D,
                ["On a eu du monde toute la journée, bien plus qu'aux européennes"],
                "assesseur",
            ),
            (D, ["Cinq ans de travail récompensés"], "militant"),
            (P, ["appelé Alain Mercadier pour le féliciter"], "Samir Haddouche"),
        ],
    ),
    (  # 10 party spokeswoman on TV: no-break spaces, apposition with role, "a-t-elle martelé"
        # after, partial after "a ironisé sur" (Polish name); "Le Premier ministre" in a
        # non-speech sentence
        "Invitée de la soirée électorale de France Direct, la porte-parole du Mouvement pour la "
        "République, Fatou Ndiaye-Carrel, a refusé de parler de défaite malgré la perte de 42 "
        "sièges à l'Assemblée. «\u00a0Nous sommes la deuxième force du pays. C'est une base "
        "solide pour reconstruire\u00a0», a-t-elle martelé face aux journalistes.\n\n"
        "Face à elle, le secrétaire général des Verts, Tomasz Wiśniewski, a ironisé sur "
        "«\u00a0une deuxième place qui ressemble furieusement à une déroute\u00a0». Son parti, qui "
        "double son nombre de députés, fait figure de grand gagnant du scrutin.\n\n"
        "Dans les couloirs de la chaîne, plusieurs cadres du Mouvement pour la République ne "
        "cachaient pas leur amertume, certains consultant nerveusement leur téléphone à chaque "
        "nouvelle projection. La direction du parti doit se réunir mardi matin.\n\n"
        "Le Premier ministre, qui n'était pas candidat, ne s'était toujours pas exprimé à minuit. "
        "Les "
        "derniers résultats, ceux des circonscriptions des Français de l'étranger, étaient "
        "attendus dans la nuit.",
        [
            (
                D,
                ["Nous sommes la deuxième force du pays. C'est une base solide pour reconstruire"],
                "Fatou Ndiaye-Carrel",
            ),
            (
                P,
                ["une deuxième place qui ressemble furieusement à une déroute"],
                "Tomasz Wiśniewski",
            ),
        ],
    ),
    (  # 11 Swiss cantonal vote: tight «», percentages without space, "Selon les chiffres
        # publiés ... par la Chancellerie d'État," whose clause contains an initiative title in
        # «» (not speech), cue before with a colon and no space; a "n'a pas souhaité
        # s'exprimer" that is not speech
        "Selon les chiffres publiés peu après 16 heures par la Chancellerie d'État, l'initiative "
        "«Pour des loyers abordables» est acceptée par 51,8% des votants du canton de Valdorne. "
        "La participation atteint 47%, un niveau élevé pour un scrutin cantonal. Le texte avait "
        "été "
        "rejeté de justesse en 2019, lors d'une première tentative portée par les mêmes "
        "associations de locataires.\n\n"
        "Au stamm des initiants, dans un café de la vieille ville, la conseillère communale Giulia "
        "Fontana-Rossi ne cachait pas son émotion: «C'est la victoire des locataires contre les "
        "grandes régies. Personne n'y croyait il y a un an.»\n\n"
        "Le président de la Chambre immobilière, Reto Bürgi, n'a pas souhaité s'exprimer dimanche "
        "soir. Les milieux immobiliers avaient investi plus d'un million de francs dans la "
        "campagne, soit près de quatre fois le budget des initiants. Les affiches du comité du "
        "non, "
        "omniprésentes dans les gares, n'auront pas suffi.\n\n"
        "Le Conseil d'État dispose désormais de deux ans pour présenter une loi d'application au "
        "Grand Conseil. Le débat parlementaire s'annonce vif.",
        [
            (
                I,
                [
                    "l'initiative «Pour des loyers abordables» est acceptée par 51,8% des votants "
                    "du canton de Valdorne"
                ],
                "Chancellerie d'État",
            ),
            (
                D,
                [
                    "C'est la victoire des locataires contre les grandes régies. Personne n'y "
                    "croyait il y a un an."
                ],
                "Giulia Fontana-Rossi",
            ),
        ],
    ),
    (  # 12 presidential results abroad: plain spaces, name with particle "ould", quote split
        # by an incise after its first words (two sentences in the second piece), partial
        # inside "assure que", "..., selon un observateur joint par téléphone."
        "23h10 – Le président de la Commission électorale nationale indépendante (CENI), "
        "Abdoulaye Sanogo, vient de lire les résultats provisoires à la télévision publique. Le "
        "président sortant, Ibrahim Koné, est crédité de 58,4 % des voix, contre 33,1 % pour "
        "l'opposant Mahamadou ould Bedda. Le troisième candidat, l'ancien ministre Boubacar "
        "Keïta-Diallo, ne dépasse pas les 5 %.\n\n"
        "23h24 – « Ces chiffres, a affirmé Mahamadou ould Bedda lors d'une conférence de presse "
        "improvisée, ne reflètent en rien la réalité des urnes. Nos délégués ont été chassés de "
        "plusieurs centaines de bureaux. » Un recours devant la Cour constitutionnelle est attendu "
        "dès lundi.\n\n"
        "23h35 – Dans le quartier de Bolibana, des dizaines de jeunes ont commencé à dresser des "
        "barricades de pneus. La police a pris position aux principaux carrefours.\n\n"
        "23h41 – Le porte-parole du gouvernement, Seydou Diarra, assure que le scrutin s'est "
        "déroulé « dans la transparence la plus totale ».\n\n"
        "23h58 – La mission d'observation de la Communauté des États sahéliens publiera ses "
        "conclusions mardi, selon un observateur joint par téléphone.",
        [
            (
                D,
                [
                    "Ces chiffres",
                    "ne reflètent en rien la réalité des urnes. Nos délégués ont été chassés de "
                    "plusieurs centaines de bureaux.",
                ],
                "Mahamadou ould Bedda",
            ),
            (P, ["dans la transparence la plus totale"], "Seydou Diarra"),
            (
                I,
                [
                    "La mission d'observation de la Communauté des États sahéliens publiera ses "
                    "conclusions mardi"
                ],
                "observateur",
            ),
        ],
    ),
    (  # 13 overseas municipal: "La préfecture a indiqué ... qu'aucun" (organisation, qu'
        # dropped), "a adressé ses félicitations" (noun object) not annotated, tight «» with
        # "a-t-elle prévenu" after
        "Le dépouillement s'est achevé tard dans la nuit à Port-Marigot, où le maire sortant, "
        "Jocelyn Bellegarde, a été réélu avec seulement 112 voix d'avance sur sa rivale, Maëva "
        "Rimbaud-Ténor, au terme d'une campagne très tendue. Le scrutin avait été reporté de deux "
        "semaines après le passage d'un cyclone sur l'île.\n\n"
        "La préfecture a indiqué lundi matin qu'aucun incident n'avait été signalé dans les 34 "
        "bureaux de vote de la commune, malgré les tensions des derniers jours.\n\n"
        "La ministre des Outre-mer, Sandrine Lefeuvre-Abadie, a adressé ses félicitations au maire "
        "réélu dans un message publié sur X.\n\n"
        "Maëva Rimbaud-Ténor n'a pas dit son dernier mot. «Cent douze voix, c'est un mouchoir de "
        "poche. Nous examinerons chaque procès-verbal, bureau par bureau», a-t-elle prévenu "
        "devant ses soutiens, rassemblés sur le front de mer. Le tribunal administratif a dix "
        "jours pour statuer en cas de recours. En 2014, un scrutin similaire avait été annulé "
        "pour une "
        "soixantaine de procurations irrégulières.",
        [
            (
                I,
                [
                    "aucun incident n'avait été signalé dans les 34 bureaux de vote de la commune, "
                    "malgré les tensions des derniers jours"
                ],
                "préfecture",
            ),
            (
                D,
                [
                    "Cent douze voix, c'est un mouchoir de poche. Nous examinerons chaque "
                    "procès-verbal, bureau par bureau"
                ],
                "Maëva Rimbaud-Ténor",
            ),
        ],
    ),
    (  # 14 departmental council, after midnight: role alone "le nouveau président" after the
        # quote, particle name "de La Bretonnière" then "Selon lui," (pronoun), opposition
        # group as speaker of a partial ("Le groupe d'opposition X" -> X)
        "0h15 – Il aura fallu attendre minuit passé pour connaître le nom du nouveau président du "
        "conseil départemental de la Haute-Sorgne. Élu au troisième tour par 23 voix sur 42, "
        "Thierry Oyono-Mbida succède à Henriette Lavaud, qui ne se représentait pas.\n\n"
        "0h22 – «\u00a0Je mesure la responsabilité qui m'incombe. Le département n'appartient à "
        "aucun parti, il appartient à ses habitants\u00a0», a déclaré le nouveau président sous "
        "les applaudissements de l'hémicycle.\n\n"
        "0h30 – Dans les tribunes, les proches d'Henriette Lavaud, présidente pendant dix-huit "
        "ans, "
        "ont quitté la salle avant la fin de la séance. L'ancienne présidente n'a pas assisté au "
        "vote.\n\n"
        "0h40 – Joint par téléphone, le politologue Hugues de La Bretonnière voit dans cette "
        "élection la fin du bipartisme local. Selon lui, les élus centristes ont fait basculer le "
        "scrutin en échange de deux vice-présidences.\n\n"
        "0h52 – Le groupe d'opposition Haute-Sorgne d'abord dénonce dans un communiqué des "
        "«\u00a0arrangements de couloir indignes\u00a0» et réclame la publication des votes. La "
        "prochaine séance plénière est fixée au 14 décembre.",
        [
            (
                D,
                [
                    "Je mesure la responsabilité qui m'incombe. Le département n'appartient à "
                    "aucun parti, il appartient à ses habitants"
                ],
                "Thierry Oyono-Mbida",
            ),
            (
                I,
                [
                    "les élus centristes ont fait basculer le scrutin en échange de deux "
                    "vice-présidences"
                ],
                "Hugues de La Bretonnière",
            ),
            (P, ["arrangements de couloir indignes"], "Haute-Sorgne d'abord"),
        ],
    ),
    (  # 15 legislative night: “ ” in French, cue before with a colon (final period kept),
        # incise "estime le député X" inside one sentence (one quote, two pieces),
        # "..., d'après l'institut X." (the part before), hashtag not speech, rapper's post
        "Le gouvernement a choisi de faire profil bas, au soir d'un scrutin qui lui fait perdre "
        "près "
        "de quatre-vingts sièges. Peu après 21 heures, la porte-parole Élodie "
        "Saint-Arroman s'est contentée d'un bref commentaire depuis la cour de l'hôtel de "
        "Matignon : “Le message des Français est clair, et nous l'avons entendu.”\n\n"
        "Dans les rangs de l'opposition, le ton était tout autre. “C'est un désaveu cinglant, "
        "estime le député Kamel Aït-Ouarab, et ce gouvernement n'a plus de majorité, ni dans "
        "l'hémicycle ni dans le pays.”\n\n"
        "L'abstention atteint 53 %, un record pour des élections législatives, d'après l'institut "
        "Opinéo.\n\n"
        "Dans les QG des partis de la majorité, les buffets sont restés presque intacts. Plusieurs "
        "ministres battus dans leur circonscription ont quitté leur permanence par une porte "
        "dérobée, sans un mot pour la presse.\n\n"
        "Sur les réseaux sociaux, le mot-dièse #SoiréeÉlectorale est resté en tête des tendances "
        "toute la soirée. Le rappeur Kofi Mensah-Dubreuil, très suivi chez les jeunes, y a posté "
        "un message laconique : “Vous avez voulu le silence, vous l'avez.”",
        [
            (
                D,
                ["Le message des Français est clair, et nous l'avons entendu."],
                "Élodie Saint-Arroman",
            ),
            (
                D,
                [
                    "C'est un désaveu cinglant",
                    "et ce gouvernement n'a plus de majorité, ni dans l'hémicycle ni dans le pays.",
                ],
                "Kamel Aït-Ouarab",
            ),
            (I, ["L'abstention atteint 53 %, un record pour des élections législatives"], "Opinéo"),
            (D, ["Vous avez voulu le silence, vous l'avez."], "Kofi Mensah-Dubreuil"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 UK exit poll live blog ("10.00pm –"): "According to X, which ...," indirect,
        # "A," she said. "B." (two direct quotes, one speaker), partial at the end of a
        # "told Sky that" clause (only the partial), returning officer reading a result (no quote)
        "10.00pm – The exit poll is out, and it is brutal for the government. According to "
        "Meridian Research, which conducted the survey for the three main broadcasters, the "
        "Progressive Alliance is on course for 341 seats, a majority of 32.\n\n"
        "10.14pm – Professor Gwen Atherley, who led the team behind the poll, urged caution on "
        'Radio Wessex. "Exit polls have been wrong before, and the margins in about forty seats '
        'are within our error band," she said. "But the direction of travel is very clear."\n\n'
        "10.31pm – The first reaction from the National Union camp comes from its campaign chief, "
        'Douglas Reaney, who told Sky that the party would "wait for real votes, not '
        'guesses".\n\n'
        "11.07pm – Sunderholm South is the first seat to declare, as is tradition. The returning "
        "officer, Priya Lakhani, read out the result in a sports hall packed with counters: "
        "Alliance gain from Union, with a majority of 4,212. Cue loud cheers from the Alliance "
        "benches at the back of the hall.",
        [
            (
                I,
                ["the Progressive Alliance is on course for 341 seats, a majority of 32"],
                "Meridian Research",
            ),
            (
                D,
                [
                    "Exit polls have been wrong before, and the margins in about forty seats are "
                    "within our error band"
                ],
                "Gwen Atherley",
            ),
            (D, ["But the direction of travel is very clear."], "Gwen Atherley"),
            (P, ["wait for real votes, not guesses"], "Douglas Reaney"),
        ],
    ),
    (  # 2 US governor's race: curly quotes, "A," she told supporters ... "B." (two quotes),
        # apposition "former state treasurer X", partial after "promised to govern" with a
        # curly apostrophe; the race call is not speech
        "At 11:48 p.m., the decision desk of the Carver Daily Ledger called the governor's race "
        "in Carver State for Democrat Luis Echeverría-Park, ending a campaign that had been tied "
        "in the polls for months.\n\n"
        "His Republican opponent, former state treasurer Nancy Whitcombe, conceded about forty "
        "minutes later in a hotel ballroom in Fort Ellery. “The voters have spoken, and I accept "
        "their verdict,” she told supporters, some of whom were in tears. “I called Luis to "
        "congratulate him, and I offered him my help.”\n\n"
        "Echeverría-Park took the stage just after 1 a.m. to loud chants from the crowd. He "
        "promised to govern “for the folks who voted for me and for the folks who didn’t” and "
        "thanked his late mother, a school cafeteria worker, in a voice that cracked.\n\n"
        "Turnout statewide was 68 percent, a record for a midterm election in Carver State. "
        "Results "
        "in two rural counties were delayed by a scanner malfunction, but neither was large enough "
        "to change the outcome.",
        [
            (D, ["The voters have spoken, and I accept their verdict"], "Nancy Whitcombe"),
            (
                D,
                ["I called Luis to congratulate him, and I offered him my help."],
                "Nancy Whitcombe",
            ),
            (
                P,
                ["for the folks who voted for me and for the folks who didn’t"],
                "Luis Echeverría-Park",
            ),
        ],
    ),
    (  # 3 turnout analysis: "Dr X, a political scientist at Y, said" indirect without "that",
        # then the same speaker by surname after a two-sentence quote, "Pollster X, of the firm
        # Y," with a partial inside reported speech
        "Turnout across the country reached 71.4 per cent, the highest figure since 1997, with "
        "long queues reported outside polling stations in several university towns well after "
        "the 10pm close. Some polling stations in Harrowgate and Bexley Cross stayed open until "
        "nearly midnight to process voters who had joined the line before the deadline.\n\n"
        "Dr Amara Okonkwo, a political scientist at the University of Harrowgate, said the surge "
        'had been driven by first-time voters. "We have never seen queues like this outside '
        "student halls. Young people turned out because they felt the result was genuinely "
        'open," Okonkwo said.\n\n'
        "Not everyone was convinced. Pollster Rhys Pemberton, of the firm Castlegate Insight, said "
        'the youth vote had been "overstated at every election for twenty years" and warned '
        "against reading too much into photographs of queues. Castlegate's own final poll had put "
        "the Progressive Alliance three points below its eventual share.\n\n"
        "Final turnout figures for each constituency will be published by the Electoral "
        "Commission on Monday, once postal votes have been fully reconciled.",
        [
            (I, ["the surge had been driven by first-time voters"], "Amara Okonkwo"),
            (
                D,
                [
                    "We have never seen queues like this outside student halls. Young people "
                    "turned out because they felt the result was genuinely open"
                ],
                "Amara Okonkwo",
            ),
            (P, ["overstated at every election for twenty years"], "Rhys Pemberton"),
        ],
    ),
    (  # 4 Irish count centre live blog ("14:32 –"): Irish names with particles (Ní, Ó),
        # pronoun "he said" after the quote, returning officer in apposition "has confirmed
        # that"; tally figures are not speech
        "14:05 – At the count centre in Castlebar, the tally sheets put Siobhán Ní Bhriain of "
        "Fianna Nua comfortably ahead in Mayo West, with around 9,800 first preferences.\n\n"
        "14:32 – Outgoing TD Pádraig Ó Catháin has just spoken to reporters, and he does not sound "
        "like a man expecting to keep his seat. \"It's going to come down to transfers, and "
        "transfers haven't been kind to us this time,\" he said.\n\n"
        "15:10 – The returning officer, Bernadette Kilbride, has confirmed that the first count "
        "will be announced at around 5pm, later than planned because of a recheck of boxes from "
        "Achill Island.\n\n"
        "15:26 – Sandwiches have run out in the media room. Tallymen from all parties are still "
        "hunched over the tables, pencils in hand, as the last boxes are opened.\n\n"
        "15:40 – Ní Bhriain has arrived at the count centre with her two children and is working "
        "her way along the tables, shaking hands. She is widely tipped for a junior ministry if "
        "her party enters government.",
        [
            (
                D,
                [
                    "It's going to come down to transfers, and transfers haven't been kind to us "
                    "this time"
                ],
                "Pádraig Ó Catháin",
            ),
            (
                I,
                [
                    "the first count will be announced at around 5pm, later than planned because "
                    "of a recheck of boxes from Achill Island"
                ],
                "Bernadette Kilbride",
            ),
        ],
    ),
    (  # 5 mayoral victory speech: curly quotes and apostrophes, "A," she said, "b." (one
        # quote, two pieces, final period kept), "A spokesman for his party, the Civic League,
        # said" -> the organisation
        "Shortly before midnight, Halvorsen County’s new mayor-elect, Ingrid Solberg-Achebe, "
        "walked onto the stage of the Marlow Theatre to a standing ovation from several hundred "
        "volunteers. Her victory ends twelve years of Civic League control of City Hall.\n\n"
        "“Eighteen months ago, nobody gave this campaign a chance,” she said, “and tonight we’ve "
        "won every single ward on the east side.” She then thanked her volunteers one by one, "
        "reading their names from a list that ran to three pages.\n\n"
        "Her opponent, three-term councilman Walt Dreyfus, did not appear before cameras. A "
        "spokesman for his party, the Civic League, said the councilman had called "
        "Solberg-Achebe shortly after 11 p.m. to concede.\n\n"
        "Solberg-Achebe, 41, a former public defender whose parents emigrated from Norway and "
        "Nigeria, ran on a platform of rent stabilization and a new bus network for the east "
        "side.\n\n"
        "By then, 63,410 ballots had been counted, with about 2,000 mail-in ballots still to be "
        "processed. Certification is expected within two weeks.",
        [
            (
                D,
                [
                    "Eighteen months ago, nobody gave this campaign a chance",
                    "and tonight we’ve won every single ward on the east side.",
                ],
                "Ingrid Solberg-Achebe",
            ),
            (
                I,
                ["the councilman had called Solberg-Achebe shortly after 11 p.m. to concede"],
                "Civic League",
            ),
        ],
    ),
    (  # 6 social media reactions: post on X with the cue before and a colon, nickname in
        # single quotes not speech, partial after "calling the result"; hashtag not speech
        "As results rolled in overnight, politicians took to social media. Former deputy prime "
        'minister Harold Beaumont-Kaye wrote on X: "A dreadful night for my party. We deserved '
        'it, and we need to listen rather than lecture."\n\n'
        "Beaumont-Kaye, who stood down at this election after 27 years in Parliament, spent the "
        "night at home in Shropshire rather than at his old count.\n\n"
        "Margaret Oyelaran-Price, dubbed the 'Iron Lady of Kettering' by local papers, held her "
        "seat by 61 votes after two recounts. She posted a selfie with her exhausted counting "
        'agents, calling the result "the sweetest win of my life". Her majority in 2019 had '
        "been more "
        "than 6,000.\n\n"
        "The hashtag #StayUpForIt, a nod to the all-night counts of the past, trended for most of "
        "the night, and clips of defeated ministers' faces at the moment of declaration were "
        "shared hundreds of thousands of times. By breakfast, several of those ministers had "
        "quietly deleted their own election-eve predictions.",
        [
            (
                D,
                [
                    "A dreadful night for my party. We deserved it, and we need to listen rather "
                    "than lecture."
                ],
                "Harold Beaumont-Kaye",
            ),
            (P, ["the sweetest win of my life"], "Margaret Oyelaran-Price"),
        ],
    ),
    (  # 7 Australian tally-room live blog ("9.41pm –"): analyst in apposition then by surname
        # after the quote, partial at the end of a "he said he had ..." clause, Vietnamese name
        # then "Ms Nguyen" + "she told the crowd", electoral body "says" without "that"
        "9.41pm – Harbour TV's election analyst, Colin Ferraby, has called the seat of Barrington "
        "for the Greens' Thi Lan Nguyen, the first time the party has won a lower-house seat in "
        'the state. "On these numbers there\'s no way back for the Liberals," Ferraby said on '
        "air.\n\n"
        "10.15pm – Outgoing member Gregory Tamworth-Hale has conceded. Speaking at a bowls club in "
        'Barrington, he said he had rung Ms Nguyen to congratulate her and would "not be going '
        'quietly into retirement".\n\n'
        "10.30pm – Counting has been halted in the neighbouring seat of Merrivale after a ballot "
        "box "
        "from a remote polling place arrived without its seal. Scrutineers from both major parties "
        "are now gathered around the table.\n\n"
        "10.52pm – Ms Nguyen has arrived at her election-night party in a converted warehouse. "
        '"This is a win for every renter in this electorate," she told the crowd.\n\n'
        "11.20pm – The Federal Electoral Office says pre-poll votes are still being counted in "
        "several close seats.",
        [
            (D, ["On these numbers there's no way back for the Liberals"], "Colin Ferraby"),
            (P, ["not be going quietly into retirement"], "Gregory Tamworth-Hale"),
            (D, ["This is a win for every renter in this electorate"], "Thi Lan Nguyen"),
            (
                I,
                ["pre-poll votes are still being counted in several close seats"],
                "Federal Electoral Office",
            ),
        ],
    ),
    (  # 8 Canadian recount: reported clause first, "..., the riding's returning officer, X,
        # said Tuesday." (the part before), "Ms. X" with a cue before and a colon, two
        # sentences with the final period kept
        "A judicial recount will be held in the riding of Lac-Vermillon after the final tally "
        "showed New Democrat Élise Gagnon-Whitfield ahead by just 19 votes, the riding's "
        "returning officer, Raymond Baptiste, said Tuesday.\n\n"
        "Ms. Gagnon-Whitfield was cautious when she spoke to reporters outside her campaign office "
        "in Rivière-aux-Cèdres: \"Nineteen votes is nothing. I'm not measuring any curtains in "
        'Ottawa until every ballot has been looked at again."\n\n'
        "Her Conservative rival, Harjit Sandhu-Mercer, a former hockey coach who had held the seat "
        "since 2019, has not commented publicly since election night. His campaign office in the "
        "town's old post office was dark on Tuesday, its windows still covered in posters.\n\n"
        "Under federal election law, a recount is automatic when the margin is smaller than "
        "one-thousandth of the votes cast. The judge has 10 days to begin it, and the process "
        "usually "
        "takes less than a week. The last recount in the riding, in 2008, moved the margin by "
        "three votes.",
        [
            (
                I,
                [
                    "A judicial recount will be held in the riding of Lac-Vermillon after the "
                    "final "
                    "tally showed New Democrat Élise Gagnon-Whitfield ahead by just 19 votes"
                ],
                "Raymond Baptiste",
            ),
            (
                D,
                [
                    "Nineteen votes is nothing. I'm not measuring any curtains in Ottawa until "
                    "every ballot has been looked at again."
                ],
                "Élise Gagnon-Whitfield",
            ),
        ],
    ),
    (  # 9 UK local elections live blog ("3.25am –"): "A," Mr X told Y, "b." (one quote, two
        # pieces), "says her group will" without "that", role alone "The party chairman" with a
        # one-word partial inside "conceded that"
        "3.12am – Dunmore council has changed hands for the first time in 40 years. The "
        "Independents for Dunmore group now hold 29 of the 51 seats, with two wards still to "
        "declare. The Unity Party, which ran the council for most of the past four decades, is "
        "down "
        "to 14.\n\n"
        '3.25am – Unity Party chairman Alistair Abernethy is putting a brave face on it. "Local '
        'elections are always difficult for a party in government," Mr Abernethy told Radio '
        'Dunmore, "and we will learn from tonight."\n\n'
        "3.40am – The new council leader-in-waiting, Yasmin Qureshi-Doyle, says her group will "
        "freeze council tax for two years and publish every contract over £50,000 online.\n\n"
        "3.50am – In the neighbouring borough of Kelsworth, a recount has been called in the Abbey "
        "ward, where just four votes separate the Unity Party and Green candidates. Counting staff "
        "have been sent home for a break and will resume at 9am.\n\n"
        "4.02am – The party chairman has now also conceded that turnout among his party's voters "
        'was "poor" in the town\'s southern wards.',
        [
            (
                D,
                [
                    "Local elections are always difficult for a party in government",
                    "and we will learn from tonight.",
                ],
                "Alistair Abernethy",
            ),
            (
                I,
                [
                    "her group will freeze council tax for two years and publish every contract "
                    "over £50,000 online"
                ],
                "Yasmin Qureshi-Doyle",
            ),
            (P, ["poor"], "Alistair Abernethy"),
        ],
    ),
    (  # 10 presidential results abroad: "..., according to preliminary results released ...
        # by X's Independent Electoral Authority." (the part before), names with al- and Ben,
        # opposition candidate with "she said in a video" after
        "Incumbent president Hamid al-Rashidi won 61 percent of the vote in Sunday's election, "
        "according to preliminary results released overnight by Qarsania's Independent Electoral "
        "Authority. Turnout was put at 38 percent, the lowest since independence.\n\n"
        "The capital was quiet on Monday morning, with shops shuttered and few cars on the main "
        "avenues. Long queues had formed outside some polling stations on Sunday, but many in the "
        "poorer districts stayed at home.\n\n"
        "The main opposition candidate, Leila Ben Youssef, rejected the figures within minutes. "
        '"These results were written before a single ballot was cast," she said in a video '
        "posted on her campaign's Facebook page. Her supporters have been called to gather on "
        "Monday outside the authority's headquarters in Dar al-Nour.\n\n"
        "Observers from the Mediterranean Democracy Institute are due to publish their preliminary "
        "report on Tuesday. Security forces were deployed overnight around the presidential "
        "palace and the state broadcaster. Al-Rashidi, 74, is seeking a fourth term.",
        [
            (
                I,
                [
                    "Incumbent president Hamid al-Rashidi won 61 percent of the vote in Sunday's "
                    "election"
                ],
                "Independent Electoral Authority",
            ),
            (
                D,
                ["These results were written before a single ballot was cast"],
                "Leila Ben Youssef",
            ),
        ],
    ),
    (  # 11 pollsters' bad night: name with particle (van der), three-sentence quote with the
        # role alone "the chief pollster at X told" after, then "Van der Linde said" indirect,
        # "A," he said, "b." (one quote, two pieces)
        "Anneke van der Linde has spent twenty years forecasting elections, but few nights have "
        "been as humbling as Thursday. \"We had the Greens on 9 per cent. They're going to end up "
        'close to 15. That is a big miss, and we will have to explain it," the chief pollster at '
        "Civitas Research told the Channel 6 results programme.\n\n"
        "Van der Linde said the firm's online panel had probably under-sampled younger renters in "
        "the big cities. Civitas switched to a fully online method in 2022 to cut costs.\n\n"
        'Her rival at Marlowe Polling, Sebastian Achterberg, was more forgiving. "Every firm '
        "underestimated the Greens,\" he said, \"so this is not one pollster's problem, it's an "
        'industry problem."\n\n'
        "In the final week of the campaign, all seven major polling firms had put the Greens "
        "between "
        "8 and 11 per cent. The Polling Standards Board will review all surveys published in that "
        "week, as it did after the 2015 general election.",
        [
            (
                D,
                [
                    "We had the Greens on 9 per cent. They're going to end up close to 15. That is "
                    "a big miss, and we will have to explain it"
                ],
                "Anneke van der Linde",
            ),
            (
                I,
                [
                    "the firm's online panel had probably under-sampled younger renters in the big "
                    "cities"
                ],
                "Anneke van der Linde",
            ),
            (
                D,
                [
                    "Every firm underestimated the Greens",
                    "so this is not one pollster's problem, it's an industry problem.",
                ],
                "Sebastian Achterberg",
            ),
        ],
    ),
    (  # 12 US primary live blog ("9:58 p.m. —"): "A spokeswoman for the X Board of
        # Elections said" -> the organisation, indirect without "that"; post on X with the
        # cue before, curly quotes and a colon
        "9:40 p.m. — Polls have closed in Ostrander County, and the first batch of early votes "
        "shows state Sen. Marcus Delacroix-Bell with a narrow lead in the Democratic primary for "
        "the 4th Congressional District. The district, redrawn last year, now includes the "
        "fast-growing suburbs north of Hadley.\n\n"
        "9:58 p.m. — A spokeswoman for the Ostrander County Board of Elections said about 14,000 "
        "mail ballots had arrived in the last two days and would not be counted before "
        "midnight.\n\n"
        "10:05 p.m. — At Kimura's watch party in a high school gym in Lorton, the mood is upbeat. "
        "Volunteers are handing out pizza and a local band is playing covers on a makeshift "
        "stage.\n\n"
        "10:35 p.m. — Delacroix-Bell's rival, former prosecutor Ruth Kimura, has posted on X: "
        "“It's a long night. Every vote will be counted, and I'm feeling good.”\n\n"
        "11:12 p.m. — Delacroix-Bell is expected to address supporters at a brewery in Hadley "
        "within the hour. His lead has narrowed to 312 votes with about 60 percent of precincts "
        "reporting.",
        [
            (
                I,
                [
                    "about 14,000 mail ballots had arrived in the last two days and would not be "
                    "counted before midnight"
                ],
                "Ostrander County Board of Elections",
            ),
            (
                D,
                ["It's a long night. Every vote will be counted, and I'm feeling good."],
                "Ruth Kimura",
            ),
        ],
    ),
    (  # 13 Scottish declaration at dawn: nickname in quotes inside a name (not speech),
        # depute returning officer in apposition with "told reporters:" before, surname alone
        # "MacLennan ... said he would" indirect, then "he said" after a direct quote
        "The declaration in Glenmorven and Strathcarron finally came at 6.15am, after a full "
        'recount requested by the Highland Liberals. Their candidate, Hamish "Big Hamish" '
        "MacLennan, lost by 88 votes to Scottish Forward's Catriona Oduya. The count at the "
        "Dingwall "
        "sports centre had been suspended at 2am when agents disputed more than 300 ballot papers "
        "marked with ticks instead of crosses.\n\n"
        'The depute returning officer, Morag Sinclair, told reporters: "Every single ballot paper '
        "was looked at a second time, and the adjudications were agreed by all the agents "
        'present."\n\n'
        "MacLennan, a crofter and former shinty international, said he would not challenge the "
        "result in court. \"The people of the glens have spoken, and you don't argue with the "
        'glens," he said.\n\n'
        "Ms Oduya, a 34-year-old doctor born in Inverness to Nigerian parents, becomes the "
        "constituency's first female MSP. She is expected to be sworn in at Holyrood next week. "
        "Scottish Forward now holds four of the six Highland seats.",
        [
            (
                D,
                [
                    "Every single ballot paper was looked at a second time, and the adjudications "
                    "were agreed by all the agents present."
                ],
                "Morag Sinclair",
            ),
            (I, ["he would not challenge the result in court"], "Hamish MacLennan"),
            (
                D,
                ["The people of the glens have spoken, and you don't argue with the glens"],
                "Hamish MacLennan",
            ),
        ],
    ),
    (  # 14 morning after for a beaten party: "Its national spokesman, X, told Y that the party
        # had" ending in a partial (only the partial), role alone "the spokesman" + "he said"
        # after a direct quote
        "The Workers' Alliance spent the morning after its worst result in a generation trying to "
        "explain what had gone wrong. The party won 94 seats, down from 171. Its national "
        "spokesman, Tobias Engström-Reid, told Radio "
        'Carrow that the party had "lost touch with the small towns".\n\n'
        "Asked whether the leader, Moira Castellane, should resign, the spokesman refused to be "
        "drawn. \"That is a question for Moira and for the party's members, not for me on a "
        'Saturday morning," he said.\n\n'
        "Castellane herself has not been seen in public since conceding shortly after 2am in her "
        "Wrexford constituency, where her own majority fell from 11,000 to under 900. Her aides "
        "drew "
        "the curtains of her terraced house shortly after dawn. Party "
        "officials were seen arriving at her home in the late morning.\n\n"
        "The party's national executive is due to meet on Tuesday, and a leadership contest could "
        "be triggered before Christmas. Three of its MPs lost seats they had held since the 1990s.",
        [
            (P, ["lost touch with the small towns"], "Tobias Engström-Reid"),
            (
                D,
                [
                    "That is a question for Moira and for the party's members, not for me on a "
                    "Saturday morning"
                ],
                "Tobias Engström-Reid",
            ),
        ],
    ),
    (  # 15 New Zealand by-election live blog ("8.40pm –"): "..., according to the chief
        # electoral officer, X." (the part before), Maori names, "he said:" before curly
        # quotes with a curly apostrophe, volunteer known by first name only
        "8.05pm – The first advance votes are in for the Te Awanui by-election, and they give "
        "Kōwhai Party candidate Aroha Tamihana-Reid a lead of more than 1,400 votes over National "
        "Renewal's Grant Fitzwilliam.\n\n"
        "8.20pm – Tamihana-Reid, a 29-year-old former netball international, is watching the "
        "results with her whānau at the local marae. Cameras are not being allowed inside.\n\n"
        "8.40pm – Turnout is tracking at about 52 per cent, according to the chief electoral "
        "officer, Helen Mahuika.\n\n"
        "8.55pm – Election-day votes are now coming in from the rural booths south of the river, "
        "where National Renewal had hoped to claw back ground. So far the margin is barely "
        "moving.\n\n"
        "9.15pm – Fitzwilliam has conceded. In a short speech to supporters at the Te Awanui Golf "
        "Club, he said: “The message is clear. I’ve rung Aroha and wished her the very best.”\n\n"
        "9.32pm – Outside the golf club, a National Renewal volunteer who gave her name only as "
        "Beth put it more bluntly: “We got hammered.”",
        [
            (I, ["Turnout is tracking at about 52 per cent"], "Helen Mahuika"),
            (
                D,
                ["The message is clear. I’ve rung Aroha and wished her the very best."],
                "Grant Fitzwilliam",
            ),
            (D, ["We got hammered."], "Beth"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout67.jsonl"),
        "heldout67",
        "h67",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
