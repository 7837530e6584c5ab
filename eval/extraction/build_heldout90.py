"""Source of the ninetieth held-out set: writes heldout90.jsonl (split "heldout90").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
courts and justice news: trials and verdicts, appeals, prosecutors and defence lawyers (Me),
witnesses, victims' families, judges' rulings, constitutional and administrative courts, with
quotes from hearings and from the courthouse steps.
Measured once with 0.3.0, 0.28.0 and 0.29.0 on 2026-12-02, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout90.py
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
    (  # 1 assize verdict: direct with inversion "a réagi … l'avocate de la famille, Me Name"
        # (apposition), "selon lesquels" trap (not a source), partial "a dénoncé un « … »",
        # role alone "l'avocat" (male, vs the female avocate) + "a annoncé que", "a requis"
        # with a noun object not annotated
        "La cour d'assises du Var a condamné vendredi soir Kevin Morel-Santini, 34 ans, à "
        "dix-huit ans de réclusion criminelle pour le meurtre de son associé, Farid Achouri, tué "
        "de trois balles en février 2023 sur le parking d'un garage de Brignoles. L'avocat "
        "général avait requis vingt ans.\n\n"
        "«\u00a0Ce verdict ne nous rendra pas Farid, mais il dit enfin ce qui s'est passé\u00a0», "
        "a réagi sur les marches du palais de justice l'avocate de la famille, Me Nadia "
        "Benhamou, entourée de la mère et des deux sœurs de la victime.\n\n"
        "Tout au long des cinq jours d'audience, la défense avait plaidé l'acquittement, "
        "contestant les témoignages selon lesquels l'accusé aurait menacé son associé quelques "
        "jours avant les faits. Son avocat, Me Laurent Ferrandi, avait dénoncé un «\u00a0dossier "
        "bâti sur des rumeurs\u00a0».\n\n"
        "À l'issue du délibéré, l'avocat a annoncé que son client ferait appel de la décision. "
        "L'accusé, qui a toujours nié, n'a pas eu un regard pour la famille de la victime au "
        "moment de l'énoncé de la peine.",
        [
            (
                D,
                ["Ce verdict ne nous rendra pas Farid, mais il dit enfin ce qui s'est passé"],
                "Nadia Benhamou",
            ),
            (P, ["dossier bâti sur des rumeurs"], "Laurent Ferrandi"),
            (I, ["son client ferait appel de la décision"], "Laurent Ferrandi"),
        ],
    ),
    (  # 2 Conseil constitutionnel (QPC): "les Sages" = the Conseil, partial inside reported
        # speech (only the partial), "a-t-elle déclaré" resolving to the association's
        # president named in the previous paragraph, "La Chancellerie a indiqué que",
        # "Selon les chiffres de …" trap (figures, not a speaker)
        "Le Conseil constitutionnel a censuré jeudi une disposition du code de procédure pénale "
        "qui permettait de prolonger la détention provisoire sans débat contradictoire lorsque "
        "l'audience ne pouvait se tenir dans les délais. Saisis d'une question prioritaire de "
        "constitutionnalité, les Sages ont estimé que cette règle portait «\u00a0une atteinte "
        "disproportionnée aux droits de la défense\u00a0».\n\n"
        "La question avait été transmise par la Cour de cassation à la demande de l'association "
        "Droits en détention, dont la présidente, Amina Traoré-Lebrun, avait plaidé elle-même "
        "devant le Conseil lors de l'audience publique du 4 novembre.\n\n"
        "«\u00a0Des centaines de personnes ont passé des semaines en prison sans jamais voir un "
        "juge. Ce n'était pas un détail technique, c'était une faille dans l'État de "
        "droit\u00a0», a-t-elle déclaré jeudi à la sortie de la rue de Montpensier.\n\n"
        "L'abrogation prendra effet le 1er octobre, afin de laisser au législateur le temps de "
        "corriger le texte. La Chancellerie a indiqué qu'un amendement serait déposé dès le mois "
        "prochain dans le cadre du projet de loi sur la justice pénale.\n\n"
        "Selon les chiffres de l'administration pénitentiaire, près de 2\u00a0300 détenus "
        "auraient été concernés par cette procédure depuis 2021.",
        [
            (
                P,
                ["une atteinte disproportionnée aux droits de la défense"],
                "Conseil constitutionnel",
            ),
            (
                D,
                [
                    "Des centaines de personnes ont passé des semaines en prison sans jamais voir "
                    "un juge. Ce n'était pas un détail technique, c'était une faille dans l'État "
                    "de droit"
                ],
                "Amina Traoré-Lebrun",
            ),
            (
                I,
                [
                    "un amendement serait déposé dès le mois prochain dans le cadre du projet de "
                    "loi sur la justice pénale"
                ],
                "Chancellerie",
            ),
        ],
    ),
    (  # 3 comparution immédiate: dialogue dash lines, two attributed by inverted verbs
        # ("demande la magistrate", "répond le prévenu": roles alone), two unattributed lines
        # continuing the exchange by alternation; "a requis" / "a plaidé la relaxe" with
        # noun objects not annotated
        "Il est 14 heures ce mardi quand Dimitri Sokolov, 27 ans, entre dans le box de la 23e "
        "chambre du tribunal correctionnel de Bobigny. Interpellé dimanche dans une supérette de "
        "Pantin dont la vitrine venait d'être brisée, il comparaît pour vol avec effraction.\n\n"
        "L'échange avec la présidente, Hélène Vasseur-Kim, est bref.\n"
        "— Que faisiez-vous dans ce magasin à 3 heures du matin\u00a0? demande la magistrate.\n"
        "— Je cherchais un endroit pour dormir, il faisait moins cinq dehors, répond le "
        "prévenu.\n"
        "— Avec un pied-de-biche dans votre sac\u00a0?\n"
        "— Je l'ai trouvé dans la rue, je vous le jure.\n\n"
        "Le procureur a requis huit mois de prison ferme. Le casier du jeune homme porte déjà "
        "deux condamnations pour des faits similaires. Son avocate a plaidé la relaxe, évoquant "
        "la précarité de son client, sans domicile depuis l'été.\n\n"
        "Après une courte délibération, le tribunal l'a condamné à six mois d'emprisonnement "
        "avec sursis.",
        [
            (
                D,
                ["Que faisiez-vous dans ce magasin à 3 heures du matin\u00a0?"],
                "Hélène Vasseur-Kim",
            ),
            (
                D,
                ["Je cherchais un endroit pour dormir, il faisait moins cinq dehors"],
                "Dimitri Sokolov",
            ),
            (D, ["Avec un pied-de-biche dans votre sac\u00a0?"], "Hélène Vasseur-Kim"),
            (D, ["Je l'ai trouvé dans la rue, je vous le jure."], "Dimitri Sokolov"),
        ],
    ),
    (  # 4 appeal on river pollution: quote opened in one paragraph and continued in the next
        # (one quote, two spans) attributed at the end to the collective's spokesman
        # (apposition), partial "a qualifié l'arrêt de « … »", "n'a pas souhaité réagir"
        "La cour d'appel de Douai a confirmé mercredi la condamnation de la société Chimiane, "
        "reconnue coupable d'avoir pollué pendant près de dix ans la rivière qui traverse "
        "Lesquin-le-Bas. L'industriel devra verser 1,2 million d'euros de dommages et intérêts "
        "aux communes et aux associations parties civiles.\n\n"
        "Le collectif des riverains, qui avait porté plainte en 2019, a accueilli la décision "
        "avec soulagement. «\u00a0On nous a traités d'hystériques pendant des années. "
        "Aujourd'hui, deux juridictions successives nous donnent raison.\n\n"
        "«\u00a0Ce qu'on attend maintenant, c'est que la rivière soit nettoyée, pas seulement "
        "que des chèques soient signés\u00a0», a déclaré son porte-parole, Marc-Antoine "
        "Lefebvre, devant le palais de justice.\n\n"
        "Me Sophie Garnier-Ndiaye, qui défendait les communes, a qualifié l'arrêt de "
        "«\u00a0signal adressé à tous les industriels de la région\u00a0». Chimiane, qui peut "
        "encore se pourvoir en cassation, n'a pas souhaité réagir.",
        [
            (
                D,
                [
                    "On nous a traités d'hystériques pendant des années. Aujourd'hui, deux "
                    "juridictions successives nous donnent raison.",
                    "Ce qu'on attend maintenant, c'est que la rivière soit nettoyée, pas "
                    "seulement que des chèques soient signés",
                ],
                "Marc-Antoine Lefebvre",
            ),
            (P, ["signal adressé à tous les industriels de la région"], "Sophie Garnier-Ndiaye"),
        ],
    ),
    (  # 5 administrative court suspends a begging ban: nickname in « » not a quote,
        # unnamed role "Le juge des référés a estimé que", direct + "a lancé son avocat, Me
        # Name", "Le maire, lui … Il a annoncé qu'un nouvel arrêté, « … », serait pris"
        # (partial inside reported speech: only the partial)
        "Le tribunal administratif de Montreval a suspendu lundi l'arrêté anti-mendicité pris en "
        "juillet par le maire de la ville, Bernard Castagnède. Ce texte, vite surnommé "
        "«\u00a0l'arrêté des cartons\u00a0», interdisait de s'asseoir ou de s'allonger sur les "
        "trottoirs de l'hypercentre entre 8 heures et 20 heures.\n\n"
        "Le juge des référés a estimé que la mesure portait une atteinte grave et manifestement "
        "illégale à la liberté d'aller et venir, faute de troubles à l'ordre public suffisamment "
        "établis.\n\n"
        "L'arrêté avait été attaqué par la Ligue citoyenne de Montreval. «\u00a0On ne règle pas "
        "la pauvreté en la chassant du centre-ville\u00a0», a lancé son avocat, Me Rachid El "
        "Mansouri, à la sortie de l'audience.\n\n"
        "Le maire, lui, n'a pas désarmé. Il a annoncé qu'un nouvel arrêté, «\u00a0plus "
        "ciblé\u00a0», serait pris d'ici à la fin du mois, en concertation avec les "
        "commerçants.",
        [
            (
                I,
                [
                    "la mesure portait une atteinte grave et manifestement illégale à la liberté "
                    "d'aller et venir, faute de troubles à l'ordre public suffisamment établis"
                ],
                "juge des référés",
            ),
            (
                D,
                ["On ne règle pas la pauvreté en la chassant du centre-ville"],
                "Rachid El Mansouri",
            ),
            (P, ["plus ciblé"], "Bernard Castagnède"),
        ],
    ),
    (  # 6 favouritism trial: incise "a-t-il martelé" splitting one quote (final period kept),
        # "Selon lui, … « … »" (partial inside reported speech), direct + "lui a lancé la
        # procureure, Name", "M. Surname" later
        "Au troisième jour de son procès pour favoritisme devant le tribunal correctionnel de "
        "Nantes, l'ancien président du conseil départemental Gérard Lemaire-Dubosc s'est "
        "défendu pied à pied. «\u00a0Je n'ai jamais, a-t-il martelé, choisi une entreprise parce "
        "qu'elle appartenait à un ami.\u00a0»\n\n"
        "Il est poursuivi pour avoir attribué entre 2016 et 2020 plusieurs marchés de voirie, "
        "pour un total de 14 millions d'euros, à une société dirigée par un ancien camarade de "
        "promotion. Selon lui, les appels d'offres ont été «\u00a0parfaitement réguliers\u00a0» "
        "et les services techniques étaient seuls décisionnaires.\n\n"
        "«\u00a0Vous étiez informé de tout, jusqu'à la couleur des bordures de trottoir\u00a0», "
        "lui a lancé la procureure, Inès Bouaziz, en brandissant une liasse de courriels "
        "internes.\n\n"
        "Le jugement sera rendu le 14 janvier. M. Lemaire-Dubosc encourt deux ans "
        "d'emprisonnement et une peine d'inéligibilité.",
        [
            (
                D,
                ["Je n'ai jamais", "choisi une entreprise parce qu'elle appartenait à un ami."],
                "Gérard Lemaire-Dubosc",
            ),
            (P, ["parfaitement réguliers"], "Gérard Lemaire-Dubosc"),
            (
                D,
                ["Vous étiez informé de tout, jusqu'à la couleur des bordures de trottoir"],
                "Inès Bouaziz",
            ),
        ],
    ),
    (  # 7 footbridge collapse trial, plain spaces inside « »: badge slogan not a quote,
        # direct + "a confié … Name, dont le fils…", intention phrase "a fait part de sa
        # volonté de" (unnamed organisation), "ont contesté toute responsabilité" (noun
        # object), "Pour Me Name, … son client « … »" (partial)
        "Cinq ans après l'effondrement d'une passerelle qui avait fait sept morts lors d'un "
        "festival à Saint-Amand-sur-Lys, le procès de l'organisateur et de deux ingénieurs s'est "
        "ouvert lundi devant le tribunal correctionnel de Lille. Tous trois sont poursuivis pour "
        "homicides involontaires.\n\n"
        "Dans la salle, une soixantaine de proches des victimes avaient pris place sur les bancs "
        "des parties civiles, un badge « Justice pour les sept » épinglé sur la poitrine.\n\n"
        "« Cinq ans qu'on attend de savoir qui a signé quoi. On ne veut pas de vengeance, on "
        "veut des noms », a confié avant l'audience Malika Haddad, dont le fils de 19 ans est "
        "mort dans l'accident.\n\n"
        "L'association des familles a fait part de sa volonté de voir comparaître également la "
        "commune, propriétaire de l'ouvrage, que les juges d'instruction avaient mise hors de "
        "cause.\n\n"
        "Les avocats de la défense ont contesté toute responsabilité pénale. Pour Me Olivier "
        "Brandt, conseil de l'un des ingénieurs, son client « a fait exactement ce que les "
        "normes lui demandaient ». Le président du tribunal, Jean-Baptiste Moreau, a prévu six "
        "semaines d'audience.",
        [
            (
                D,
                [
                    "Cinq ans qu'on attend de savoir qui a signé quoi. On ne veut pas de "
                    "vengeance, on veut des noms"
                ],
                "Malika Haddad",
            ),
            (
                I,
                [
                    "voir comparaître également la commune, propriétaire de l'ouvrage, que les "
                    "juges d'instruction avaient mise hors de cause"
                ],
                "association des familles",
            ),
            (P, ["a fait exactement ce que les normes lui demandaient"], "Olivier Brandt"),
        ],
    ),
    (  # 8 bus driver stabbed: "Selon le parquet, …" (rest of the sentence), direct + "a
        # déclaré le procureur de la République, Name", postposed "…, a-t-il précisé."
        # (indirect without marks), "a réclamé la présence de" (noun object) not annotated
        "Un homme de 42 ans a été mis en examen samedi pour tentative de meurtre après "
        "l'agression au couteau d'un chauffeur de bus, jeudi soir, à Villeneuve-d'Arrac. Il a "
        "été placé en détention provisoire.\n\n"
        "Selon le parquet, le suspect, déjà connu de la justice pour des faits de violence, "
        "aurait frappé le conducteur à six reprises après une altercation au sujet de son titre "
        "de transport.\n\n"
        "«\u00a0Rien, absolument rien, ne justifie un tel déchaînement de violence contre un "
        "agent qui faisait son travail\u00a0», a déclaré le procureur de la République, Arnaud "
        "Kessler-Bonnet, lors d'un point presse. Le chauffeur, âgé de 51 ans, a été opéré et "
        "ses jours ne sont plus en danger, a-t-il précisé.\n\n"
        "Les collègues de la victime ont exercé leur droit de retrait vendredi sur l'ensemble du "
        "réseau. Le syndicat Sud-Transports Arrac a réclamé la présence d'agents de sécurité "
        "dans tous les bus de nuit.",
        [
            (
                I,
                [
                    "le suspect, déjà connu de la justice pour des faits de violence, aurait "
                    "frappé le conducteur à six reprises après une altercation au sujet de son "
                    "titre de transport"
                ],
                "parquet",
            ),
            (
                D,
                [
                    "Rien, absolument rien, ne justifie un tel déchaînement de violence contre un "
                    "agent qui faisait son travail"
                ],
                "Arnaud Kessler-Bonnet",
            ),
            (
                I,
                ["Le chauffeur, âgé de 51 ans, a été opéré et ses jours ne sont plus en danger"],
                "Arnaud Kessler-Bonnet",
            ),
        ],
    ),
    (  # 9 lawyers' strike: partial "a qualifié la réforme de « … »" (bâtonnier, apposition),
        # question-and-answer passage (journalist's question unquoted, answer + "répond-il"),
        # minister "a assuré jeudi que", "Le ministre a … exclu tout retour" (noun object)
        "Les avocats du barreau de Clermont-Sud ont voté mercredi une grève illimitée des "
        "audiences pour protester contre la baisse de l'indemnisation de l'aide juridictionnelle "
        "prévue dans le budget 2027. Seules les comparutions immédiates et les audiences "
        "concernant des détenus seront assurées.\n\n"
        "Le bâtonnier, Me Karim Ait-Larbi, a qualifié la réforme de «\u00a0coup de rabot sur les "
        "plus pauvres\u00a0». Combien de dossiers sont concernés\u00a0? «\u00a0Près d'un sur deux "
        "dans notre barreau. Sans aide juridictionnelle, une partie des justiciables n'aura tout "
        "simplement plus d'avocat\u00a0», répond-il.\n\n"
        "Le mouvement pourrait s'étendre\u00a0: une assemblée générale des barreaux du ressort "
        "de la cour d'appel est prévue lundi.\n\n"
        "Le garde des Sceaux, Philippe Aubertin, a assuré jeudi que l'enveloppe globale de l'aide "
        "juridictionnelle augmenterait de 3\u00a0% l'an prochain. Le ministre a en revanche exclu "
        "tout retour en arrière sur le barème.",
        [
            (P, ["coup de rabot sur les plus pauvres"], "Karim Ait-Larbi"),
            (
                D,
                [
                    "Près d'un sur deux dans notre barreau. Sans aide juridictionnelle, une "
                    "partie des justiciables n'aura tout simplement plus d'avocat"
                ],
                "Karim Ait-Larbi",
            ),
            (
                I,
                [
                    "l'enveloppe globale de l'aide juridictionnelle augmenterait de 3\u00a0% l'an "
                    "prochain"
                ],
                "Philippe Aubertin",
            ),
        ],
    ),
    (  # 10 Conseil d'État and police drones, « » without inner spaces: two spokeswomen
        # (association vs ministry) so "a-t-elle ajouté" must resolve to the nearer one;
        # partial inside "a indiqué qu'un nouveau texte, «…», serait présenté"; follow-up
        # direct quote; "a pris acte de la décision" (noun object)
        "Le Conseil d'État a annulé vendredi le décret autorisant les forces de l'ordre à "
        "utiliser des drones équipés de caméras lors des manifestations, jugeant les garanties "
        "prévues insuffisantes. La plus haute juridiction administrative avait été saisie par "
        "trois associations de défense des libertés.\n\n"
        "«C'est une décision historique, qui rappelle que la sécurité ne se construit pas contre "
        "les libertés», s'est réjouie la porte-parole du collectif Vigie numérique, Léa "
        "Marchetti-Owusu.\n\n"
        "Le ministère de l'Intérieur a pris acte de la décision. Sa porte-parole, Claire "
        "Dumontet, a indiqué qu'un nouveau texte, «conforme aux exigences du juge», serait "
        "présenté au printemps. «Les drones ont fait leurs preuves. Nous n'y renoncerons pas», "
        "a-t-elle ajouté.\n\n"
        "Le décret avait été publié en mars 2025, quelques semaines après une série de "
        "manifestations émaillées de heurts à Paris et à Lyon.",
        [
            (
                D,
                [
                    "C'est une décision historique, qui rappelle que la sécurité ne se construit "
                    "pas contre les libertés"
                ],
                "Léa Marchetti-Owusu",
            ),
            (P, ["conforme aux exigences du juge"], "Claire Dumontet"),
            (
                D,
                ["Les drones ont fait leurs preuves. Nous n'y renoncerons pas"],
                "Claire Dumontet",
            ),
        ],
    ),
    (  # 11 harassment trial witnesses: colon before a direct quote (unnamed "Une infirmière"),
        # apposition "le cardiologue Name" + incise "a-t-il estimé" splitting one quote,
        # "Le prévenu … a affirmé que" (role alone resolving to the defendant named in the
        # lead)
        "Le procès de l'ancien directeur de la clinique Sainte-Clotilde de Valmy-en-Bresse, "
        "Jean-Luc Perrotin, poursuivi pour harcèlement moral envers une dizaine de soignants, "
        "s'est poursuivi jeudi avec l'audition des premiers témoins.\n\n"
        "Une infirmière, aujourd'hui en reconversion, a décrit à la barre un climat de peur "
        "permanent\u00a0: «\u00a0On pleurait dans les vestiaires avant de prendre notre service. "
        "Certaines collègues vomissaient le matin.\u00a0»\n\n"
        "Un autre témoin, le cardiologue Samir Haddou, s'est montré plus nuancé. «\u00a0C'était "
        "un directeur exigeant, dur parfois, a-t-il estimé, mais je ne l'ai jamais vu humilier "
        "quelqu'un.\u00a0»\n\n"
        "Le prévenu, qui conteste les faits, a affirmé que la dégradation du climat social était "
        "liée aux restrictions budgétaires imposées par le groupe propriétaire de "
        "l'établissement. Le jugement a été mis en délibéré au 3 février.",
        [
            (
                D,
                [
                    "On pleurait dans les vestiaires avant de prendre notre service. Certaines "
                    "collègues vomissaient le matin."
                ],
                "infirmière",
            ),
            (
                D,
                [
                    "C'était un directeur exigeant, dur parfois",
                    "mais je ne l'ai jamais vu humilier quelqu'un.",
                ],
                "Samir Haddou",
            ),
            (
                I,
                [
                    "la dégradation du climat social était liée aux restrictions budgétaires "
                    "imposées par le groupe propriétaire de l'établissement"
                ],
                "Jean-Luc Perrotin",
            ),
        ],
    ),
    (  # 12 police officer acquitted: defence plea over two paragraphs (one quote, two spans,
        # "avait-il lancé"), chanted slogan in « » not a quote, sister (apposition) on the
        # way out "a-t-elle déclaré"; "avait requis" noun object
        "Le policier jugé depuis dix jours devant la cour d'assises du Rhône pour la mort d'un "
        "adolescent lors d'un contrôle routier, en 2022, a été acquitté dans la nuit de vendredi "
        "à samedi. L'avocate générale avait requis cinq ans d'emprisonnement avec sursis.\n\n"
        "Dans sa plaidoirie, Me Étienne Vauclair s'était adressé directement aux jurés. "
        "«\u00a0Il avait une seconde pour décider. Une seconde, dans le noir, face à une voiture "
        "qui fonçait sur son collègue.\n\n"
        "«\u00a0Vous, vous avez eu dix jours. Ne le jugez pas avec le confort du recul\u00a0», "
        "avait-il lancé.\n\n"
        "À la sortie de la salle, la sœur de l'adolescent, Yasmina Cherif, entourée de militants "
        "qui scandaient «\u00a0Pas de justice, pas de paix\u00a0», n'a pas caché sa colère. "
        "«\u00a0On nous explique que la vie de mon frère ne valait pas une condamnation. Nous "
        "irons jusqu'au bout\u00a0», a-t-elle déclaré.\n\n"
        "L'avocate générale dispose de dix jours pour faire appel.",
        [
            (
                D,
                [
                    "Il avait une seconde pour décider. Une seconde, dans le noir, face à une "
                    "voiture qui fonçait sur son collègue.",
                    "Vous, vous avez eu dix jours. Ne le jugez pas avec le confort du recul",
                ],
                "Étienne Vauclair",
            ),
            (
                D,
                [
                    "On nous explique que la vie de mon frère ne valait pas une condamnation. "
                    "Nous irons jusqu'au bout"
                ],
                "Yasmina Cherif",
            ),
        ],
    ),
    (  # 13 extradition to Poland: "Selon son avocate, Me Name, …" with a partial inside (only
        # the partial), then direct + "a-t-elle plaidé, annonçant un pourvoi" (noun object);
        # Slavic compound surname, "M. Surname" later
        "La chambre de l'instruction de la cour d'appel d'Aix-en-Provence a donné mercredi un "
        "avis favorable à l'extradition vers la Pologne de Wojciech Zielinski-Krawczyk, un homme "
        "d'affaires de 58 ans soupçonné d'une vaste fraude à la TVA sur le marché des téléphones "
        "portables. Il aurait organisé entre 2017 et 2020 un carrousel de sociétés écrans ayant "
        "privé le Trésor polonais de près de 40 millions d'euros.\n\n"
        "Selon son avocate, Me Natalia Petrenko, son client risque des conditions de détention "
        "«\u00a0indignes\u00a0» s'il est remis aux autorités polonaises. «\u00a0Il n'a jamais "
        "fui. Il vit en France depuis quinze ans, il a toujours répondu aux "
        "convocations\u00a0», a-t-elle plaidé, annonçant un pourvoi en cassation.\n\n"
        "Le dernier mot reviendra au gouvernement, qui devra signer un décret d'extradition si "
        "la Cour de cassation rejette le pourvoi. M. Zielinski-Krawczyk reste placé sous "
        "contrôle judiciaire.",
        [
            (P, ["indignes"], "Natalia Petrenko"),
            (
                D,
                [
                    "Il n'a jamais fui. Il vit en France depuis quinze ans, il a toujours répondu "
                    "aux convocations"
                ],
                "Natalia Petrenko",
            ),
        ],
    ),
    (  # 14 delivery riders win at the labour court: direct + present-tense "se félicite Name,
        # l'un des livreurs", intention phrase "a fait part de son intention de" (organisation,
        # generic noun dropped), "Kourso, qui a fait appel, estime que le jugement « … »"
        # (partial inside reported speech)
        "Le conseil de prud'hommes de Lyon a requalifié mardi en contrats de travail les "
        "relations entre la plateforme de livraison Kourso et 212 de ses anciens livreurs, "
        "condamnant l'entreprise à leur verser au total 4,8 millions d'euros au titre des "
        "salaires, des congés payés et des indemnités de licenciement.\n\n"
        "«\u00a0Pendant des années, on nous a dit qu'on était nos propres patrons. Le tribunal "
        "vient de dire le contraire\u00a0», se félicite Moussa Konaté, l'un des livreurs à "
        "l'origine de la procédure, aujourd'hui chauffeur de taxi.\n\n"
        "L'Union des coursiers indépendants, qui a accompagné les plaignants, a fait part de son "
        "intention de lancer une action similaire à Marseille et à Toulouse.\n\n"
        "De son côté, Kourso, qui a fait appel, estime que le jugement «\u00a0méconnaît la "
        "réalité du modèle\u00a0» des plateformes, qui permet aux livreurs de choisir librement "
        "leurs horaires. Une centaine de procédures comparables seraient en cours en France.",
        [
            (
                D,
                [
                    "Pendant des années, on nous a dit qu'on était nos propres patrons. Le "
                    "tribunal vient de dire le contraire"
                ],
                "Moussa Konaté",
            ),
            (
                I,
                ["lancer une action similaire à Marseille et à Toulouse"],
                "Union des coursiers indépendants",
            ),
            (P, ["méconnaît la réalité du modèle"], "Kourso"),
        ],
    ),
    (  # 15 the rooster case on appeal: dash lines, the first unattributed (the presiding judge
        # announced in the line before, "maître" addressed), the second "a répliqué Me Name";
        # placard slogan in « » not a quote; direct + "a déclaré Mme Surname" (title+surname)
        "La cour d'appel de Poitiers a examiné jeudi un dossier inhabituel\u00a0: celui "
        "d'Hector, un coq de quatre ans dont le chant, chaque matin dès 5\u00a0h\u00a030, "
        "exaspère les nouveaux voisins de sa propriétaire, Monique Béranger, à "
        "Saint-Pardoux-les-Vignes. En première instance, le tribunal avait débouté les "
        "plaignants, un couple de retraités installé dans le village depuis 2023.\n\n"
        "L'audience a donné lieu à un échange animé entre le président de la chambre, Denis "
        "Fournier-Lacroix, et l'avocat des voisins.\n"
        "— Vos clients ont choisi de vivre à la campagne, maître. Que pensaient-ils y "
        "trouver\u00a0?\n"
        "— Le calme, monsieur le président, pas une sirène à plumes, a répliqué Me Hugo "
        "Mercadier.\n\n"
        "«\u00a0Hector était là avant eux. Il chante comme tous les coqs depuis toujours\u00a0», "
        "a déclaré Mme Béranger à la sortie de l'audience, où l'attendaient une trentaine de "
        "soutiens brandissant des pancartes «\u00a0Touche pas à mon coq\u00a0».\n\n"
        "L'arrêt sera rendu le 12 janvier.",
        [
            (
                D,
                [
                    "Vos clients ont choisi de vivre à la campagne, maître. Que pensaient-ils y "
                    "trouver\u00a0?"
                ],
                "Denis Fournier-Lacroix",
            ),
            (
                D,
                ["Le calme, monsieur le président, pas une sirène à plumes"],
                "Hugo Mercadier",
            ),
            (
                D,
                ["Hector était là avant eux. Il chante comme tous les coqs depuis toujours"],
                "Monique Béranger",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 murder verdict: victim's brother (apposition) with "…,” he said. “…”" (full stop:
        # two direct quotes, same speaker), "Judge Name told him he faced …" (indirect
        # without "that")
        "A man has been found guilty of murdering a delivery driver who was stabbed "
        "outside a takeaway in Eastbridge last January. A jury at Wexham Crown Court took just "
        "under five hours to convict Liam Hargreaves, 29, a warehouse worker from the same "
        "estate as the victim.\n\n"
        "Outside court, the victim's brother, Tariq Mahmood, read a statement on behalf of the "
        "family. “Imran was working a late shift to pay for his daughter's school trip. He never "
        "came home,” he said. “Today we got the truth, but we will never get him back.”\n\n"
        "CCTV footage shown to the jury showed Hargreaves following Imran Mahmood for more than "
        "200 metres after an argument over a parking space.\n\n"
        "Hargreaves will be sentenced on 14 January. Judge Martin Ellsworth told him he faced a "
        "mandatory life term.",
        [
            (
                D,
                [
                    "Imran was working a late shift to pay for his daughter's school trip. He "
                    "never came home"
                ],
                "Tariq Mahmood",
            ),
            (D, ["Today we got the truth, but we will never get him back."], "Tariq Mahmood"),
            (I, ["he faced a mandatory life term"], "Martin Ellsworth"),
        ],
    ),
    (  # 2 state supreme court strikes down a map: partial inside "said the boundaries had
        # been drawn “…”" (title "Justice" dropped), dissent "…,” he wrote", "told reporters
        # the legislature would …" (apposition, no "that"); "had defended the map as" not
        # annotated
        "The state Supreme Court on Thursday struck down the congressional map drawn by the "
        "legislature last year, ordering lawmakers to produce a new one within 60 days. The "
        "ruling, by a 4-3 majority, is a setback for the governing party, which had defended the "
        "map as a neutral reflection of population changes.\n\n"
        "Writing for the majority, Justice Elena Vasquez-Moore said the boundaries had been "
        "drawn “with surgical precision” to dilute the votes of rural communities.\n\n"
        "In a sharp dissent, Justice Harold Finnegan was scathing. “This court has no business "
        "redrawing political lines,” he wrote.\n\n"
        "The speaker of the state House, Dwayne Petrakis, told reporters the legislature would "
        "comply with the ruling but was considering an appeal to federal court. Candidates have "
        "until March to file for next year's primaries.",
        [
            (P, ["with surgical precision"], "Elena Vasquez-Moore"),
            (D, ["This court has no business redrawing political lines"], "Harold Finnegan"),
            (
                I,
                [
                    "the legislature would comply with the ruling but was considering an appeal "
                    "to federal court"
                ],
                "Dwayne Petrakis",
            ),
        ],
    ),
    (  # 3 convictions quashed: nickname “the Dockside Three” not a quote, direct + "said Name,
        # 46, as he left", appeal judge's partial inside reported speech (mark after the
        # period-less end), organisation "said it would not seek a retrial"
        "Three men jailed for a 2011 warehouse robbery had their convictions quashed by the "
        "Court of Appeal on Tuesday after new forensic evidence cast doubt on the prosecution's "
        "case. The men, who became known as “the Dockside Three” during a long campaign for "
        "their release, have always protested their innocence.\n\n"
        "“Fourteen years. That's what they took from us,” said Kwame Asante-Boateng, 46, as he "
        "left the Royal Courts of Justice with his two co-defendants, Dean Fairweather and Luis "
        "Santos.\n\n"
        "Giving the court's judgment, Eleanor Whitcombe, one of three appeal judges, said the "
        "fingerprint evidence relied on at trial “cannot now be regarded as safe”.\n\n"
        "The Crown Prosecution Service said it would not seek a retrial. The three men are "
        "expected to apply for compensation.",
        [
            (D, ["Fourteen years. That's what they took from us"], "Kwame Asante-Boateng"),
            (P, ["cannot now be regarded as safe"], "Eleanor Whitcombe"),
            (I, ["it would not seek a retrial"], "Crown Prosecution Service"),
        ],
    ),
    (  # 4 pension embezzlement charges, straight quotes: "District Attorney Name told a news
        # conference that", question-and-answer "Asked whether …, he was careful: "…""
        # (pronoun), defence lawyer (apposition) "said his client would"
        "Prosecutors in Marlow County have charged a former city treasurer with embezzling $2.3 "
        "million from a pension fund for municipal workers over seven years. Denise "
        "Whitaker-Lowe, 61, was arrested at her home on Monday morning and appeared briefly in "
        "court in the afternoon. She was released on bail on condition that she surrender her "
        "passport.\n\n"
        "District Attorney Luis Ocampo told a news conference that the money had been used to "
        "buy two holiday homes and a boat.\n\n"
        'Asked whether other officials could face charges, he was careful: "The investigation '
        "is ongoing. I'm not going to speculate about anyone else at this stage.\"\n\n"
        "Ms Whitaker-Lowe's lawyer, Gregory Baines, said his client would plead not guilty. The "
        "pension fund covers about 1,800 current and retired city employees, from refuse "
        "collectors to librarians.",
        [
            (
                I,
                ["the money had been used to buy two holiday homes and a boat"],
                "Luis Ocampo",
            ),
            (
                D,
                [
                    "The investigation is ongoing. I'm not going to speculate about anyone else "
                    "at this stage."
                ],
                "Luis Ocampo",
            ),
            (I, ["his client would plead not guilty"], "Gregory Baines"),
        ],
    ),
    (  # 5 care home neglect sentencing: judge's partial inside reported speech, victim's
        # daughter's statement over two paragraphs (first left open, second opens with a
        # mark: one quote, two spans) ending with "she said"
        "A former care home manager was jailed for six years on Friday for neglecting elderly "
        "residents in her charge, after a trial in which jurors saw records showing some had "
        "been left without food or water for up to 18 hours.\n\n"
        "Sentencing Joanna Pritchard, 52, at Northfield Crown Court, Judge Samuel Adeyemi said "
        "she had shown “a callous indifference” to the people she was paid to protect.\n\n"
        "Margaret Kowalczyk, whose mother lived at the home for three years, wept as she "
        "addressed the court. “I trusted that place with the most precious person in my life. I "
        "will never forgive myself for not seeing it sooner.\n\n"
        "“Mum died four months later. No sentence can change that, but at least now people know "
        "what happened,” she said.\n\n"
        "Pritchard showed no emotion as the sentence was read. Two other members of staff will "
        "be sentenced next month.",
        [
            (P, ["a callous indifference"], "Samuel Adeyemi"),
            (
                D,
                [
                    "I trusted that place with the most precious person in my life. I will never "
                    "forgive myself for not seeing it sooner.",
                    "Mum died four months later. No sentence can change that, but at least now "
                    "people know what happened",
                ],
                "Margaret Kowalczyk",
            ),
        ],
    ),
    (  # 6 inquest: coroner's partial (role "Senior coroner" dropped), family solicitor with
        # "…,” said the family's solicitor, Name", unnamed spokesman for a company ("A
        # spokesman for Veltra Rail said … had “…”": only the partial, speaker the company)
        "An inquest into the death of a train guard who fell from a platform at Ashcombe station "
        "has returned a conclusion of unlawful killing, after three weeks of evidence about "
        "safety warnings ignored by managers.\n\n"
        "Senior coroner Alison Treadwell said the operator's failure to act on three internal "
        "reports was “a gross failure” that had directly contributed to the death of Daniel "
        "Osei, 34.\n\n"
        "“Danny went to work and never came back because someone decided a repair could wait,” "
        "said the family's solicitor, Hannah Brierley, outside the court.\n\n"
        "A spokesman for Veltra Rail said the company accepted the coroner's findings and had "
        "“learned painful lessons”. A police investigation into the death is continuing. Mr "
        "Osei, a father of two, had worked on the line for eleven years.",
        [
            (P, ["a gross failure"], "Alison Treadwell"),
            (
                D,
                [
                    "Danny went to work and never came back because someone decided a repair "
                    "could wait"
                ],
                "Hannah Brierley",
            ),
            (P, ["learned painful lessons"], "Veltra Rail"),
        ],
    ),
    (  # 7 fraud trial witness, straight quotes: "…," she told the jury (pronoun), barrister
        # (apposition, two men in the story) "put it to her that", reply "…," Ms Surname
        # replied
        "The former finance director of collapsed solar company Brightfield Energy has given "
        "evidence against her former boss at his fraud trial, describing months of pressure to "
        "make losses disappear before the firm's stock market listing.\n\n"
        "Mei-Ling Tan, 44, has pleaded guilty to false accounting and is testifying for the "
        'prosecution. "I knew it was wrong, and I did it anyway, because I was frightened of '
        'losing my job," she told the jury at Southwark Crown Court.\n\n'
        "Under cross-examination, Julian Ashworth-Reid, the barrister for chief executive Robert "
        "Kaine, put it to her that she had invented their conversations to secure a lighter "
        "sentence.\n\n"
        '"That is simply not true," Ms Tan replied.\n\n'
        "Mr Kaine, 58, denies six counts of fraud. The trial continues.",
        [
            (
                D,
                [
                    "I knew it was wrong, and I did it anyway, because I was frightened of losing "
                    "my job"
                ],
                "Mei-Ling Tan",
            ),
            (
                I,
                ["she had invented their conversations to secure a lighter sentence"],
                "Julian Ashworth-Reid",
            ),
            (D, ["That is simply not true"], "Mei-Ling Tan"),
        ],
    ),
    (  # 8 community centre arson: "Police said a third suspect … had been released" (unnamed
        # group), resident quote with "said Name, who ran …", manager (apposition) "said it
        # would cost"
        "Two teenagers have been charged with arson after a fire destroyed a community centre "
        "in Kingsmere on Saturday night. The boys, aged 16 and 17, cannot be named for legal "
        "reasons. They appeared at Kingsmere Youth Court on Monday and were remanded into local "
        "authority care.\n\n"
        "Police said a third suspect, a 15-year-old girl, had been released on bail pending "
        "further inquiries.\n\n"
        '"This place was the heart of the estate. The kids who did this probably came to '
        'holiday clubs here," said Beverley Nwosu, who ran a lunch club for pensioners at the '
        "centre.\n\n"
        "The centre's manager, Tom Gallagher, said it would cost at least £400,000 to rebuild. A "
        "fundraising page set up on Sunday had raised more than £35,000 by Monday evening.",
        [
            (
                I,
                [
                    "a third suspect, a 15-year-old girl, had been released on bail pending "
                    "further inquiries"
                ],
                "police",
            ),
            (
                D,
                [
                    "This place was the heart of the estate. The kids who did this probably came "
                    "to holiday clubs here"
                ],
                "Beverley Nwosu",
            ),
            (I, ["it would cost at least £400,000 to rebuild"], "Tom Gallagher"),
        ],
    ),
    (  # 9 constitutional court and term limits: partial (title "Chief Justice" dropped),
        # party's partial inside reported speech with the final period inside the marks,
        # supporter's direct, "according to official figures" trap (not a speaker),
        # "hailed as a victory" not annotated
        "The Constitutional Court on Monday rejected a bid by the ruling party to extend "
        "presidential term limits, in a unanimous judgment that opposition leaders hailed as a "
        "victory for democracy. The amendment had been approved by parliament in June.\n\n"
        "Chief Justice Nomvula Dlamini said the amendment would have “fundamentally altered the "
        "basic structure” of the constitution without the referendum required by law.\n\n"
        "The ruling National Progress Party said it respected the court's decision but would "
        "keep pushing for reform “through every lawful avenue.”\n\n"
        "Hundreds of supporters of the opposition Alliance for Change gathered outside the "
        "court, singing and waving flags. “Today the court protected our children's future,” "
        "said Sipho Mokoena, a 38-year-old teacher. Turnout at the last presidential election "
        "was 58 per cent, according to official figures.",
        [
            (P, ["fundamentally altered the basic structure"], "Nomvula Dlamini"),
            (P, ["through every lawful avenue."], "National Progress Party"),
            (D, ["Today the court protected our children's future"], "Sipho Mokoena"),
        ],
    ),
    (  # 10 acquittal, courthouse steps: attorney (apposition) "said the verdict confirmed",
        # incise splitting one quote ""A," she said, "b."", unnamed spokeswoman for the DA's
        # office (speaker the office) with a partial inside reported speech
        "A jury in Brookhaven on Friday acquitted former basketball star Marcus Delacroix-Hill "
        "of assault charges stemming from a fight outside a nightclub in March. The 34-year-old "
        "had faced up to five years in prison.\n\n"
        "Speaking on the courthouse steps, his attorney, Simone Achebe, said the verdict "
        'confirmed what her client had said from the start. "The prosecution had a story," '
        'she said, "but they never had the evidence to back it up."\n\n'
        "Mr Delacroix-Hill did not speak to reporters, but hugged his mother before getting "
        "into a waiting car. Two friends who were with him that night had been cleared of the "
        "same charges in June.\n\n"
        "A spokeswoman for the Brookhaven County District Attorney's Office said prosecutors "
        'were "disappointed" but respected the jury\'s decision.',
        [
            (
                I,
                ["the verdict confirmed what her client had said from the start"],
                "Simone Achebe",
            ),
            (
                D,
                ["The prosecution had a story", "but they never had the evidence to back it up."],
                "Simone Achebe",
            ),
            (P, ["disappointed"], "Brookhaven County District Attorney's Office"),
        ],
    ),
    (  # 11 libel ruling: book title in straight quotes not a quote, "wrote that" (indirect),
        # judge (apposition) with a partial inside reported speech, direct + "Mr Surname said"
        "A bestselling author has lost a High Court libel action brought by her former business "
        "partner and must pay him £180,000 in damages. The eight-day trial in London had been "
        "followed "
        "closely in the design industry, where both are well known.\n\n"
        'In her 2024 memoir "The Glass Ledger", Fiona McAllister wrote that Nikhil Varma had '
        "siphoned money from the design studio they founded together in 2009.\n\n"
        'The judge, Raymond Castellano, said the allegation was "entirely without foundation" '
        "and had caused Mr Varma serious harm.\n\n"
        '"For three years strangers have called me a thief. Today a judge said I am not one," '
        "Mr Varma said outside court. The book, which spent eleven weeks in the bestseller "
        "lists, has been withdrawn from sale.",
        [
            (
                I,
                [
                    "Nikhil Varma had siphoned money from the design studio they founded "
                    "together in 2009"
                ],
                "Fiona McAllister",
            ),
            (P, ["entirely without foundation"], "Raymond Castellano"),
            (
                D,
                [
                    "For three years strangers have called me a thief. Today a judge said I am "
                    "not one"
                ],
                "Nikhil Varma",
            ),
        ],
    ),
    (  # 12 sanctions smuggling trial opens: "“A,” Role Name told jurors … “B.”" (full stop:
        # two direct quotes, role dropped), defence lawyer (apposition) "countered that"
        "Federal prosecutors on Tuesday opened their case against Viktor Rusnak, a former "
        "logistics executive accused of smuggling military-grade electronics to a sanctioned "
        "country through a network of shell companies on three continents.\n\n"
        "“This case is about greed,” Assistant U.S. Attorney Priya Raman told jurors in her "
        "opening statement. “The defendant knew exactly where these parts were going, and he "
        "knew exactly what they would be used for.”\n\n"
        "Mr Rusnak's lawyer, Daniel Feldstein-Ortiz, countered that his client had been deceived "
        "by business partners who forged end-user certificates and hid the real destination of "
        "the goods.\n\n"
        "The trial is expected to last four weeks. Mr Rusnak, who was arrested in Miami in 2025, "
        "faces up to 20 years in prison if convicted.",
        [
            (D, ["This case is about greed"], "Priya Raman"),
            (
                D,
                [
                    "The defendant knew exactly where these parts were going, and he knew "
                    "exactly what they would be used for."
                ],
                "Priya Raman",
            ),
            (
                I,
                [
                    "his client had been deceived by business partners who forged end-user "
                    "certificates and hid the real destination of the goods"
                ],
                "Daniel Feldstein-Ortiz",
            ),
        ],
    ),
    (  # 13 immigration tribunal: judge's partial inside reported speech, unnamed "A Home
        # Office spokesperson said: "…"" (speaker the organisation), "The charity Name …
        # said up to one in three …" (generic noun dropped, no "that")
        "An immigration tribunal has ordered the government to reconsider the case of a "
        "Sudanese nurse who was refused asylum despite evidence that she had been detained and "
        "beaten by security forces in Khartoum in 2021.\n\n"
        'Judge Ayesha Rahman said the original decision contained "serious errors of fact" and '
        "had given no weight to medical reports documenting the woman's injuries.\n\n"
        "The nurse, who cannot be named, has lived in Leeds since 2022 and works night shifts at "
        "a care home for people with dementia.\n\n"
        'A Home Office spokesperson said: "We are considering the judgment carefully. It would '
        'be inappropriate to comment further on an individual case."\n\n'
        "The charity Refuge Legal Aid, which supported the appeal, said up to one in three "
        "asylum refusals were overturned on appeal.",
        [
            (P, ["serious errors of fact"], "Ayesha Rahman"),
            (
                D,
                [
                    "We are considering the judgment carefully. It would be inappropriate to "
                    "comment further on an individual case."
                ],
                "Home Office",
            ),
            (
                I,
                ["up to one in three asylum refusals were overturned on appeal"],
                "Refuge Legal Aid",
            ),
        ],
    ),
    (  # 14 age discrimination appeal: "…, according to the Union Name, which brought the
        # case" (the part before), direct + "said the union's regional organiser, Name";
        # "did not respond to requests for comment" not annotated
        "Warehouse operator Carrowmore Logistics has lost its appeal against a ruling that it "
        "discriminated against older workers when it closed its Dunmore depot in 2023. The "
        "Employment Appeal Tribunal upheld the original decision in full. The depot, which "
        "handled deliveries for several supermarket chains, employed around 140 people.\n\n"
        "The 37 former employees will share compensation of about £1.1 million, according to "
        "the Allied Workers' Union, which brought the case on their behalf.\n\n"
        '"These were people who had given twenty, thirty years to the company, and they were '
        "treated as disposable,\" said the union's regional organiser, Ciaran Doherty.\n\n"
        "Carrowmore, which employs 4,000 people across the country, did not respond to requests "
        "for comment. It has 28 days to seek permission to take the case further.",
        [
            (
                I,
                ["The 37 former employees will share compensation of about £1.1 million"],
                "Allied Workers' Union",
            ),
            (
                D,
                [
                    "These were people who had given twenty, thirty years to the company, and "
                    "they were treated as disposable"
                ],
                "Ciaran Doherty",
            ),
        ],
    ),
    (  # 15 war crimes sentence: presiding judge's partial inside "told the court that",
        # survivor introduced as "one of them, Name" with the attribution set off by commas
        # inside one sentence (one quote, two spans), lawyer (apposition) "said his client
        # would appeal"
        "A former militia commander was sentenced to 22 years in prison by a special war crimes "
        "chamber in The Hague on Thursday for ordering the execution of civilians in the village "
        "of Kamenga in 2016. It was the chamber's first verdict since it was set up in 2019.\n\n"
        "Presiding judge Isabel Ferrer-Quintana told the court that Joseph Lukamba-Nzeza had "
        '"personally directed" the killings of at least 31 people, including nine children.\n\n'
        'Survivors who had travelled from Kamenga watched from the public gallery. "My father '
        'and my two brothers were killed that morning," said one of them, Esther Mwangaza, '
        '"and today, for the first time, I feel that someone has listened to us."\n\n'
        "Lukamba-Nzeza's lawyer, Pierre-Yves Dufresne, said his client would appeal. The trial "
        "lasted 14 "
        "months and more than 60 witnesses gave evidence.",
        [
            (P, ["personally directed"], "Isabel Ferrer-Quintana"),
            (
                D,
                [
                    "My father and my two brothers were killed that morning",
                    "and today, for the first time, I feel that someone has listened to us.",
                ],
                "Esther Mwangaza",
            ),
            (I, ["his client would appeal"], "Pierre-Yves Dufresne"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout90.jsonl"),
        "heldout90",
        "h90",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
