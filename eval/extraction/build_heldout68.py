"""Source of the sixty-eighth held-out set: writes heldout68.jsonl (split "heldout68").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
housing and urban planning news: rents and rent control, evictions, social housing and estate
renewal, building permits, mayors and developers, tenants' associations, planning inquiries,
zoning and homelessness, with quotes of elected officials, landlords, tenants and campaigners.
Measured once before (extractor 0.23.1) and once with 0.24.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout68.py
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
    (  # 1 rent control: apposition "La maire de X, Name," + "a annoncé que"; no-break spaces,
        # role "l'élue" after; "a dénoncé une mesure qui …" (noun object, not annotated);
        # two-sentence quote with "prévient-il"
        "La maire de Saint-Aubin-les-Vignes, Claire Delahaye-Morin, a annoncé mardi que "
        "l'encadrement des loyers entrerait en vigueur dans sa commune le 1er mars 2027. La "
        "mesure, réclamée depuis trois ans par les associations de locataires, concernera près de "
        "21\u00a0000 logements du parc privé.\n\n"
        "«\u00a0Un studio de vingt mètres carrés loué 850 euros, ce n'est plus un marché, c'est une "
        "rente\u00a0», a lancé l'élue devant le conseil municipal, sous les applaudissements d'une "
        "partie du public.\n\n"
        "Le dispositif prévoit des loyers de référence fixés par arrêté préfectoral, quartier par "
        "quartier. Les bailleurs qui dépasseraient le plafond s'exposeront à une amende pouvant "
        "atteindre 5\u00a0000 euros.\n\n"
        "Du côté des propriétaires, le ton est tout autre. Le président de la chambre syndicale de "
        "la propriété immobilière, Bertrand Oudinot, a dénoncé une mesure qui découragera les "
        "investisseurs. «\u00a0Les petits bailleurs vont vendre et l'offre locative va fondre. Ce "
        "sont les locataires qui paieront la note\u00a0», prévient-il.",
        [
            (
                I,
                ["l'encadrement des loyers entrerait en vigueur dans sa commune le 1er mars 2027"],
                "Claire Delahaye-Morin",
            ),
            (
                D,
                [
                    "Un studio de vingt mètres carrés loué 850 euros, ce n'est plus un marché, "
                    "c'est une rente"
                ],
                "Claire Delahaye-Morin",
            ),
            (
                D,
                [
                    "Les petits bailleurs vont vendre et l'offre locative va fondre. Ce sont les "
                    "locataires qui paieront la note"
                ],
                "Bertrand Oudinot",
            ),
        ],
    ),
    (  # 2 evictions: "…, selon la Fondation X, qui …" (part before), two-sentence quote with the
        # name after ("résume X, coordinatrice"), unnamed tenant "une locataire" with a quote
        # split by "dit-elle," (one quote, two pieces, final period kept)
        "Le nombre d'expulsions locatives avec le concours de la force publique a atteint un "
        "niveau record l'an dernier en Haute-Sarre : 1 412 ménages ont été mis à la rue, selon la "
        "Fondation Abri-Solidaire, qui publie ce samedi son rapport annuel sur le mal-logement "
        "dans le département.\n\n"
        "La trêve hivernale, entrée en vigueur le 1er novembre, suspend les expulsions jusqu'au 31 "
        "mars. Mais les procédures, elles, continuent de s'accumuler devant le tribunal de "
        "Vernoux.\n\n"
        "«\u00a0Nous voyons arriver des travailleurs pauvres, des retraités, des mères seules avec "
        "deux enfants. Ce n'est plus la marge de la société\u00a0», résume Yasmina Benali, "
        "coordinatrice de la fondation à Vernoux.\n\n"
        "Une locataire du quartier des Tilleuls, menacée d'expulsion au printemps, a accumulé "
        "4 000 euros de dettes après avoir perdu son emploi de caissière. «\u00a0J'ai payé mon "
        "loyer sans un jour de retard pendant onze ans, dit-elle, et il a suffi de six mois pour "
        "que tout s'écroule.\u00a0»",
        [
            (
                I,
                [
                    "Le nombre d'expulsions locatives avec le concours de la force publique a "
                    "atteint un niveau record l'an dernier en Haute-Sarre : 1 412 ménages ont été "
                    "mis à la rue"
                ],
                "Fondation Abri-Solidaire",
            ),
            (
                D,
                [
                    "Nous voyons arriver des travailleurs pauvres, des retraités, des mères seules "
                    "avec deux enfants. Ce n'est plus la marge de la société"
                ],
                "Yasmina Benali",
            ),
            (
                D,
                [
                    "J'ai payé mon loyer sans un jour de retard pendant onze ans",
                    "et il a suffi de six mois pour que tout s'écroule.",
                ],
                "locataire",
            ),
        ],
    ),
    (  # 3 estate demolition: « » without inner spaces, name with particle "de" in apposition,
        # "a-t-il justifié" after a two-sentence quote, partial after "parle d'un", later
        # "M. de Villeneuve assure … que"
        "Les 312 logements de la cité Pasteur, à Brévannes-sur-Lore, seront démolis d'ici 2030 "
        "et remplacés par 280 logements neufs, dont 70 % de logements sociaux. Le directeur "
        "général de l'office public Habitat Val-de-Lore, Jean-Baptiste de Villeneuve, a présenté "
        "jeudi le projet aux habitants, dans un gymnase comble.\n\n"
        "«Ces tours ont été construites en dix-huit mois, en 1964. Elles ne sont plus réparables "
        "à un coût raisonnable», a-t-il justifié, évoquant des infiltrations chroniques et des "
        "ascenseurs en panne plusieurs semaines par an.\n\n"
        "L'annonce passe mal auprès d'une partie des locataires, dont beaucoup vivent dans la "
        "cité depuis plus de trente ans. La présidente de l'Amicale des locataires, Fatoumata "
        "Diarra, parle d'un «nettoyage social qui ne dit pas son nom».\n\n"
        "M. de Villeneuve assure de son côté que chaque famille se verra proposer trois offres de "
        "relogement, dont au moins une dans la commune. Une réunion publique doit se tenir le 15 "
        "décembre à la maison de quartier.",
        [
            (
                D,
                [
                    "Ces tours ont été construites en dix-huit mois, en 1964. Elles ne sont plus "
                    "réparables à un coût raisonnable"
                ],
                "Jean-Baptiste de Villeneuve",
            ),
            (P, ["nettoyage social qui ne dit pas son nom"], "Fatoumata Diarra"),
            (
                I,
                [
                    "chaque famille se verra proposer trois offres de relogement, dont au moins "
                    "une dans la commune"
                ],
                "Jean-Baptiste de Villeneuve",
            ),
        ],
    ),
    (  # 4 building permits: indirect with the attribution after and no "que" ("…, a annoncé
        # vendredi l'Observatoire"), cue before with a colon and a two-sentence quote keeping
        # its final period, quote then "insiste l'économiste X, de l'université de Y"
        "Le nombre de permis de construire délivrés pour des logements a reculé de 18 % sur un an "
        "dans la région Val-d'Orbe, a annoncé vendredi l'Observatoire régional de l'habitat. Sur "
        "les neuf premiers mois de l'année, 21 300 logements ont été autorisés, contre 26 000 un "
        "an plus tôt.\n\n"
        "Le président de la Fédération du bâtiment du Val-d'Orbe, Gérard Lambesc, s'est montré "
        "alarmiste\u00a0: «\u00a0Si rien ne bouge, nous perdrons 6\u00a0000 emplois d'ici à la fin "
        "de 2027. Les carnets de commandes sont vides à partir du printemps.\u00a0»\n\n"
        "La baisse touche surtout la maison individuelle, tandis que les permis pour des immeubles "
        "collectifs se stabilisent. Les primo-accédants, pénalisés par la hausse des taux "
        "d'intérêt, ont quasiment disparu des lotissements.\n\n"
        "«\u00a0Le vrai sujet, c'est le foncier. Un terrain à bâtir coûte deux fois plus cher "
        "qu'en 2015 et les communes rechignent à en ouvrir de nouveaux\u00a0», insiste "
        "l'économiste Inès Achour-Brunet, de l'université de Castelnau.",
        [
            (
                I,
                [
                    "Le nombre de permis de construire délivrés pour des logements a reculé de "
                    "18 % sur un an dans la région Val-d'Orbe"
                ],
                "Observatoire régional de l'habitat",
            ),
            (
                D,
                [
                    "Si rien ne bouge, nous perdrons 6\u00a0000 emplois d'ici à la fin de 2027. Les "
                    "carnets de commandes sont vides à partir du printemps."
                ],
                "Gérard Lambesc",
            ),
            (
                D,
                [
                    "Le vrai sujet, c'est le foncier. Un terrain à bâtir coûte deux fois plus cher "
                    "qu'en 2015 et les communes rechignent à en ouvrir de nouveaux"
                ],
                "Inès Achour-Brunet",
            ),
        ],
    ),
    (  # 5 emergency shelter: "a promis la création de …" (noun object, not annotated), role
        # alone "la ministre" after a quote, unnamed "un bénévole", "Mme X a également annoncé
        # qu'…"
        "La ministre du Logement, Sandrine Keravec, a promis mercredi la création de 8\u00a0000 "
        "places d'hébergement d'urgence supplémentaires avant la fin de l'hiver. «\u00a0Personne "
        "ne doit dormir dehors cet hiver, et surtout pas un enfant\u00a0», a déclaré la ministre "
        "lors de la visite d'un centre d'accueil à Lormont-Plage.\n\n"
        "Sur le terrain, les associations restent sceptiques. Chaque soir, plus de 400 demandes "
        "adressées au 115 restent sans solution dans le département, et des familles entières "
        "dorment dans leur voiture sur les parkings des centres commerciaux.\n\n"
        "«\u00a0Les annonces, on en a eu tous les hivers\u00a0», soupire un bénévole qui assure "
        "les maraudes depuis douze ans. La semaine dernière, son équipe a trouvé une femme "
        "enceinte de huit mois installée sous un pont de la rocade.\n\n"
        "Mme Keravec a également annoncé qu'une loi de programmation sur le logement serait "
        "présentée au Parlement au printemps, avec un objectif de 150\u00a0000 logements sociaux "
        "par an.",
        [
            (
                D,
                ["Personne ne doit dormir dehors cet hiver, et surtout pas un enfant"],
                "Sandrine Keravec",
            ),
            (D, ["Les annonces, on en a eu tous les hivers"], "bénévole"),
            (
                I,
                [
                    "une loi de programmation sur le logement serait présentée au Parlement au "
                    "printemps, avec un objectif de 150\u00a0000 logements sociaux par an"
                ],
                "Sandrine Keravec",
            ),
        ],
    ),
    (  # 6 planning inquiry on a local plan: curly apostrophes, slogan in « » (not speech),
        # quote split by "nuance X, porte-parole de l'association Y," (one quote, two pieces,
        # final period kept), "a affirmé que" by "Son président, X,"
        "L’enquête publique sur la révision du plan local d’urbanisme (PLU) de "
        "Montferrier-le-Haut s’est achevée lundi sur un record : 2 340 contributions déposées en "
        "six semaines. En cause, le classement en zone constructible de 14 hectares de vergers au "
        "nord de la commune, où le promoteur Duval-Arnaud Immobilier prévoit de construire 420 "
        "logements.\n\n"
        "Sur les banderoles accrochées aux grilles de la mairie, un slogan revient : « Pas de "
        "béton sur nos vergers ». « Nous ne sommes pas contre le logement, nuance Hélène Ravaud, "
        "porte-parole de l’association Vergers Vivants, mais contre un projet qui détruit des "
        "terres parmi les plus fertiles du département. »\n\n"
        "Le promoteur, lui, met en avant la pénurie de logements abordables. Son président, "
        "Marc-Antoine Duval, a affirmé que 30 % des appartements seraient vendus à prix maîtrisé "
        "à des primo-accédants de la commune.\n\n"
        "Le commissaire enquêteur, Roger Tissandier, doit rendre son rapport d’ici à la fin de "
        "janvier. Le conseil municipal se prononcera ensuite sur le classement des parcelles.",
        [
            (
                D,
                [
                    "Nous ne sommes pas contre le logement",
                    "mais contre un projet qui détruit des terres parmi les plus fertiles du "
                    "département.",
                ],
                "Hélène Ravaud",
            ),
            (
                I,
                [
                    "30 % des appartements seraient vendus à prix maîtrisé à des primo-accédants "
                    "de la commune"
                ],
                "Marc-Antoine Duval",
            ),
        ],
    ),
    (  # 7 vacant-homes tax: partial at the end of reported speech ("a expliqué que … «…»":
        # only the partial), Vietnamese-French double name, "Pour l'élu, «…»." (direct, period
        # outside the marks), « » without inner spaces
        "La communauté d'agglomération du Pays de Sorgues portera la taxe sur les logements "
        "vacants à son taux maximal dès le 1er janvier. Le vice-président chargé de l'habitat, "
        "Thanh Nguyen-Barbier, a expliqué que plus de 3 100 logements étaient inoccupés depuis "
        "plus de deux ans sur le territoire, «dans un secteur où 9 000 ménages attendent un "
        "logement social».\n\n"
        "Pour l'élu, «la vacance n'est pas une fatalité, c'est souvent le choix de propriétaires "
        "qui attendent que les prix montent».\n\n"
        "Dans le centre ancien de Sorgues, des rues entières affichent des volets clos toute "
        "l'année, au-dessus de commerces eux-mêmes fermés depuis longtemps.\n\n"
        "Le produit de la taxe, estimé à 2,4 millions d'euros par an, financera des aides aux "
        "travaux pour les propriétaires qui remettent leur bien en location. L'Union des "
        "propriétaires du Pays de Sorgues, qui conteste le recensement des logements vacants, "
        "envisage un recours devant le tribunal administratif. L'audience pourrait se tenir au "
        "printemps.",
        [
            (
                P,
                ["dans un secteur où 9 000 ménages attendent un logement social"],
                "Thanh Nguyen-Barbier",
            ),
            (
                D,
                [
                    "la vacance n'est pas une fatalité, c'est souvent le choix de propriétaires "
                    "qui attendent que les prix montent"
                ],
                "Thanh Nguyen-Barbier",
            ),
        ],
    ),
    (  # 8 slum landlord trial: nickname in « » (not speech), narrow no-break spaces, partial
        # after "avait décrit un" by a prosecutor in apposition, "Le prévenu … a-t-il répété",
        # unnamed "Un ancien locataire … a raconté qu'…"
        "Surnommé «\u202fle roi des caves\u202f» par les habitants du quartier Saint-Roch, "
        "Raymond Castagne, 67 ans, a été condamné jeudi par le tribunal correctionnel de Rivaz à "
        "trois ans de prison, dont deux avec sursis, pour avoir loué 23 logements insalubres, "
        "certains aménagés dans des sous-sols sans fenêtre.\n\n"
        "À l'audience, le procureur de la République, Olivier Sainte-Marie, avait décrit un "
        "«\u202fsystème organisé d'exploitation de la misère\u202f» et requis quatre ans "
        "ferme.\n\n"
        "Le prévenu, lui, a toujours nié. «\u202fJe rendais service à des gens que personne ne "
        "voulait loger\u202f», a-t-il répété à la barre.\n\n"
        "Un ancien locataire, venu témoigner, a raconté qu'il versait 550 euros par mois en "
        "espèces pour neuf mètres carrés partagés avec son frère. Les victimes devront être "
        "indemnisées à hauteur de 180\u202f000 euros au total.\n\n"
        "Les logements, saisis au cours de l'enquête, ont été murés en attendant leur mise en "
        "conformité. Les derniers occupants ont été relogés par la commune dans des appartements "
        "du parc social, au terme de plusieurs mois de procédure.",
        [
            (P, ["système organisé d'exploitation de la misère"], "Olivier Sainte-Marie"),
            (
                D,
                ["Je rendais service à des gens que personne ne voulait loger"],
                "Raymond Castagne",
            ),
            (
                I,
                [
                    "il versait 550 euros par mois en espèces pour neuf mètres carrés partagés "
                    "avec son frère"
                ],
                "ancien locataire",
            ),
        ],
    ),
    (  # 9 short-term lets: "«…», a-t-elle rappelé. «…»" (two direct quotes, same speaker, the
        # second keeping its period), Dutch name with "van", partial "juge la mesure «…»"
        "À partir du 1er janvier, les propriétaires de Port-Vendrelle ne pourront plus louer leur "
        "résidence principale comme meublé de tourisme plus de 90 nuits par an, contre 120 "
        "aujourd'hui. Le conseil municipal a adopté lundi soir cette réduction, portée par "
        "l'adjointe au logement, Mireille Santoni.\n\n"
        "«\u00a0Dans la vieille ville, un logement sur trois est devenu un meublé "
        "touristique\u00a0», a-t-elle rappelé. «\u00a0Les familles partent, les écoles ferment "
        "des classes et les commerces de proximité deviennent des boutiques de "
        "souvenirs.\u00a0»\n\n"
        "Anneke van Dijk, une Néerlandaise installée depuis vingt ans dans le quartier du Port, "
        "loue deux chambres d'hôtes l'été. Elle juge la mesure «\u00a0brutale\u00a0» pour les "
        "petits loueurs, qui complètent souvent ainsi une retraite modeste.\n\n"
        "La municipalité prévoit de renforcer les contrôles : quatre agents assermentés seront "
        "recrutés pour traquer les annonces illégales. Les contrevenants risquent une amende de "
        "10\u00a0000 euros par logement, et les recettes seront affectées à un fonds d'aide à "
        "l'accession pour les jeunes ménages de la commune.",
        [
            (
                D,
                ["Dans la vieille ville, un logement sur trois est devenu un meublé touristique"],
                "Mireille Santoni",
            ),
            (
                D,
                [
                    "Les familles partent, les écoles ferment des classes et les commerces de "
                    "proximité deviennent des boutiques de souvenirs."
                ],
                "Mireille Santoni",
            ),
            (P, ["brutale"], "Anneke van Dijk"),
        ],
    ),
    (  # 10 student rent strike: slogan on a poster in « » (not speech), a line opened by a
        # dialogue dash with "lance X" after, Senegalese name in apposition with a partial after
        # "reconnaît"; the last sentence has no speech verb (not annotated)
        "Depuis le 2 novembre, près de 180 étudiants de la résidence universitaire des Glycines, "
        "à Clairmont-sur-Allier, ne paient plus leur loyer. Ils dénoncent des chambres infestées "
        "de punaises de lit, des douches froides depuis la rentrée et des fenêtres qui ne ferment "
        "plus. Dans le hall, une affiche proclame « Pas de chauffage, pas de loyer ».\n\n"
        "— On ne demande pas la charité, juste des chambres où l'on peut dormir sans moisissure "
        "au plafond, lance Lucas Ferrand, étudiant en master de géographie et l'un des "
        "porte-parole du mouvement.\n\n"
        "Le directeur de l'Office régional des œuvres étudiantes, Abdoulaye Sow, reconnaît « des "
        "retards inacceptables » dans les travaux. Un plan de rénovation de 4,2 millions d'euros "
        "doit être lancé en février, et les loyers impayés ne feront l'objet d'aucune poursuite "
        "d'ici là.\n\n"
        "Construite en 1971, la résidence compte 412 chambres de neuf mètres carrés, dont un "
        "tiers sont aujourd'hui inoccupées faute d'avoir été remises en état. Le loyer mensuel "
        "s'élève à 238 euros, charges comprises.",
        [
            (
                D,
                [
                    "On ne demande pas la charité, juste des chambres où l'on peut dormir sans "
                    "moisissure au plafond"
                ],
                "Lucas Ferrand",
            ),
            (P, ["des retards inacceptables"], "Abdoulaye Sow"),
        ],
    ),
    (  # 11 squat eviction: quote of two sentences ending in " ?" then "s'interroge-t-elle",
        # "D'après la foncière, …" (the organisation named before as "la foncière X"), unnamed
        # "Un voisin" with a partial after "dit n'avoir"
        "Le tribunal judiciaire de Valrose a ordonné mardi l'évacuation d'un immeuble de la rue "
        "des Tanneurs occupé depuis juin par une quarantaine de personnes, dont quatorze enfants. "
        "Le bâtiment, propriété de la foncière Castellane Patrimoine, était vide depuis 2019.\n\n"
        "L'avocate des occupants, Me Camille Rouvière, fera appel. «\u00a0On expulse des familles "
        "d'un immeuble vide pour le laisser vide. Où est la logique\u00a0?\u00a0», "
        "s'interroge-t-elle.\n\n"
        "D'après la foncière, un projet de résidence pour seniors doit démarrer au printemps sur "
        "le site. Aucun permis de construire n'a pourtant été déposé à ce jour.\n\n"
        "Un voisin, qui n'a pas souhaité donner son nom, dit n'avoir «\u00a0jamais eu le moindre "
        "problème\u00a0» avec les occupants.\n\n"
        "Les familles, pour la plupart originaires d'Afrique de l'Ouest et d'Europe de l'Est, "
        "avaient investi les lieux après avoir été hébergées plusieurs mois à l'hôtel par le "
        "115. Les enfants sont scolarisés dans les deux écoles du quartier, où une pétition de "
        "parents a déjà recueilli plus de 600 signatures. L'évacuation ne pourra pas intervenir "
        "avant la fin de la trêve hivernale, le 31 mars.",
        [
            (
                D,
                [
                    "On expulse des familles d'un immeuble vide pour le laisser vide. Où est la "
                    "logique\u00a0?"
                ],
                "Camille Rouvière",
            ),
            (
                I,
                ["un projet de résidence pour seniors doit démarrer au printemps sur le site"],
                "Castellane Patrimoine",
            ),
            (P, ["jamais eu le moindre problème"], "voisin"),
        ],
    ),
    (  # 12 urban renewal: indirect with the attribution after ("…, a confirmé vendredi
        # l'Agence …"), name with "ben", "M. ben Salah a résumé l'enjeu : «…»" (cue before,
        # period kept), Portuguese name with "da" and "sourit-elle"
        "Le quartier des Hauts-de-Bellerive, à Saint-Maurin, va bénéficier d'une enveloppe de 96 "
        "millions d'euros au titre du nouveau programme de renouvellement urbain, a confirmé "
        "vendredi l'Agence nationale pour la transformation des quartiers.\n\n"
        "Le programme prévoit la démolition de deux barres, la réhabilitation de 1 200 logements "
        "et la construction d'une médiathèque. Le maire, Nabil ben Salah, élu en 2020, en avait "
        "fait la promesse phare de sa campagne. M. ben Salah a résumé l'enjeu : « Il faut que ce "
        "quartier redevienne un endroit où l'on choisit d'habiter, pas un endroit où l'on "
        "atterrit faute de mieux. »\n\n"
        "Présidente du conseil citoyen, Rosa da Costa se montre plus prudente. « On nous a déjà "
        "promis des médiathèques », sourit-elle. Les habitants seront consultés dès janvier sur "
        "l'aménagement des futurs espaces publics.\n\n"
        "Les premiers chantiers ne devraient pas démarrer avant 2028. Le quartier, construit au "
        "début des années 1970, compte aujourd'hui 42 % de chômeurs parmi les moins de 25 ans.",
        [
            (
                I,
                [
                    "Le quartier des Hauts-de-Bellerive, à Saint-Maurin, va bénéficier d'une "
                    "enveloppe de 96 millions d'euros au titre du nouveau programme de "
                    "renouvellement urbain"
                ],
                "Agence nationale pour la transformation des quartiers",
            ),
            (
                D,
                [
                    "Il faut que ce quartier redevienne un endroit où l'on choisit d'habiter, pas "
                    "un endroit où l'on atterrit faute de mieux."
                ],
                "Nabil ben Salah",
            ),
            (D, ["On nous a déjà promis des médiathèques"], "Rosa da Costa"),
        ],
    ),
    (  # 13 rent barometer: "C'est ce que montre le baromètre" (not speech), Polish name after
        # the quote with "directeur du réseau", organisation as speaker of a partial after "a
        # dénoncé", "réclamé un gel des loyers" (noun object, not annotated)
        "Les loyers de relocation ont augmenté de 6,4 % en un an à Lyonnet-sur-Saône, soit trois "
        "fois plus vite que l'inflation. C'est ce que montre le baromètre trimestriel publié "
        "mercredi par le réseau d'agences Immo-Rhodanie, qui gère 14 000 logements dans "
        "l'agglomération.\n\n"
        "« La demande explose et l'offre s'effondre : beaucoup de propriétaires ont retiré leur "
        "bien du marché plutôt que de financer la rénovation énergétique », analyse Sébastien "
        "Kowalczyk, directeur du réseau.\n\n"
        "Un deux-pièces se loue désormais en moyenne 890 euros hors charges en centre-ville. Les "
        "étudiants et les jeunes actifs sont les premiers touchés.\n\n"
        "Dans un communiqué, la Confédération nationale des locataires a dénoncé « une spirale qui "
        "pousse les classes moyennes hors des centres-villes » et réclamé un gel des loyers "
        "jusqu'en 2028.\n\n"
        "Le nombre d'annonces de location a chuté de 27 % depuis janvier dans l'agglomération. "
        "Dans certaines agences, une visite pour un studio attire désormais une quarantaine de "
        "candidats, munis de dossiers de plus en plus épais.",
        [
            (
                D,
                [
                    "La demande explose et l'offre s'effondre : beaucoup de propriétaires ont "
                    "retiré leur bien du marché plutôt que de financer la rénovation énergétique"
                ],
                "Sébastien Kowalczyk",
            ),
            (
                P,
                ["une spirale qui pousse les classes moyennes hors des centres-villes"],
                "Confédération nationale des locataires",
            ),
        ],
    ),
    (  # 14 camp clearance: "…, selon la préfecture." (part before), two-sentence quote with
        # "a déploré X, de l'association Y", partial inside reported speech ("a assuré que «…»":
        # only the partial) by a prefect in apposition
        "Environ 350 personnes qui vivaient sous des tentes le long du canal Saint-Félix, à "
        "Marvejac, ont été évacuées mercredi matin et orientées vers des gymnases et des hôtels "
        "de la région, selon la préfecture.\n\n"
        "«\u00a0C'est la onzième évacuation de ce campement en deux ans. On déplace le problème "
        "de quelques kilomètres, et dans trois semaines ils seront revenus\u00a0», a déploré "
        "Aïssatou Camara, de l'association Accueil Sans Frontières.\n\n"
        "Le préfet, Jean-Louis Berthomieu, a assuré que «\u00a0chaque personne s'est vu proposer "
        "une solution adaptée à sa situation\u00a0». Une soixantaine d'occupants avaient "
        "toutefois quitté les lieux avant l'arrivée des forces de l'ordre, et les associations "
        "ignorent où ils ont passé la nuit.\n\n"
        "Installé depuis le printemps, le campement regroupait des demandeurs d'asile originaires "
        "d'Afghanistan, du Soudan et d'Érythrée, ainsi que des familles déboutées de leur demande. "
        "Des blocs de béton ont été déposés sur la berge dans la matinée pour empêcher toute "
        "réinstallation, et une entreprise de nettoyage a évacué plusieurs tonnes de "
        "déchets.",
        [
            (
                I,
                [
                    "Environ 350 personnes qui vivaient sous des tentes le long du canal "
                    "Saint-Félix, à Marvejac, ont été évacuées mercredi matin et orientées vers "
                    "des gymnases et des hôtels de la région"
                ],
                "préfecture",
            ),
            (
                D,
                [
                    "C'est la onzième évacuation de ce campement en deux ans. On déplace le "
                    "problème de quelques kilomètres, et dans trois semaines ils seront revenus"
                ],
                "Aïssatou Camara",
            ),
            (
                P,
                ["chaque personne s'est vu proposer une solution adaptée à sa situation"],
                "Jean-Louis Berthomieu",
            ),
        ],
    ),
    (  # 15 pre-emption of a developer's plot: « » without inner spaces, role "l'élue" after a
        # two-sentence quote, quote split by "glisse son président, X," (one quote, two
        # pieces, period kept); "entend contester" is not speech
        "La commune de Rocheval a exercé son droit de préemption sur un terrain de 6 000 mètres "
        "carrés que le promoteur Horizon Bâti comptait transformer en résidence de standing. La "
        "maire, Mathilde Ogier, veut y construire 60 logements sociaux et une crèche.\n\n"
        "«Ce terrain est le dernier grand foncier du centre-bourg. Si on le laisse partir, on "
        "n'aura plus jamais la main», a expliqué l'élue en conseil municipal.\n\n"
        "Horizon Bâti entend contester la décision devant le tribunal administratif. «La commune "
        "a proposé un prix, glisse son président, Laurent Chen, qui ne couvre même pas nos frais "
        "d'études.»\n\n"
        "Le tribunal devrait se prononcer au printemps. D'ici là, aucun permis de construire ne "
        "pourra être délivré sur la parcelle.\n\n"
        "Rocheval, qui compte 9 800 habitants, ne dispose que de 11 % de logements sociaux, loin "
        "des 25 % exigés par la loi. La commune a payé l'an dernier une pénalité de 310 000 "
        "euros pour ce retard, et 640 demandes de logement social y sont en attente.",
        [
            (
                D,
                [
                    "Ce terrain est le dernier grand foncier du centre-bourg. Si on le laisse "
                    "partir, on n'aura plus jamais la main"
                ],
                "Mathilde Ogier",
            ),
            (
                D,
                ["La commune a proposé un prix", "qui ne couvre même pas nos frais d'études."],
                "Laurent Chen",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 rent stabilisation: curly quotes and apostrophes, "The city's director of X, Name,
        # told councillors that", then "“A,” Ms X said. “B.”" (two direct quotes, same speaker);
        # "has threatened legal action" (noun object, not annotated)
        "Tenants in Harwick will see rent increases capped at 3 per cent a year from April after "
        "the city council voted 9-4 on Tuesday night to adopt a rent stabilisation ordinance, the "
        "first of its kind in the state.\n\n"
        "The city’s director of housing policy, Marisol Echeverría, told councillors that median "
        "rents in Harwick had risen 41 per cent in five years while wages had grown by 14 per "
        "cent.\n\n"
        "“We are not trying to punish landlords,” Ms Echeverría said. “We are trying to keep "
        "teachers, nurses and bus drivers living in the city they serve.”\n\n"
        "The ordinance exempts buildings less than 15 years old and owner-occupied duplexes. The "
        "Harwick Property Owners Association has threatened legal action, and several landlords "
        "in the public gallery walked out before the vote.\n\n"
        "Landlords will be able to apply for larger increases if they carry out major repairs, "
        "subject to approval by a new rent board. The board’s five members are due to be "
        "appointed in February.",
        [
            (
                I,
                [
                    "median rents in Harwick had risen 41 per cent in five years while wages had "
                    "grown by 14 per cent"
                ],
                "Marisol Echeverría",
            ),
            (D, ["We are not trying to punish landlords"], "Marisol Echeverría"),
            (
                D,
                [
                    "We are trying to keep teachers, nurses and bus drivers living in the city "
                    "they serve."
                ],
                "Marisol Echeverría",
            ),
        ],
    ),
    (  # 2 eviction filings: "…, according to the X Tenants Union, which …" (part before),
        # straight quotes, two-sentence quote with "said X, an organiser with the union" (name
        # with al-), unnamed "One tenant … said she had …"
        "Eviction filings in Marlow County reached 1,870 in October, the highest monthly total "
        "since records began in 2009, according to the Marlow County Tenants Union, which tracks "
        "the court's dockets.\n\n"
        '"Every Tuesday morning the courtroom is standing room only. Most of the people in there '
        'have never spoken to a lawyer in their lives," said Hassan al-Amiri, an organiser with '
        "the union.\n\n"
        "The county funds a right-to-counsel programme, but it covers only tenants with children, "
        "and its six attorneys are booked weeks in advance.\n\n"
        "One tenant, a home health aide who asked not to be named, said she had fallen two months "
        "behind after her hours were cut in the summer. She was given 14 days to leave her "
        "apartment. Her landlord, a company based two states away, had bought the building in "
        "2023 and raised the rent twice in 18 months.\n\n"
        "The court hears about 90 cases every Tuesday. Fewer than one in ten tenants arrives with "
        "a lawyer.",
        [
            (
                I,
                [
                    "Eviction filings in Marlow County reached 1,870 in October, the highest "
                    "monthly total since records began in 2009"
                ],
                "Marlow County Tenants Union",
            ),
            (
                D,
                [
                    "Every Tuesday morning the courtroom is standing room only. Most of the people "
                    "in there have never spoken to a lawyer in their lives"
                ],
                "Hassan al-Amiri",
            ),
            (
                I,
                ["she had fallen two months behind after her hours were cut in the summer"],
                "tenant",
            ),
        ],
    ),
    (  # 3 council homes (British): single curly quotes with ’ apostrophes, "‘A,’ Raman said.
        # ‘B. C.’" (two direct quotes, surname alone), partial at the end of reported speech
        # ("said the plan relied on borrowing that ‘…’": only the partial)
        "Brackley Borough Council will build 650 council homes over the next six years, the "
        "largest programme of its kind in the town since the 1970s. The plan was unveiled on "
        "Wednesday by the council’s leader, Priya Raman.\n\n"
        "‘For a generation we have been told the market would provide,’ Raman said. ‘It hasn’t. "
        "There are 9,400 households on our waiting list.’\n\n"
        "The homes will be built on six council-owned sites, including a former bus depot and two "
        "car parks, and let at social rents. The first 120 homes, on the former depot site in "
        "Millbrook, are due to be completed in 2028, and all will meet the council’s new "
        "energy standard, with heat pumps and solar panels.\n\n"
        "The council will borrow £210 million to pay for the programme, with the rest coming "
        "from national grants and the sale of a small number of homes on the open market.\n\n"
        "The opposition group’s housing spokesman, Giles Fairbrother, said the plan relied on "
        "borrowing that ‘the taxpayer will be paying off until 2070’.",
        [
            (
                D,
                ["For a generation we have been told the market would provide"],
                "Priya Raman",
            ),
            (
                D,
                ["It hasn’t. There are 9,400 households on our waiting list."],
                "Priya Raman",
            ),
            (P, ["the taxpayer will be paying off until 2070"], "Giles Fairbrother"),
        ],
    ),
    (  # 4 building permits: "…, according to the Regional Statistics Office." (part before),
        # programme name in quotes (not speech), "Dr X, a housing economist at Y, put the drop
        # down to …: \"A. B.\"" (cue before with a colon, period kept)
        "Building permits for new homes in the Calder Valley region fell 22 per cent in the third "
        "quarter compared with a year earlier, according to the Regional Statistics Office.\n\n"
        'The figures are a further blow to the government\'s "Build Faster" programme, which '
        "promised 80,000 new homes a year by 2028. Permits for apartment buildings fell furthest, "
        "by almost half.\n\n"
        "Smaller builders have been hit hardest. Of the 312 firms that applied for permits in the "
        "region last year, 41 have since gone into administration, and several large sites on "
        "the edge of Calderbridge have been mothballed.\n\n"
        "Dr Adaeze Okonkwo, a housing economist at Fenwick University, put the drop down to "
        'interest rates: "Developers simply cannot make the numbers work when borrowing costs '
        'this much. Until rates come down, they will sit on their land."\n\n'
        "The office's annual figures, covering the whole of 2026, are due in February. Housing "
        "completions, which lag permits by about two years, are still rising for now.",
        [
            (
                I,
                [
                    "Building permits for new homes in the Calder Valley region fell 22 per cent "
                    "in the third quarter compared with a year earlier"
                ],
                "Regional Statistics Office",
            ),
            (
                D,
                [
                    "Developers simply cannot make the numbers work when borrowing costs this "
                    "much. Until rates come down, they will sit on their land."
                ],
                "Adaeze Okonkwo",
            ),
        ],
    ),
    (  # 5 rough-sleeper count: "Mayor X told reporters that", quote split by "he said," (one
        # quote, two pieces, period kept), "said X, director of Y" after a quote
        "The annual street count, released on Thursday, found 1,132 people sleeping rough in Port "
        "Elmsworth, up from 860 last year and the highest figure since the count began.\n\n"
        "Mayor Theodore Lindqvist told reporters that the city would open two new shelters with a "
        "combined 300 beds by March.\n\n"
        "“This is not a number, it’s 1,132 people,” he said, “and every one of them has a "
        "name.”\n\n"
        "Advocates were less impressed. “Shelter beds are not homes,” said Grace Mbeki-Hollins, "
        "director of the Elmsworth Coalition for the Homeless. The coalition wants the city to "
        "buy empty hotels and convert them into permanent flats, as two neighbouring towns have "
        "done.\n\n"
        "Volunteers carried out the count over a single night in late September, walking every "
        "street in the city’s 14 districts. More than a third of those they found were over 50, "
        "and 212 had been sleeping outside for more than a year. Families with children are not "
        "included in the figure, because they are housed in motels by the county.",
        [
            (
                I,
                ["the city would open two new shelters with a combined 300 beds by March"],
                "Theodore Lindqvist",
            ),
            (
                D,
                ["This is not a number, it’s 1,132 people", "and every one of them has a name."],
                "Theodore Lindqvist",
            ),
            (D, ["Shelter beds are not homes"], "Grace Mbeki-Hollins"),
        ],
    ),
    (  # 6 upzoning: partial inside reported speech ("said the change was \"modest\"": only the
        # partial), "she said after the vote", slogan on T-shirts in quotes (not speech)
        "Elmhurst Heights planning commissioners voted 5-2 on Monday to allow fourplexes on lots "
        "currently zoned for single-family homes, a change that would affect roughly 60 per cent "
        "of the city's residential land.\n\n"
        'Commission chairwoman Beatriz Montalvo-Reyes said the change was "modest" and would add '
        'perhaps 200 homes a year across the city. "Nobody is bulldozing anyone\'s house," she '
        "said after the vote.\n\n"
        'Opponents packed the chamber in red T-shirts printed with the slogan "Keep Elmhurst '
        'Elmhurst", and several held up photographs of tree-lined streets. The public comment '
        "period lasted more than four hours.\n\n"
        "The proposal now goes to the city council, which is expected to vote in January. "
        "If approved, it would take effect in the summer.\n\n"
        "Elmhurst Heights has added fewer than 90 homes a year over the past decade, while the "
        "median home price has more than doubled to $780,000. Nearly half of the city's "
        "teachers and firefighters live outside its limits.",
        [
            (P, ["modest"], "Beatriz Montalvo-Reyes"),
            (D, ["Nobody is bulldozing anyone's house"], "Beatriz Montalvo-Reyes"),
        ],
    ),
    (  # 7 heating failure: two-sentence quote with "said X, president of the Y Tenants
        # Association" (Korean name), "In a statement, X said …", "…, a spokeswoman for the
        # Department of Buildings said." (organisation as speaker, part before)
        "Residents of the 212-unit Carver Towers in East Dunmore have been without reliable heat "
        "for three weeks, and their tenants’ association is now organising a rent strike.\n\n"
        "“We have elderly people sleeping in their coats. If Ridgeline can’t keep the boilers "
        "running, the city should take the building away from them,” said Ji-woo Park, "
        "president of the Carver Towers Tenants Association.\n\n"
        "In a statement, Ridgeline Properties said a replacement boiler had been ordered and "
        "would be installed by December 10.\n\n"
        "City inspectors have issued 37 violations at the building since January, a spokeswoman "
        "for the Department of Buildings said. The building, which Ridgeline bought in 2021, has "
        "changed hands three times in a decade.\n\n"
        "Tenants have been using electric heaters and gas ovens to keep warm, and the fire "
        "department was called twice last week after space heaters tripped the building’s "
        "wiring. A volunteer group from a nearby church has been handing out blankets and hot "
        "meals in the lobby every evening.",
        [
            (
                D,
                [
                    "We have elderly people sleeping in their coats. If Ridgeline can’t keep the "
                    "boilers running, the city should take the building away from them"
                ],
                "Ji-woo Park",
            ),
            (
                I,
                ["a replacement boiler had been ordered and would be installed by December 10"],
                "Ridgeline Properties",
            ),
            (
                I,
                ["City inspectors have issued 37 violations at the building since January"],
                "Department of Buildings",
            ),
        ],
    ),
    (  # 8 planning inquiry (British): name with "van der", partial inside reported speech
        # ("told the inquiry that the council had \"…\"": only the partial), two-sentence quote
        # with "he said", "X, for the council, argued that"
        "A planning inquiry into proposals for 1,400 homes on farmland at Nether Cotting opened "
        "on Tuesday, with the developer, Aldwych Land, appealing against South Wessex District "
        "Council's refusal of the scheme last year.\n\n"
        "Opening for Aldwych Land, Pieter van der Merwe told the inquiry that the council had "
        '"failed for a decade" to meet its housing targets. "The district has a shortfall of '
        "more than 3,000 homes. Families are being priced out of villages where their "
        'grandparents were born," he said.\n\n'
        "Rebecca Thorne, for the council, argued that the roads serving the village were already "
        "at capacity.\n\n"
        "About 200 residents attended the first day. The inspector, Alan Gatiss-Moore, is due to "
        "sit for three weeks and is expected to issue his decision in the spring.\n\n"
        "The scheme includes a primary school, a health centre and 490 affordable homes. Nether "
        "Cotting, a village of about 1,100 people, has a single shop and a bus to Wessexford "
        "twice a day.",
        [
            (P, ["failed for a decade"], "Pieter van der Merwe"),
            (
                D,
                [
                    "The district has a shortfall of more than 3,000 homes. Families are being "
                    "priced out of villages where their grandparents were born"
                ],
                "Pieter van der Merwe",
            ),
            (
                I,
                ["the roads serving the village were already at capacity"],
                "Rebecca Thorne",
            ),
        ],
    ),
    (  # 9 developer and mayor: "\"A,\" Mayor X said on Friday." (Spanish double surname), quote
        # split by "the company's chief executive, X, said in an interview," (one quote, two
        # pieces, period kept); "blames soaring construction costs" (noun object)
        "The developer behind the stalled Riverside Yards project wants another $40 million in "
        "tax breaks from Bellport, two years after breaking ground on what was billed as the "
        "city's largest affordable housing development.\n\n"
        '"We are not going to write another blank cheque," Mayor Javier Ortega-Llamas said on '
        "Friday.\n\n"
        'Kestrel Urban, the developer, blames soaring construction costs. "Steel is up, labour '
        "is up, insurance is up,\" the company's chief executive, Naomi Feldstein, said in an "
        'interview, "and the rents we are allowed to charge are not."\n\n'
        "Only one of the six planned buildings has been completed. The site has been fenced off "
        "since the spring, and the city council will debate the request in January.\n\n"
        "The project, on the site of a former rail depot, was meant to deliver 1,450 apartments, "
        "more than half of them for households earning less than 60 per cent of the area median "
        "income. The city has already granted $65 million in tax abatements and sold the land "
        "to the developer for a dollar.",
        [
            (D, ["We are not going to write another blank cheque"], "Javier Ortega-Llamas"),
            (
                D,
                [
                    "Steel is up, labour is up, insurance is up",
                    "and the rents we are allowed to charge are not.",
                ],
                "Naomi Feldstein",
            ),
        ],
    ),
    (  # 10 encampment sweep: "Officers said 46 people …" (unnamed plural speaker, no "that"),
        # two-sentence quote ending in a question inside, "said one man as he …"
        "Police cleared a homeless encampment beneath the Route 9 overpass in Carlow Springs "
        "early on Wednesday, as temperatures dropped below freezing. Officers said 46 people had "
        "been living at the site.\n\n"
        '"Where am I supposed to go? The shelter won\'t take my dog," said one man as he loaded '
        "his belongings into a shopping trolley.\n\n"
        "Outreach workers from Bridgeway Services, who arrived before dawn, handed out sleeping "
        "bags and bus passes. Nineteen people accepted places in a shelter; the rest scattered to "
        "nearby streets and a wooded area behind the rail yard.\n\n"
        "The city council approved a ban on camping in public spaces in August, despite "
        "objections from local churches and the county bar association.\n\n"
        "The overpass camp had grown steadily since the spring, when the last of the city's "
        "three day centres closed for lack of funding. Workers with a bulldozer removed tents, "
        "mattresses and a wooden shack that had stood at the site for more than a year.",
        [
            (I, ["46 people had been living at the site"], "officers"),
            (D, ["Where am I supposed to go? The shelter won't take my dog"], "man"),
        ],
    ),
    (  # 11 planning reform: indirect with "he said" after (no "that"), role alone "the
        # minister" after a curly quote, organisation "welcomed the plan but said it would …"
        "Housing Minister Anil Deshpande on Monday unveiled a plan to speed up planning decisions, "
        "the centrepiece of the government’s promise to build 300,000 homes a year. Councils "
        "would have to decide on applications for fewer than 50 homes within eight weeks, he "
        "said.\n\n"
        "“Too many good schemes die in a filing cabinet,” the minister said.\n\n"
        "Applicants whose schemes are not decided in time would be able to appeal directly to a "
        "national planning panel.\n\n"
        "The National Federation of Homebuilders welcomed the plan but said it would make little "
        "difference without more planning officers. Local authorities have lost a quarter of "
        "their planning staff since 2012.\n\n"
        "The reforms will also allow taller buildings near railway stations without a full "
        "planning application and cut the time allowed for legal challenges to major schemes "
        "from six weeks to four. Legislation is expected in the spring, and the changes would "
        "apply in England from 2028.",
        [
            (
                I,
                [
                    "Councils would have to decide on applications for fewer than 50 homes within "
                    "eight weeks"
                ],
                "Anil Deshpande",
            ),
            (D, ["Too many good schemes die in a filing cabinet"], "Anil Deshpande"),
            (
                I,
                ["it would make little difference without more planning officers"],
                "National Federation of Homebuilders",
            ),
        ],
    ),
    (  # 12 estate demolition: Samoan name, partial after "called the decision" with the period
        # outside, then "\"A,\" Mr X said. \"B.\"" (two direct quotes, same speaker)
        "Residents of the Glenmore Estate, a 1960s public housing complex in Westbridge, learned "
        "on Thursday that their homes will be demolished and replaced by a mixed development of "
        "2,100 units, a third of them social housing.\n\n"
        'Sione Tuilagi, who has lived on the estate for 31 years, called the decision "a '
        'betrayal of everyone who made this place a community".\n\n'
        '"They tell us we can come back," Mr Tuilagi said. "I\'ll be 80 by then."\n\n'
        "The state housing agency, Homes Westbridge, has set aside apartments in three nearby "
        "suburbs for tenants during construction, which is expected to take eight years.\n\n"
        "The estate's 640 homes, spread across nine low-rise blocks, were built for workers at "
        "the Westbridge steelworks, which closed in 1994. Many of the original tenants still "
        "live there, alongside families from Samoa, Tonga, Vietnam and Sudan. A community garden "
        "planted by residents in the 1980s will be lost, along with the estate's football "
        "pitch.",
        [
            (
                P,
                ["a betrayal of everyone who made this place a community"],
                "Sione Tuilagi",
            ),
            (D, ["They tell us we can come back"], "Sione Tuilagi"),
            (D, ["I'll be 80 by then."], "Sione Tuilagi"),
        ],
    ),
    (  # 13 rent arrears report: indirect with "the housing charity X said on Monday" after,
        # report title in curly quotes (not speech), "Its author, Dr X (Irish name with Mac),
        # said: “A. B.”" (cue before, period kept)
        "One in five private renters in the north-west is behind on their rent, the housing "
        "charity Shelterline said on Monday.\n\n"
        "Its report, titled “The Cost of a Roof”, draws on a survey of 4,000 tenants across the "
        "region. Arrears are highest among single parents and people under 25, and more than "
        "half of those behind on their rent have cut back on heating.\n\n"
        "Its author, Dr Ciarán Mac Giolla, said: “Housing benefit has been frozen while rents "
        "have gone up by a third. The gap is being filled by food banks.”\n\n"
        "Shelterline is due to present its findings to MPs next month.\n\n"
        "Average rents in the region have risen from £640 to £850 a month since 2021, while the "
        "local housing allowance for a one-bedroom flat has stayed at £475. Court claims for "
        "possession by private landlords in the north-west rose by 18 per cent in the year to "
        "September, the highest level in a decade, and the number of families in temporary "
        "accommodation has doubled.",
        [
            (
                I,
                ["One in five private renters in the north-west is behind on their rent"],
                "Shelterline",
            ),
            (
                D,
                [
                    "Housing benefit has been frozen while rents have gone up by a third. The gap "
                    "is being filled by food banks."
                ],
                "Ciarán Mac Giolla",
            ),
        ],
    ),
    (  # 14 short-term rentals: "\"A,\" said the measure's sponsor, Councilwoman X. \"B. C.\""
        # (two direct quotes, the second of two sentences), Polish name with a partial after
        # "described the rules as", period outside
        "Lakeport will require short-term rental hosts to register with the city and display a "
        "permit number on every listing from January, under rules approved by the council on "
        "Tuesday.\n\n"
        '"Whole blocks in the Old Harbor district are dark in winter," said the measure\'s '
        "sponsor, Councilwoman Dana Whitfield. \"Nobody lives there. They're hotels without a "
        'front desk."\n\n'
        "Hosts who fail to register face fines of up to $2,500 a night, and platforms will have "
        "to remove listings without a valid permit number within 48 hours.\n\n"
        "Tomasz Wieczorek, who rents out two flats near the marina, described the rules as "
        '"red tape for the sake of it".\n\n'
        "About 2,300 homes in Lakeport were listed on short-term rental sites in the summer, "
        "nearly one in eight of the city's housing stock. Registration will cost $350 a year, and "
        "each host will be limited to one property besides their own home. A similar scheme in a "
        "neighbouring county cut the number of listings by 40 per cent in its first year.",
        [
            (
                D,
                ["Whole blocks in the Old Harbor district are dark in winter"],
                "Dana Whitfield",
            ),
            (
                D,
                ["Nobody lives there. They're hotels without a front desk."],
                "Dana Whitfield",
            ),
            (P, ["red tape for the sake of it"], "Tomasz Wieczorek"),
        ],
    ),
    (  # 15 inclusionary zoning: "announced … by Mayor X" (no speech content), curly quote with
        # the surname after ("X said at a news conference"), "Its spokeswoman, X, warned of
        # “…”." (partial, period outside)
        "Developers building more than 20 homes in Fairhaven will have to make 15 per cent of "
        "them affordable under a policy announced on Thursday by Mayor Ruth Adebayo-Kline.\n\n"
        "“If you want to build in this city, you build for everyone who lives in it,” "
        "Adebayo-Kline said at a news conference outside a half-finished tower on Quay Street.\n\n"
        "Affordable units will be let at no more than 80 per cent of the area’s median rent and "
        "must stay affordable for 30 years. Similar policies are already in force in four "
        "neighbouring cities.\n\n"
        "The Fairhaven Builders Guild opposes the requirement. Its spokeswoman, Carla Jiménez, "
        "warned of “a slowdown nobody in this city can afford”.\n\n"
        "Developers will be able to build the affordable homes on a different site within a mile "
        "of the main project, or pay into a city housing fund instead. The policy will apply to "
        "applications submitted after March 1.",
        [
            (
                D,
                ["If you want to build in this city, you build for everyone who lives in it"],
                "Ruth Adebayo-Kline",
            ),
            (P, ["a slowdown nobody in this city can afford"], "Carla Jiménez"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout68.jsonl"),
        "heldout68",
        "h68",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
