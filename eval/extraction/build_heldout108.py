"""Source of the hundred-and-eighth held-out set: writes heldout108.jsonl (split "heldout108").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like municipal and regional government news: city council budgets and tax rises, school
and library closures, public works (tramway, bridge, water mains, swimming pool), local and
by-elections, mayors who resign or clash with their councils, prefects, regional presidents and
regional councils, with mayors, councillors, opposition leaders, residents' associations,
parents, shopkeepers and unnamed residents quoted, organisations speaking as such, and people
referred back to by pronoun, surname or role.
Measured once with 0.3.0, 0.31.0 and 0.32.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout108.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-01"
Item = GoldItem

FR: list[Item] = [
    (  # 1 city budget and property tax: two-sentence direct + "a justifié la maire, Name"
        # (apposition with role), opposition partial after "a dénoncé un", then "L'élu du
        # groupe … a affirmé que" (role referring back), figures with no-break spaces
        "Le conseil municipal de Castelnoir a adopté mardi soir, par 29 voix contre 14, un budget "
        "primitif de 212 millions d'euros pour 2027, marqué par une hausse de 4\u00a0% de la "
        "taxe foncière. C'est la première augmentation depuis 2015.\n\n"
        "«\u00a0Nous avons tout essayé avant d'en arriver là. L'État nous a retiré 6 millions "
        "d'euros de dotations en trois ans\u00a0», a justifié la maire, Véronique "
        "Labat-Estrade, en ouverture de séance.\n\n"
        "Le chef de file de l'opposition, Julien Mériadec, a dénoncé un «\u00a0matraquage "
        "fiscal\u00a0». L'élu du groupe Castelnoir Demain a affirmé que la municipalité aurait "
        "pu renoncer à la rénovation de l'hôtel de ville, chiffrée à 18 millions d'euros, plutôt "
        "que de solliciter les propriétaires.\n\n"
        "Le budget prévoit par ailleurs 9 millions d'euros pour la végétalisation des cours "
        "d'école. Les débats, tendus, se sont prolongés jusqu'à minuit passé.",
        [
            (
                D,
                [
                    "Nous avons tout essayé avant d'en arriver là. L'État nous a retiré 6 millions "
                    "d'euros de dotations en trois ans"
                ],
                "Véronique Labat-Estrade",
            ),
            (P, ["matraquage fiscal"], "Julien Mériadec"),
            (
                I,
                [
                    "la municipalité aurait pu renoncer à la rénovation de l'hôtel de ville, "
                    "chiffrée à 18 millions d'euros, plutôt que de solliciter les propriétaires"
                ],
                "Julien Mériadec",
            ),
        ],
    ),
    (  # 2 village school closure: "a confirmé … la suppression" (noun object, not annotated),
        # direct + "a lancé le maire, Name,", unnamed "une mère d'élève" in an incise set off
        # by commas (one quote, two spans, final period kept), partial inside the reported
        # speech of "La direction académique assure … que" (only the partial)
        "L'école Jules-Ferry de Saint-Aubin-des-Landes fermera ses portes à la rentrée 2027. La "
        "direction académique a confirmé lundi la suppression de la dernière classe de ce "
        "village de 610 habitants, qui ne compte plus que onze élèves.\n\n"
        "«\u00a0Une commune sans école, c'est une commune qui meurt\u00a0», a lancé le maire, "
        "Raymond Quillivic, lors d'une réunion publique organisée le soir même dans la salle des "
        "fêtes. À la rentrée, les enfants seront accueillis à Ploumergat, à neuf kilomètres.\n\n"
        "«\u00a0Nos enfants vont passer quarante minutes par jour dans un car, a regretté une "
        "mère d'élève, et personne ne nous a demandé notre avis.\u00a0»\n\n"
        "La direction académique assure de son côté que le regroupement permettra de "
        "«\u00a0garantir de meilleures conditions d'apprentissage\u00a0» aux élèves, qui seront "
        "répartis en trois classes au lieu d'une classe unique.",
        [
            (D, ["Une commune sans école, c'est une commune qui meurt"], "Raymond Quillivic"),
            (
                D,
                [
                    "Nos enfants vont passer quarante minutes par jour dans un car",
                    "et personne ne nous a demandé notre avis.",
                ],
                "mère d'élève",
            ),
            (
                P,
                ["garantir de meilleures conditions d'apprentissage"],
                "direction académique",
            ),
        ],
    ),
    (  # 3 tramway works delayed: "La collectivité l'a reconnu" (pronoun object, not
        # annotated), a quote continued over two paragraphs (one span each, first one's period
        # kept) with "a déclaré le vice-président chargé des mobilités, Name" after the second,
        # florist direct + "affirme Name, fleuriste …", "Elle a demandé une indemnisation"
        # (noun object), "Selon l'association de commerçants Name," (generic noun dropped)
        "Les travaux de la deuxième ligne de tramway de Valbreuse-Métropole prendront au moins "
        "huit mois de retard. La collectivité l'a reconnu jeudi, en invoquant la découverte de "
        "vestiges gallo-romains sous le boulevard Anatole-France et la défaillance d'un "
        "sous-traitant.\n\n"
        "«\u00a0Personne n'aime annoncer ce genre de nouvelle. Mais les fouilles préventives sont "
        "une obligation légale, et nous ne pouvions pas les bâcler.\n\n"
        "«\u00a0La mise en service est désormais prévue pour le printemps 2029\u00a0», a déclaré "
        "le vice-président chargé des mobilités, Hervé Dambrine, lors d'une conférence de "
        "presse.\n\n"
        "Les commerçants du boulevard, eux, comptent les jours. «\u00a0Mon chiffre d'affaires a "
        "baissé d'un tiers depuis que la rue est éventrée\u00a0», affirme Samia Bellaoui, "
        "fleuriste depuis douze ans au numéro 40. Elle a demandé une indemnisation à la "
        "métropole. Selon l'association de commerçants Cœur de Valbreuse, une quinzaine de "
        "boutiques ont fermé depuis le début du chantier.",
        [
            (
                D,
                [
                    "Personne n'aime annoncer ce genre de nouvelle. Mais les fouilles préventives "
                    "sont une obligation légale, et nous ne pouvions pas les bâcler.",
                    "La mise en service est désormais prévue pour le printemps 2029",
                ],
                "Hervé Dambrine",
            ),
            (
                D,
                ["Mon chiffre d'affaires a baissé d'un tiers depuis que la rue est éventrée"],
                "Samia Bellaoui",
            ),
            (
                I,
                ["une quinzaine de boutiques ont fermé depuis le début du chantier"],
                "Cœur de Valbreuse",
            ),
        ],
    ),
    (  # 4 municipal by-election: the prefect signs an order (not speech), direct + "a
        # déclaré vendredi Name, ancienne adjointe …, qui …", outgoing mayor's partial after
        # "il a estimé avoir" (pronoun), "Pour le collectif Name, qui …, « … »" (direct,
        # generic noun dropped)
        "Les électeurs de Montferrand-sur-Orge retourneront aux urnes les 14 et 21 mars. La "
        "préfète du Haut-Vernois, Claire Demarchelier, a signé vendredi l'arrêté convoquant les "
        "électeurs, après la démission collective de 17 des 29 conseillers municipaux au début "
        "du mois.\n\n"
        "Trois listes devraient s'affronter. «\u00a0Cette ville mérite mieux que des querelles de "
        "personnes\u00a0», a déclaré vendredi Armelle Vasquez-Tournier, ancienne adjointe aux "
        "finances, qui conduira une liste sans étiquette.\n\n"
        "Le maire sortant, Gilbert Anquetil, dont la majorité a volé en éclats en janvier, sera "
        "lui aussi candidat. Interrogé sur les raisons de la crise, il a estimé avoir "
        "«\u00a0payé le prix de la rigueur\u00a0» après trois années de gel des subventions aux "
        "associations.\n\n"
        "Pour le collectif Montferrand Citoyen, qui présentera sa propre liste, «\u00a0le "
        "problème n'est pas la rigueur, c'est la méthode\u00a0».",
        [
            (
                D,
                ["Cette ville mérite mieux que des querelles de personnes"],
                "Armelle Vasquez-Tournier",
            ),
            (P, ["payé le prix de la rigueur"], "Gilbert Anquetil"),
            (
                D,
                ["le problème n'est pas la rigueur, c'est la méthode"],
                "Montferrand Citoyen",
            ),
        ],
    ),
    (  # 5 free regional trains: "Le président du conseil régional …, Name, a annoncé
        # vendredi vouloir" (infinitive clause), direct + "a-t-il expliqué" (inversion),
        # opposition partial "a jugé la mesure « … »" by "Sa présidente de groupe, Name",
        # "Elle a réclamé un plan d'urgence" (noun object, not annotated)
        "Le président du conseil régional d'Armor-Val, Yann-Erwan Kerbrat, a annoncé vendredi "
        "vouloir rendre gratuits les trains régionaux pour les moins de 26 ans dès septembre "
        "prochain. La mesure coûterait 34 millions d'euros par an à la collectivité.\n\n"
        "«\u00a0Un jeune qui n'a pas de voiture ne doit pas renoncer à un stage ou à un emploi "
        "parce que le billet est trop cher\u00a0», a-t-il expliqué devant l'assemblée régionale, "
        "réunie en session plénière à Kerlouan.\n\n"
        "L'opposition ne conteste pas l'objectif, mais le financement. Sa présidente de groupe, "
        "Martine Hourcade, a jugé la mesure «\u00a0électoraliste\u00a0» à dix-huit mois du "
        "scrutin régional. Elle a réclamé un plan d'urgence pour la ligne Kerlouan-Morvannec, où "
        "un train sur cinq arrive en retard.\n\n"
        "Le vote est prévu lors de la session de décembre.",
        [
            (
                I,
                [
                    "vouloir rendre gratuits les trains régionaux pour les moins de 26 ans dès "
                    "septembre prochain"
                ],
                "Yann-Erwan Kerbrat",
            ),
            (
                D,
                [
                    "Un jeune qui n'a pas de voiture ne doit pas renoncer à un stage ou à un "
                    "emploi parce que le billet est trop cher"
                ],
                "Yann-Erwan Kerbrat",
            ),
            (P, ["électoraliste"], "Martine Hourcade"),
        ],
    ),
    (  # 6 residents against an underground car park, « » without inner spaces: an unclosed
        # quotation mark ended by "a lancé une riveraine" (unnamed), residents' association
        # "a annoncé qu'elle", partial after "a dénoncé un projet" by "Son président, Name",
        # two-sentence direct by "Le premier adjoint, Name" + "a-t-il assuré"
        "Une centaine de riverains se sont rassemblés samedi matin devant la mairie de "
        "Lussac-le-Haut pour protester contre le projet de parking souterrain de la place du "
        "Marché, qui prévoit l'abattage de quatorze platanes centenaires.\n\n"
        "«Ces arbres étaient là avant nous, ils seront là après nous si on les laisse "
        "tranquilles, a lancé une riveraine au micro, sous les applaudissements.\n\n"
        "L'association Lussac Patrimoine et Cadre de vie, à l'origine du rassemblement, a "
        "annoncé qu'elle déposerait un recours contre le permis de construire. Son président, "
        "Olivier Saint-Cricq, a dénoncé un projet «conçu pour les voitures et pas pour les "
        "habitants».\n\n"
        "Le premier adjoint, Bertrand Coustou, a reçu une délégation en fin de matinée. «Le "
        "parking est indispensable à la survie des commerces du centre. Mais nous replanterons "
        "deux arbres pour chaque arbre abattu», a-t-il assuré à sa sortie.",
        [
            (
                D,
                [
                    "Ces arbres étaient là avant nous, ils seront là après nous si on les laisse "
                    "tranquilles"
                ],
                "riveraine",
            ),
            (
                I,
                ["elle déposerait un recours contre le permis de construire"],
                "Lussac Patrimoine et Cadre de vie",
            ),
            (P, ["conçu pour les voitures et pas pour les habitants"], "Olivier Saint-Cricq"),
            (
                D,
                [
                    "Le parking est indispensable à la survie des commerces du centre. Mais nous "
                    "replanterons deux arbres pour chaque arbre abattu"
                ],
                "Bertrand Coustou",
            ),
        ],
    ),
    (  # 7 drought order by the prefect: two-sentence direct + "a insisté le représentant de
        # l'État" (role referring back to the prefect), "Selon la préfecture," (rest of the
        # sentence), a mayor's partial inside "a confié que" (only the partial), "La chambre
        # d'agriculture a réclamé des dérogations" (noun object, not annotated)
        "Le préfet des Hautes-Corbières, Laurent Peyrusse, a placé mercredi l'ensemble du "
        "département en alerte sécheresse renforcée. L'arrosage des jardins, le lavage des "
        "voitures et le remplissage des piscines privées sont désormais interdits, sous peine "
        "d'une amende de 1\u00a0500 euros.\n\n"
        "«\u00a0Le niveau des nappes n'a jamais été aussi bas à cette période de l'année depuis "
        "le début des relevés. Chaque mètre cube compte\u00a0», a insisté le représentant de "
        "l'État lors d'un point presse à Roquenègre.\n\n"
        "Selon la préfecture, une vingtaine de communes sont déjà alimentées par camion-citerne. "
        "Le maire de Saint-Jean-de-Lenne, Francis Aubrac, dont la commune est ravitaillée depuis "
        "le 2 août, a confié que ses administrés «\u00a0n'avaient plus d'eau au robinet trois "
        "heures par jour\u00a0».\n\n"
        "La chambre d'agriculture a réclamé des dérogations pour l'irrigation des cultures "
        "maraîchères. Le préfet doit recevoir ses représentants lundi.",
        [
            (
                D,
                [
                    "Le niveau des nappes n'a jamais été aussi bas à cette période de l'année "
                    "depuis le début des relevés. Chaque mètre cube compte"
                ],
                "Laurent Peyrusse",
            ),
            (
                I,
                ["une vingtaine de communes sont déjà alimentées par camion-citerne"],
                "préfecture",
            ),
            (
                P,
                ["n'avaient plus d'eau au robinet trois heures par jour"],
                "Francis Aubrac",
            ),
        ],
    ),
    (  # 8 mayor resigns after threats: "La maire, 67 ans, dit ne plus supporter" (role
        # referring back, infinitive clause), two-sentence direct + "confie-t-elle"
        # (inversion), association partial after "a exprimé son" (a noun phrase object
        # embedding quoted words)
        "Après dix-neuf ans à la tête de Vernoux-en-Brie, Josiane Fabrègue a remis lundi sa "
        "démission au sous-préfet. La maire, 67 ans, dit ne plus supporter les insultes et les "
        "menaces qu'elle reçoit depuis l'été, notamment sur les réseaux sociaux.\n\n"
        "«\u00a0On m'a traitée de voleuse devant la boulangerie, on a crevé les pneus de ma "
        "voiture deux fois. J'ai soixante-sept ans, je n'ai plus la force\u00a0», confie-t-elle "
        "dans son bureau, où les cartons sont déjà prêts.\n\n"
        "L'association des maires ruraux des Hauts-de-Brie a exprimé son «\u00a0soutien "
        "total\u00a0» à l'élue. Depuis le début du mandat, quarante maires ont démissionné dans "
        "le département.\n\n"
        "Une plainte a été déposée à la gendarmerie. Le premier adjoint, Michel Garrigou, "
        "assurera l'intérim jusqu'à l'élection d'un nouveau maire.",
        [
            (
                I,
                [
                    "ne plus supporter les insultes et les menaces qu'elle reçoit depuis l'été, "
                    "notamment sur les réseaux sociaux"
                ],
                "Josiane Fabrègue",
            ),
            (
                D,
                [
                    "On m'a traitée de voleuse devant la boulangerie, on a crevé les pneus de ma "
                    "voiture deux fois. J'ai soixante-sept ans, je n'ai plus la force"
                ],
                "Josiane Fabrègue",
            ),
            (
                P,
                ["soutien total"],
                "association des maires ruraux des Hauts-de-Brie",
            ),
        ],
    ),
    (  # 9 intercommunal swimming pool: "D'après la chambre régionale des comptes," (rest of
        # the sentence), partial after "les magistrats financiers pointent" (generic noun for
        # the same body), "conteste ces conclusions" (noun object) then a two-sentence direct
        # + "a-t-il répondu" (pronoun for "Le président de la communauté de communes, Name")
        "La piscine intercommunale des Trois-Vallées, fermée depuis mars à cause d'une fuite "
        "dans le bassin de 50 mètres, ne rouvrira pas avant 2028. D'après la chambre régionale "
        "des comptes, le coût de sa rénovation a déjà dépassé de 70\u00a0% l'estimation "
        "initiale, pour atteindre 11,4 millions d'euros.\n\n"
        "Dans un rapport publié mardi, les magistrats financiers pointent «\u00a0une succession "
        "de décisions prises sans étude préalable\u00a0» et un suivi du chantier jugé "
        "insuffisant.\n\n"
        "Le président de la communauté de communes, Didier Escaffre, conteste ces conclusions. "
        "«\u00a0Les magistrats oublient que nous avons hérité d'un équipement construit en 1974, "
        "avec de l'amiante partout. Aucune étude n'aurait pu prévoir ce que nous avons "
        "trouvé\u00a0», a-t-il répondu mercredi.\n\n"
        "Privés de bassin, les nageurs du Cercle nautique des Trois-Vallées s'entraînent "
        "désormais à Lauzerte, à quarante minutes de route.",
        [
            (
                I,
                [
                    "le coût de sa rénovation a déjà dépassé de 70\u00a0% l'estimation initiale, "
                    "pour atteindre 11,4 millions d'euros"
                ],
                "chambre régionale des comptes",
            ),
            (
                P,
                ["une succession de décisions prises sans étude préalable"],
                "chambre régionale des comptes",
            ),
            (
                D,
                [
                    "Les magistrats oublient que nous avons hérité d'un équipement construit en "
                    "1974, avec de l'amiante partout. Aucune étude n'aurait pu prévoir ce que "
                    "nous avons trouvé"
                ],
                "Didier Escaffre",
            ),
        ],
    ),
    (  # 10 participatory budget: a coined word in « » with no speaker, unquoted reported
        # figures followed by "a précisé jeudi l'adjointe …, Name" (indirect, attribution
        # after), direct + "s'est-elle réjouie", first-name-only teenager direct + "raconte
        # Name, 17 ans, …", residents' collective partial after "a déploré que … ait été
        # écarté" (only the partial, generic noun dropped)
        "Un skatepark, des toilettes publiques au parc Montplaisir et une "
        "«\u00a0grainothèque\u00a0» dans chaque école\u00a0: voici les trois projets retenus par "
        "les habitants de Bellecombe pour le premier budget participatif de la ville, doté de "
        "500\u00a0000 euros.\n\n"
        "Plus de 4\u00a0200 personnes ont voté en ligne ou dans les mairies de quartier, soit "
        "9\u00a0% des habitants de plus de seize ans, a précisé jeudi l'adjointe à la démocratie "
        "locale, Nathalie Oukrid. «\u00a0C'est un taux de participation que beaucoup "
        "d'élections nous envieraient\u00a0», s'est-elle réjouie.\n\n"
        "Le skatepark, porté par un groupe de lycéens, a recueilli le plus de voix. «\u00a0On a "
        "fait du porte-à-porte pendant trois semaines. On n'y croyait pas trop\u00a0», raconte "
        "Enzo, 17 ans, l'un des initiateurs du projet.\n\n"
        "Le collectif Jardins du Vieux-Moulin a en revanche déploré que son projet de jardin "
        "partagé ait été écarté «\u00a0sans la moindre explication\u00a0».",
        [
            (
                I,
                [
                    "Plus de 4\u00a0200 personnes ont voté en ligne ou dans les mairies de "
                    "quartier, soit 9\u00a0% des habitants de plus de seize ans"
                ],
                "Nathalie Oukrid",
            ),
            (
                D,
                ["C'est un taux de participation que beaucoup d'élections nous envieraient"],
                "Nathalie Oukrid",
            ),
            (
                D,
                ["On a fait du porte-à-porte pendant trois semaines. On n'y croyait pas trop"],
                "Enzo",
            ),
            (P, ["sans la moindre explication"], "Jardins du Vieux-Moulin"),
        ],
    ),
    (  # 11 fortnightly bin collection, typographic apostrophes: two-sentence direct +
        # "explique la vice-présidente chargée de …, Name", an unnamed "un habitant" whose
        # quote ends with a question mark (kept) and no comma, "Mme Surname a promis des
        # couches lavables" (noun object, not annotated)
        "À partir du 1er janvier, les poubelles d’ordures ménagères ne seront plus ramassées "
        "qu’une semaine sur deux dans les 34 communes de la communauté d’agglomération du Val "
        "d’Arvière. L’objectif\u00a0: réduire de 20\u00a0% le volume de déchets enfouis d’ici "
        "à 2030.\n\n"
        "«\u00a0Le coût de l’enfouissement a doublé en cinq ans. Nous ne pouvons plus payer pour "
        "enterrer des déchets que nous pourrions trier\u00a0», explique la vice-présidente "
        "chargée de l’environnement, Delphine Marchetti-Roux.\n\n"
        "Sur le marché de Saint-Orens, samedi, la nouvelle passait mal. «\u00a0Avec trois "
        "enfants en couches, je fais comment\u00a0?\u00a0» s’agace un habitant, père de "
        "famille.\n\n"
        "Mme Marchetti-Roux a promis des couches lavables gratuites aux familles qui en feraient "
        "la demande. L’agglomération prévoit aussi d’installer une centaine de composteurs "
        "collectifs.",
        [
            (
                D,
                [
                    "Le coût de l’enfouissement a doublé en cinq ans. Nous ne pouvons plus payer "
                    "pour enterrer des déchets que nous pourrions trier"
                ],
                "Delphine Marchetti-Roux",
            ),
            (D, ["Avec trois enfants en couches, je fais comment\u00a0?"], "habitant"),
        ],
    ),
    (  # 12 council meeting suspended: "des courriels selon lesquels" (not a source), direct
        # + "a-t-il lancé" (pronoun for "M. Surname"), direct + "a rétorqué M.\u00a0Surname"
        # (title with a no-break space), partial inside the reported speech of "le maire a
        # affirmé que" (only the partial), "n'a pas souhaité faire de commentaire" not
        # annotated
        "La séance du conseil municipal de Port-Sainte-Anne a été suspendue pendant une heure "
        "lundi soir, après un échange très vif entre le maire, Frédéric Lannuzel, et un "
        "conseiller d'opposition, Karim Haddadi.\n\n"
        "M. Haddadi venait de brandir des courriels selon lesquels la municipalité aurait "
        "favorisé une entreprise de travaux publics dans l'attribution du marché de réfection du "
        "port. «\u00a0Ces documents, monsieur le maire, vous les connaissiez depuis juin\u00a0», "
        "a-t-il lancé.\n\n"
        "«\u00a0Je ne laisserai personne salir l'honneur de cette assemblée\u00a0», a rétorqué "
        "M.\u00a0Lannuzel, avant de quitter la salle.\n\n"
        "Dans un communiqué publié mardi, le maire a affirmé que la procédure d'attribution "
        "avait été «\u00a0parfaitement régulière\u00a0». Le parquet de Lanvaudan n'a pas "
        "souhaité faire de commentaire.",
        [
            (
                D,
                ["Ces documents, monsieur le maire, vous les connaissiez depuis juin"],
                "Karim Haddadi",
            ),
            (
                D,
                ["Je ne laisserai personne salir l'honneur de cette assemblée"],
                "Frédéric Lannuzel",
            ),
            (P, ["parfaitement régulière"], "Frédéric Lannuzel"),
        ],
    ),
    (  # 13 Belgian municipal merger: direct + "a plaidé le bourgmestre de X, Name", "Son
        # homologue de Y, Name, a estimé que" (indirect), direct by "L'échevin des Travaux
        # …, Name" introduced first + "a-t-il souligné"
        "Les conseils communaux de Waremmont et de Ferrières-la-Haute ont approuvé lundi soir le "
        "principe d'une fusion des deux communes au 1er janvier 2031. Ensemble, elles "
        "compteraient quelque 31\u00a0000 habitants.\n\n"
        "«\u00a0Seuls, nous n'avons plus les moyens d'entretenir nos 180 kilomètres de voiries ni "
        "de recruter les ingénieurs dont nous avons besoin\u00a0», a plaidé le bourgmestre de "
        "Waremmont, Luc Vandermeulen. Son homologue de Ferrières-la-Haute, Anne-Sophie Delhaye, "
        "a estimé que la fusion permettrait d'économiser près de deux millions d'euros par an en "
        "frais de fonctionnement.\n\n"
        "Tout le monde n'est pas convaincu. L'échevin des Travaux de Ferrières, Marc Jadoul, a "
        "voté contre. «\u00a0On nous parle d'économies, mais personne n'a chiffré le coût de "
        "l'harmonisation des salaires du personnel\u00a0», a-t-il souligné.\n\n"
        "Une consultation populaire sera organisée au printemps dans les deux communes.",
        [
            (
                D,
                [
                    "Seuls, nous n'avons plus les moyens d'entretenir nos 180 kilomètres de "
                    "voiries ni de recruter les ingénieurs dont nous avons besoin"
                ],
                "Luc Vandermeulen",
            ),
            (
                I,
                [
                    "la fusion permettrait d'économiser près de deux millions d'euros par an en "
                    "frais de fonctionnement"
                ],
                "Anne-Sophie Delhaye",
            ),
            (
                D,
                [
                    "On nous parle d'économies, mais personne n'a chiffré le coût de "
                    "l'harmonisation des salaires du personnel"
                ],
                "Marc Jadoul",
            ),
        ],
    ),
    (  # 14 Quebec town roads budget: direct + "a reconnu la mairesse, Name,", opposition
        # partial after "reproche à l'administration d'avoir", "Selon lui," (pronoun, rest of
        # the sentence)
        "La Ville de Saint-Anselme-des-Érables consacrera 14 millions de dollars à la réfection "
        "de ses rues l'an prochain, soit le double de cette année. Le budget 2027, présenté "
        "mercredi soir, prévoit une hausse du compte de taxes moyen de 3,2\u00a0%.\n\n"
        "«\u00a0Les nids-de-poule, c'est la première plainte que je reçois, avant même le "
        "déneigement\u00a0», a reconnu la mairesse, Geneviève Tremblay-Ouellet, en conférence de "
        "presse. La moitié des rues de la ville n'ont pas été refaites depuis plus de trente "
        "ans.\n\n"
        "Le chef de l'opposition, Stéphane Gagnon-Lévesque, reproche à l'administration d'avoir "
        "«\u00a0laissé pourrir le réseau pendant quatre ans\u00a0» avant de se réveiller à un an "
        "des élections. Selon lui, une partie des travaux aurait pu être financée par un "
        "programme fédéral d'infrastructures, auquel la Ville n'a jamais soumis de demande.",
        [
            (
                D,
                [
                    "Les nids-de-poule, c'est la première plainte que je reçois, avant même le "
                    "déneigement"
                ],
                "Geneviève Tremblay-Ouellet",
            ),
            (
                P,
                ["laissé pourrir le réseau pendant quatre ans"],
                "Stéphane Gagnon-Lévesque",
            ),
            (
                I,
                [
                    "une partie des travaux aurait pu être financée par un programme fédéral "
                    "d'infrastructures, auquel la Ville n'a jamais soumis de demande"
                ],
                "Stéphane Gagnon-Lévesque",
            ),
        ],
    ),
    (  # 15 secondary school occupied by parents: "a déclaré\u00a0: « … »" (colon, two
        # sentences, final period kept) by "La présidente de l'association des parents
        # d'élèves, Name", intention phrase "a fait part … de sa volonté de", then a partial
        # in a sentence closed by "a-t-il prévenu"
        "Les parents d'élèves du collège Georges-Brassens de Mervent-la-Forêt occupent "
        "l'établissement depuis lundi soir. Ils protestent contre la décision du conseil "
        "départemental de fermer ce collège de 160 élèves en juin 2028 et de répartir ses "
        "élèves entre deux établissements voisins.\n\n"
        "La présidente de l'association des parents d'élèves, Laetitia Brunetière, a "
        "déclaré\u00a0: «\u00a0Nous ne partirons pas tant que le département n'aura pas accepté "
        "de nous recevoir. Nos enfants ne sont pas des lignes dans un tableur.\u00a0»\n\n"
        "Le vice-président du département chargé de l'éducation, Jean-Pierre Moisan, a fait "
        "part mardi de sa volonté de rencontrer les parents avant la fin du mois. Mais la "
        "décision ne sera «\u00a0pas remise en cause\u00a0», a-t-il prévenu. Les effectifs du "
        "collège ont baissé de 35\u00a0% en dix ans.",
        [
            (
                D,
                [
                    "Nous ne partirons pas tant que le département n'aura pas accepté de nous "
                    "recevoir. Nos enfants ne sont pas des lignes dans un tableur."
                ],
                "Laetitia Brunetière",
            ),
            (I, ["rencontrer les parents avant la fin du mois"], "Jean-Pierre Moisan"),
            (P, ["pas remise en cause"], "Jean-Pierre Moisan"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 council tax rise: "The council leader, Name, said the" (indirect), then a
        # two-sentence direct + "she said", opposition partial "called the budget "…"" by a
        # group leader introduced with "who leads …", "demanded an independent review"
        # (noun object, not annotated)
        "Residents of Harrowfield will pay 4.99% more in council tax from April after the "
        "borough council approved its budget on Wednesday night by 31 votes to 22.\n\n"
        "The council leader, Andrea Whitcombe, said the increase was the only way to protect "
        'adult social care, which now takes 58p of every pound the council spends. "Nobody '
        "goes into local government to put up taxes. But the alternative was closing day "
        "centres, and I wasn't prepared to do that,\" she said.\n\n"
        "Graham Pickles, who leads the opposition Independent Alliance group, called the budget "
        '"a tax on pensioners" and demanded an independent review of the council\'s property '
        "portfolio.\n\n"
        "The average Band D bill will rise by £94 a year.",
        [
            (
                I,
                [
                    "the increase was the only way to protect adult social care, which now takes "
                    "58p of every pound the council spends"
                ],
                "Andrea Whitcombe",
            ),
            (
                D,
                [
                    "Nobody goes into local government to put up taxes. But the alternative was "
                    "closing day centres, and I wasn't prepared to do that"
                ],
                "Andrea Whitcombe",
            ),
            (P, ["a tax on pensioners"], "Graham Pickles"),
        ],
    ),
    (  # 2 elementary schools closed: "citing falling enrollment" (noun object), "…,
        # according to the district." (the part before; the district by its full name), two
        # directs by "Superintendent Dr. Name told the board." (the attribution ends its
        # sentence, the second quotation is a new one), a T-shirt slogan in quotes not
        # speech, "asked the board for a delay" (noun object)
        "The Brookhaven Unified School District board voted 5-2 on Tuesday to close three "
        "elementary schools at the end of the school year, citing falling enrollment and a $14 "
        "million budget gap.\n\n"
        "Enrollment has fallen by nearly 2,300 students since 2015, according to the "
        "district.\n\n"
        '"These are the hardest decisions I have made in 22 years in education," Superintendent '
        'Dr. Marisol Aguirre told the board. "But we cannot keep heating half-empty buildings '
        'while we lay off teachers."\n\n'
        'More than 200 parents packed the meeting, many wearing green T-shirts that read "Save '
        'Lincoln Elementary." One mother, Keisha Brown, asked the board for a one-year delay.',
        [
            (
                I,
                ["Enrollment has fallen by nearly 2,300 students since 2015"],
                "Brookhaven Unified School District",
            ),
            (
                D,
                ["These are the hardest decisions I have made in 22 years in education"],
                "Marisol Aguirre",
            ),
            (
                D,
                ["But we cannot keep heating half-empty buildings while we lay off teachers."],
                "Marisol Aguirre",
            ),
        ],
    ),
    (  # 3 bridge closure: unquoted report + ", officials said Tuesday." (indirect,
        # attribution after, unnamed plural), two-sentence direct + "said county engineer
        # Name" (role before the name), "fears for her business" not speech, then a direct +
        # "she said" (pronoun for the diner owner)
        "The Millbrook Road bridge over the Kessel River will close to all traffic for at least "
        "18 months from March, officials said Tuesday. Inspectors found severe corrosion in two "
        "of its steel girders during a routine check in October.\n\n"
        '"The bridge is not going to fall down tomorrow. But we are not going to wait until it '
        'does," said county engineer Ray Castellano. The replacement is expected to cost $27 '
        "million, most of it from state funds.\n\n"
        "The detour will add up to 25 minutes to some journeys. Darlene Fisk, who runs a diner "
        'on the east bank, fears for her business. "Half my breakfast crowd comes across that '
        'bridge," she said.',
        [
            (
                I,
                [
                    "The Millbrook Road bridge over the Kessel River will close to all traffic for "
                    "at least 18 months from March"
                ],
                "officials",
            ),
            (
                D,
                [
                    "The bridge is not going to fall down tomorrow. But we are not going to wait "
                    "until it does"
                ],
                "Ray Castellano",
            ),
            (D, ["Half my breakfast crowd comes across that bridge"], "Darlene Fisk"),
        ],
    ),
    (  # 4 mayoral election, curly quotes: two-sentence direct + "Surname told supporters"
        # (first mention "Councillor Name"), "conceded" without a clause not annotated, partial
        # "He said he had "…"" (only the partial), "he said he would" (indirect, pronoun)
        "Councillor Priya Raman-Holt was elected mayor of Eastleigh Vale on Thursday, beating "
        "the incumbent, Derek Hollins, by 1,412 votes on a turnout of 31%.\n\n"
        "“This city has told us it wants buses that turn up and streets that are clean. That’s "
        "what we will deliver,” Raman-Holt told supporters at the count in the Civic Hall.\n\n"
        "Hollins, who had held the post since 2018, conceded shortly after midnight. He said he "
        "had “no regrets”. Asked about his plans, he said he would stay on as a ward councillor "
        "for Riverside until 2028.",
        [
            (
                D,
                [
                    "This city has told us it wants buses that turn up and streets that are "
                    "clean. That’s what we will deliver"
                ],
                "Priya Raman-Holt",
            ),
            (P, ["no regrets"], "Derek Hollins"),
            (
                I,
                ["he would stay on as a ward councillor for Riverside until 2028"],
                "Derek Hollins",
            ),
        ],
    ),
    (  # 5 regional train fares frozen: "The president of the X region …, Name, announced on
        # Monday that", two-sentence direct + "Surname said at a press conference", opposition
        # partial after "accused Surname of" by a speaker introduced with "who leads …"
        "The president of the Valtessa region in northern Italy, Marco Ferrandi, announced on "
        "Monday that regional train fares would be frozen until the end of 2028.\n\n"
        '"Commuters have paid for every delay and every cancelled train for years. It is time '
        'the region paid its share," Ferrandi said at a press conference in Castelvero, the '
        "regional capital. The freeze is expected to cost about €22 million a year.\n\n"
        "Elena Saccomani, who leads the opposition in the regional assembly, accused Ferrandi "
        'of "buying votes" ahead of next spring\'s regional election.',
        [
            (I, ["regional train fares would be frozen until the end of 2028"], "Marco Ferrandi"),
            (
                D,
                [
                    "Commuters have paid for every delay and every cancelled train for years. It "
                    "is time the region paid its share"
                ],
                "Marco Ferrandi",
            ),
            (P, ["buying votes"], "Elena Saccomani"),
        ],
    ),
    (  # 6 tower block rejected: residents' association speaking as such ("The X Residents'
        # Association, which …, said the"), direct + "said the association's chair, Name",
        # "declined to comment" not annotated, unnamed "one resident" after a direct
        "A plan to build a 24-storey apartment tower on the site of the former Kinross bus depot "
        "has been rejected by Southmere City Council's planning committee, to the delight of "
        "residents who had fought it for two years.\n\n"
        "The Kinross Park Residents' Association, which collected more than 3,000 signatures "
        "against the scheme, said the tower would have cast the neighbourhood's only park into "
        "shadow for most of the afternoon.\n\n"
        "\"We are not against new homes. We are against a building that puts a children's "
        "playground in the shade from two o'clock,\" said the association's chair, Helen "
        "Okafor.\n\n"
        "The developer, Larchmont Living, declined to comment. \"I've lived here 41 years. "
        "Tonight I'll sleep well,\" said one resident as she left the town hall.",
        [
            (
                I,
                [
                    "the tower would have cast the neighbourhood's only park into shadow for most "
                    "of the afternoon"
                ],
                "Kinross Park Residents' Association",
            ),
            (
                D,
                [
                    "We are not against new homes. We are against a building that puts a "
                    "children's playground in the shade from two o'clock"
                ],
                "Helen Okafor",
            ),
            (D, ["I've lived here 41 years. Tonight I'll sleep well"], "resident"),
        ],
    ),
    (  # 7 rental e-scooters banned: partial inside the reported speech of "Councillor Name,
        # who chairs …, said" (only the partial), hospital figures with no source, a company
        # spokesman speaking for the company ("a Zipp spokesman said" after the quote)
        "Rental e-scooters will disappear from the streets of Port Calder by the end of January "
        "after the city council voted not to renew its contract with the operator, Zipp.\n\n"
        "Councillor Fiona MacBride, who chairs the transport committee, said scooters left "
        'across footpaths had become "a daily hazard" for blind and elderly residents. The '
        "city's emergency department treated 146 scooter-related injuries last year, up from "
        "61 in 2024.\n\n"
        '"We offered the council geofenced parking bays, lower speed limits and fines for bad '
        'parking. All of that was ignored," a Zipp spokesman said.',
        [
            (P, ["a daily hazard"], "Fiona MacBride"),
            (
                D,
                [
                    "We offered the council geofenced parking bays, lower speed limits and fines "
                    "for bad parking. All of that was ignored"
                ],
                "Zipp",
            ),
        ],
    ),
    (  # 8 burst water main: "Mayor Name said … and that …" (one indirect), then a quote
        # continued over two paragraphs (one span each, first one's period kept) with
        # "Surname told a council meeting" after the second, "have asked the council for
        # compensation" (noun object, not annotated)
        "Thousands of homes in the east of Carrow were without running water for a second day "
        "on Friday after a 90-year-old water main burst beneath Station Road, flooding shops "
        "and opening a sinkhole four metres wide.\n\n"
        "Mayor Tom Abernethy said crews had worked through the night and that supply should be "
        "restored to most homes by Saturday morning.\n\n"
        '"This pipe was laid in 1936. We have 40 miles of mains just like it under this city, '
        "and for years we have patched them instead of replacing them.\n\n"
        '"That has to change, and it will cost money," Abernethy told a council meeting on '
        "Thursday evening.\n\n"
        "Bottled water is being handed out at the Carrow Leisure Centre, and shopkeepers on "
        "Station Road have asked the council for compensation.",
        [
            (
                I,
                [
                    "crews had worked through the night and that supply should be restored to "
                    "most homes by Saturday morning"
                ],
                "Tom Abernethy",
            ),
            (
                D,
                [
                    "This pipe was laid in 1936. We have 40 miles of mains just like it under "
                    "this city, and for years we have patched them instead of replacing them.",
                    "That has to change, and it will cost money",
                ],
                "Tom Abernethy",
            ),
        ],
    ),
    (  # 9 town council dissolved for mafia infiltration: partial after "The prefect of X,
        # Dr. Name, said her investigators had found" (only the partial, title dropped),
        # "denied any wrongdoing" (noun object) then a two-sentence direct + "he told the
        # newspaper"
        "Italy's government has dissolved the town council of San Vittore Ionico for mafia "
        "infiltration, following a six-month inquiry into the award of public contracts. The "
        "town will be run for 18 months by three commissioners appointed by Rome.\n\n"
        "The prefect of Castrovalle, Dr. Alessandra Monti, said her investigators had found "
        '"clear and repeated" contacts between council staff and members of a local clan.\n\n'
        "The former mayor, Salvatore Greco, who is not under investigation, denied any "
        'wrongdoing. "I have never met these people. I will fight this decision in every court '
        'in Italy," he told the newspaper Corriere Ionico.\n\n'
        "It is the fourth council in the province to be dissolved since 2020.",
        [
            (P, ["clear and repeated"], "Alessandra Monti"),
            (
                D,
                [
                    "I have never met these people. I will fight this decision in every court in "
                    "Italy"
                ],
                "Salvatore Greco",
            ),
        ],
    ),
    (  # 10 libraries closing: partial "admitted the decision had been "…"" (only the
        # partial) then a two-sentence direct + "she said", campaigners "are considering a
        # legal challenge" (not speech), unnamed "a retired teacher" whose question (mark
        # kept) is followed by "she asked"
        "Seven of Wexmoor's 16 public libraries will close next summer under cost-cutting plans "
        "approved by the county council's cabinet on Monday.\n\n"
        "The cabinet member for communities, Sarah Linley, admitted the decision had been "
        '"agonising". "We are legally required to balance the books. We are not legally '
        'required to run sixteen libraries," she said.\n\n'
        "Campaigners from Friends of Wexmoor Libraries, who handed a 12,000-name petition to "
        "County Hall last month, are considering a legal challenge.\n\n"
        "At Ashby Green library, one of those due to close, a retired teacher who has come "
        'every week since 1978 was in tears. "Where am I supposed to go now?" she asked.',
        [
            (P, ["agonising"], "Sarah Linley"),
            (
                D,
                [
                    "We are legally required to balance the books. We are not legally required to "
                    "run sixteen libraries"
                ],
                "Sarah Linley",
            ),
            (D, ["Where am I supposed to go now?"], "retired teacher"),
        ],
    ),
    (  # 11 homeless shelters: "used his … address … to announce that" (indirect), a quote
        # split by "Surname said," set off by commas (one quote, two spans, final period
        # kept), "…, according to Name, director of X." (the part before), partial after
        # "Ms. Surname … warned that a shelter bed was" (only the partial)
        "Mayor Luis Carvajal used his annual State of the City address on Thursday to announce "
        "that Riverton would open 400 new shelter beds by next winter. That would nearly double "
        "the city's capacity.\n\n"
        '"Nobody in this city should have to sleep in a doorway in January," Carvajal said, '
        '"and as long as I am mayor, we will not accept it as normal."\n\n'
        "The number of people sleeping rough in Riverton has risen by 38% in two years, "
        "according to Janet Obi, director of the Riverton Coalition for the Homeless. Ms. Obi "
        'welcomed the announcement but warned that a shelter bed was "not a home".',
        [
            (I, ["Riverton would open 400 new shelter beds by next winter"], "Luis Carvajal"),
            (
                D,
                [
                    "Nobody in this city should have to sleep in a doorway in January",
                    "and as long as I am mayor, we will not accept it as normal.",
                ],
                "Luis Carvajal",
            ),
            (
                I,
                ["The number of people sleeping rough in Riverton has risen by 38% in two years"],
                "Janet Obi",
            ),
            (P, ["not a home"], "Janet Obi"),
        ],
    ),
    (  # 12 tied by-election: "The returning officer, Name, said it was" (indirect), a
        # possessive mention ("Surname's name was drawn") then a two-sentence direct + "he
        # said, shaking …", "left without speaking to reporters" not speech
        "A council by-election in the Millgate ward of Fenbury was decided by drawing lots on "
        "Friday after two recounts left Rosalind Achterberg and Neil Sutcliffe tied on 1,106 "
        "votes each.\n\n"
        "The returning officer, Gillian Marsh, said it was the first time in the borough's "
        "history that a result had been settled this way. Both names were written on slips of "
        "paper and placed in a ballot box.\n\n"
        "Sutcliffe's name was drawn. \"I'd have preferred to win it with one more vote, to be "
        "honest. But I'll take it,\" he said, shaking his opponent's hand. Achterberg left "
        "without speaking to reporters.",
        [
            (
                I,
                [
                    "it was the first time in the borough's history that a result had been "
                    "settled this way"
                ],
                "Gillian Marsh",
            ),
            (
                D,
                ["I'd have preferred to win it with one more vote, to be honest. But I'll take it"],
                "Neil Sutcliffe",
            ),
        ],
    ),
    (  # 13 regional council flood works: partial after "Council chair Name said the region"
        # (only the partial), "A spokesperson for the Ministry of X said the government would"
        # (indirect, the spokesperson speaks for the ministry)
        "The Tamaroa Regional Council will spend NZ$180 million over ten years raising "
        "stopbanks along the Waikaha River, after February's floods forced 3,000 people from "
        "their homes.\n\n"
        'Council chair Hemi Walker said the region "cannot afford another February". Work will '
        "start next spring in the lower valley, where the damage was worst.\n\n"
        "Ratepayers will fund about half of the cost through a targeted rate. A spokesperson for "
        "the Ministry of Regional Infrastructure said the government would consider co-funding "
        "the rest once it had seen the council's detailed plans.",
        [
            (P, ["cannot afford another February"], "Hemi Walker"),
            (
                I,
                [
                    "the government would consider co-funding the rest once it had seen the "
                    "council's detailed plans"
                ],
                "Ministry of Regional Infrastructure",
            ),
        ],
    ),
    (  # 14 bin strike: two-sentence direct + "said Name, a shop steward for X, on …", partial
        # at the end of the reported speech of "Its deputy leader, Name, said" (only the
        # partial), "Residents say rats have been seen" (indirect, unnamed plural)
        "Rubbish has piled up on the streets of Dunmore for a third week as refuse collectors "
        "continue their strike over pay.\n\n"
        "\"We're asking for what the drivers in the next council along already earn. That's "
        "all,\" said Kevin Doyle, a shop steward for the Municipal Workers' Union, on the "
        "picket line outside the Bridge Street depot.\n\n"
        "The council has offered a 3.5% rise. Its deputy leader, Margaret Iles, said the "
        "union's demand of 9% would cost an extra £2.4 million a year, money that \"simply "
        "isn't there\".\n\n"
        "Residents say rats have been seen around overflowing bins on the Hollins estate. Talks "
        "are due to resume on Monday.",
        [
            (
                D,
                [
                    "We're asking for what the drivers in the next council along already earn. "
                    "That's all"
                ],
                "Kevin Doyle",
            ),
            (P, ["simply isn't there"], "Margaret Iles"),
            (
                I,
                ["rats have been seen around overflowing bins on the Hollins estate"],
                "residents",
            ),
        ],
    ),
    (  # 15 free weekend buses: "Councillor Name, who …, told the Gazette that" (indirect),
        # two-sentence direct + "Ms Surname said" (British title without a period), a
        # councillor who "voted against" and "wanted the money spent" (not speech)
        "From January, bus travel in Ellsworth will be free on Saturdays and Sundays, after "
        "city councillors approved a one-year trial by nine votes to four on Monday.\n\n"
        "Councillor Dana Whitfield, who proposed the scheme, told the Ellsworth Gazette that "
        'weekend ridership had never recovered from the pandemic. "We are running empty buses '
        'on Sundays anyway. We might as well fill them," Ms Whitfield said.\n\n'
        "Councillor Brian Tulloch, who voted against, wanted the money spent on more frequent "
        "weekday services instead. The trial will be reviewed next October.",
        [
            (
                I,
                ["weekend ridership had never recovered from the pandemic"],
                "Dana Whitfield",
            ),
            (
                D,
                ["We are running empty buses on Sundays anyway. We might as well fill them"],
                "Dana Whitfield",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout108.jsonl"),
        "heldout108",
        "h108",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
