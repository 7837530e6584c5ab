"""Source of the seventh held-out set: writes heldout7.jsonl (split "heldout7").

Written on 2026-11-30 by a person who had not read the extraction code, as a fresh set after
heldout6.jsonl had been read. Same format and rules as GUIDE.md; names, places and figures
invented. The texts are meant to read like wire copy and regional press (obituaries, market
reports, parliamentary sketches, police briefs, weather disasters, trials abroad, match
reports, features), not like a list of edge cases. Measured once before and once after the
speaker changes of that day (docs/EXTRACTION.md), read afterwards. Run from the repository
root:
    .venv/bin/python eval/extraction/build_heldout7.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741

PUBLISHED_AT = "2026-11-26"

Item = GoldItem

# French typography varies on purpose, as it does between newsrooms: « » with plain spaces,
# with no-break spaces (\u00a0), with narrow no-break spaces (\u202f), with none, or “ ”.
FR: list[Item] = [
    (  # 1 obituary, Swiss watchmaker: daughter after "se souvient"; partial after "hommage à"
        "Le Sentier (VD) – Figure de l'horlogerie de la vallée de Joux, Marcel Rochat-Aubert "
        "est mort samedi à l'âge de 91 ans. Entré comme apprenti à quinze ans dans l'atelier "
        "de son oncle, il avait fondé en 1968 sa propre manufacture, spécialisée dans les "
        "complications astronomiques, avant de la céder en 2004 à un groupe genevois. Ses "
        "calendriers perpétuels figurent aujourd'hui dans les collections de plusieurs "
        "musées.\n\n"
        "« Il montait encore à l'établi tous les matins l'hiver dernier. Il ne supportait pas "
        "qu'une montre reste en panne dans un tiroir », se souvient sa fille, Anne-Lise "
        "Rochat, qui dirige une école d'horlogerie à Genève.\n\n"
        "Le syndic du Chenit, Pierre-Alain Golay, a rendu hommage à « un homme têtu, généreux "
        "et d'une précision redoutable », qui avait formé plus de quatre-vingts apprentis en "
        "quarante ans.\n\n"
        "Les obsèques auront lieu mercredi au temple du Sentier.",
        [
            (
                D,
                [
                    "Il montait encore à l'établi tous les matins l'hiver dernier. Il ne "
                    "supportait pas qu'une montre reste en panne dans un tiroir"
                ],
                "Anne-Lise Rochat",
            ),
            (P, ["un homme têtu, généreux et d'une précision redoutable"], "Pierre-Alain Golay"),
        ],
    ),
    (  # 2 cocoa market report: selon + body; broker after "analyse"; noun-object "signalent"
        "Abidjan – Les cours du cacao ont encore reculé mardi sur le marché à terme de "
        "Londres, où la tonne pour livraison en mars s'est échangée à 4 870 livres sterling, "
        "son plus bas niveau depuis quatorze mois. Depuis le début d'octobre, la fève a perdu "
        "près de 22 % de sa valeur.\n\n"
        "Selon le Conseil ivoirien du café-cacao, les arrivées de fèves dans les ports "
        "d'Abidjan et de San-Pedro dépassent de 18 % celles de l'an dernier à la même date, "
        "grâce à des pluies abondantes pendant la floraison.\n\n"
        "«\u00a0Le marché avait parié sur une deuxième mauvaise récolte. Elle n'a pas eu lieu, "
        "et les fonds spéculatifs se débarrassent de leurs positions\u00a0», analyse Koffi "
        "Assémien, courtier chez Sahel Commodities à Abidjan.\n\n"
        "Dans les plantations, le prix garanti au producteur, fixé à 2 200 francs CFA le kilo "
        "pour la campagne principale, reste inchangé. Les coopératives de la région de Soubré "
        "signalent toutefois des retards dans l'enlèvement des sacs.",
        [
            (
                I,
                [
                    "les arrivées de fèves dans les ports d'Abidjan et de San-Pedro dépassent de "
                    "18 % celles de l'an dernier à la même date, grâce à des pluies abondantes "
                    "pendant la floraison"
                ],
                "Conseil ivoirien du café-cacao",
            ),
            (
                D,
                [
                    "Le marché avait parié sur une deuxième mauvaise récolte. Elle n'a pas eu "
                    "lieu, et les fonds spéculatifs se débarrassent de leurs positions"
                ],
                "Koffi Assémien",
            ),
        ],
    ),
    (  # 3 parliamentary sketch: colon-introduced question; role alone; partial; "Il assure"
        "Il est 15 h 12, mardi, quand la séance des questions au gouvernement se réveille "
        "enfin. Jusque-là, l'hémicycle somnolait poliment devant une succession de questions "
        "écrites d'avance. Puis la députée de la Creuse, Martine Lavaud-Serre, se lève, "
        "brandit une boîte de médicaments vide et interpelle le ministre de la Santé, Bertrand "
        "Okafor-Lemaire, sur la fermeture de quatorze pharmacies rurales dans son département "
        "depuis janvier\u00a0: «\u00a0Dans mon canton, pour acheter du paracétamol, il faut "
        "désormais quarante minutes de voiture. Monsieur le ministre, êtes-vous déjà venu dans "
        "la Creuse\u00a0?\u00a0»\n\n"
        "Sur les bancs de la gauche, on applaudit debout\u00a0; à droite, on lève les yeux au "
        "ciel.\n\n"
        "Le ministre attend que le calme revienne, ajuste ses lunettes et rétorque qu'il "
        "connaît «\u00a0très bien\u00a0» la Creuse, où il passait ses vacances enfant. Il "
        "assure qu'un décret autorisant les infirmiers à délivrer certains traitements sera "
        "publié avant Noël.\n\n"
        "La députée secoue la tête, les bras croisés. Le président de séance, lui, a déjà "
        "donné la parole à l'orateur suivant.",
        [
            (
                D,
                [
                    "Dans mon canton, pour acheter du paracétamol, il faut désormais quarante "
                    "minutes de voiture. Monsieur le ministre, êtes-vous déjà venu dans la "
                    "Creuse\u00a0?"
                ],
                "Martine Lavaud-Serre",
            ),
            (P, ["très bien"], "Bertrand Okafor-Lemaire"),
            (
                I,
                [
                    "un décret autorisant les infirmiers à délivrer certains traitements sera "
                    "publié avant Noël"
                ],
                "Bertrand Okafor-Lemaire",
            ),
        ],
    ),
    (  # 4 police brief: selon la gendarmerie; unnamed gendarme; marks without spaces
        "Un automobiliste de 43 ans a été interpellé dimanche soir à Aubenas après avoir forcé "
        "un barrage de gendarmerie et percuté un véhicule de la brigade, sur la route "
        "départementale 104. Aucun militaire n'a été blessé.\n\n"
        "Selon la gendarmerie de l'Ardèche, le conducteur circulait sans permis et présentait "
        "un taux d'alcoolémie de 1,9 gramme par litre de sang. Il a été placé en garde à "
        "vue.\n\n"
        "«Il a foncé droit sur nous, sans même freiner. Mes collègues ont eu le réflexe de se "
        "jeter dans le fossé», a témoigné un gendarme présent sur les lieux, qui a requis "
        "l'anonymat.\n\n"
        "Déjà condamné à deux reprises pour conduite en état d'ivresse, l'homme sera jugé "
        "mercredi en comparution immédiate devant le tribunal de Privas.",
        [
            (
                I,
                [
                    "le conducteur circulait sans permis et présentait un taux d'alcoolémie de "
                    "1,9 gramme par litre de sang"
                ],
                "gendarmerie de l'Ardèche",
            ),
            (
                D,
                [
                    "Il a foncé droit sur nous, sans même freiner. Mes collègues ont eu le "
                    "réflexe de se jeter dans le fossé"
                ],
                "gendarme",
            ),
        ],
    ),
    (  # 5 cyclone, La Réunion: -t-il then "annonçant que"; incise "dit-elle" inside marks
        "Saint-Benoît (La Réunion) – Routes coupées, toitures arrachées, ravines en "
        "crue\u202f: au lendemain du passage du cyclone Tsiory, l'est de l'île comptait ses "
        "dégâts mercredi. Deux personnes sont mortes, emportées par les eaux dans leur voiture "
        "à Sainte-Rose, et 61 000 foyers restaient privés d'électricité en fin de journée.\n\n"
        "Le préfet, Laurent Maillard-Cissé, a survolé la zone en hélicoptère dans la matinée. "
        "«\u202fC'est l'épisode le plus violent que l'île ait connu depuis quinze ans\u202f», "
        "a-t-il déclaré à son retour, annonçant que l'état de catastrophe naturelle serait "
        "demandé dès jeudi.\n\n"
        "Rue des Letchis, Josiane Payet, 67 ans, balaie la boue de sa cuisine. «\u202fL'eau "
        "est montée jusqu'ici, dit-elle en posant la main sur sa hanche. Le congélateur, la "
        "télé, les papiers, tout est perdu.\u202f»\n\n"
        "Il est tombé plus de 900 millimètres de pluie en 36 heures sur les hauts de "
        "Sainte-Rose.",
        [
            (
                D,
                ["C'est l'épisode le plus violent que l'île ait connu depuis quinze ans"],
                "Laurent Maillard-Cissé",
            ),
            (
                I,
                ["l'état de catastrophe naturelle serait demandé dès jeudi"],
                "Laurent Maillard-Cissé",
            ),
            (
                D,
                [
                    "L'eau est montée jusqu'ici",
                    "Le congélateur, la télé, les papiers, tout est perdu.",
                ],
                "Josiane Payet",
            ),
        ],
    ),
    (  # 6 trial in Dakar: partial in a closing speech; Me + intention phrase, then -t-elle
        "Dakar – L'ancien ministre sénégalais de la Pêche, Ousmane Diallo-Ndiaye, a été "
        "condamné jeudi à cinq ans de prison ferme pour le détournement de 2,3 milliards de "
        "francs CFA destinés à la modernisation des quais de pêche de Kayar et de Mbour.\n\n"
        "Lors de son réquisitoire, le procureur, Mamadou Sy, avait dénoncé un « pillage "
        "organisé » au détriment de communautés de pêcheurs qui attendent toujours les "
        "chambres froides promises en 2019.\n\n"
        "L'avocate de l'ancien ministre, Me Aïssatou Ba, a aussitôt fait part de sa volonté de "
        "faire appel. « Ce dossier est vide. Mon client est condamné pour des signatures "
        "apposées par ses collaborateurs », a-t-elle martelé à la sortie de la salle "
        "d'audience, entourée d'une cinquantaine de partisans.\n\n"
        "Ousmane Diallo-Ndiaye, qui a toujours clamé son innocence, est resté impassible à "
        "l'énoncé du verdict. Il devra également rembourser l'intégralité des sommes "
        "détournées.",
        [
            (P, ["pillage organisé"], "Mamadou Sy"),
            (I, ["faire appel"], "Aïssatou Ba"),
            (
                D,
                [
                    "Ce dossier est vide. Mon client est condamné pour des signatures apposées "
                    "par ses collaborateurs"
                ],
                "Aïssatou Ba",
            ),
        ],
    ),
    (  # 7 handball: captain, goalkeeper (partial, then "la jeune femme"), coach ("le technicien")
        "Le Saint-Lô Manche Handball a créé la surprise samedi en s'imposant sur le parquet du "
        "leader, Loire Océan HB (27-25), devant 3 100 spectateurs. Menées de cinq buts à la "
        "pause, les Normandes ont renversé la rencontre grâce à une défense avancée et à une "
        "gardienne en état de grâce.\n\n"
        "« À la mi-temps, on s'est dit les choses. Personne n'avait envie de rentrer en "
        "Normandie avec dix buts dans la valise », a raconté la capitaine, Léa Marchetti, "
        "auteure de neuf réalisations.\n\n"
        "Sa gardienne, Inès Bakayoko, a stoppé 17 tirs, dont deux jets de 7 mètres dans les "
        "cinq dernières minutes. Elle a reconnu avoir « un peu tremblé » sur le dernier. "
        "« J'ai regardé ses yeux, pas le ballon. C'est ce que l'entraîneur me répète depuis "
        "des mois », a souri la jeune femme de 22 ans.\n\n"
        "L'entraîneur, Stéphane Le Guennec, a préféré tempérer l'enthousiasme. Le technicien "
        "a estimé que cette victoire ne vaudrait pas grand-chose si elle n'était pas confirmée "
        "mercredi à domicile contre Besançon, la lanterne rouge.",
        [
            (
                D,
                [
                    "À la mi-temps, on s'est dit les choses. Personne n'avait envie de rentrer "
                    "en Normandie avec dix buts dans la valise"
                ],
                "Léa Marchetti",
            ),
            (P, ["un peu tremblé"], "Inès Bakayoko"),
            (
                D,
                [
                    "J'ai regardé ses yeux, pas le ballon. C'est ce que l'entraîneur me répète "
                    "depuis des mois"
                ],
                "Inès Bakayoko",
            ),
            (
                I,
                [
                    "cette victoire ne vaudrait pas grand-chose si elle n'était pas confirmée "
                    "mercredi à domicile contre Besançon, la lanterne rouge"
                ],
                "Stéphane Le Guennec",
            ),
        ],
    ),
    (  # 8 feature, Pyrenean shepherd: quote over two paragraphs; colon-introduced quote
        "Elle a 34 ans, un master de biologie et 420 brebis. Depuis cinq étés, Maïté "
        "Etchegoyen conduit son troupeau sur les estives de la Pierre-Saint-Martin, à 1 700 "
        "mètres d'altitude. Chargée d'études dans un bureau d'environnement toulousain, elle a "
        "tout quitté en 2021.\n\n"
        "«\u202fJe passais mes journées à écrire des rapports sur des prairies que je ne "
        "voyais jamais. Un matin, dans le métro, j'ai eu l'impression d'étouffer.\n\n"
        "«\u202fMon grand-père était berger à Arette. Son chien n'était plus là, mais sa "
        "cabane tenait encore debout\u202f», raconte-t-elle, assise sur un banc de pierre "
        "devant ladite cabane.\n\n"
        "Les débuts ont été rudes\u202f: trente brebis perdues la première saison, dont une "
        "douzaine tuées par l'ours. Aujourd'hui, elle fabrique 900 tommes par an, vendues sur "
        "les marchés d'Oloron-Sainte-Marie et de Mauléon.\n\n"
        "Son voisin d'estive, Jean-Baptiste Larrory, 71 ans, lui a appris le métier. Il la "
        "regarde retourner les fromages, puis lâche, plus sérieux\u202f: «\u202fSans des "
        "jeunes comme elle, ces montagnes retourneraient aux ronces.\u202f»",
        [
            (
                D,
                [
                    "Je passais mes journées à écrire des rapports sur des prairies que je ne "
                    "voyais jamais. Un matin, dans le métro, j'ai eu l'impression d'étouffer.",
                    "Mon grand-père était berger à Arette. Son chien n'était plus là, mais sa "
                    "cabane tenait encore debout",
                ],
                "Maïté Etchegoyen",
            ),
            (
                D,
                ["Sans des jeunes comme elle, ces montagnes retourneraient aux ronces."],
                "Jean-Baptiste Larrory",
            ),
        ],
    ),
    (  # 9 glaciers: organisation after a postposed "a annoncé"; role alone "la chercheuse"
        "Les glaciers suisses ont perdu 3,1 % de leur volume en 2026, la troisième fonte la "
        "plus importante jamais mesurée, a annoncé mardi le Réseau suisse d'observation des "
        "glaciers.\n\n"
        "Un hiver pauvre en neige, suivi de deux vagues de chaleur en juillet et en août, "
        "explique ce bilan. Sur le glacier du Rhône, le front a reculé de 48 mètres en un an, "
        "et plusieurs petits glaciers des Préalpes ne sont plus mesurables.\n\n"
        "«\u00a0Nous avons vu disparaître en une saison des névés que nous mesurions depuis "
        "les années 1950\u00a0», a déploré la glaciologue Céline Favre-Zurbriggen, de l'École "
        "polytechnique fédérale de Lausanne, qui coordonne les relevés sur le terrain.\n\n"
        "La chercheuse a précisé que les deux tiers du volume actuel auraient fondu d'ici à "
        "la fin du siècle, même si les émissions de gaz à effet de serre étaient fortement "
        "réduites. Sur les quelque 1 400 glaciers que compte la Suisse, une soixantaine ont "
        "disparu des cartes depuis 2016.",
        [
            (
                I,
                [
                    "Les glaciers suisses ont perdu 3,1 % de leur volume en 2026, la troisième "
                    "fonte la plus importante jamais mesurée"
                ],
                "Réseau suisse d'observation des glaciers",
            ),
            (
                D,
                [
                    "Nous avons vu disparaître en une saison des névés que nous mesurions "
                    "depuis les années 1950"
                ],
                "Céline Favre-Zurbriggen",
            ),
            (
                I,
                [
                    "les deux tiers du volume actuel auraient fondu d'ici à la fin du siècle, "
                    "même si les émissions de gaz à effet de serre étaient fortement réduites"
                ],
                "Céline Favre-Zurbriggen",
            ),
        ],
    ),
    (  # 10 Quebec school buses: question mark then "lance" without comma; "a fait savoir"
        "Faute de chauffeurs, le Centre de services scolaire des Hautes-Laurentides a suspendu "
        "lundi quatorze circuits d'autobus, privant quelque 900 élèves de transport scolaire "
        "pour une durée indéterminée. Le transporteur qui assure ces circuits, Autocars "
        "Boréal, manque de onze conducteurs depuis la rentrée.\n\n"
        "«Je dois partir de la maison à 6 h 40 pour aller reconduire mes deux gars à l'école "
        "avant ma job. Je vais faire ça combien de temps?» lance Karine Tremblay, mère de "
        "famille de Mont-Laurier.\n\n"
        "Le ministre de l'Éducation, Sylvain Thibodeau-Roy, a fait savoir mardi qu'une "
        "rencontre avec les transporteurs scolaires de la région aurait lieu jeudi à Québec. "
        "Les syndicats de chauffeurs réclament depuis deux ans une révision des contrats.",
        [
            (
                D,
                [
                    "Je dois partir de la maison à 6 h 40 pour aller reconduire mes deux gars à "
                    "l'école avant ma job. Je vais faire ça combien de temps?"
                ],
                "Karine Tremblay",
            ),
            (
                I,
                [
                    "une rencontre avec les transporteurs scolaires de la région aurait lieu "
                    "jeudi à Québec"
                ],
                "Sylvain Thibodeau-Roy",
            ),
        ],
    ),
    (  # 11 New Caledonia flights: "la compagnie" + partial in reported speech; "s'indigne"
        "Nouméa – La compagnie Îles Air Services a annulé la moitié de ses vols vers Lifou, "
        "Maré et Ouvéa jusqu'à la fin de décembre, après l'immobilisation de deux de ses "
        "quatre ATR pour une inspection des moteurs. Environ 6 000 passagers sont concernés, "
        "en pleine période de retour des étudiants.\n\n"
        "Dans un communiqué, la compagnie a assuré que les passagers seraient « reprogrammés "
        "en priorité » sur les vols maintenus ou intégralement remboursés.\n\n"
        "À l'aérodrome de Magenta, la colère monte. « Ma fille rentre de Brisbane pour les "
        "fêtes. On lui dit qu'elle restera bloquée à Nouméa jusqu'au 28 », s'indigne Wanessa "
        "Hnawia, originaire de Lifou.\n\n"
        "Le président de la province des Îles Loyauté, Basile Ihage, a demandé la mise en "
        "place d'une rotation maritime supplémentaire avant Noël.",
        [
            (P, ["reprogrammés en priorité"], "Îles Air Services"),
            (
                D,
                [
                    "Ma fille rentre de Brisbane pour les fêtes. On lui dit qu'elle restera "
                    "bloquée à Nouméa jusqu'au 28"
                ],
                "Wanessa Hnawia",
            ),
        ],
    ),
    (  # 12 Liège theatre: curly double quotes in French; "s'est dite" + partial
        "Liège – Le Théâtre du Pont-d’Avroy fermera ses portes le 31 janvier, après 58 ans "
        "d’activité. Le conseil d’administration de l’ASBL a acté lundi soir la mise en "
        "faillite, après le refus de la Fédération Wallonie-Bruxelles de relever sa "
        "subvention annuelle, gelée à 410 000 euros depuis 2019.\n\n"
        "“Nous avons tenu tant que nous pouvions. Mais la facture d’énergie a triplé, les "
        "salaires sont indexés, et la subvention, elle, n’a pas bougé d’un euro”, a expliqué "
        "son directeur, Thierry Lambotte, très ému, devant l’équipe réunie sur le plateau.\n\n"
        "Douze salariés perdront leur emploi. L’échevine liégeoise de la Culture, Fabienne "
        "Dethier-Mulongo, s’est dite “profondément attristée” par cette décision.\n\n"
        "Les dernières représentations, une adaptation de Simenon, affichent complet.",
        [
            (
                D,
                [
                    "Nous avons tenu tant que nous pouvions. Mais la facture d’énergie a "
                    "triplé, les salaires sont indexés, et la subvention, elle, n’a pas bougé "
                    "d’un euro"
                ],
                "Thierry Lambotte",
            ),
            (P, ["profondément attristée"], "Fabienne Dethier-Mulongo"),
        ],
    ),
    (  # 13 hail in Valais: winegrower after "soupire"; minister with no quote
        "Sion – Un violent orage de grêle a ravagé dimanche en fin d'après-midi près de 300 "
        "hectares de vignes entre Chamoson et Leytron, à trois semaines des vendanges. Des "
        "grêlons de la taille d'une noix sont tombés pendant une vingtaine de minutes.\n\n"
        "Sur les parcelles les plus touchées, principalement plantées en petite arvine et en "
        "cornalin, les pertes pourraient atteindre 70 % de la récolte.\n\n"
        "«\u00a0En vingt minutes, j'ai perdu le travail d'une année. Les grappes sont hachées, "
        "on dirait qu'on a passé la vigne au mixeur\u00a0», soupire Raphaël Crettenand, "
        "vigneron-encaveur à Chamoson, qui n'était assuré que pour une partie de son "
        "domaine.\n\n"
        "Le conseiller d'État chargé de l'agriculture, Yves-Marie Bonvin, s'est rendu lundi "
        "sur place. Une aide d'urgence sera examinée mercredi par le gouvernement valaisan.",
        [
            (
                D,
                [
                    "En vingt minutes, j'ai perdu le travail d'une année. Les grappes sont "
                    "hachées, on dirait qu'on a passé la vigne au mixeur"
                ],
                "Raphaël Crettenand",
            ),
        ],
    ),
    (  # 14 cholera, Cameroon: Dr after "résume"; d'après + WHO; partial after "décrit"
        "Yaoundé – Le ministère camerounais de la Santé publique a confirmé mardi 212 cas de "
        "choléra et neuf décès dans la région de l'Extrême-Nord depuis le début de novembre, "
        "principalement dans les districts de Mokolo et de Mora, où affluent des déplacés "
        "fuyant les violences.\n\n"
        "«\u202fLes gens boivent l'eau des mares parce qu'il n'y a rien d'autre. Tant qu'on "
        "n'aura pas de forages, on éteindra des incendies\u202f», résume le Dr Hamadou Bello, "
        "qui coordonne un centre de traitement ouvert par Médecins sans frontières à "
        "Mokolo.\n\n"
        "D'après l'Organisation mondiale de la santé, moins d'un tiers des habitants de la "
        "région ont accès à une source d'eau potable à moins de trente minutes de marche. Une "
        "campagne de vaccination orale doit débuter la semaine prochaine.\n\n"
        "Une infirmière du centre, Aminatou Oumarou, décrit des patients qui arrivent "
        "«\u202fà bout de forces, après deux ou trois jours de marche\u202f». Les lits "
        "manquent, tout comme les solutés de réhydratation.",
        [
            (
                D,
                [
                    "Les gens boivent l'eau des mares parce qu'il n'y a rien d'autre. Tant "
                    "qu'on n'aura pas de forages, on éteindra des incendies"
                ],
                "Hamadou Bello",
            ),
            (
                I,
                [
                    "moins d'un tiers des habitants de la région ont accès à une source d'eau "
                    "potable à moins de trente minutes de marche"
                ],
                "Organisation mondiale de la santé",
            ),
            (P, ["à bout de forces, après deux ou trois jours de marche"], "Aminatou Oumarou"),
        ],
    ),
    (  # 15 Belgian commune: échevine partial, then Mme + indirect; opponent with -t-il
        "Après deux heures de débats parfois houleux, le conseil communal de "
        "Bierwart-sur-Meuse a approuvé lundi soir la piétonnisation de la Grand-Rue à partir "
        "du printemps, par 15 voix contre 10.\n\n"
        "L'échevine de la Mobilité, Sophie Van Hamme, a défendu un projet «nécessaire pour "
        "sauver le commerce du centre». Mme Van Hamme a assuré que 140 places de parking "
        "seraient aménagées à moins de 300 mètres, sur le site de l'ancienne sucrerie.\n\n"
        "Dans les rangs de l'opposition, le chef de groupe MR, Olivier Delvaux, n'a pas caché "
        "son scepticisme. «On va tuer la Grand-Rue en voulant la sauver. Les clients de nos "
        "villages ne viendront pas à pied depuis la sucrerie», a-t-il lancé, sous les "
        "applaudissements d'une partie du public.\n\n"
        "Les travaux doivent commencer en mars et durer six mois.",
        [
            (P, ["nécessaire pour sauver le commerce du centre"], "Sophie Van Hamme"),
            (
                I,
                [
                    "140 places de parking seraient aménagées à moins de 300 mètres, sur le "
                    "site de l'ancienne sucrerie"
                ],
                "Sophie Van Hamme",
            ),
            (
                D,
                [
                    "On va tuer la Grand-Rue en voulant la sauver. Les clients de nos villages "
                    "ne viendront pas à pied depuis la sucrerie"
                ],
                "Olivier Delvaux",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 obituary, Australian singer: said + name + apposition; "described her as" partial
        "Doreen McAllister, the Tamworth singer whose 1974 ballad about a failed wheat harvest "
        "became an unlikely anthem for drought-stricken farmers, has died at the age of 83. "
        "She died on Sunday at a nursing home in Armidale, surrounded by her children and "
        "grandchildren.\n\n"
        "McAllister recorded 14 albums and toured rural New South Wales for more than four "
        "decades, often playing in pubs and community halls that bigger acts ignored. She was "
        "inducted into the town's country music hall of fame in 2009.\n\n"
        "“She never understood why people made a fuss. She’d finish a show, pack her own "
        "guitar into the ute and drive five hours home,” said Barry Nolan, her guitarist for "
        "27 years.\n\n"
        "The mayor of Tamworth, Kylie Brennan, described her as “the voice of the bush when "
        "the bush had nobody else to speak for it”. A memorial concert will be held at the "
        "Capitol Theatre in February.",
        [
            (
                D,
                [
                    "She never understood why people made a fuss. She’d finish a show, pack "
                    "her own guitar into the ute and drive five hours home"
                ],
                "Barry Nolan",
            ),
            (
                P,
                ["the voice of the bush when the bush had nobody else to speak for it"],
                "Kylie Brennan",
            ),
        ],
    ),
    (  # 2 wool market report: "according to" + association; analyst after "said"
        "Wool prices fell for a third straight week at Australian auctions, with the benchmark "
        "Eastern Market Indicator closing down 27 cents at 1,108 Australian cents a kilogram "
        "on Wednesday, its lowest level since June.\n\n"
        "Buyers from China, which takes about three-quarters of the Australian clip, were "
        "largely absent from the Melbourne and Fremantle sales, according to the National Wool "
        "Brokers Association. About 14 percent of the 41,200 bales offered were passed in.\n\n"
        '"Mills in Jiangsu are sitting on plenty of stock and the yuan has been soft. Nobody is '
        'in a hurry to buy," said Fiona Reddacliff, a market analyst at Cobar Agri Research in '
        "Dubbo.\n\n"
        "Fine merino wools held up better, slipping just 0.8 percent, while crossbred types "
        "fell more than 4 percent. Sales break for three weeks over Christmas.",
        [
            (
                I,
                [
                    "Buyers from China, which takes about three-quarters of the Australian "
                    "clip, were largely absent from the Melbourne and Fremantle sales"
                ],
                "National Wool Brokers Association",
            ),
            (
                D,
                [
                    "Mills in Jiangsu are sitting on plenty of stock and the yuan has been soft. "
                    "Nobody is in a hurry to buy"
                ],
                "Fiona Reddacliff",
            ),
        ],
    ),
    (  # 3 Commons sketch: question split by "she asked"; Mr + partial with incise; role alone
        "It took the rail minister, Graham Pettifer, just under four minutes on Tuesday to "
        "discover that nobody in the Commons believes the trains are running on time, least "
        "of all the people sitting behind him.\n\n"
        "The first blow came from the Conservative member for Ashby Moor, Harriet "
        "Cole-Danvers, whose constituents have been offered a replacement bus on 41 of the "
        "past 52 Sundays. “Is it the minister’s view,” she asked, “that a bus is simply a train "
        "that has lost its ambition?”\n\n"
        "Mr Pettifer, who had clearly been warned, smiled the smile of a man counting to ten. "
        "Engineering works, he insisted, were “a sign of investment, not neglect”.\n\n"
        "It was then that a Labour backbencher produced a copy of that morning’s timetable, on "
        "which the minister’s own train from his constituency had been marked as cancelled. "
        "The minister conceded the point. “I took the car,” he said, to a roar that the "
        "Speaker took some time to quell.",
        [
            (
                D,
                [
                    "Is it the minister’s view",
                    "that a bus is simply a train that has lost its ambition?",
                ],
                "Harriet Cole-Danvers",
            ),
            (P, ["a sign of investment, not neglect"], "Graham Pettifer"),
            (D, ["I took the car"], "Graham Pettifer"),
        ],
    ),
    (  # 4 NZ police brief: "Police said"; rank + name after the quote
        "DUNEDIN — A 19-year-old man has been charged after a sawn-off shotgun was found in a "
        "car stopped on State Highway 1 near Mosgiel early on Sunday.\n\n"
        "Police said the car had been pulled over for a routine licence check shortly after "
        "2am and officers had found the firearm under the driver's seat, along with 40 rounds "
        "of ammunition.\n\n"
        '"Firearms like this have no legitimate purpose in our community. We would urge anyone '
        'who knows where it came from to contact us," Detective Sergeant Aroha Tipene said.\n\n'
        "The man is due to appear in the Dunedin District Court on Tuesday. He has been "
        "remanded in custody.",
        [
            (
                I,
                [
                    "the car had been pulled over for a routine licence check shortly after 2am "
                    "and officers had found the firearm under the driver's seat, along with 40 "
                    "rounds of ammunition"
                ],
                "police",
            ),
            (
                D,
                [
                    "Firearms like this have no legitimate purpose in our community. We would "
                    "urge anyone who knows where it came from to contact us"
                ],
                "Aroha Tipene",
            ),
        ],
    ),
    (  # 5 tornado: resident after "said"; mayor "called ... " partial, then "warned that"
        "HOLLIS CREEK, Okla. — A tornado tore through this town of 2,300 people late Thursday, "
        "killing three people, flattening the gymnasium of the elementary school and leaving a "
        "path of destruction nearly a mile wide. Preliminary surveys point to an EF-3 with "
        "winds of up to 150 mph.\n\n"
        '"I heard it coming like a freight train, and I got my kids into the bathtub with a '
        'mattress on top of us. When we came out, the back half of the house was gone," said '
        "Marisol Ortega, standing in what had been her kitchen.\n\n"
        "Volunteers from four counties arrived overnight with chainsaws and generators. Mayor "
        'Ron Dickerson called their response "Oklahoma at its best" but warned that some homes '
        "could be without power for a week or more.\n\n"
        "The Red Cross has opened a shelter at the First Baptist Church.",
        [
            (
                D,
                [
                    "I heard it coming like a freight train, and I got my kids into the bathtub "
                    "with a mattress on top of us. When we came out, the back half of the house "
                    "was gone"
                ],
                "Marisol Ortega",
            ),
            (P, ["Oklahoma at its best"], "Ron Dickerson"),
            (I, ["some homes could be without power for a week or more"], "Ron Dickerson"),
        ],
    ),
    (  # 6 trial in Bali: "told a court that" before the name; surname after quote; mother
        "DENPASAR, Indonesia — An Australian surf instructor accused of smuggling 1.2 "
        "kilograms of methamphetamine into Bali told a court on Monday that he had been "
        "tricked into carrying a bag for a man he had met in a bar in Kuta.\n\n"
        "Lachlan Reeve, 29, from Byron Bay, faces a possible death sentence if convicted. The "
        "drugs were found in March in the lining of a surfboard bag at Ngurah Rai "
        "International Airport.\n\n"
        "“I was stupid and I trusted the wrong person. I am not a drug dealer,” Reeve told the "
        "three-judge panel through an interpreter, his voice breaking.\n\n"
        "His mother, Janine Reeve, who has flown to Bali for every hearing, said outside the "
        "court that the family had been “living a nightmare” since his arrest.\n\n"
        "The trial resumes next week.",
        [
            (
                I,
                ["he had been tricked into carrying a bag for a man he had met in a bar in Kuta"],
                "Lachlan Reeve",
            ),
            (
                D,
                ["I was stupid and I trusted the wrong person. I am not a drug dealer"],
                "Lachlan Reeve",
            ),
            (P, ["living a nightmare"], "Janine Reeve"),
        ],
    ),
    (  # 7 women's cricket: captain (she said), teenager (role alone), rival coach partial
        "HOBART — Tasmania completed a stunning chase at Bellerive Oval on Saturday, reaching "
        "271 for 6 with two balls to spare to beat Queensland by four wickets and go top of "
        "the women's one-day ladder.\n\n"
        "Captain Ellie Vandenberg, who made 94 from 88 balls, said her side had never doubted "
        'the target was gettable. "The wicket was still flat and the outfield was quick. We '
        'just needed someone to bat deep, and it happened to be me," she said.\n\n'
        "Spinner Hannah Koh, 19, finished it with a sweep for four off the penultimate ball. "
        '"I didn\'t really see where it went. I just heard the crowd," the teenager said with '
        "a grin.\n\n"
        "Queensland coach Mark Tully was less amused, describing his bowlers' last ten overs "
        'as "club standard". The sides meet again on Tuesday.',
        [
            (I, ["her side had never doubted the target was gettable"], "Ellie Vandenberg"),
            (
                D,
                [
                    "The wicket was still flat and the outfield was quick. We just needed "
                    "someone to bat deep, and it happened to be me"
                ],
                "Ellie Vandenberg",
            ),
            (D, ["I didn't really see where it went. I just heard the crowd"], "Hannah Koh"),
            (P, ["club standard"], "Mark Tully"),
        ],
    ),
    (  # 8 feature, lighthouse keeper: quote over two paragraphs; "she adds" postposed
        "For 31 years, Angus MacLellan’s commute was a 200-metre walk across wet granite, from "
        "the keeper’s house on Scaup Island to the foot of the lighthouse. He was the last "
        "keeper on this stretch of the Nova Scotia coast when the light was automated in "
        "1998, and at 88 he still keeps the logbooks in a biscuit tin.\n\n"
        "“People think it was lonely. It wasn’t, not really. You had the radio, the weather, "
        "the ships going by, and you knew every one of them by the sound of her engine.\n\n"
        "“The worst was the fog. Three, four days of it sometimes, and the horn going every "
        "thirty seconds. My wife heard it in her sleep for years after,” he recalls, sitting "
        "by the window of his apartment in Sydney, N.S.\n\n"
        "His daughter, Catherine MacLellan-Boyd, says her father still phones the coast guard "
        "whenever he suspects the light on a nearby point has gone out. He is usually right, "
        "she adds.\n\n"
        "The keeper’s house is due to reopen as a small museum in 2028.",
        [
            (
                D,
                [
                    "People think it was lonely. It wasn’t, not really. You had the radio, the "
                    "weather, the ships going by, and you knew every one of them by the sound "
                    "of her engine.",
                    "The worst was the fog. Three, four days of it sometimes, and the horn "
                    "going every thirty seconds. My wife heard it in her sleep for years after",
                ],
                "Angus MacLellan",
            ),
            (
                I,
                [
                    "her father still phones the coast guard whenever he suspects the light on "
                    "a nearby point has gone out"
                ],
                "Catherine MacLellan-Boyd",
            ),
            (I, ["He is usually right"], "Catherine MacLellan-Boyd"),
        ],
    ),
    (  # 9 asteroid: organisation "said on Tuesday that"; Dr. + name + apposition after quote
        "A 40-metre asteroid discovered last week by a telescope in Western Australia will "
        "pass within 31,000 kilometres of Earth next October, closer than many communications "
        "satellites.\n\n"
        "The object, designated 2026 WK4, was first spotted on Nov. 17 by the Mount Carrow "
        "Observatory near Kalgoorlie. NASA said on Tuesday that follow-up observations from "
        "Chile and Hawaii had ruled out any chance of a collision.\n\n"
        '"In astronomical terms it is a near miss, but there is no danger at all. What it '
        'gives us is a once-in-a-decade chance to study one of these objects up close," said '
        "Dr. Priya Venkataraman, the observatory's lead astronomer.\n\n"
        "Tomasz Wierzbicki, a planetary scientist at the University of Otago who was not "
        'involved in the discovery, called the flyby "a gift for anyone who studies small '
        'bodies". Radar images should reveal whether the asteroid is a single rock or a loose '
        "pile of rubble.",
        [
            (
                I,
                [
                    "follow-up observations from Chile and Hawaii had ruled out any chance of a "
                    "collision"
                ],
                "NASA",
            ),
            (
                D,
                [
                    "In astronomical terms it is a near miss, but there is no danger at all. "
                    "What it gives us is a once-in-a-decade chance to study one of these "
                    "objects up close"
                ],
                "Priya Venkataraman",
            ),
            (P, ["a gift for anyone who studies small bodies"], "Tomasz Wierzbicki"),
        ],
    ),
    (  # 10 four-day school week: quote then "told the board"; Ms. + said; parent
        "CEDAR BLUFF, Mo. — The Cedar Bluff R-IV school board voted 5-2 on Monday to move to "
        "a four-day week next fall, joining more than 180 districts in Missouri that have "
        "dropped Friday classes.\n\n"
        "“We are losing candidates to districts twenty minutes down the road that already "
        "offer a four-day week. This levels the playing field,” Superintendent Lorraine "
        "Pettibone told the board before the vote. Ms. Pettibone said the change would also "
        "save about $240,000 a year in bus and utility costs.\n\n"
        "Not everyone was convinced. Kyle Durbin, a father of two who works night shifts at a "
        "poultry plant, said he had no idea who would watch his children on Fridays. The "
        "district plans to offer supervised activities for a fee of $15 a day.",
        [
            (
                D,
                [
                    "We are losing candidates to districts twenty minutes down the road that "
                    "already offer a four-day week. This levels the playing field"
                ],
                "Lorraine Pettibone",
            ),
            (
                I,
                ["the change would also save about $240,000 a year in bus and utility costs"],
                "Lorraine Pettibone",
            ),
            (I, ["he had no idea who would watch his children on Fridays"], "Kyle Durbin"),
        ],
    ),
    (  # 11 island ferry: operator "said"; single quotes + "she said"; MSP partial
        "Residents of the Isle of Scarra have been left without a ferry for the fourth time in "
        "a month after the island’s only vessel, the MV Loch Ailort, was withdrawn from "
        "service with a gearbox fault.\n\n"
        "Hebridean Link Ferries said a replacement vessel would not be available until Monday "
        "at the earliest. The company has apologised to the island’s 600 residents.\n\n"
        "Morag Macinnes, who runs the island’s only shop, has thrown away £800 of fresh "
        "produce in a fortnight. ‘The shelves are empty and the school dinners are coming over "
        "in a wee boat from the fish farm. We are an island, not a museum of breakdowns,’ she "
        "said.\n\n"
        "The local MSP, Calum Ferguson, described the situation as ‘a scandal that would not "
        "be tolerated anywhere on the mainland’.",
        [
            (
                I,
                ["a replacement vessel would not be available until Monday at the earliest"],
                "Hebridean Link Ferries",
            ),
            (
                D,
                [
                    "The shelves are empty and the school dinners are coming over in a wee boat "
                    "from the fish farm. We are an island, not a museum of breakdowns"
                ],
                "Morag Macinnes",
            ),
            (
                P,
                ["a scandal that would not be tolerated anywhere on the mainland"],
                "Calum Ferguson",
            ),
        ],
    ),
    (  # 12 measles: Dr. + apposition + "said"; "she warned"; noun-object "has confirmed"
        "Haldimand Lakes Public Health has confirmed 23 cases of measles in the region since "
        "Nov. 2, most of them among unvaccinated children.\n\n"
        "Dr. Simone Achebe-Laurent, the region's medical officer of health, said at least four "
        "children had been admitted to hospital, one of them to the intensive care unit at "
        "McMaster Children's Hospital in Hamilton.\n\n"
        '"Measles is not a mild illness. It is one of the most contagious viruses we know, and '
        'it will find every gap in our protection," she warned.\n\n'
        "Exposures have been identified at two schools, a church in Dunnville and a hockey "
        "arena in Cayuga. Free vaccination clinics will run on Saturday and Sunday.",
        [
            (
                I,
                [
                    "at least four children had been admitted to hospital, one of them to the "
                    "intensive care unit at McMaster Children's Hospital in Hamilton"
                ],
                "Simone Achebe-Laurent",
            ),
            (
                D,
                [
                    "Measles is not a mild illness. It is one of the most contagious viruses we "
                    "know, and it will find every gap in our protection"
                ],
                "Simone Achebe-Laurent",
            ),
        ],
    ),
    (  # 13 brewery closure: owner after apposition; said + name + apposition after quote
        "KEIGHLEY — Thornbeck Brewery will close next spring with the loss of 85 jobs, ending "
        "160 years of brewing in the town.\n\n"
        "Its owner, the Dutch drinks group Van Hulst, said production of Thornbeck’s "
        "best-known beers would move to its plant in Burton upon Trent, where it has spare "
        "capacity.\n\n"
        "Staff were told at a fifteen-minute meeting in the canteen on Tuesday morning. “These "
        "are skilled people with mortgages and families, many of them with twenty or thirty "
        "years’ service. They deserved better than that,” said Gary Sutcliffe, a regional "
        "officer for the Unite union.\n\n"
        "The brewery’s visitor centre will stay open until March.",
        [
            (
                I,
                [
                    "production of Thornbeck’s best-known beers would move to its plant in "
                    "Burton upon Trent, where it has spare capacity"
                ],
                "Van Hulst",
            ),
            (
                D,
                [
                    "These are skilled people with mortgages and families, many of them with "
                    "twenty or thirty years’ service. They deserved better than that"
                ],
                "Gary Sutcliffe",
            ),
        ],
    ),
    (  # 14 restitution: Dr. + colon-introduced quote; minister "welcomed" partial + "said he"
        "BATH — The trustees of the Harcourt Museum voted on Wednesday to return 17 gold "
        "ornaments taken from Kumasi by British troops in 1874 to the Asante royal court in "
        "Ghana.\n\n"
        "The museum’s director, Dr. Eleanor Whitlock, was unequivocal: “These objects were "
        "taken by force. There is no version of this story in which keeping them is the right "
        "thing to do.”\n\n"
        "Ghana’s culture minister, Kwabena Asare-Mensah, welcomed “a gesture of respect "
        "between our peoples” and said he hoped other British institutions would follow the "
        "museum’s example.\n\n"
        "The ornaments will travel to Kumasi in March, accompanied by two of the museum’s "
        "curators.",
        [
            (
                D,
                [
                    "These objects were taken by force. There is no version of this story in "
                    "which keeping them is the right thing to do."
                ],
                "Eleanor Whitlock",
            ),
            (P, ["a gesture of respect between our peoples"], "Kwabena Asare-Mensah"),
            (
                I,
                ["he hoped other British institutions would follow the museum’s example"],
                "Kwabena Asare-Mensah",
            ),
        ],
    ),
    (  # 15 planning row: said + Cllr + name after the quote
        "Plans to turn a former Methodist chapel in Porthcarrow into six holiday flats have "
        "been rejected by Cornwall Council's planning committee after more than 200 objections "
        "from residents.\n\n"
        '"Porthcarrow has 412 homes and 180 of them are already second homes or holiday lets. '
        'At some point we have to say enough," said Cllr Rosalind Tregear, who represents the '
        "village.\n\n"
        "Elaine Hocking, 74, whose family has fished out of the village for five generations, "
        "was among dozens of residents who packed the public gallery for the three-hour "
        "meeting.\n\n"
        "The applicant, Julian Pendry, has six months to lodge an appeal.",
        [
            (
                D,
                [
                    "Porthcarrow has 412 homes and 180 of them are already second homes or "
                    "holiday lets. At some point we have to say enough"
                ],
                "Rosalind Tregear",
            ),
        ],
    ),
]


if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout7.jsonl"),
        "heldout7",
        "7",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
