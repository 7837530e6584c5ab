"""Source of the twenty-second held-out set: writes heldout22.jsonl (split "heldout22").

Written on 2026-11-30 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts are
meant to read like national and international wire copy (government, parliament, diplomacy,
economy, courts, health, environment, science, disasters, sport), not like a list of edge
cases.
Measured once before (extractor 0.3.0) and once after extractor 0.13.0 (docs/EXTRACTION.md), then
read: fixes from its errors are in 0.14.0. Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout22.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-27"

Item = GoldItem

# French typography varies on purpose: « » with plain spaces, no-break spaces (\u00a0),
# narrow no-break spaces (\u202f), none, and “ ”.
FR: list[Item] = [
    (  # 1 budget: no-break spaces, "Il a affirmé que", partial after "a dénoncé"
        "Paris — Le gouvernement a présenté mercredi en Conseil des ministres son projet de "
        "budget pour 2027, qui prévoit 31 milliards d'euros d'économies, dont près de la "
        "moitié sur les dépenses de l'État.\n\n"
        "«\u00a0C'est un budget de responsabilité, pas d'austérité\u00a0», a assuré le ministre "
        "de l'Économie, Bertrand Lescure-Vidal, lors d'une conférence de presse à Bercy. Il a "
        "affirmé que le déficit public serait ramené à 4,1 % du produit intérieur brut l'an "
        "prochain, contre 4,9 % attendus cette année.\n\n"
        "Dans l'opposition, la présidente du groupe Gauche unie à l'Assemblée, Odile "
        "Marchetti, a dénoncé «\u00a0un coup de rabot sur les collectivités et les "
        "hôpitaux\u00a0». Les débats dans l'hémicycle doivent commencer le 14 octobre, et "
        "le recours à l'article 49.3 n'est pas exclu.",
        [
            (D, ["C'est un budget de responsabilité, pas d'austérité"], "Bertrand Lescure-Vidal"),
            (
                I,
                [
                    "le déficit public serait ramené à 4,1 % du produit intérieur brut l'an "
                    "prochain, contre 4,9 % attendus cette année"
                ],
                "Bertrand Lescure-Vidal",
            ),
            (P, ["un coup de rabot sur les collectivités et les hôpitaux"], "Odile Marchetti"),
        ],
    ),
    (  # 2 parliament, short-term rentals: two women deputies alternating, Mme X incise
        "L'Assemblée nationale a adopté jeudi soir, par 289 voix contre 241, la proposition "
        "de loi visant à encadrer les locations touristiques de courte durée dans les "
        "communes où le logement est rare.\n\n"
        "La rapporteure du texte, Claire Dumontier-Ravel (Centre), a salué « une loi "
        "d'équilibre entre les propriétaires et les habitants à l'année ». Face à elle, la "
        "députée Sandrine Aubagne (Droite républicaine) a reproché au gouvernement de "
        "« punir les petits propriétaires pour masquer la pénurie de logements ».\n\n"
        "« Personne ne sera privé de louer son studio l'été, a répondu Mme Dumontier-Ravel. "
        "Ce que nous visons, ce sont les immeubles entiers vidés de leurs habitants. »\n\n"
        "Le groupe de Mme Aubagne doit saisir le Conseil constitutionnel dans les prochains "
        "jours. Le texte doit désormais être examiné par le Sénat en janvier.",
        [
            (
                P,
                ["une loi d'équilibre entre les propriétaires et les habitants à l'année"],
                "Claire Dumontier-Ravel",
            ),
            (
                P,
                ["punir les petits propriétaires pour masquer la pénurie de logements"],
                "Sandrine Aubagne",
            ),
            (
                D,
                [
                    "Personne ne sera privé de louer son studio l'été",
                    "Ce que nous visons, ce sont les immeubles entiers vidés de leurs habitants.",
                ],
                "Claire Dumontier-Ravel",
            ),
        ],
    ),
    (  # 3 diplomacy, minister's tour: "Celle-ci", "D'après un diplomate"
        "Le chef de la diplomatie française, Arnaud Ferrandi, a entamé lundi à Nessara une "
        "tournée de trois jours en Afrique de l'Ouest, la première depuis la brouille de "
        "l'an dernier avec le Kourandé.\n\n"
        "« Nous ne venons pas donner de leçons, mais reconstruire une relation de "
        "confiance », a déclaré M. Ferrandi à sa descente d'avion, aux côtés de son "
        "homologue, Aminata Dioubaté-Sall. Celle-ci a salué « un geste attendu », tout en "
        "évoquant le dossier des objets d'art conservés dans des musées français.\n\n"
        "D'après un diplomate, un accord sur leur restitution pourrait être signé avant la "
        "fin de l'année. La question des visas étudiants doit être abordée mardi, lors d'un "
        "entretien avec le chef de l'État.",
        [
            (
                D,
                [
                    "Nous ne venons pas donner de leçons, mais reconstruire une relation de confiance"
                ],
                "Arnaud Ferrandi",
            ),
            (P, ["un geste attendu"], "Aminata Dioubaté-Sall"),
            (
                I,
                ["un accord sur leur restitution pourrait être signé avant la fin de l'année"],
                "diplomate",
            ),
        ],
    ),
    (  # 4 assizes: avocate générale named once then "la magistrate"; "le pénaliste"
        "Nantes — La cour d'assises de Loire-Atlantique a condamné vendredi Kévin Thébaud, "
        "34 ans, à dix-huit ans de réclusion criminelle pour le meurtre de son associé, tué "
        "de trois coups de couteau en mars 2024 dans l'arrière-boutique de leur garage de "
        "Rezé.\n\n"
        "L'avocate générale, Hélène Morvan-Quéré, avait requis vingt ans. «\u202fIl n'y a "
        "pas eu de dispute qui aurait mal tourné. Il y a eu un homme qui est venu avec une "
        "arme et qui savait ce qu'il allait faire\u202f», avait insisté mardi la magistrate "
        "devant les jurés.\n\n"
        "Son avocat, Me Yannick Le Goff, qui plaidait la légitime défense, a indiqué à "
        "l'issue du délibéré son intention de faire appel. «\u202fMon client a été condamné pour "
        "ce qu'il est, pas pour ce qu'il a fait\u202f», a regretté le pénaliste.\n\n"
        "La famille de la victime n'a pas souhaité s'exprimer.",
        [
            (
                D,
                [
                    "Il n'y a pas eu de dispute qui aurait mal tourné. Il y a eu un homme qui "
                    "est venu avec une arme et qui savait ce qu'il allait faire"
                ],
                "Hélène Morvan-Quéré",
            ),
            (
                D,
                ["Mon client a été condamné pour ce qu'il est, pas pour ce qu'il a fait"],
                "Yannick Le Goff",
            ),
        ],
    ),
    (  # 5 paediatric emergencies report: quoted document ("écrivent les auteurs")
        "Un rapport de l'Inspection générale de la santé, rendu public mardi, dresse un "
        "constat sévère de la situation des urgences pédiatriques dans l'ouest du pays. Sur "
        "les 41 services étudiés, 17 ont dû fermer au moins une nuit par semaine l'hiver "
        "dernier, faute de médecins.\n\n"
        "« La continuité des soins n'est plus assurée dans des territoires entiers », "
        "écrivent les auteurs. Ils préconisent un regroupement des gardes de nuit à "
        "l'échelle départementale.\n\n"
        "Le ministre délégué à la Santé, Florent Guérindon, a promis d'en appliquer "
        "l'essentiel dès janvier. Interrogé sur la radio Azur Info, il a "
        "toutefois reconnu que la réorganisation des gardes ne pourrait pas être achevée "
        "avant l'hiver 2028.",
        [
            (
                D,
                ["La continuité des soins n'est plus assurée dans des territoires entiers"],
                "Inspection générale de la santé",
            ),
            (
                I,
                ["la réorganisation des gardes ne pourrait pas être achevée avant l'hiver 2028"],
                "Florent Guérindon",
            ),
        ],
    ),
    (  # 6 drought: -t-il, partial in reported speech, a campaign TITLE in « », selon + org
        "Valence — Le préfet de la Drôme, Jean-Baptiste Ormières, a placé jeudi l'ensemble "
        "du département en alerte renforcée sécheresse, interdisant l'irrigation des cultures "
        "entre 8 heures et 20 heures. Le débit de la rivière à Saillans est tombé à "
        "0,6 m³/s, moins du tiers de la normale.\n\n"
        "« Nous ne sommes plus dans une sécheresse exceptionnelle, nous sommes dans une "
        "sécheresse qui revient chaque été », a-t-il déclaré.\n\n"
        "La présidente de la chambre d'agriculture, Véronique Chastel, a estimé que les "
        "arboriculteurs risquaient de perdre « jusqu'à un tiers » de leur récolte de "
        "pêches.\n\n"
        "Le département a lancé cette semaine « Chaque goutte compte », une campagne "
        "d'affichage invitant les habitants à réduire leur consommation. Selon le syndicat "
        "mixte Eaux du Val de Drôme, la consommation domestique a déjà baissé de 8 % depuis "
        "juin.",
        [
            (
                D,
                [
                    "Nous ne sommes plus dans une sécheresse exceptionnelle, nous sommes dans "
                    "une sécheresse qui revient chaque été"
                ],
                "Jean-Baptiste Ormières",
            ),
            (P, ["jusqu'à un tiers"], "Véronique Chastel"),
            (
                I,
                ["la consommation domestique a déjà baissé de 8 % depuis juin"],
                "Eaux du Val de Drôme",
            ),
        ],
    ),
    (  # 7 football: colon quote without spaces, "Son capitaine", partial in reported speech
        "Battu 3-1 samedi soir sur la pelouse de l'AS Montclar, le FC Vallon-Rhône reste "
        "dernier de Ligue 1 après quatorze journées et n'a plus gagné depuis le 21 "
        "septembre.\n\n"
        "À l'issue de la rencontre, l'entraîneur Patrice Dumoulin n'a pas cherché "
        "d'excuses: «On a été inexistants pendant une heure. Quand on joue comme ça, on ne "
        "mérite rien.»\n\n"
        "Son capitaine, Yohan Mbemba, a lui aussi parlé d'un match «indigne».\n\n"
        "La direction du club doit se réunir lundi pour évoquer l'avenir du technicien, en "
        "poste depuis 2024. Interrogé sur ce point, le président, Gérard Lhomme, a répondu "
        "qu'il ne s'exprimerait «pas à chaud».",
        [
            (
                D,
                [
                    "On a été inexistants pendant une heure. Quand on joue comme ça, on ne "
                    "mérite rien."
                ],
                "Patrice Dumoulin",
            ),
            (P, ["indigne"], "Yohan Mbemba"),
            (P, ["pas à chaud"], "Gérard Lhomme"),
        ],
    ),
    (  # 8 car-parts layoffs: partial + incise, union delegate after the quote, d'après ministère
        "Le fabricant de pièces automobiles Durmont Industries a annoncé mardi la suppression "
        "de 640 postes en France d'ici à 2028, dont 410 sur son site historique de "
        "Montbéliard, en invoquant l'effondrement des commandes de moteurs thermiques.\n\n"
        "La direction « regrette profondément » cette décision, a déclaré son directeur "
        "général, Olivier Sancerre.\n\n"
        "Sur le site, la colère domine. « On nous a expliqué pendant trois ans que "
        "l'électrique allait sauver l'usine. Aujourd'hui, on nous dit l'inverse », s'est "
        "emporté Fabien Kerlouan, délégué de l'Union syndicale des métaux.\n\n"
        "D'après le ministère de l'Industrie, des discussions sont en cours avec un repreneur "
        "potentiel pour une partie de l'activité de fonderie. Le titre Durmont a pris 4,2 % "
        "à la Bourse de Paris.",
        [
            (P, ["regrette profondément"], "Olivier Sancerre"),
            (
                D,
                [
                    "On nous a expliqué pendant trois ans que l'électrique allait sauver "
                    "l'usine. Aujourd'hui, on nous dit l'inverse"
                ],
                "Fabien Kerlouan",
            ),
            (
                I,
                [
                    "des discussions sont en cours avec un repreneur potentiel pour une partie "
                    "de l'activité de fonderie"
                ],
                "ministère de l'Industrie",
            ),
        ],
    ),
    (  # 9 Quebec highway: -t-elle, "a rappelé que", -t-il; noun-object speech verb
        "QUÉBEC — La ministre des Transports, Geneviève Turcotte-Lamarre, a confirmé mardi "
        "le report d'au moins trois ans du prolongement de l'autoroute 73 vers "
        "Saint-Georges-Est, en raison de la hausse des coûts de construction.\n\n"
        "«\u00a0Le projet n'est pas abandonné. On le refait correctement, avec des chiffres "
        "qui tiennent la route\u00a0», a-t-elle affirmé en point de presse à l'Assemblée "
        "nationale.\n\n"
        "Le député de Beauce-Est, Marc-Antoine Veilleux, a rappelé que la première pelletée "
        "de terre avait été promise pour 2025 pendant la dernière campagne électorale.\n\n"
        "«\u00a0Les gens d'ici ont entendu des promesses pendant vingt ans. Ils ne croient "
        "plus personne\u00a0», a-t-il lancé.\n\n"
        "La facture du projet est passée de 780 millions à plus de 1,3 milliard de dollars.",
        [
            (
                D,
                [
                    "Le projet n'est pas abandonné. On le refait correctement, avec des "
                    "chiffres qui tiennent la route"
                ],
                "Geneviève Turcotte-Lamarre",
            ),
            (
                I,
                [
                    "la première pelletée de terre avait été promise pour 2025 pendant la "
                    "dernière campagne électorale"
                ],
                "Marc-Antoine Veilleux",
            ),
            (
                D,
                [
                    "Les gens d'ici ont entendu des promesses pendant vingt ans. Ils ne croient "
                    "plus personne"
                ],
                "Marc-Antoine Veilleux",
            ),
        ],
    ),
    (  # 10 presidential election: "d'après la même commission", opposition leader, observers
        "La Commission électorale nationale a proclamé dans la nuit de dimanche à lundi la "
        "victoire du président sortant du Tanalie, Émile Ngassa-Bolo, réélu dès le premier "
        "tour avec 58,7 % des voix. La participation s'établit à 46 %, d'après la même "
        "commission.\n\n"
        "Son principal adversaire, l'ancien Premier ministre Justin Okemba, a aussitôt "
        "rejeté ces chiffres. « Ces résultats ont été fabriqués dans les bureaux de la "
        "commission, pas dans les urnes », a-t-il déclaré lors d'une conférence de presse à "
        "son domicile de Port-Lanvi.\n\n"
        "Le chef de la mission d'observation régionale, Ousmane Diakhaby-Fall, a fait état "
        "d'« irrégularités sérieuses » dans plusieurs centaines de bureaux de vote, sans "
        "remettre en cause l'issue du scrutin. L'accès à internet, coupé depuis samedi, "
        "n'avait toujours pas été rétabli lundi matin.",
        [
            (I, ["La participation s'établit à 46 %"], "Commission électorale nationale"),
            (
                D,
                [
                    "Ces résultats ont été fabriqués dans les bureaux de la commission, pas "
                    "dans les urnes"
                ],
                "Justin Okemba",
            ),
            (P, ["irrégularités sérieuses"], "Ousmane Diakhaby-Fall"),
        ],
    ),
    (  # 11 seahorses: “ ” quotes, "reconnaît la biologiste", "Pour son collègue", colon
        "Une équipe de l'Institut de recherche marine de Concarneau a observé pour la "
        "première fois la reproduction en milieu naturel de l'hippocampe moucheté dans la "
        "rade de Brest. Les résultats ont été publiés mercredi dans la revue Océans et "
        "Littoraux.\n\n"
        "“On pensait que l'eau était trop froide pour qu'il s'y reproduise. On s'est "
        "trompés”, reconnaît la biologiste Anne-Sophie Kerguelen, qui a dirigé les "
        "plongées.\n\n"
        "Les chercheurs ont compté 37 juvéniles sur trois herbiers entre juin et septembre. "
        "Pour son collègue Bastien Le Roux, coauteur de l'étude, ce déplacement vers le nord "
        "est “très probablement” lié au réchauffement des eaux côtières.\n\n"
        "Le chercheur appelle toutefois à la prudence: “Trois étés, c'est court. Il faudra "
        "dix ans de suivi pour parler d'une population installée.”",
        [
            (
                D,
                [
                    "On pensait que l'eau était trop froide pour qu'il s'y reproduise. On s'est "
                    "trompés"
                ],
                "Anne-Sophie Kerguelen",
            ),
            (P, ["très probablement"], "Bastien Le Roux"),
            (
                D,
                [
                    "Trois étés, c'est court. Il faudra dix ans de suivi pour parler d'une "
                    "population installée."
                ],
                "Bastien Le Roux",
            ),
        ],
    ),
    (  # 12 theatre director: long quote opening the text, speaker named only after it
        "« Je ne peux pas diriger une maison à laquelle on retire les moyens d'exister. On "
        "m'a demandé de programmer moins, de produire moins, de tourner moins. À ce rythme, "
        "il n'y aura bientôt plus de théâtre, seulement un bâtiment. »\n\n"
        "C'est par ces mots, dans une lettre adressée lundi au personnel, que la directrice "
        "du Théâtre national de la Loire, Solène Marchadier, a annoncé sa démission, trois "
        "mois après la suppression de 1,2 million d'euros de subventions régionales.\n\n"
        "Le président de la région, Hervé Collineau, a « pris acte » de cette décision. Les "
        "crédits culturels de la collectivité avaient déjà baissé de 6 % en 2025.\n\n"
        "Le conseil d'administration du théâtre doit se réunir le 9 décembre pour désigner "
        "une direction par intérim.",
        [
            (
                D,
                [
                    "Je ne peux pas diriger une maison à laquelle on retire les moyens "
                    "d'exister. On m'a demandé de programmer moins, de produire moins, de "
                    "tourner moins. À ce rythme, il n'y aura bientôt plus de théâtre, "
                    "seulement un bâtiment."
                ],
                "Solène Marchadier",
            ),
            (P, ["pris acte"], "Hervé Collineau"),
        ],
    ),
    (  # 13 handball: partial, quote continued over two paragraphs, surname after the cue
        "Herning (Danemark) — Les handballeurs français disputeront dimanche la finale du "
        "championnat d'Europe après leur victoire arrachée vendredi face à la Suède (29-28), "
        "grâce à un but de Théo Vasseur-Amrani à deux secondes de la fin.\n\n"
        "Le sélectionneur, Didier Lambrecht, a reconnu que son équipe avait « beaucoup "
        "souffert » en première période, où elle a été menée de cinq buts.\n\n"
        "« À la mi-temps, je leur ai dit qu'on n'avait rien à perdre. Qu'il fallait arrêter "
        "de regarder le tableau d'affichage et jouer.\n\n"
        "« Ils m'ont écouté. Je ne suis pas sûr qu'ils m'écoutent toujours comme ça », "
        "a-t-il ajouté en souriant.\n\n"
        "Auteur de neuf buts, l'ailier a dédié la victoire à son grand-père, mort en "
        "décembre. « Il m'a appris à jouer dans la cour de la ferme. Ce but, c'est le "
        "sien », a confié Vasseur-Amrani.",
        [
            (P, ["beaucoup souffert"], "Didier Lambrecht"),
            (
                D,
                [
                    "À la mi-temps, je leur ai dit qu'on n'avait rien à perdre. Qu'il fallait "
                    "arrêter de regarder le tableau d'affichage et jouer.",
                    "Ils m'ont écouté. Je ne suis pas sûr qu'ils m'écoutent toujours comme ça",
                ],
                "Didier Lambrecht",
            ),
            (
                D,
                ["Il m'a appris à jouer dans la cour de la ferme. Ce but, c'est le sien"],
                "Théo Vasseur-Amrani",
            ),
        ],
    ),
    (  # 14 EU farm ministers: two women alternating, "la Française", "s'est dite", selon
        "Bruxelles — Les ministres de l'Agriculture des Vingt-Sept ne sont pas parvenus "
        "mardi à un accord sur la réforme des aides à l'installation des jeunes agriculteurs, "
        "après quatorze heures de négociations.\n\n"
        "La ministre française, Laurence Bourgadel, a affirmé qu'elle ne signerait «\u202faucun "
        "texte qui affaiblit les petites exploitations\u202f». Son homologue néerlandaise, "
        "Ineke Voskuijlen, a plaidé au contraire pour des aides «\u202fdavantage ciblées sur "
        "la performance environnementale\u202f».\n\n"
        "«\u202fNous avons besoin de plus de temps, pas d'un mauvais compromis\u202f», a résumé "
        "la Française à la sortie de la réunion. Mme Voskuijlen s'est dite «\u202fdéçue mais "
        "pas pessimiste\u202f».\n\n"
        "Une nouvelle proposition de compromis est attendue en février, sous la "
        "présidence tournante suivante.",
        [
            (
                P,
                ["aucun texte qui affaiblit les petites exploitations"],
                "Laurence Bourgadel",
            ),
            (
                P,
                ["davantage ciblées sur la performance environnementale"],
                "Ineke Voskuijlen",
            ),
            (
                D,
                ["Nous avons besoin de plus de temps, pas d'un mauvais compromis"],
                "Laurence Bourgadel",
            ),
            (P, ["déçue mais pas pessimiste"], "Ineke Voskuijlen"),
        ],
    ),
    (  # 15 storm Ilse: "d'après le gestionnaire du réseau, X", unnamed shopkeeper, mayor
        "Quimperlé — La tempête Ilse a provoqué d'importantes inondations dans la nuit de "
        "samedi à dimanche dans le Finistère. Quelque 12 000 foyers étaient toujours privés "
        "d'électricité dimanche midi, d'après le gestionnaire du réseau, Réseau Ouest "
        "Distribution.\n\n"
        "Dans la basse ville, la Laïta est sortie de son lit et a envahi les quais. «L'eau "
        "est montée d'un mètre en deux heures. On n'a rien pu sauver du rez-de-chaussée», "
        "raconte un commerçant en déblayant sa boutique.\n\n"
        "Le maire, Yann Quéméner, a demandé la reconnaissance de l'état de catastrophe "
        "naturelle. Les digues construites en 2019 dans le "
        "quartier du port ont tenu.",
        [
            (
                I,
                ["Quelque 12 000 foyers étaient toujours privés d'électricité dimanche midi"],
                "Réseau Ouest Distribution",
            ),
            (
                D,
                [
                    "L'eau est montée d'un mètre en deux heures. On n'a rien pu sauver du "
                    "rez-de-chaussée"
                ],
                "commerçant",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rate decision: "saying", comma incise (one quote, two spans), economist indirect
        "The Bank of Arland held its benchmark interest rate at 4.25% on Wednesday for a "
        "third straight meeting, saying inflation was falling more slowly than it had "
        "expected.\n\n"
        '"We are not yet in a position to declare victory," Governor Miriam Achterberg told '
        'reporters, "but the direction of travel is encouraging."\n\n'
        "Annual consumer price inflation eased to 3.4% in October from 3.7% in September. "
        "Most economists polled before the decision had expected no change.\n\n"
        "Markets are pricing in a first cut in February if wage growth continues to slow.",
        [
            (
                I,
                ["inflation was falling more slowly than it had expected"],
                "Bank of Arland",
            ),
            (
                D,
                [
                    "We are not yet in a position to declare victory",
                    "but the direction of travel is encouraging.",
                ],
                "Miriam Achterberg",
            ),
        ],
    ),
    (  # 2 profit warning: partial, "A," X told. "B." = two directs, company as speaker
        "Shares in Brantwood Foods fell 11% on Thursday after the packaged-food maker cut its "
        "full-year profit forecast, blaming higher cocoa and packaging costs.\n\n"
        'Chief executive Nadia Okonjo-Pryce said the company had "underestimated how quickly '
        'input costs would feed through". It will raise prices on about a third of its '
        "products from January.\n\n"
        '"We got this wrong, and we own that," Okonjo-Pryce told analysts on a conference '
        'call. "But the brands are strong and volumes are holding up."\n\n'
        "Brantwood now expects adjusted operating profit of 410 million to 430 million "
        "pounds, down from a previous range of 470 million to 490 million.",
        [
            (
                P,
                ["underestimated how quickly input costs would feed through"],
                "Nadia Okonjo-Pryce",
            ),
            (D, ["We got this wrong, and we own that"], "Nadia Okonjo-Pryce"),
            (D, ["But the brands are strong and volumes are holding up."], "Nadia Okonjo-Pryce"),
        ],
    ),
    (  # 3 care-home fraud: three women (prosecutor, defence, judge), "she said", colon quote
        "A former care home manager who stole more than £180,000 from elderly residents has "
        "been jailed for five years.\n\n"
        "Lorraine Gadsby, 52, of Kettleby, admitted 14 counts of fraud by abuse of position.\n\n"
        "Prosecutor Rebecca Haworth told the court Gadsby had used residents' bank cards to "
        "pay for holidays, a car and her daughter's wedding.\n\n"
        '"These were people who trusted her with everything they had left," she said.\n\n'
        "Defending, Anjali Mistry said her client had run up gambling debts and was "
        '"deeply ashamed".\n\n'
        'Sentencing, Judge Caroline Ashdown said: "You targeted the most vulnerable people '
        'imaginable. Your remorse, such as it is, came only when you were caught."',
        [
            (
                I,
                [
                    "Gadsby had used residents' bank cards to pay for holidays, a car and her "
                    "daughter's wedding"
                ],
                "Rebecca Haworth",
            ),
            (
                D,
                ["These were people who trusted her with everything they had left"],
                "Rebecca Haworth",
            ),
            (P, ["deeply ashamed"], "Anjali Mistry"),
            (
                D,
                [
                    "You targeted the most vulnerable people imaginable. Your remorse, such as "
                    "it is, came only when you were caught."
                ],
                "Caroline Ashdown",
            ),
        ],
    ),
    (  # 4 road salt and bees: paper TITLE in quotes (not a quote), Dr + "she said" x2
        "Bumblebees exposed to road-salt runoff forage less and return to the nest with "
        "lighter pollen loads. The findings were published on Monday.\n\n"
        'The paper, "Salt on the Verge: Roadside Deicing and Pollinator Foraging", appears '
        "in the Journal of Applied Insect Ecology and draws on three summers of fieldwork in "
        "southern Ontario.\n\n"
        "Lead author Dr Priya Raghunathan, of the University of Eastmere, said the effect was "
        "strongest within 20 metres of major roads.\n\n"
        '"It\'s not that the bees die," she said. "It\'s that they quietly do less, and over '
        'a season that adds up."\n\n'
        "The team now plans to test whether salt-tolerant wildflowers planted away from the "
        "verge can draw bees from contaminated patches.",
        [
            (
                I,
                ["the effect was strongest within 20 metres of major roads"],
                "Priya Raghunathan",
            ),
            (D, ["It's not that the bees die"], "Priya Raghunathan"),
            (
                D,
                ["It's that they quietly do less, and over a season that adds up."],
                "Priya Raghunathan",
            ),
        ],
    ),
    (  # 5 waiting lists: minister indirect then "Mr X said." + new quote; opposition partial
        "The number of patients waiting more than a year for planned hospital treatment in "
        "Westland fell by almost a fifth in the six months to September, official figures "
        "show.\n\n"
        "Health Minister Owen Carradine said the drop proved that extra weekend operating "
        "sessions were working.\n\n"
        '"This is real progress for real people," Mr Carradine said. "Nobody should be '
        'waiting a year for a hip replacement, and fewer people are."\n\n'
        "More than 41,000 people are still waiting over a year, most of them for orthopaedic "
        "or eye surgery.",
        [
            (
                I,
                ["the drop proved that extra weekend operating sessions were working"],
                "Owen Carradine",
            ),
            (D, ["This is real progress for real people"], "Owen Carradine"),
            (
                D,
                ["Nobody should be waiting a year for a hip replacement, and fewer people are."],
                "Owen Carradine",
            ),
        ],
    ),
    (  # 6 landslide: "Officials said", speaker after the quote known by first name only
        "At least 14 people were killed and dozens remain missing after a landslide buried "
        "part of a hillside village in the northern province of Kesari on Sunday.\n\n"
        "Officials said rescuers were digging by hand because heavy machinery could not "
        "reach the site along a road cut in two places.\n\n"
        '"We can hear nothing under the mud. We are still hoping," said a rescue volunteer '
        "who gave only his first name, Ramon.\n\n"
        "About 230 families have been moved to evacuation centres. More rain is forecast through the weekend.",
        [
            (
                I,
                [
                    "rescuers were digging by hand because heavy machinery could not reach the "
                    "site along a road cut in two places"
                ],
                "officials",
            ),
            (D, ["We can hear nothing under the mud. We are still hoping"], "Ramon"),
        ],
    ),
    (  # 7 football: partial, colon quote over two paragraphs, club statement
        "Kingsbridge Rovers manager Declan Furey insisted his side's season was \"far from "
        'over" after a 2-0 home defeat by Halcombe City left them seven points adrift of '
        "the play-off places.\n\n"
        "Speaking to Coast FM, Furey said: \"We've got 19 games left and I've seen bigger "
        "gaps closed in less time.\n\n"
        "\"What I won't accept is a performance like that first half. That wasn't us.\"\n\n"
        "Halcombe's goals came from Luca Bertazzi and a late penalty by Jordan Sefton-Obi.\n\n"
        "Rovers said in a statement that midfielder Kyle Dunsford had suffered a suspected "
        "broken ankle and would be assessed on Monday.",
        [
            (P, ["far from over"], "Declan Furey"),
            (
                D,
                [
                    "We've got 19 games left and I've seen bigger gaps closed in less time.",
                    "What I won't accept is a performance like that first half. That wasn't us.",
                ],
                "Declan Furey",
            ),
            (
                I,
                [
                    "midfielder Kyle Dunsford had suffered a suspected broken ankle and would "
                    "be assessed on Monday"
                ],
                "Kingsbridge Rovers",
            ),
        ],
    ),
    (  # 8 state election: Opposition Leader, Treasurer, "she said"
        "Opposition Leader Hamish Toomey has promised to scrap the planned toll on the "
        "Northern Link tunnel if his party wins next month's state election.\n\n"
        "\"Families in the north have been paying for this Government's mistakes for long "
        'enough," Mr Toomey told supporters in Brackenridge on Sunday.\n\n'
        'Treasurer Leanne Castellano said the promise was "uncosted and unfunded".\n\n'
        '"He can\'t tell you where a single dollar of it is coming from," she said.\n\n'
        "The Northern Link is due to open in 2028 and the toll had been expected to raise "
        "about $280 million a year.",
        [
            (
                D,
                [
                    "Families in the north have been paying for this Government's mistakes for "
                    "long enough"
                ],
                "Hamish Toomey",
            ),
            (P, ["uncosted and unfunded"], "Leanne Castellano"),
            (
                D,
                ["He can't tell you where a single dollar of it is coming from"],
                "Leanne Castellano",
            ),
        ],
    ),
    (  # 9 bushfire: commissioner named then "The commissioner" + colon; "Forecasters said"
        "Residents of three towns in the state's north-east have been told to leave "
        "immediately as a bushfire burning out of control since Thursday moves towards the "
        "coast.\n\n"
        "Rural Fire Commissioner Janine Overell said conditions were the worst the region "
        "had seen since 2019.\n\n"
        'The commissioner had a blunt message for anyone thinking of staying: "If you are in '
        "Tallowa Creek, Mirrabin or Cooper's Flat, you need to go now. We cannot guarantee a "
        'truck will be at your door."\n\n'
        "A southerly change is expected late on Saturday, with cooler air and light "
        "showers along the coast.",
        [
            (
                I,
                ["conditions were the worst the region had seen since 2019"],
                "Janine Overell",
            ),
            (
                D,
                [
                    "If you are in Tallowa Creek, Mirrabin or Cooper's Flat, you need to go "
                    "now. We cannot guarantee a truck will be at your door."
                ],
                "Janine Overell",
            ),
        ],
    ),
    (  # 10 strike vote: "according to their union" named later, speaker after cue, period in
        "Talks between the province and 6,800 health-care support workers broke down on "
        "Monday and a strike could begin as early as next week, according to their union.\n\n"
        '"Our members have gone four years without a contract. They are done waiting," said '
        "Rachel Benoit-Kaye, president of the Prairie Health Workers Union.\n\n"
        "In a statement, Health Minister Doug Prentiss said the government's offer of 11 per "
        'cent over four years was "fair and responsible."\n\n'
        "Laboratory staff, cleaners and porters voted 87 per cent in favour of strike action "
        "in October.",
        [
            (
                I,
                [
                    "Talks between the province and 6,800 health-care support workers broke "
                    "down on Monday and a strike could begin as early as next week"
                ],
                "Prairie Health Workers Union",
            ),
            (
                D,
                ["Our members have gone four years without a contract. They are done waiting"],
                "Rachel Benoit-Kaye",
            ),
            (P, ["fair and responsible."], "Doug Prentiss"),
        ],
    ),
    (  # 11 mine stake sale: unnamed sources ("…, two people … said"), partial by CEO
        "Copper miner Talvera Resources is in talks to sell its 45% stake in the Ruvani mine "
        "to a consortium led by Kestrel Metals, two people familiar with the matter said on "
        "Friday.\n\n"
        "The stake was valued at about $700 million in Talvera's last annual report.\n\n"
        "Talvera declined to comment. Kestrel did not respond to a request for comment.\n\n"
        "Talvera's chief executive, Graham Rusk, told investors in September that the company "
        'intended to "simplify the portfolio" over the next two years.',
        [
            (
                I,
                [
                    "Copper miner Talvera Resources is in talks to sell its 45% stake in the "
                    "Ruvani mine to a consortium led by Kestrel Metals"
                ],
                "people familiar with the matter",
            ),
            (P, ["simplify the portfolio"], "Graham Rusk"),
        ],
    ),
    (  # 12 undersea cables: ‘ ’ quotes, "he said. ‘B.’" = two directs, "described as"
        "Foreign ministers of the seven member states of the North Sea Cooperation Council "
        "agreed in Bergen on Thursday to pool their surveillance of undersea cables and "
        "pipelines.\n\n"
        "A joint monitoring centre will open in Aberdeen by 2028. The council's "
        "secretary-general, Henrik Aasland, spoke after the meeting.\n\n"
        "‘Every one of us depends on infrastructure that sits on the seabed, largely "
        "unguarded,’ he said. ‘That has to change.’\n\n"
        "Norway's foreign minister, Ingrid Solbakken-Hauge, described the agreement as ‘a "
        "first step, not a finished job’.",
        [
            (
                D,
                [
                    "Every one of us depends on infrastructure that sits on the seabed, largely "
                    "unguarded"
                ],
                "Henrik Aasland",
            ),
            (D, ["That has to change."], "Henrik Aasland"),
            (P, ["a first step, not a finished job"], "Ingrid Solbakken-Hauge"),
        ],
    ),
    (  # 13 tornado: "…, the sheriff's office said", resident after the cue, then a new quote
        "A tornado tore through the town of Hollis Ford late on Tuesday, destroying at least "
        "30 homes and injuring nine people, the Tamsett County Sheriff's Office said.\n\n"
        '"It sounded like a freight train coming through the living room," said Darlene '
        'Voss, 67, who sheltered in her basement with her two grandchildren. "When we came '
        'up, the roof was just gone."\n\n'
        "Power crews from three neighbouring counties were working to restore electricity to "
        "about 2,000 customers. A school gymnasium on Main Street has been opened as a "
        "shelter.",
        [
            (
                I,
                [
                    "A tornado tore through the town of Hollis Ford late on Tuesday, "
                    "destroying at least 30 homes and injuring nine people"
                ],
                "Tamsett County Sheriff's Office",
            ),
            (
                D,
                ["It sounded like a freight train coming through the living room"],
                "Darlene Voss",
            ),
            (D, ["When we came up, the roof was just gone."], "Darlene Voss"),
        ],
    ),
    (  # 14 footbridge review: quoted report ("the report says"), chair's partial, CEO colon
        "An independent review led by structural engineer Alan Whitcombe into the collapse "
        "of the Mill Lane footbridge in Ashcombe, which injured 11 people last year, was "
        "published on Wednesday.\n\n"
        '"Repeated inspection findings of corrosion at the northern bearing were recorded, '
        'filed and not acted upon," the report says.\n\n'
        "Speaking at its publication, Mr Whitcombe said the failure had been "
        '"organisational, not technical".\n\n'
        "Ashcombe District Council has accepted all 19 recommendations. Its chief "
        'executive, Sandra Pell, said: "We let these people down, and I am truly sorry."',
        [
            (
                D,
                [
                    "Repeated inspection findings of corrosion at the northern bearing were "
                    "recorded, filed and not acted upon"
                ],
                "Alan Whitcombe",
            ),
            (P, ["organisational, not technical"], "Alan Whitcombe"),
            (D, ["We let these people down, and I am truly sorry."], "Sandra Pell"),
        ],
    ),
    (  # 15 athletics: long opening quote, speaker named after it; coach partial; winner
        "\"I didn't think I'd ever stand on a podium again. Two years ago I couldn't walk to "
        "the end of my street without my knee giving way, and there were days I stopped "
        'answering the phone to my coach. This medal is for everyone who kept ringing."\n\n'
        "Those were the words of Shona McAlister after the 29-year-old Scot took bronze in "
        "the 1500 metres at the European Indoor Championships on Saturday.\n\n"
        'Her coach, Brian Tulloch, said she had trained through "a lot of dark mornings" to '
        "get back.\n\n"
        "The race was won by Lucía Arandia-Prats, who said afterwards that she had expected "
        "a faster pace.",
        [
            (
                D,
                [
                    "I didn't think I'd ever stand on a podium again. Two years ago I couldn't "
                    "walk to the end of my street without my knee giving way, and there were "
                    "days I stopped answering the phone to my coach. This medal is for "
                    "everyone who kept ringing."
                ],
                "Shona McAlister",
            ),
            (P, ["a lot of dark mornings"], "Brian Tulloch"),
            (I, ["she had expected a faster pace"], "Lucía Arandia-Prats"),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout22.jsonl"),
        "heldout22",
        "h22",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
