"""Source of the 123rd held-out set: writes heldout123.jsonl (split "heldout123").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like parliamentary, government, diplomatic and European news: questions to the government
and Prime Minister's Questions, a commission of inquiry hearing in dialogue dashes, Senate and
European Parliament votes, European Council and UK-EU summits, NATO and Weimar-triangle
ministerials, ambassadors summoned or heard by MPs, a minister's resignation, a handover of
powers, party congresses and conferences, a defection, a Speaker's rebuke; exchanges where two
or three politicians answer one another; quotes attributed by a ministry or a seat of power
("le Quai d'Orsay", "Bercy", "Matignon", "l'Élysée", "Downing Street", "the Home Office"), by
a parliamentary group or a party; speakers referred back to by their title or function alone
("le garde des Sceaux", "le chef de l'État", "le ministre sortant", "the Foreign Secretary",
"the chancellor", "the minister"), by pronoun or epithet ("l'élu de Roubaix", "le Québécois",
"the 44-year-old former nurse"); unnamed speakers (an "éleveur", diplomats, a senior official,
a delegate); statements sourced with "selon X" or with the reporting clause after the reported
speech ("…, the Foreign Secretary told MPs"); speech verbs with noun objects only; and one text
per language without any quote.
Measured once with 0.3.0, 0.36.0 and 0.37.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout123.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from workbench.nlp.evaluation import GoldItem, write_gold

D, P, I = "direct", "partial", "indirect"  # noqa: E741
PUBLISHED_AT = "2026-12-03"
Item = GoldItem

FR: list[Item] = [
    (  # 1 questions to the government, three deputies/ministers answering one another: a
        # question quote (mark kept) + "a-t-elle lancé" (pronoun for "la députée de X Name"),
        # direct + "a rétorqué le garde des Sceaux" (title alone for the named minister) with a
        # participle "rappelant que" (indirect), partial after "les a jugées" by a third deputy
        "La surpopulation carcérale s'est invitée mardi dans l'hémicycle. Lors de la séance des "
        "questions au gouvernement, la députée de la Gironde Agnès Marchetti-Loubet (Union "
        "populaire) a interpellé le ministre de la Justice, Laurent Béraudière, sur la situation "
        "de la maison d'arrêt de Villenave-sur-Garonne, où 1\u00a0140 détenus s'entassent pour "
        "600 places.\n\n"
        "«\u00a0Combien de drames faudra-t-il encore pour que vous agissiez\u00a0?\u00a0» "
        "a-t-elle lancé, sous les applaudissements des bancs de la gauche.\n\n"
        "«\u00a0Je ne vous ai pas attendue pour agir, madame la députée\u00a0», a rétorqué le "
        "garde des Sceaux, rappelant que 3\u00a0000 places de prison supplémentaires seraient "
        "livrées d'ici à 2028.\n\n"
        "Ces annonces n'ont pas convaincu la droite de l'hémicycle. Le député du Var Christian "
        "Aubagne (Rassemblement des patriotes) les a jugées «\u00a0très en deçà de "
        "l'urgence\u00a0». La présidente de séance a dû rappeler les orateurs au respect de leur "
        "temps de parole.",
        [
            (
                D,
                ["Combien de drames faudra-t-il encore pour que vous agissiez\u00a0?"],
                "Agnès Marchetti-Loubet",
            ),
            (D, ["Je ne vous ai pas attendue pour agir, madame la députée"], "Laurent Béraudière"),
            (
                I,
                ["3\u00a0000 places de prison supplémentaires seraient livrées d'ici à 2028"],
                "Laurent Béraudière",
            ),
            (P, ["très en deçà de l'urgence"], "Christian Aubagne"),
        ],
    ),
    (  # 2 European Council: two-sentence direct + "a reconnu le président de la République,
        # Name", "Selon l'Élysée," (the Élysée speaking, rest of the sentence, "le chef de
        # l'État" inside it), "Celui-ci …" then direct + "a-t-il déclaré" (pronoun chain for the
        # German chancellor)
        "Les chefs d'État et de gouvernement des Vingt-Sept se sont quittés vendredi à Bruxelles "
        "sur un accord a minima concernant le futur fonds européen d'investissement dans la "
        "défense, doté de 90 milliards d'euros sur sept ans, bien loin des 300 milliards espérés "
        "par Paris.\n\n"
        "«\u00a0C'est un premier pas. Ce n'est pas encore l'Europe puissance que j'appelle de mes "
        "vœux\u00a0», a reconnu le président de la République, Philippe Rambaud-Sérane, lors de "
        "sa conférence de presse à l'issue du sommet.\n\n"
        "Selon l'Élysée, le chef de l'État s'est entretenu pendant près d'une heure, en marge des "
        "travaux, avec le chancelier allemand, Matthias Kornfeld, principal opposant à un nouvel "
        "emprunt commun.\n\n"
        "Celui-ci n'a pas varié. «\u00a0Les contribuables allemands ne signeront pas un deuxième "
        "chèque en blanc\u00a0», a-t-il déclaré devant la presse de son pays.\n\n"
        "Les dirigeants européens se retrouveront en mars pour un sommet consacré à la "
        "compétitivité.",
        [
            (
                D,
                [
                    "C'est un premier pas. Ce n'est pas encore l'Europe puissance que j'appelle de "
                    "mes vœux"
                ],
                "Philippe Rambaud-Sérane",
            ),
            (
                I,
                [
                    "le chef de l'État s'est entretenu pendant près d'une heure, en marge des "
                    "travaux, avec le chancelier allemand, Matthias Kornfeld, principal opposant "
                    "à un nouvel emprunt commun"
                ],
                "Élysée",
            ),
            (
                D,
                ["Les contribuables allemands ne signeront pas un deuxième chèque en blanc"],
                "Matthias Kornfeld",
            ),
        ],
    ),
    (  # 3 ambassador summoned: partial after "le Quai d'Orsay a qualifié leur détention d'"
        # (the ministry speaking), "a donné des nouvelles rassurantes" (noun object) then a
        # direct + "a-t-il déclaré" (pronoun for "le porte-parole du ministère, Name"), partial
        # inside the reported speech of "le diplomate valdésien" (epithet, only the partial)
        "La France a convoqué mercredi l'ambassadeur de Valdésie à Paris, Ilir Kostandin, après "
        "l'arrestation à Veltra, la capitale valdésienne, de deux ressortissants français "
        "employés par une ONG d'aide à l'enfance.\n\n"
        "Dans un communiqué, le Quai d'Orsay a qualifié leur détention d'«\u00a0arbitraire\u00a0» "
        "et exigé leur libération immédiate.\n\n"
        "Interrogé lors du point presse quotidien, le porte-parole du ministère, Benoît "
        "Lascaris, a donné des nouvelles rassurantes des deux humanitaires, qui ont reçu jeudi "
        "la visite du consul. «\u00a0Ils sont en bonne santé et bien traités, d'après ce qu'ils "
        "nous ont dit\u00a0», a-t-il déclaré.\n\n"
        "À sa sortie du Quai, le diplomate valdésien s'est borné à affirmer que la justice de "
        "son pays était «\u00a0indépendante\u00a0». Le procès des deux Français doit s'ouvrir le "
        "18 décembre.",
        [
            (P, ["arbitraire"], "Quai d'Orsay"),
            (
                D,
                ["Ils sont en bonne santé et bien traités, d'après ce qu'ils nous ont dit"],
                "Benoît Lascaris",
            ),
            (P, ["indépendante"], "Ilir Kostandin"),
        ],
    ),
    (  # 4 commission of inquiry in dialogue dashes: a question line attributed by the
        # sentence before it ("Le rapporteur, le député de X Name, l'a interrogé … :"), a line
        # with the incise "a répondu l'ancien ministre," (role, one quote two spans), a line
        # with "a relevé le rapporteur" (role alone), "La présidente …, Name, a annoncé que"
        "L'audition a duré près de quatre heures. Mercredi, l'ancien ministre des Armées Gérard "
        "Ollivier-Desmarais était entendu par la commission d'enquête de l'Assemblée nationale "
        "sur l'abandon du programme d'hélicoptères Albatros, qui a coûté 1,2 milliard d'euros "
        "aux contribuables.\n\n"
        "Le rapporteur, le député du Morbihan Erwan Quéré (Printemps citoyen), l'a interrogé sur "
        "une note de la direction générale de l'armement qui alertait dès 2021 sur les retards "
        "du programme\u00a0:\n\n"
        "— Vous aviez cette note sur votre bureau. Pourquoi n'avez-vous rien fait\u00a0?\n\n"
        "— Je l'ai lue, a répondu l'ancien ministre, et j'ai agi. J'ai commandé un audit dès la "
        "semaine suivante.\n\n"
        "— Un audit qui n'a jamais été rendu public, a relevé le rapporteur.\n\n"
        "La présidente de la commission, Sylvie Montagnac-Bloch, a annoncé que l'ancien chef "
        "d'état-major de l'armée de Terre serait entendu le 10 décembre.",
        [
            (
                D,
                ["Vous aviez cette note sur votre bureau. Pourquoi n'avez-vous rien fait\u00a0?"],
                "Erwan Quéré",
            ),
            (
                D,
                ["Je l'ai lue", "et j'ai agi. J'ai commandé un audit dès la semaine suivante."],
                "Gérard Ollivier-Desmarais",
            ),
            (D, ["Un audit qui n'a jamais été rendu public"], "Erwan Quéré"),
            (
                I,
                ["l'ancien chef d'état-major de l'armée de Terre serait entendu le 10 décembre"],
                "Sylvie Montagnac-Bloch",
            ),
        ],
    ),
    (  # 5 no quote: new government announced on the Élysée steps ("a été annoncée … par",
        # passive with a noun subject, not annotated)
        "La composition du nouveau gouvernement a été annoncée mardi soir sur le perron de "
        "l'Élysée par le secrétaire général de la présidence, Arnaud Ferrière-Duclos. L'équipe "
        "de la Première ministre, Claire Dautremer, compte 31 membres, dont 16 femmes, contre 35 "
        "dans le gouvernement précédent.\n\n"
        "Sept nouveaux venus font leur entrée, parmi lesquels l'ancienne maire de Besançon Lucie "
        "Taillandier, nommée à la Santé, et le sénateur de la Marne Xavier Gobillard, qui hérite "
        "du Logement. Le ministère de l'Intérieur reste entre les mains de Raphaël Moncorgé.\n\n"
        "Le premier Conseil des ministres se tiendra jeudi matin. Les passations de pouvoirs "
        "sont prévues mercredi tout au long de la journée.",
        [],
    ),
    (  # 6 party congress: two-sentence direct + "a promis l'élue du Cher" (epithet),
        # partial after "l'eurodéputé a salué" (role referring back to the defeated MEP),
        # "Selon la commission de recollement des votes," (unnamed body, rest of the sentence)
        "Réunis en congrès à Tours ce week-end, les militants du Parti social-démocrate ont "
        "désigné leur nouvelle première secrétaire\u00a0: Nathalie Brézillon, maire de Vierzon, "
        "l'a emporté avec 53,8\u00a0% des voix face au député européen Julien Castéran.\n\n"
        "«\u00a0Le temps des querelles est terminé. Je serai la première secrétaire de tous les "
        "sociaux-démocrates\u00a0», a promis l'élue du Cher dans son discours de clôture, "
        "dimanche, devant un millier de délégués.\n\n"
        "Battu, l'eurodéputé a salué «\u00a0une campagne digne\u00a0» avant de quitter la salle "
        "sous les applaudissements.\n\n"
        "Selon la commission de recollement des votes, 38\u00a0412 adhérents ont pris part au "
        "scrutin, soit une participation de 61\u00a0%. La nouvelle direction sera installée le 14 "
        "décembre.",
        [
            (
                D,
                [
                    "Le temps des querelles est terminé. Je serai la première secrétaire de tous "
                    "les sociaux-démocrates"
                ],
                "Nathalie Brézillon",
            ),
            (P, ["une campagne digne"], "Julien Castéran"),
            (
                I,
                [
                    "38\u00a0412 adhérents ont pris part au scrutin, soit une participation de "
                    "61\u00a0%"
                ],
                "commission de recollement des votes",
            ),
        ],
    ),
    (  # 7 Senate vote: two-sentence direct + "s'est félicitée la ministre" (role alone),
        # partial after "a dénoncé pour sa part" with "citant la suppression …" (noun object),
        # "Le groupe Name a fait savoir qu'il" (generic noun dropped)
        "Après trois jours de débats parfois houleux, le Sénat a adopté jeudi soir, par 214 voix "
        "contre 103, le projet de loi de simplification agricole porté par la ministre de "
        "l'Agriculture, Hélène Varangot.\n\n"
        "«\u00a0Nos agriculteurs n'en peuvent plus de remplir des formulaires. Ce texte leur rend "
        "du temps\u00a0», s'est félicitée la ministre à l'issue du vote.\n\n"
        "Le sénateur écologiste de la Drôme Marc-Aurèle Jouffroy a dénoncé pour sa part "
        "«\u00a0un recul environnemental sans précédent\u00a0», citant la suppression de l'avis "
        "obligatoire des agences de l'eau pour certains forages. Le groupe Écologie et "
        "territoires a fait savoir qu'il saisirait le Conseil constitutionnel.\n\n"
        "Le texte doit désormais être examiné par une commission mixte paritaire.",
        [
            (
                D,
                [
                    "Nos agriculteurs n'en peuvent plus de remplir des formulaires. Ce texte leur "
                    "rend du temps"
                ],
                "Hélène Varangot",
            ),
            (P, ["un recul environnemental sans précédent"], "Marc-Aurèle Jouffroy"),
            (I, ["il saisirait le Conseil constitutionnel"], "Écologie et territoires"),
        ],
    ),
    (  # 8 European Parliament vote: partial after "a salué" by "La rapporteure du texte,
        # l'eurodéputée française Name (party)", two-sentence direct + "a ajouté l'élue
        # bretonne" (epithet), "ont … dénoncé le coût" (noun object), partial inside the
        # reported speech of "Un porte-parole de la Commission européenne" (the Commission)
        "Le Parlement européen a adopté mercredi à Strasbourg, par 402 voix contre 215, un "
        "règlement imposant l'indication du pays d'origine du lait sur tous les produits "
        "laitiers vendus dans l'Union.\n\n"
        "La rapporteure du texte, l'eurodéputée française Gwenaëlle Le Bihan (Renouveau "
        "européen), a salué «\u00a0une victoire pour les éleveurs et pour les "
        "consommateurs\u00a0». «\u00a0Pendant des années, on nous a expliqué que c'était "
        "impossible. C'est fait\u00a0», a ajouté l'élue bretonne.\n\n"
        "Les industriels du secteur ont de leur côté dénoncé le coût de la mesure pour les "
        "petites fromageries.\n\n"
        "Un porte-parole de la Commission européenne a indiqué que l'exécutif européen "
        "veillerait à une application «\u00a0progressive\u00a0» du texte, à partir de 2028. Le "
        "règlement doit encore être formellement approuvé par le Conseil.",
        [
            (
                P,
                ["une victoire pour les éleveurs et pour les consommateurs"],
                "Gwenaëlle Le Bihan",
            ),
            (
                D,
                ["Pendant des années, on nous a expliqué que c'était impossible. C'est fait"],
                "Gwenaëlle Le Bihan",
            ),
            (P, ["progressive"], "Commission européenne"),
        ],
    ),
    (  # 9 minister resigns: "Selon Matignon, … « … »" (quoted words inside the "selon"
        # clause, only the partial, Matignon speaking), "n'évoque pas le fond" (noun object)
        # then direct + "écrit-il" (pronoun for "l'ancien ministre"), "la porte-parole du
        # gouvernement, Name, a indiqué que"
        "Le ministre délégué chargé des Transports, Cyril Vautrin-Lacaze, a remis lundi soir sa "
        "démission à la Première ministre, trois jours après les révélations de l'hebdomadaire "
        "Le Vigilant sur l'utilisation de véhicules de fonction à des fins privées.\n\n"
        "Selon Matignon, la cheffe du gouvernement l'a acceptée «\u00a0sans hésiter\u00a0».\n\n"
        "Dans une lettre publiée sur les réseaux sociaux, l'ancien ministre n'évoque pas le fond "
        "du dossier. «\u00a0Je quitte le gouvernement pour pouvoir me défendre "
        "librement\u00a0», écrit-il.\n\n"
        "Interrogée mardi à l'issue du Conseil des ministres, la porte-parole du gouvernement, "
        "Laure Demarsan, a indiqué que l'intérim serait assuré par le ministre de la Transition "
        "écologique jusqu'à la nomination d'un successeur.",
        [
            (P, ["sans hésiter"], "Matignon"),
            (
                D,
                ["Je quitte le gouvernement pour pouvoir me défendre librement"],
                "Cyril Vautrin-Lacaze",
            ),
            (
                I,
                [
                    "l'intérim serait assuré par le ministre de la Transition écologique jusqu'à "
                    "la nomination d'un successeur"
                ],
                "Laure Demarsan",
            ),
        ],
    ),
    (  # 10 farmers outside an MP's office (regional paper): direct + "s'emporte Name,
        # éleveur …", partial inside "il a assuré qu'il voterait contre" ("Le parlementaire",
        # role referring back, only the partial), two-sentence direct + "a réagi un éleveur de
        # X" (unnamed)
        "Une cinquantaine d'éleveurs se sont rassemblés vendredi matin devant la permanence du "
        "député de la 3e circonscription de la Mayenne, Jean-Loup Hardouin (Renouveau), à "
        "Château-Gontier-sur-Mayenne. Ils protestent contre le projet d'accord de libre-échange "
        "entre l'Union européenne et la Nouvelle-Zélande, qui doit être ratifié au printemps.\n\n"
        "«\u00a0On nous demande de monter en gamme, et en même temps on ouvre la porte à de la "
        "viande produite sans nos normes\u00a0», s'emporte Thierry Gaudin, éleveur laitier à "
        "Bierné et responsable cantonal de la Fédération paysanne mayennaise.\n\n"
        "Le parlementaire a reçu une délégation pendant près d'une heure. À la sortie, il a "
        "assuré qu'il voterait contre la ratification «\u00a0si le texte arrivait en l'état "
        "devant l'Assemblée\u00a0».\n\n"
        "«\u00a0C'est un début. Maintenant, on attend des actes\u00a0», a réagi un éleveur de "
        "Craon. Une dizaine de gendarmes encadraient le rassemblement, qui s'est déroulé dans le "
        "calme.",
        [
            (
                D,
                [
                    "On nous demande de monter en gamme, et en même temps on ouvre la porte à de "
                    "la viande produite sans nos normes"
                ],
                "Thierry Gaudin",
            ),
            (P, ["si le texte arrivait en l'état devant l'Assemblée"], "Jean-Loup Hardouin"),
            (D, ["C'est un début. Maintenant, on attend des actes"], "éleveur"),
        ],
    ),
    (  # 11 joint press conference at Matignon, two heads of government answering each
        # other: "a plaidé pour une reconnaissance …" (noun object), three-sentence direct +
        # "a-t-il lancé" (pronoun for "le Québécois"), an exclamation quote (mark kept) + "a
        # répondu en souriant son hôte, qui a rappelé que" (role for the named host, indirect)
        "Le premier ministre du Québec, Mathieu Lavergne-Gosselin, a été reçu jeudi à Matignon "
        "par la Première ministre, Claire Dautremer, pour la 24e rencontre alternée des chefs de "
        "gouvernement français et québécois.\n\n"
        "Lors de la conférence de presse commune, le Québécois a plaidé pour une reconnaissance "
        "automatique des diplômes d'infirmier entre les deux rives de l'Atlantique. «\u00a0Nous "
        "manquons de 8\u00a0000 infirmières. La France en forme d'excellentes. Laissez-les venir "
        "sans attendre deux ans\u00a0», a-t-il lancé.\n\n"
        "«\u00a0Qu'elles viennent, oui. Mais pas toutes\u00a0!\u00a0» a répondu en souriant son "
        "hôte, qui a rappelé que la France manquait elle aussi de soignants.\n\n"
        "Les deux dirigeants ont signé une déclaration commune sur la coopération en matière "
        "d'intelligence artificielle.",
        [
            (
                D,
                [
                    "Nous manquons de 8\u00a0000 infirmières. La France en forme d'excellentes. "
                    "Laissez-les venir sans attendre deux ans"
                ],
                "Mathieu Lavergne-Gosselin",
            ),
            (D, ["Qu'elles viennent, oui. Mais pas toutes\u00a0!"], "Claire Dautremer"),
            (I, ["la France manquait elle aussi de soignants"], "Claire Dautremer"),
        ],
    ),
    (  # 12 amendment adopted against the government: direct + "s'est réjoui l'élu de
        # Roubaix" (epithet), "a dénoncé au banc une mesure …" (noun object, no marks), "À
        # Bercy, on fait valoir que" (the ministry speaking through an impersonal "on")
        "Coup de théâtre dans l'hémicycle. Dans la nuit de mercredi à jeudi, les députés ont "
        "adopté, contre l'avis du gouvernement, un amendement au projet de loi de finances "
        "instaurant une contribution exceptionnelle sur les bénéfices des grands groupes de "
        "l'énergie, par 151 voix contre 143.\n\n"
        "Déposé par le député communiste du Nord Patrick Vandaele, l'amendement a été adopté "
        "grâce à l'abstention d'une partie des centristes. «\u00a0Ce soir, l'Assemblée a montré "
        "qu'elle n'était pas une chambre d'enregistrement\u00a0», s'est réjoui l'élu de "
        "Roubaix.\n\n"
        "Le ministre de l'Économie, Aurélien Castaing, a dénoncé au banc une mesure "
        "inconstitutionnelle et dangereuse pour l'investissement. À Bercy, on fait valoir que la "
        "contribution rapporterait au mieux 2 milliards d'euros, loin des 7 milliards avancés "
        "par ses promoteurs.\n\n"
        "Le gouvernement pourrait demander une seconde délibération avant le vote solennel, "
        "prévu mardi.",
        [
            (
                D,
                ["Ce soir, l'Assemblée a montré qu'elle n'était pas une chambre d'enregistrement"],
                "Patrick Vandaele",
            ),
            (
                I,
                [
                    "la contribution rapporterait au mieux 2 milliards d'euros, loin des 7 "
                    "milliards avancés par ses promoteurs"
                ],
                "Bercy",
            ),
        ],
    ),
    (  # 13 handover at the Defence ministry: two-sentence direct + "a lancé le ministre
        # sortant" (function alone for the named predecessor), partial after "Sa successeure
        # lui a rendu hommage, saluant" (function alone for the named new minister)
        "La passation de pouvoirs s'est déroulée lundi matin dans la cour de l'hôtel de Brienne, "
        "à Paris. Nommée vendredi ministre des Armées, Catherine Lhermitte-Sauvage succède à "
        "Bernard Coustelle, qui occupait le poste depuis trois ans.\n\n"
        "«\u00a0Je laisse une armée qui a retrouvé des moyens. Prenez-en soin comme de la "
        "prunelle de vos yeux\u00a0», a lancé le ministre sortant, visiblement ému, à celle qui "
        "lui succède.\n\n"
        "Sa successeure lui a rendu hommage, saluant «\u00a0un homme de devoir\u00a0».\n\n"
        "La nouvelle ministre se rendra dès mercredi en Estonie, où sont déployés quelque "
        "1\u00a0200 soldats français dans le cadre de l'Otan.",
        [
            (
                D,
                [
                    "Je laisse une armée qui a retrouvé des moyens. Prenez-en soin comme de la "
                    "prunelle de vos yeux"
                ],
                "Bernard Coustelle",
            ),
            (P, ["un homme de devoir"], "Catherine Lhermitte-Sauvage"),
        ],
    ),
    (  # 14 Weimar-triangle ministerial: two-sentence direct + "a affirmé le chef de la
        # diplomatie française" (title alone), partial after "La Polonaise Name a plaidé pour
        # une adhésion … " (epithet + name), "s'est montré plus prudent" then direct + "a-t-il
        # fait valoir" (pronoun for "Le ministre allemand, Name")
        "Le ministre des Affaires étrangères, Olivier Castelnau-Brémont, recevait mardi à "
        "Saint-Malo ses homologues allemand et polonaise pour une réunion du triangle de Weimar "
        "consacrée à l'élargissement de l'Union européenne.\n\n"
        "«\u00a0L'élargissement n'est pas une faveur que nous faisons aux pays candidats. C'est "
        "une nécessité stratégique pour nous-mêmes\u00a0», a affirmé le chef de la diplomatie "
        "française en ouvrant les travaux.\n\n"
        "La Polonaise Agnieszka Wrzosek a plaidé pour une adhésion de la Moldavie «\u00a0d'ici à "
        "2030\u00a0». Le ministre allemand, Jens Hollweg, s'est montré plus prudent. «\u00a0À "
        "trente-cinq, on ne décidera plus rien à l'unanimité\u00a0», a-t-il fait valoir.\n\n"
        "Les trois ministres ont adopté une déclaration commune. Ils se retrouveront à Cracovie "
        "au printemps.",
        [
            (
                D,
                [
                    "L'élargissement n'est pas une faveur que nous faisons aux pays candidats. "
                    "C'est une nécessité stratégique pour nous-mêmes"
                ],
                "Olivier Castelnau-Brémont",
            ),
            (P, ["d'ici à 2030"], "Agnieszka Wrzosek"),
            (
                D,
                ["À trente-cinq, on ne décidera plus rien à l'unanimité"],
                "Jens Hollweg",
            ),
        ],
    ),
    (  # 15 rules of the Assemblée, « » without inner spaces: a quote continued over two
        # paragraphs (one span each, first one's period kept) + "a plaidé la présidente" (role
        # alone), an unclosed quotation mark ended by "a lancé le président du groupe Name,
        # Name,", "Selon lui, la mesure «…»" (quoted words inside the "selon" clause, only the
        # partial)
        "La présidente de l'Assemblée nationale, Martine Escoffier-Dalbray, a présenté mardi en "
        "conférence des présidents une réforme du règlement destinée à limiter l'obstruction "
        "parlementaire. Le texte plafonnerait à 500 le nombre d'amendements par groupe et par "
        "article.\n\n"
        "«L'obstruction n'est pas un droit de l'opposition, c'est le détournement de ce droit. "
        "Quand 20\u00a0000 amendements sont déposés sur un texte de douze articles, ce n'est plus "
        "le débat, c'est sa négation.\n\n"
        "«Je veux un Parlement qui travaille, pas un Parlement qui se paralyse», a plaidé la "
        "présidente devant la presse.\n\n"
        "La proposition a provoqué une levée de boucliers à gauche. «Vous voulez bâillonner "
        "l'opposition, a lancé le président du groupe Front commun, Farid Meziane-Roux, lors de "
        "la réunion. Selon lui, la mesure «vise exclusivement» son groupe, auteur de 80\u00a0% "
        "des amendements déposés depuis le début de la législature.",
        [
            (
                D,
                [
                    "L'obstruction n'est pas un droit de l'opposition, c'est le détournement de "
                    "ce droit. Quand 20\u00a0000 amendements sont déposés sur un texte de douze "
                    "articles, ce n'est plus le débat, c'est sa négation.",
                    "Je veux un Parlement qui travaille, pas un Parlement qui se paralyse",
                ],
                "Martine Escoffier-Dalbray",
            ),
            (D, ["Vous voulez bâillonner l'opposition"], "Farid Meziane-Roux"),
            (P, ["vise exclusivement"], "Farid Meziane-Roux"),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 Prime Minister's Questions, three leaders: "attacked the government over" (noun
        # object), two-sentence direct + "Ms Surname told the Commons", "The Prime Minister,
        # Name, hit back that" (indirect) then direct + "he said", "the leader of X, Name, said"
        "Prime Minister's Questions turned into a shouting match on Wednesday as the Leader of "
        "the Opposition, Fiona Strachan-Hale, attacked the government over the cancellation of "
        "the Trans-Pennine rail upgrade.\n\n"
        '"Three times the Prime Minister promised this line. Three times he has broken that '
        'promise," Ms Strachan-Hale told the Commons.\n\n'
        "The Prime Minister, Edward Marchbanks, hit back that the project's cost had doubled to "
        "£38bn since 2021. \"I will not pour taxpayers' money into a hole because the right "
        'honourable lady wants a headline," he said.\n\n'
        "Intervening later in the session, the leader of the Liberal Alliance, Douglas "
        "Fairweather, said both front benches had failed commuters in the north for a "
        "generation. The Speaker twice called the House to order.",
        [
            (
                D,
                [
                    "Three times the Prime Minister promised this line. Three times he has broken "
                    "that promise"
                ],
                "Fiona Strachan-Hale",
            ),
            (I, ["the project's cost had doubled to £38bn since 2021"], "Edward Marchbanks"),
            (
                D,
                [
                    "I will not pour taxpayers' money into a hole because the right honourable "
                    "lady wants a headline"
                ],
                "Edward Marchbanks",
            ),
            (
                I,
                ["both front benches had failed commuters in the north for a generation"],
                "Douglas Fairweather",
            ),
        ],
    ),
    (  # 2 diplomats expelled, curly quotes: "…, the Foreign Secretary, Name, told MPs on
        # Tuesday." (reporting clause last, no "that"), direct + "the Foreign Secretary said"
        # (title alone), partial after "he dismissed the allegations as" (pronoun for the
        # named ambassador), "declined to comment" (not a quote)
        "Britain will expel four Valdesian diplomats after a police investigation linked them to "
        "the surveillance of exiled dissidents in London, the Foreign Secretary, Harriet "
        "Okonjo-Blake, told MPs on Tuesday.\n\n"
        "“This was a flagrant breach of the Vienna Convention, and it will not go unanswered,” "
        "the Foreign Secretary said in a statement to the Commons. The four have been given "
        "seven days to leave the country.\n\n"
        "Valdesia's ambassador, Petar Kosmin, was summoned to the Foreign Office on Monday "
        "evening. Speaking outside the building, he dismissed the allegations as “a fairy tale "
        "written by the tabloids”.\n\n"
        "The Metropolitan Police declined to comment on the investigation.",
        [
            (
                I,
                [
                    "Britain will expel four Valdesian diplomats after a police investigation "
                    "linked them to the surveillance of exiled dissidents in London"
                ],
                "Harriet Okonjo-Blake",
            ),
            (
                D,
                [
                    "This was a flagrant breach of the Vienna Convention, and it will not go "
                    "unanswered"
                ],
                "Harriet Okonjo-Blake",
            ),
            (P, ["a fairy tale written by the tabloids"], "Petar Kosmin"),
        ],
    ),
    (  # 3 EU summit (wire style): direct + "the President of the European Commission, Name,
        # told a news conference", "Diplomats said" (unnamed plural)
        "EU leaders failed to agree on a common asylum fund at a summit in Brussels on "
        "Thursday, after three governments refused to make contributions compulsory.\n\n"
        '"We are not there yet, but we are closer than we have ever been," the President of the '
        "European Commission, Sabine Vellacourt, told a news conference after talks that ran "
        "past midnight.\n\n"
        "Diplomats said the holdouts wanted countries that accept fewer asylum seekers to be "
        "allowed to pay less into the fund, not more.\n\n"
        "Leaders will return to the issue at their next summit in March.",
        [
            (
                D,
                ["We are not there yet, but we are closer than we have ever been"],
                "Sabine Vellacourt",
            ),
            (
                I,
                [
                    "the holdouts wanted countries that accept fewer asylum seekers to be allowed "
                    "to pay less into the fund, not more"
                ],
                "diplomats",
            ),
        ],
    ),
    (  # 4 Home Secretary's police plan: "unveiled plans to recruit" (noun object), direct +
        # "Mr Surname said during a visit", partial after "The shadow home secretary, Name,
        # dismissed the plan as", "The Home Office said" (the ministry speaking)
        "The Home Secretary, Anil Rastogi, on Monday unveiled plans to recruit 6,000 additional "
        "neighbourhood police officers in England and Wales by 2029.\n\n"
        '"Every community deserves to know the name of its local officer, and to see that '
        'officer on its streets," Mr Rastogi said during a visit to a police training centre '
        "in Ryton, Warwickshire.\n\n"
        'The shadow home secretary, Gillian Ashworth, dismissed the plan as "a re-announcement '
        'dressed up as news". The Home Office said the £1.1bn cost would be met from existing '
        "budgets.\n\n"
        "Police and crime commissioners will receive details of their allocations in January.",
        [
            (
                D,
                [
                    "Every community deserves to know the name of its local officer, and to see "
                    "that officer on its streets"
                ],
                "Anil Rastogi",
            ),
            (P, ["a re-announcement dressed up as news"], "Gillian Ashworth"),
            (I, ["the £1.1bn cost would be met from existing budgets"], "Home Office"),
        ],
    ),
    (  # 5 no quote: Commons timetable after the recess, amendments "tabled" and a
        # by-election date (no speech)
        "MPs will return from the Christmas recess on January 6, when the Commons is due to "
        "begin the report stage of the Planning and Infrastructure Bill.\n\n"
        "The bill, which has already cleared the House of Lords, would cut the time taken to "
        "approve new power lines and reservoirs. More than 140 amendments have been tabled, "
        "most of them by backbenchers on the government side.\n\n"
        "The by-election in Harwood and Leyton South, triggered by the death of the sitting MP "
        "in October, will be held on January 23. Nominations close on December 30.",
        [],
    ),
    (  # 6 European Parliament vote: partial whose speaker comes after it ("The delay … was
        # "…", said the German MEP who …, Name."), two-sentence direct + "she told reporters"
        "The European Parliament voted on Wednesday to delay by two years the entry into force "
        "of rules on high-risk artificial intelligence systems, handing a reprieve to companies "
        "that have struggled to prepare.\n\n"
        'The delay, approved by 371 votes to 262, was "a pragmatic choice, not a retreat", said '
        "the German MEP who steered the file through parliament, Katrin Albrecht-Sommer. "
        '"Businesses asked us for time. We gave them time, not a blank cheque," she told '
        "reporters in Strasbourg.\n\n"
        "The Green group, Greens for Europe, voted against. The rules had been due to apply "
        "from next August.",
        [
            (P, ["a pragmatic choice, not a retreat"], "Katrin Albrecht-Sommer"),
            (
                D,
                ["Businesses asked us for time. We gave them time, not a blank cheque"],
                "Katrin Albrecht-Sommer",
            ),
        ],
    ),
    (  # 7 UK-EU summit, curly quotes, two leaders answering each other: "announced a youth
        # mobility scheme" (noun object), "Ms Surname said the scheme would" (no "that"),
        # "“A,” Mr Surname added, …. “B.”" (two direct quotes, the second one's period kept),
        # "Downing Street later said" (Number 10 speaking)
        "The Prime Minister, Joanna Whitlock, and the President of the European Council, Luc "
        "Verhaegen, announced a youth mobility scheme at a summit in London on Monday, allowing "
        "18- to 30-year-olds to live and work on either side of the Channel for up to two "
        "years.\n\n"
        "At a joint press conference, Ms Whitlock said the scheme would be capped at 70,000 "
        "places a year in each direction.\n\n"
        "“Capped, yes, but open,” Mr Verhaegen added, drawing laughter from reporters. “Young "
        "Europeans and young Britons have been kept apart for far too long.”\n\n"
        "Downing Street later said fishing rights had not been discussed at the summit. The "
        "scheme still requires the approval of the 27 member states.",
        [
            (
                I,
                ["the scheme would be capped at 70,000 places a year in each direction"],
                "Joanna Whitlock",
            ),
            (D, ["Capped, yes, but open"], "Luc Verhaegen"),
            (
                D,
                ["Young Europeans and young Britons have been kept apart for far too long."],
                "Luc Verhaegen",
            ),
            (I, ["fishing rights had not been discussed at the summit"], "Downing Street"),
        ],
    ),
    (  # 8 MP defects (local paper): partial inside "saying she could" (only the partial),
        # two-sentence direct after "the 44-year-old former nurse wrote:" (epithet, final
        # period kept), partial inside the reported speech of "A Name spokesman" (the party)
        # with "called for a by-election" (noun object)
        "The MP for Ribblesdale and Bowland, Karen Oduya, has left the governing Unionist Party "
        'to join the Liberal Alliance, saying she could "no longer defend" the government\'s '
        "cuts to rural bus services.\n\n"
        "In a letter to the Prime Minister published on Saturday, the 44-year-old former nurse "
        'wrote: "I did not leave my party. My party left the people of this valley."\n\n'
        'A Unionist Party spokesman said the seat "belongs to the voters, not to Karen Oduya" '
        "and called for a by-election. The Liberal Alliance now has 23 MPs.\n\n"
        "Ms Oduya, who won the seat in 2019 with a majority of 4,870, will hold a public meeting "
        "in Clitheroe on Friday.",
        [
            (P, ["no longer defend"], "Karen Oduya"),
            (
                D,
                ["I did not leave my party. My party left the people of this valley."],
                "Karen Oduya",
            ),
            (P, ["belongs to the voters, not to Karen Oduya"], "Unionist Party"),
        ],
    ),
    (  # 9 ambassador before a select committee, chair and witness answering each other:
        # partial inside "told MPs on Tuesday that" (only the partial), a question quote (mark
        # kept) + "he asked" (pronoun for "its chair, Name"), a quote split by "she replied,"
        # (one quote, two spans, final period kept; pronoun for the ambassador)
        "Britain's ambassador in Washington, Lucinda Marsh-Ogilvy, told MPs on Tuesday that the "
        'US administration was "not hostile, but transactional" in its dealings with '
        "London.\n\n"
        "Appearing before the Commons foreign affairs committee, the ambassador was pressed by "
        'its chair, Tom Easterby, on the stalled trade talks. "Are we any closer to a deal than '
        'we were two years ago?" he asked.\n\n'
        '"Closer, yes," she replied, "but the last mile is always the hardest."\n\n'
        "The committee will publish its report on UK-US relations in the spring.",
        [
            (P, ["not hostile, but transactional"], "Lucinda Marsh-Ogilvy"),
            (
                D,
                ["Are we any closer to a deal than we were two years ago?"],
                "Tom Easterby",
            ),
            (
                D,
                ["Closer, yes", "but the last mile is always the hardest."],
                "Lucinda Marsh-Ogilvy",
            ),
        ],
    ),
    (  # 10 First Minister's Questions at Holyrood: direct + "said Name, the leader of …"
        # (speaker after the verb), partial inside "The First Minister accepted the figures
        # were" (title alone, only the partial) with "promised a new diagnostic centre" (noun
        # object)
        "Scotland's First Minister, Alasdair Kinloch, faced a barrage of questions on cancer "
        "waiting times at First Minister's Questions on Thursday, after the publication of the "
        "worst quarterly figures since records began.\n\n"
        "In the three months to September, 71% of patients started treatment within 62 days of "
        "an urgent referral, against a target of 95%.\n\n"
        '"Behind every one of these percentages is a family waiting for a phone call," said '
        "Morag Dunbar, the leader of the opposition at Holyrood.\n\n"
        'The First Minister accepted the figures were "unacceptable" and promised a new '
        "diagnostic centre in Livingston by next summer.",
        [
            (
                D,
                ["Behind every one of these percentages is a family waiting for a phone call"],
                "Morag Dunbar",
            ),
            (P, ["unacceptable"], "Alasdair Kinloch"),
        ],
    ),
    (  # 11 NATO ministerial (wire style): direct + "the alliance's secretary general, Name,
        # told reporters", "A senior NATO official, speaking on condition of anonymity, said"
        # (unnamed)
        "NATO defence ministers agreed on Thursday to bring forward by two years a target for "
        "stockpiling air-defence interceptors, amid concern over depleted stocks across the "
        "alliance.\n\n"
        '"We are buying time, and time is what we need," the alliance\'s secretary general, '
        "Henrik Solvang, told reporters at the end of the two-day meeting in Brussels.\n\n"
        "A senior NATO official, speaking on condition of anonymity, said two allies had yet to "
        "submit their national plans. Ministers will meet again in February.",
        [
            (D, ["We are buying time, and time is what we need"], "Henrik Solvang"),
            (
                I,
                ["two allies had yet to submit their national plans"],
                "senior NATO official",
            ),
        ],
    ),
    (  # 12 party conference, curly quotes: "to promise a review of" (noun object), direct +
        # "she told delegates" (pronoun for "The Chancellor, Name"), a question quote (mark
        # kept) + "shouted one delegate" (unnamed heckler)
        "The Chancellor, Meera Kapadia, used her speech on the final day of the Progressive "
        "Party's conference in Liverpool on Wednesday to promise a review of business rates for "
        "high-street shops.\n\n"
        "“I did not come into politics to manage decline,” she told delegates, who gave her a "
        "standing ovation.\n\n"
        "Not everyone was won over. “What about the two-child limit?” shouted one delegate, "
        "before being escorted from the hall by stewards.\n\n"
        "The party has not published attendance figures for the conference.",
        [
            (D, ["I did not come into politics to manage decline"], "Meera Kapadia"),
            (D, ["What about the two-child limit?"], "delegate"),
        ],
    ),
    (  # 13 German coalition crisis, curly quotes: "Chancellor Name said on Sunday she would"
        # (no "that"), two-sentence direct + "the chancellor said" (title alone), partial after
        # "Mr Surname, whose …, accused her of"
        "Chancellor Annegret Vollmer said on Sunday she would ask the Bundestag for a vote of "
        "confidence on January 15. The announcement came three days after she sacked her "
        "finance minister, Lukas Steinhöfel, in a row over the budget.\n\n"
        "“This country needs a government that can act. Mine no longer can,” the chancellor "
        "said in a televised address.\n\n"
        "Mr Steinhöfel, whose liberal Citizens' Party left the coalition after his dismissal, "
        "accused her of “staging” the break-up to avoid blame for a slowing economy.\n\n"
        "If she loses the vote, as expected, the president can dissolve parliament and call an "
        "election within 60 days.",
        [
            (
                I,
                ["she would ask the Bundestag for a vote of confidence on January 15"],
                "Annegret Vollmer",
            ),
            (
                D,
                ["This country needs a government that can act. Mine no longer can"],
                "Annegret Vollmer",
            ),
            (P, ["staging"], "Lukas Steinhöfel"),
        ],
    ),
    (  # 14 the Speaker rebukes a minister: '"A," she told the housing minister, Name. "B."'
        # (two direct quotes, both the Speaker's, the second one's period kept), "rebuked the
        # government" (noun object), partial inside "The minister apologised, saying it had"
        # (role alone, only the partial)
        "The Speaker of the House of Commons, Margaret Ashdown-Pike, rebuked the government on "
        "Thursday after details of a new housing policy appeared in Sunday newspapers before "
        "being announced to MPs.\n\n"
        '"This House is not an afterthought," she told the housing minister, Daniel '
        'Okafor-Reid. "If ministers have something to say, they say it here first."\n\n'
        'The minister apologised, saying it had "never been the intention" to pre-empt '
        "Parliament.\n\n"
        "It is the third time this year that the Speaker has criticised ministers for briefing "
        "the press ahead of the Commons.",
        [
            (D, ["This House is not an afterthought"], "Margaret Ashdown-Pike"),
            (
                D,
                ["If ministers have something to say, they say it here first."],
                "Margaret Ashdown-Pike",
            ),
            (P, ["never been the intention"], "Daniel Okafor-Reid"),
        ],
    ),
    (  # 15 Gibraltar talks, two ministers answering each other: partial inside "said on
        # Wednesday that" (only the partial), two-sentence direct + "Mr Surname said", "His
        # British counterpart was more cautious." then "the minister replied:" + a
        # two-sentence direct (role alone, final period kept), "Asked whether …" (not a quote)
        "Spain's foreign minister, Ignacio Berrocal, said on Wednesday that a treaty governing "
        'Gibraltar\'s border with Spain could be signed "within weeks", after talks in Madrid '
        "with Britain's Europe minister, Helen Cathcart.\n\n"
        '"We have never been closer. What remains is technical, not political," Mr Berrocal '
        "said.\n\n"
        "His British counterpart was more cautious. Asked whether a deal would be done by "
        'Christmas, the minister replied: "I never make predictions about Christmas. I have '
        'children."\n\n'
        "Gibraltar's chief minister, Fabian Pons, took part in the talks by video link.",
        [
            (P, ["within weeks"], "Ignacio Berrocal"),
            (
                D,
                ["We have never been closer. What remains is technical, not political"],
                "Ignacio Berrocal",
            ),
            (
                D,
                ["I never make predictions about Christmas. I have children."],
                "Helen Cathcart",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout123.jsonl"),
        "heldout123",
        "h123",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
