"""Source of the eighty-first held-out set: writes heldout81.jsonl (split "heldout81").

Written on 2026-12-02 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like media and press-freedom news: journalists detained or expelled, newspaper closures and
takeovers, broadcasting regulators, editors resigning, defamation cases, social networks and
disinformation, with editors, reporters, press-freedom groups, owners, regulators and ministers
quoted.
Measured once with 0.3.0, 0.27.1 and 0.28.0's first rules (from heldout77–80) on
2026-12-02, then read for its last rules (docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout81.py
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
    (  # 1 correspondent detained: direct + "a déclaré la directrice de la rédaction, Name"
        # (apposition), "a réclamé sa libération" (noun object, not annotated), incise
        # "a ajouté son secrétaire général, Name," splitting one quote (final period kept),
        # partial inside "Selon les autorités, …" (only the partial)
        "Le journaliste Karim Belhadj, correspondant de l'hebdomadaire Le Veilleur à Sidi "
        "Mansour, est détenu depuis samedi par les services de sécurité, sans avoir été présenté "
        "à un juge. Sa rédaction est sans nouvelles de lui depuis son interpellation à "
        "l'aéroport, alors qu'il s'apprêtait à rentrer à Paris pour les fêtes.\n\n"
        "«\u00a0Karim faisait son travail, rien de plus. Il enquêtait sur des marchés publics "
        "attribués sans appel d'offres\u00a0», a déclaré la directrice de la rédaction, Hélène "
        "Marchetti-Roux, lors d'une conférence de presse organisée lundi dans les locaux du "
        "journal.\n\n"
        "L'organisation Plume libre, qui défend la liberté de la presse, a réclamé sa libération "
        "immédiate. «\u00a0Chaque jour qui passe, a ajouté son secrétaire général, Olivier "
        "Ndiaye, rend la situation plus dangereuse pour lui.\u00a0» L'ONG recense onze "
        "journalistes emprisonnés dans le pays depuis le début de l'année.\n\n"
        "Selon les autorités, le journaliste est soupçonné d'«\u00a0atteinte à la sûreté de "
        "l'État\u00a0». Le ministère de l'Intérieur n'a pas répondu aux sollicitations du "
        "Veilleur, qui a publié mardi, en première page, une photo de son correspondant barrée "
        "d'un bandeau noir.",
        [
            (
                D,
                [
                    "Karim faisait son travail, rien de plus. Il enquêtait sur des marchés publics "
                    "attribués sans appel d'offres"
                ],
                "Hélène Marchetti-Roux",
            ),
            (
                D,
                ["Chaque jour qui passe", "rend la situation plus dangereuse pour lui."],
                "Olivier Ndiaye",
            ),
            (P, ["atteinte à la sûreté de l'État"], "autorités"),
        ],
    ),
    (  # 2 regional daily closes: "a confirmé la fermeture" (noun object, not annotated),
        # direct + "a justifié le président de Médiavia, Name", union partial "a qualifié la
        # décision de « gâchis »" (acronym in brackets), "chiffres selon lesquels" (not a quote)
        "Le quotidien régional La Gazette du Littoral publiera son dernier numéro le 31 "
        "décembre, après 112 ans d'existence. Son propriétaire, le groupe Médiavia, a confirmé "
        "mardi la fermeture du titre, qui emploie encore 64 salariés, dont 38 journalistes "
        "répartis dans cinq agences.\n\n"
        "«\u00a0Nous avons tout essayé pendant cinq ans. Les recettes publicitaires ont fondu de "
        "moitié et le papier coûte deux fois plus cher qu'en 2020\u00a0», a justifié le président "
        "de Médiavia, Bertrand Lefebvre-Anjou, dans un message adressé aux salariés.\n\n"
        "Le Syndicat national des rédacteurs (SNR) a qualifié la décision de «\u00a0gâchis\u00a0» "
        "et demandé l'ouverture de négociations sur une éventuelle reprise par les salariés. "
        "L'Observatoire de la presse régionale avait publié en octobre des chiffres selon "
        "lesquels la diffusion payée du titre a reculé de 41\u00a0% en dix ans.\n\n"
        "Plusieurs communes du littoral étudient le lancement d'un site d'information local pour "
        "prendre le relais, mais aucun calendrier n'a été fixé. Les archives du journal doivent "
        "être confiées à la bibliothèque municipale.",
        [
            (
                D,
                [
                    "Nous avons tout essayé pendant cinq ans. Les recettes publicitaires ont fondu "
                    "de moitié et le papier coûte deux fois plus cher qu'en 2020"
                ],
                "Bertrand Lefebvre-Anjou",
            ),
            (P, ["gâchis"], "Syndicat national des rédacteurs"),
        ],
    ),
    (  # 3 regulator fines a news channel: direct introduced by a colon ("a été claire :"),
        # two sentences with the final period kept, "Selon elle," (pronoun, rest of the
        # sentence), partial "a dénoncé … une « sanction politique »" by an apposed director
        "L'Autorité de régulation de l'audiovisuel et des médias (Aram) a infligé jeudi une "
        "amende de 1,2 million d'euros à la chaîne d'information en continu Canal Horizon, pour "
        "avoir diffusé à plusieurs reprises, sans vérification, de fausses informations sur une "
        "épidémie de rougeole dans le sud-ouest du pays.\n\n"
        "La présidente de l'Aram, Solange Ba-Thiam, a été claire\u00a0: «\u00a0La liberté "
        "éditoriale ne donne pas le droit de mentir aux téléspectateurs. Les faits ne sont pas "
        "une opinion parmi d'autres.\u00a0»\n\n"
        "Selon elle, la chaîne avait déjà reçu deux mises en demeure en 2025 sans modifier ses "
        "pratiques. Le collège de l'Autorité a adopté la sanction à l'unanimité de ses neuf "
        "membres.\n\n"
        "Le directeur général de Canal Horizon, Marc-Antoine Vidal, a dénoncé dans un communiqué "
        "une «\u00a0sanction politique\u00a0». La chaîne dispose de deux mois pour saisir le "
        "Conseil d'État. Elle revendique 1,8 million de téléspectateurs quotidiens, en hausse de "
        "12\u00a0% sur un an.",
        [
            (
                D,
                [
                    "La liberté éditoriale ne donne pas le droit de mentir aux téléspectateurs. "
                    "Les faits ne sont pas une opinion parmi d'autres."
                ],
                "Solange Ba-Thiam",
            ),
            (
                I,
                [
                    "la chaîne avait déjà reçu deux mises en demeure en 2025 sans modifier ses "
                    "pratiques"
                ],
                "Solange Ba-Thiam",
            ),
            (P, ["sanction politique"], "Marc-Antoine Vidal"),
        ],
    ),
    (  # 4 editor resigns after a takeover: partial inside "elle explique ne plus être « … »"
        # (only the partial), document name « charte des valeurs » not a quote, dialogue dash
        # lines: first unattributed (speaker from the setup sentence), second with "a
        # répliqué M. Santini" (title + surname)
        "La directrice de la rédaction de L'Écho des Hauts, Nathalie Kervella, a présenté "
        "mercredi sa démission, trois semaines après le rachat du quotidien par l'industriel "
        "Gérard Santini. Dans une lettre aux lecteurs, elle explique ne plus être «\u00a0en "
        "mesure de garantir l'indépendance\u00a0» du journal, qu'elle dirigeait depuis onze "
        "ans.\n\n"
        "La veille, l'assemblée générale des journalistes avait tourné à l'affrontement autour "
        "d'une «\u00a0charte des valeurs\u00a0» voulue par le nouveau propriétaire. Plusieurs "
        "participants rapportent cet échange entre le délégué syndical Paul Ferrand et "
        "l'industriel\u00a0:\n"
        "— Cette charte, personne ici ne la signera.\n"
        "— Alors chacun en tirera les conséquences, a répliqué M. Santini.\n\n"
        "Le groupe Santini Industries, qui possède déjà deux radios locales et un hebdomadaire "
        "gratuit, n'a pas souhaité réagir. Un successeur doit être nommé avant la fin du mois, "
        "alors que la Société des journalistes a convoqué une nouvelle assemblée pour lundi.",
        [
            (P, ["en mesure de garantir l'indépendance"], "Nathalie Kervella"),
            (D, ["Cette charte, personne ici ne la signera."], "Paul Ferrand"),
            (D, ["Alors chacun en tirera les conséquences"], "Gérard Santini"),
        ],
    ),
    (  # 5 defamation trial: direct + "a affirmé à la barre M. Castagné", "a demandé la
        # condamnation" (noun object, not annotated), two lawyers and two women: indirect
        # "a répliqué que" by "Me Claire Nguyen" (title dropped), then "a-t-elle lancé"
        # (nearest woman speaking, not the journalist)
        "Le tribunal correctionnel de Montclar a examiné mardi la plainte en diffamation déposée "
        "par le maire de la ville, Jean-Pierre Castagné, contre la journaliste indépendante Amina "
        "Traoré, auteure d'une enquête sur l'attribution des logements sociaux de la commune "
        "publiée l'an dernier sur un site d'information régional.\n\n"
        "«\u00a0On a traîné mon nom dans la boue sans jamais me laisser répondre\u00a0», a affirmé "
        "à la barre M. Castagné, qui réclame 50\u00a0000 euros de dommages et intérêts. Son "
        "avocat, Me Laurent Dubosc, a demandé la condamnation de la journaliste et la suppression "
        "de l'article.\n\n"
        "L'avocate de Mme Traoré, Me Claire Nguyen, a répliqué que chacune des affirmations "
        "contestées reposait sur des documents internes de la mairie, versés au dossier. "
        "«\u00a0Ce procès est une procédure-bâillon. Il vise à faire taire ceux qui "
        "enquêtent\u00a0», a-t-elle lancé.\n\n"
        "La journaliste, qui n'a pas souhaité s'exprimer à l'audience, était soutenue par une "
        "trentaine de confrères venus de toute la région. Le jugement a été mis en délibéré au "
        "14 janvier.",
        [
            (
                D,
                ["On a traîné mon nom dans la boue sans jamais me laisser répondre"],
                "Jean-Pierre Castagné",
            ),
            (
                I,
                [
                    "chacune des affirmations contestées reposait sur des documents internes de la "
                    "mairie, versés au dossier"
                ],
                "Claire Nguyen",
            ),
            (
                D,
                ["Ce procès est une procédure-bâillon. Il vise à faire taire ceux qui enquêtent"],
                "Claire Nguyen",
            ),
        ],
    ),
    (  # 6 platform removes fake accounts: indirect with the cue after ("…, a indiqué … sa
        # directrice …, Name"), "a-t-elle déclaré" with two women in the text, intention
        # phrase "La ministre a fait part de son intention d'…" (role alone)
        "Le réseau social Kwiply a supprimé en une semaine plus de 3\u00a0000 comptes accusés de "
        "relayer de fausses informations sur les élections municipales, a indiqué jeudi sa "
        "directrice des affaires publiques pour l'Europe, Marta Kowalczyk. Beaucoup de ces "
        "comptes publiaient les mêmes messages à quelques secondes d'intervalle.\n\n"
        "La ministre déléguée au numérique, Farida Benali, ne cache pas son agacement. "
        "«\u00a0Supprimer des comptes après coup, c'est vider la mer avec une cuillère\u00a0», "
        "a-t-elle déclaré vendredi sur une radio publique.\n\n"
        "La ministre a fait part de son intention d'imposer aux plateformes un délai de retrait "
        "de vingt-quatre heures pour les contenus signalés par les autorités électorales. Un "
        "projet de décret doit être présenté en janvier.\n\n"
        "Les associations de défense des libertés numériques s'inquiètent d'un risque de censure "
        "excessive, les plateformes ayant tendance à supprimer massivement pour éviter les "
        "amendes.",
        [
            (
                I,
                [
                    "Le réseau social Kwiply a supprimé en une semaine plus de 3\u00a0000 comptes "
                    "accusés de relayer de fausses informations sur les élections municipales"
                ],
                "Marta Kowalczyk",
            ),
            (
                D,
                ["Supprimer des comptes après coup, c'est vider la mer avec une cuillère"],
                "Farida Benali",
            ),
            (
                I,
                [
                    "imposer aux plateformes un délai de retrait de vingt-quatre heures pour les "
                    "contenus signalés par les autorités électorales"
                ],
                "Farida Benali",
            ),
        ],
    ),
    (  # 7 correspondent expelled, « » with plain spaces: ministry partial "a justifié la
        # mesure par des « … »", a quote over two paragraphs (one span each, the first keeps
        # its period) closed by "a-t-elle confié", newspaper partial inside "a annoncé qu'"
        "Expulsée vendredi de Kessarie, la correspondante du quotidien La Voix du Centre, Inès "
        "Moreau-Diallo, est arrivée samedi matin à l'aéroport de Roissy. Les autorités lui "
        "avaient laissé quarante-huit heures pour quitter le pays, après le retrait de son "
        "accréditation.\n\n"
        "Le ministère kessarien des Affaires étrangères a justifié la mesure par des « reportages "
        "tendancieux portant atteinte à l'image de la nation ». La journaliste avait notamment "
        "enquêté sur les conditions de détention des opposants politiques.\n\n"
        "À sa descente d'avion, elle a raconté ses dernières heures dans la capitale. « Des "
        "policiers en civil m'attendaient devant mon immeuble. Ils ont fouillé mon ordinateur, "
        "mes carnets, jusqu'à mes photos de famille.\n\n"
        "« Je ne sais pas ce qu'ils cherchaient. Je sais seulement que mes sources, elles, sont "
        "restées là-bas », a-t-elle confié, la voix nouée.\n\n"
        "La Voix du Centre a annoncé qu'elle continuerait à couvrir le pays « depuis l'extérieur "
        "s'il le faut ». Kessarie n'accueille plus aucun correspondant permanent de la presse "
        "française.",
        [
            (
                P,
                ["reportages tendancieux portant atteinte à l'image de la nation"],
                "ministère kessarien des Affaires étrangères",
            ),
            (
                D,
                [
                    "Des policiers en civil m'attendaient devant mon immeuble. Ils ont fouillé mon "
                    "ordinateur, mes carnets, jusqu'à mes photos de famille.",
                    "Je ne sais pas ce qu'ils cherchaient. Je sais seulement que mes sources, "
                    "elles, sont restées là-bas",
                ],
                "Inès Moreau-Diallo",
            ),
            (P, ["depuis l'extérieur s'il le faut"], "La Voix du Centre"),
        ],
    ),
    (  # 8 public broadcasting strike: group speaker "L'intersyndicale estime que … « … »"
        # (only the partial), minister's direct introduced by a colon with the final period
        # kept, "réclame le retrait" (noun object, not annotated)
        "Les salariés de l'audiovisuel public étaient en grève jeudi à l'appel de "
        "l'intersyndicale, pour protester contre le projet de fusion de Radio Hexagone et de la "
        "chaîne France Horizons au sein d'une holding unique. Plusieurs matinales ont été "
        "remplacées par une playlist musicale, et le journal télévisé de la mi-journée a été "
        "réduit à dix minutes.\n\n"
        "L'intersyndicale estime que la réforme «\u00a0placera l'information sous la tutelle "
        "directe du pouvoir\u00a0». Elle réclame le retrait pur et simple du texte, examiné la "
        "semaine prochaine au Sénat.\n\n"
        "Le ministre de la Culture, Arnaud Desrosiers, a défendu le projet devant les "
        "députés\u00a0: «\u00a0Il ne s'agit pas de faire taire qui que ce soit, mais de bâtir un "
        "service public capable de rivaliser avec les plateformes.\u00a0»\n\n"
        "La future holding regrouperait près de 14\u00a0000 salariés. Son président serait nommé "
        "pour cinq ans par décret, après avis des commissions des deux assemblées.",
        [
            (P, ["placera l'information sous la tutelle directe du pouvoir"], "intersyndicale"),
            (
                D,
                [
                    "Il ne s'agit pas de faire taire qui que ce soit, mais de bâtir un service "
                    "public capable de rivaliser avec les plateformes."
                ],
                "Arnaud Desrosiers",
            ),
        ],
    ),
    (  # 9 photographer held after a protest: partial inside "Selon la préfecture, …" (only
        # the partial), direct + "assure l'intéressé" (designates the photographer), union
        # intention phrase "a annoncé son intention de"
        "Le photographe indépendant Yacine Haddad a été placé en garde à vue pendant "
        "vingt-deux heures après avoir couvert, samedi soir, une manifestation contre la réforme "
        "des retraites à Lyrmont. Il a été libéré dimanche en fin d'après-midi sans qu'aucune "
        "poursuite soit engagée contre lui.\n\n"
        "Selon la préfecture, le photographe se trouvait «\u00a0au milieu d'un groupe "
        "d'individus violents\u00a0» au moment de son interpellation.\n\n"
        "«\u00a0J'avais mon brassard, mes deux appareils autour du cou. Il n'y avait aucun doute "
        "possible sur ce que je faisais là\u00a0», assure l'intéressé, qui montre une large "
        "ecchymose à l'épaule. Ses cartes mémoire, saisies pendant la garde à vue, ne lui ont "
        "pas été rendues.\n\n"
        "Le Syndicat des photojournalistes a annoncé son intention de saisir la Défenseure des "
        "droits. Il recense une quinzaine d'interpellations de reporters dans des manifestations "
        "depuis le début de l'année.",
        [
            (P, ["au milieu d'un groupe d'individus violents"], "préfecture"),
            (
                D,
                [
                    "J'avais mon brassard, mes deux appareils autour du cou. Il n'y avait aucun "
                    "doute possible sur ce que je faisais là"
                ],
                "Yacine Haddad",
            ),
            (I, ["saisir la Défenseure des droits"], "Syndicat des photojournalistes"),
        ],
    ),
    (  # 10 no-confidence vote at a weekly: "Selon la Société des journalistes (SDJ), …"
        # (organisation, rest of the sentence), direct + "a déclaré son président, Name", role
        # alone "le directeur", incise "a-t-il ajouté" splitting one quote, column name in « »
        # not a quote, "a contesté toute intervention" (noun object)
        "Les journalistes de l'hebdomadaire Regards ont voté mardi, à 87\u00a0%, une motion de "
        "défiance contre leur nouveau directeur, François-Xavier Lemaire, nommé en septembre "
        "après le rachat du titre par le milliardaire Henri Dumesnil.\n\n"
        "Selon la Société des journalistes (SDJ), M. Lemaire a fait retirer à la dernière minute "
        "une enquête sur les activités minières du groupe Dumesnil au Sahel, qui devait faire la "
        "couverture. «\u00a0C'est de la censure, il n'y a pas d'autre mot\u00a0», a déclaré son "
        "président, Antoine Mbarga.\n\n"
        "Interrogé par l'AFP, le directeur a contesté toute intervention de l'actionnaire. "
        "«\u00a0L'article n'était pas prêt, voilà tout. Je l'ai dit à l'équipe, a-t-il ajouté, "
        "et il paraîtra quand il sera solide.\u00a0»\n\n"
        "Le magazine, connu pour sa rubrique «\u00a0Les Coulisses\u00a0», a perdu près de "
        "20\u00a0% de ses abonnés en deux ans. La motion de défiance n'a aucune valeur "
        "contraignante.",
        [
            (
                I,
                [
                    "M. Lemaire a fait retirer à la dernière minute une enquête sur les activités "
                    "minières du groupe Dumesnil au Sahel, qui devait faire la couverture"
                ],
                "Société des journalistes",
            ),
            (D, ["C'est de la censure, il n'y a pas d'autre mot"], "Antoine Mbarga"),
            (
                D,
                [
                    "L'article n'était pas prêt, voilà tout. Je l'ai dit à l'équipe",
                    "et il paraîtra quand il sera solide.",
                ],
                "François-Xavier Lemaire",
            ),
        ],
    ),
    (  # 11 deepfake of a mayor, «» without inner spaces: "a confié l'élue" (role noun), an
        # unattributed continuation after a full stop (second direct, same speaker), "D'après
        # Name, chercheur …," (rest of the sentence)
        "Une fausse vidéo montrant la maire de Port-Sénac, Véronique Abadie, annonçant la "
        "fermeture de la maternité de la ville a été vue plus de 400\u00a0000 fois en deux jours "
        "sur les réseaux sociaux. La séquence, fabriquée à l'aide d'un logiciel d'intelligence "
        "artificielle, imite sa voix et ses gestes avec une précision troublante.\n\n"
        "«Je l'ai regardée trois fois avant de comprendre que ce n'était pas moi», a confié "
        "l'élue, qui a porté plainte pour usurpation d'identité. «Ce qui m'inquiète, ce sont les "
        "personnes âgées qui ont appelé l'hôpital, paniquées.»\n\n"
        "Le parquet de Port-Sénac a ouvert une enquête. D'après Lucas Ferreira, chercheur au "
        "laboratoire Médias et Société de l'université de Garonne, ce type de contenus se "
        "multiplie à l'approche de chaque scrutin, mais reste rarement en ligne aussi "
        "longtemps.\n\n"
        "La plateforme qui a hébergé la vidéo l'a retirée mardi soir, soit plus de quarante "
        "heures après sa publication.",
        [
            (
                D,
                ["Je l'ai regardée trois fois avant de comprendre que ce n'était pas moi"],
                "Véronique Abadie",
            ),
            (
                D,
                [
                    "Ce qui m'inquiète, ce sont les personnes âgées qui ont appelé l'hôpital, "
                    "paniquées."
                ],
                "Véronique Abadie",
            ),
            (
                I,
                [
                    "ce type de contenus se multiplie à l'approche de chaque scrutin, mais reste "
                    "rarement en ligne aussi longtemps"
                ],
                "Lucas Ferreira",
            ),
        ],
    ),
    (  # 12 radio station suspended, plain spaces: regulator partial "un débat jugé « … »"
        # with "l'instance" standing for the HAC, direct + "a réagi le directeur de la station,
        # Name" (compound surname), minister's indirect "a affirmé mardi que"
        "La Haute Autorité de la communication (HAC) de Mabéré a suspendu pour trois mois la "
        "station privée Kanaga FM, l'une des plus écoutées de la capitale. Dans sa décision, "
        "l'instance lui reproche la diffusion d'un débat jugé « de nature à troubler l'ordre "
        "public ».\n\n"
        "« On nous reproche d'avoir donné la parole à des opposants. C'est exactement ce que fait "
        "une radio libre », a réagi le directeur de la station, Moussa Keïta-Sangaré, joint par "
        "téléphone. Une quarantaine de salariés sont concernés par la suspension.\n\n"
        "Le ministre de la Communication, Idrissa Coulibaly, a affirmé mardi que le gouvernement "
        "n'avait joué aucun rôle dans cette décision.\n\n"
        "Dans les rues de la capitale, beaucoup d'auditeurs ne décolèrent pas. Kanaga FM, créée "
        "en 2004, avait déjà été suspendue une semaine en 2021 après un reportage sur une grève "
        "des enseignants.",
        [
            (P, ["de nature à troubler l'ordre public"], "Haute Autorité de la communication"),
            (
                D,
                [
                    "On nous reproche d'avoir donné la parole à des opposants. C'est exactement ce "
                    "que fait une radio libre"
                ],
                "Moussa Keïta-Sangaré",
            ),
            (
                I,
                ["le gouvernement n'avait joué aucun rôle dans cette décision"],
                "Idrissa Coulibaly",
            ),
        ],
    ),
    (  # 13 annual report on jailed journalists: "bilan annuel, selon lequel" (not a source),
        # direct + "a estimé le secrétaire général de l'OIJ, Name" (particle El), indirect "a
        # rappelé que" by an apposed vice-president, report title in « » not a quote
        "L'Observatoire international des journalistes (OIJ) a publié jeudi son bilan annuel, "
        "selon lequel 412 journalistes sont actuellement emprisonnés dans le monde, un record "
        "depuis la création de l'organisation en 1998. Trois pays concentrent à eux seuls plus "
        "de la moitié des détentions.\n\n"
        "«\u00a0Jamais il n'a été aussi dangereux d'exercer ce métier. Les régimes autoritaires "
        "ont compris qu'ils pouvaient emprisonner sans payer le moindre prix diplomatique\u00a0», "
        "a estimé le secrétaire général de l'OIJ, Rachid El Amrani, lors de la présentation du "
        "rapport à Genève.\n\n"
        "La vice-présidente de l'organisation, Ana Lucía Herrera, a rappelé que près d'un tiers "
        "des détenus étaient des journalistes locaux travaillant pour des médias en ligne, "
        "souvent sans aucune protection juridique.\n\n"
        "Le rapport, intitulé «\u00a0Le prix de l'information\u00a0», sera remis la semaine "
        "prochaine au Haut-Commissariat des Nations unies aux droits de l'homme.",
        [
            (
                D,
                [
                    "Jamais il n'a été aussi dangereux d'exercer ce métier. Les régimes "
                    "autoritaires ont compris qu'ils pouvaient emprisonner sans payer le moindre "
                    "prix diplomatique"
                ],
                "Rachid El Amrani",
            ),
            (
                I,
                [
                    "près d'un tiers des détenus étaient des journalistes locaux travaillant pour "
                    "des médias en ligne, souvent sans aucune protection juridique"
                ],
                "Ana Lucía Herrera",
            ),
        ],
    ),
    (  # 14 defamation trial of a sociologist: programme title « Face à Face » not a quote,
        # dialogue dash lines: the unnamed presiding judge's question, then "a répondu Mme
        # Mansouri" followed by a second sentence on the same line (two directs)
        "Le procès en diffamation intenté par l'animateur de télévision Cyril Vautrin contre la "
        "sociologue Leïla Mansouri s'est ouvert lundi devant la 17e chambre du tribunal de "
        "Vernange. En mars, dans une tribune publiée par un quotidien national, la chercheuse "
        "s'en était prise à l'émission «\u00a0Face à Face\u00a0», qu'il anime chaque soir depuis "
        "quatre ans.\n\n"
        "À la barre, l'échange entre la présidente du tribunal et la prévenue a été bref\u00a0:\n"
        "— Maintenez-vous ces propos\u00a0?\n"
        "— Mot pour mot, a répondu Mme Mansouri. J'ai analysé quarante émissions avant d'écrire "
        "une ligne.\n\n"
        "L'avocat de M. Vautrin, Me Bernard Okonkwo, a réclamé un euro symbolique de dommages et "
        "intérêts. Plusieurs chercheurs étaient venus soutenir leur collègue, dont le procès est "
        "suivi de près par les associations de défense de la liberté d'expression. Le jugement "
        "sera rendu le 3 février.",
        [
            (D, ["Maintenez-vous ces propos\u00a0?"], "présidente du tribunal"),
            (D, ["Mot pour mot"], "Leïla Mansouri"),
            (D, ["J'ai analysé quarante émissions avant d'écrire une ligne."], "Leïla Mansouri"),
        ],
    ),
    (  # 15 social network blocked before an election: ministry partial inside "a affirmé que"
        # (only the partial), "Pour l'association … Accès libre, il s'agit d'une « … »"
        # (generic noun dropped), direct + "a déclaré sa coordinatrice, Name", "d'après les
        # données du cabinet" (figures, not a quote)
        "L'accès au réseau social Fluxo est bloqué depuis dimanche en Orsanie, à une semaine de "
        "l'élection présidentielle. Le ministère des Télécommunications a affirmé que la mesure "
        "visait à «\u00a0protéger le scrutin contre les manipulations étrangères\u00a0».\n\n"
        "Pour l'association de défense des libertés numériques Accès libre, il s'agit d'une "
        "«\u00a0censure pure et simple\u00a0». «\u00a0Les autorités coupent internet dès qu'une "
        "élection approche. C'est devenu un réflexe\u00a0», a déclaré sa coordinatrice, Thi Lan "
        "Pham, qui estime à plusieurs millions le nombre d'utilisateurs touchés.\n\n"
        "Nombre d'internautes contournent déjà le blocage grâce à des réseaux privés virtuels, "
        "dont les téléchargements ont été multipliés par quinze en trois jours, d'après les "
        "données du cabinet Appmetrics.\n\n"
        "Fluxo, qui compte environ 9 millions d'utilisateurs dans le pays, n'a pas commenté. "
        "L'Orsanie avait déjà coupé l'accès à internet mobile pendant quatre jours lors des "
        "législatives de 2023.",
        [
            (
                P,
                ["protéger le scrutin contre les manipulations étrangères"],
                "ministère des Télécommunications",
            ),
            (P, ["censure pure et simple"], "Accès libre"),
            (
                D,
                [
                    "Les autorités coupent internet dès qu'une élection approche. C'est devenu un "
                    "réflexe"
                ],
                "Thi Lan Pham",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 correspondent held without charge: indirect with the cue after ("…, his editor,
        # Name, said"), "Ms Whitfield said" (title + surname), "According to the interior
        # ministry, …" (rest of the sentence), "has contacted two embassies" not speech
        "Daniel Mwangi, a correspondent for the weekly Meridian Review, has been held without "
        "charge in the port city of Estavar since Friday, his editor, Sarah Whitfield, said on "
        "Monday. He was detained at a checkpoint while returning from a reporting trip to the "
        "northern mining region.\n\n"
        '"We have had no contact with him, and neither have his lawyers," Ms Whitfield said. The '
        "paper has contacted two embassies and hired a local legal team.\n\n"
        "According to the interior ministry, Mr Mwangi is being questioned over alleged links to "
        "a banned opposition group. The ministry did not say when he would be brought before a "
        "court.\n\n"
        "The Committee for Free Reporting, a press-freedom group based in Geneva, has added his "
        "name to its list of journalists in detention, which now includes 37 people in the "
        "country.",
        [
            (
                I,
                [
                    "Daniel Mwangi, a correspondent for the weekly Meridian Review, has been held "
                    "without charge in the port city of Estavar since Friday"
                ],
                "Sarah Whitfield",
            ),
            (
                D,
                ["We have had no contact with him, and neither have his lawyers"],
                "Sarah Whitfield",
            ),
            (
                I,
                ["Mr Mwangi is being questioned over alleged links to a banned opposition group"],
                "interior ministry",
            ),
        ],
    ),
    (  # 2 editor quits after a takeover: indirect "she said she could not …" (no "that"),
        # "defended the plan" (noun object), direct + "the chief executive told …" (role alone)
        # then an unattributed continuation after a full stop (second direct)
        "The editor of the Northfield Courier, Margaret O'Donnell, resigned on Tuesday, two weeks "
        "after the 140-year-old daily was bought by the investment firm Ashgrove Capital for a "
        "reported £11 million.\n\n"
        "In a note to staff, she said she could not in good conscience carry out the cuts the new "
        "owners were demanding, which would eliminate a third of the newsroom.\n\n"
        "Ashgrove's chief executive, Raj Patel-Lowe, defended the plan. \"Nobody wants to cut "
        'jobs," the chief executive told the trade magazine Press Weekly. "But a newspaper that '
        'cannot pay its bills cannot hold anyone to account either."\n\n'
        "The Courier's deputy editor, Tom Ashby, will run the paper until a replacement is found. "
        "Its print circulation has fallen from 48,000 to just under 19,000 in a decade, while "
        "online subscriptions have stagnated.",
        [
            (
                I,
                [
                    "she could not in good conscience carry out the cuts the new owners were "
                    "demanding, which would eliminate a third of the newsroom"
                ],
                "Margaret O'Donnell",
            ),
            (D, ["Nobody wants to cut jobs"], "Raj Patel-Lowe"),
            (
                D,
                ["But a newspaper that cannot pay its bills cannot hold anyone to account either."],
                "Raj Patel-Lowe",
            ),
        ],
    ),
    (  # 3 licence revoked: regulator partial "over what it called "…" breaches", direct
        # introduced by a colon ("was blunt:") with two sentences, courtesy title Dr dropped,
        # "A spokesman for PNN said" (organisation, fullest name given earlier)
        "The Broadcasting Standards Commission has revoked the licence of Patriot News Network "
        '(PNN), a cable news channel, over what it called "persistent and deliberate" breaches '
        "of accuracy rules during last spring's election campaign. It is the first time the "
        "commission has taken a channel off air since it was created in 1996.\n\n"
        "The commission's chair, Dr Helen Achterberg, was blunt: \"A licence is a privilege, not "
        'a right. PNN was warned four times and chose to ignore every warning."\n\n'
        "A spokesman for PNN said the channel would appeal. The network, which is owned by the "
        "property developer Clive Danvers, broadcasts to about 1.2 million homes and has until "
        "midnight on Sunday to stop transmitting. Its audience has doubled since 2022, largely "
        "thanks to its evening talk shows.",
        [
            (P, ["persistent and deliberate"], "Broadcasting Standards Commission"),
            (
                D,
                [
                    "A licence is a privilege, not a right. PNN was warned four times and chose to "
                    "ignore every warning."
                ],
                "Helen Achterberg",
            ),
            (I, ["the channel would appeal"], "Patriot News Network"),
        ],
    ),
    (  # 4 libel claim dismissed: book title in quotes not a quote, "Ms Raman said" (indirect,
        # no "that"), "she said" then an unattributed quote running over two paragraphs (one
        # quote, one span per paragraph)
        "A High Court judge in London on Thursday dismissed a libel claim brought by the mining "
        "tycoon Viktor Zelenko against the investigative journalist Priya Raman over her book, "
        '"The Copper Baron", which examined his companies\' dealings in central Africa.\n\n'
        "Outside the court, Ms Raman said the case had cost her three years and most of her "
        "savings.\n\n"
        '"People told me to settle, to apologise, to make it go away," she said. "I couldn\'t do '
        "that to the miners who trusted me with their stories.\n\n"
        '"This ruling belongs to them."\n\n'
        "Mr Zelenko, who did not attend the hearing, has 21 days to seek permission to appeal. He "
        "had been seeking £3 million in damages and an injunction against further sales. The "
        "book has sold more than 60,000 copies and is being translated into French.",
        [
            (
                I,
                ["the case had cost her three years and most of her savings"],
                "Priya Raman",
            ),
            (
                D,
                ["People told me to settle, to apologise, to make it go away"],
                "Priya Raman",
            ),
            (
                D,
                [
                    "I couldn't do that to the miners who trusted me with their stories.",
                    "This ruling belongs to them.",
                ],
                "Priya Raman",
            ),
        ],
    ),
    (  # 5 fact-checking programme ended: company "said on Wednesday that", "According to
        # figures the company released" (figures, not a quote), direct + "said Name, who heads
        # …", partial inside "She said …" (only the partial)
        "Loopline, the short-video app, said on Wednesday that it would stop paying independent "
        "fact-checkers in Europe from January, ending a programme that has run since 2019. "
        "According to figures the company released last year, the programme cost about $40 "
        "million annually and covered 26 languages.\n\n"
        'Fact-checkers reacted with dismay. "This is a decision to let lies travel faster," said '
        "Amara Osei, who heads the verification group TruthDesk Africa. She said the move would "
        'hit smaller languages hardest, where "nobody else is checking anything".\n\n'
        "Loopline will replace the programme with a system of user-written notes, similar to one "
        "already used by several rival platforms. Such systems have been criticised for being "
        "slow, with notes often appearing after a false post has already been widely shared.",
        [
            (
                I,
                [
                    "it would stop paying independent fact-checkers in Europe from January, ending "
                    "a programme that has run since 2019"
                ],
                "Loopline",
            ),
            (D, ["This is a decision to let lies travel faster"], "Amara Osei"),
            (P, ["nobody else is checking anything"], "Amara Osei"),
        ],
    ),
    (  # 6 bureau chief expelled: partial "accused him of "…"" by an apposed spokeswoman,
        # question-and-answer "Asked whether …, she replied: "…"", partial inside "told
        # reporters he was leaving "…"" (only the partial)
        "The government of Novaria has ordered the expulsion of Tom Hendricks, the bureau chief "
        "of the news agency Continental Press in the capital, Tarsk, giving him seven days to "
        "leave the country. He is the third foreign journalist to be expelled this year. Foreign "
        "correspondents in Tarsk must renew their accreditation every six months.\n\n"
        "At a briefing on Monday, the foreign ministry's spokeswoman, Olga Vasilenko, accused him "
        'of "systematically distorting" the government\'s record. Asked whether other foreign '
        'reporters would be expelled, she replied: "That depends entirely on them."\n\n'
        "Continental Press has asked for the decision to be reconsidered. Mr Hendricks, who has "
        'worked in Novaria for six years, told reporters he was leaving "with a heavy heart but '
        'a clear conscience".',
        [
            (P, ["systematically distorting"], "Olga Vasilenko"),
            (D, ["That depends entirely on them."], "Olga Vasilenko"),
            (P, ["with a heavy heart but a clear conscience"], "Tom Hendricks"),
        ],
    ),
    (  # 7 local paper closes: indirect with the cue after ("…, its owner, Brennan Media Group,
        # announced"), group speaker "Residents say …", direct question + "asked Name, a
        # retired teacher …"
        "The Harlow Valley Gazette, which has covered the towns of the upper valley since 1887, "
        "will print its final edition on Friday, its owner, Brennan Media Group, announced on "
        "Tuesday. The paper's 14 staff will be offered redundancy packages, and its archive will "
        "be donated to the county library.\n\n"
        'Residents say the loss will be felt far beyond the newsroom. "Who is going to sit '
        'through four hours of planning committee meetings now?" asked Gwen Lloyd-Harris, a '
        "retired teacher who has read the paper for sixty years.\n\n"
        "Brennan Media Group, which owns 22 local titles, has closed five of them since 2023. The "
        "nearest remaining newspaper is published in Carrick, forty miles away, and has no "
        "reporter based in the valley.",
        [
            (
                I,
                [
                    "The Harlow Valley Gazette, which has covered the towns of the upper valley "
                    "since 1887, will print its final edition on Friday"
                ],
                "Brennan Media Group",
            ),
            (I, ["the loss will be felt far beyond the newsroom"], "residents"),
            (
                D,
                ["Who is going to sit through four hours of planning committee meetings now?"],
                "Gwen Lloyd-Harris",
            ),
        ],
    ),
    (  # 8 platform fined: partial inside "told a parliamentary committee that" (only the
        # partial), company "said in a statement that"
        "The Digital Services Authority on Monday fined the messaging platform Threadly £18 "
        "million for failing to remove coordinated disinformation during the riots that "
        "followed last summer's port strike. It is the largest penalty the authority has imposed "
        "since it gained new powers last year.\n\n"
        "The authority's chief executive, Jonathan Mbeki-Stone, told a parliamentary committee "
        'that the platform had "looked away" while false claims about the strikers spread to '
        "millions of users.\n\n"
        "Threadly said in a statement that it disagreed with the decision and was reviewing its "
        "options. The company, which has 14 million users in the country, has 28 days to pay or "
        "to lodge an appeal with the tribunal. Threadly was also fined £2 million in the spring "
        "for failing to check the age of its users.",
        [
            (P, ["looked away"], "Jonathan Mbeki-Stone"),
            (
                I,
                ["it disagreed with the decision and was reviewing its options"],
                "Threadly",
            ),
        ],
    ),
    (  # 9 head of news resigns: direct + "Mr Asante wrote", "denied any interference" (noun
        # object), "he said" with two men in the text (the chairman, title Sir dropped),
        # "called for an independent inquiry" (noun object)
        "Kwame Asante, the head of news at the Westland Broadcasting Corporation, resigned on "
        "Sunday after a dispute with the corporation's chairman over an investigation into "
        "government contracts.\n\n"
        '"I was asked to hold the story until after the budget. I refused, and I was told my '
        'position was no longer tenable," Mr Asante wrote in his resignation letter, which has '
        "been seen by this newspaper.\n\n"
        'The chairman, Sir Geoffrey Lang, denied any interference. "Editorial decisions are '
        'made by editors, and they always will be," he said in a brief statement on Sunday '
        "evening.\n\n"
        "The Union of Broadcast Journalists called for an independent inquiry, and several "
        "senior presenters signed an open letter in support of Mr Asante. The corporation's "
        "board is due to meet on Wednesday.",
        [
            (
                D,
                [
                    "I was asked to hold the story until after the budget. I refused, and I was "
                    "told my position was no longer tenable"
                ],
                "Kwame Asante",
            ),
            (
                D,
                ["Editorial decisions are made by editors, and they always will be"],
                "Geoffrey Lang",
            ),
        ],
    ),
    (  # 10 fake news site: website name in quotes not a quote, "A spokeswoman for Carlow
        # County Police said" (organisation), direct + "said the school's headteacher, Name"
        "Police in Carlow County have arrested a 24-year-old man over a fake news website that "
        "published fabricated stories about a stabbing at a primary school, triggering angry "
        'protests outside the building last week. The site, which called itself "Carlow Truth '
        'Today", has since been taken offline.\n\n'
        "A spokeswoman for Carlow County Police said the man had earned more than £30,000 from "
        "advertising on the site in three months.\n\n"
        '"We had mothers in tears at the gate, asking whether their children were alive," said '
        "the school's headteacher, Fiona MacLeod. Pupils were kept indoors for two days, and "
        "counsellors were brought in to speak to the older children. The man, who has not been "
        "named, was released on bail on Sunday and is due in court next month.",
        [
            (
                I,
                [
                    "the man had earned more than £30,000 from advertising on the site in three "
                    "months"
                ],
                "Carlow County Police",
            ),
            (
                D,
                ["We had mothers in tears at the gate, asking whether their children were alive"],
                "Fiona MacLeod",
            ),
        ],
    ),
    (  # 11 press freedom index: indirect with the cue after ("…, the Paris-based group Open
        # Newsrooms said"), direct + "she said", question-and-answer with a colon ("Asked …,
        # she did not hesitate: "…""), nickname in quotes not a quote
        "Press freedom declined in 61 of the 180 countries surveyed over the past year, the "
        "Paris-based group Open Newsrooms said on Thursday in its annual index. The index, "
        'nicknamed "the thermometer" by the group\'s staff, combines a questionnaire sent to '
        "local reporters with a count of attacks, arrests and closures.\n\n"
        "In an interview, the group's director, Lucía Fernández-Ortega, was blunt about the "
        "trend. \"Governments have learned that you don't need to jail a journalist if you can "
        'starve the newspaper," she said.\n\n'
        'Asked which countries worried her most, she did not hesitate: "The ones that still '
        'call themselves democracies."\n\n'
        "The index will be presented to the Council of Europe in January. The top three places "
        "are unchanged from last year, and the number of countries in the worst category rose "
        "to 36.",
        [
            (
                I,
                ["Press freedom declined in 61 of the 180 countries surveyed over the past year"],
                "Open Newsrooms",
            ),
            (
                D,
                [
                    "Governments have learned that you don't need to jail a journalist if you can "
                    "starve the newspaper"
                ],
                "Lucía Fernández-Ortega",
            ),
            (D, ["The ones that still call themselves democracies."], "Lucía Fernández-Ortega"),
        ],
    ),
    (  # 12 SLAPP suit dismissed: "Judge Name ruled that" (indirect, clause ends before "and
        # ordered"), "Ms Alvarado said" after the quote, partial "called the ruling "…"" by an
        # apposed lawyer (two women quoted)
        "A county judge has dismissed a $2 million defamation suit brought by the mayor of Pine "
        "Harbor, Richard Coyle, against a local blogger, Denise Alvarado, over a series of posts "
        "about city contracts.\n\n"
        "Judge Patricia Holm ruled that the lawsuit was a SLAPP, a suit intended to silence "
        "criticism, and ordered Mr Coyle to pay Ms Alvarado's legal fees, estimated at "
        "$85,000.\n\n"
        "\"I'm relieved, but I'm also angry that it took fourteen months,\" Ms Alvarado said. Her "
        'lawyer, Naomi Feld, called the ruling "a warning to every official who thinks a lawsuit '
        'is cheaper than an answer".\n\n'
        "The mayor's office did not respond to requests for comment. The state's anti-SLAPP "
        "law, passed in 2021, has been invoked in more than forty cases.",
        [
            (
                I,
                ["the lawsuit was a SLAPP, a suit intended to silence criticism"],
                "Patricia Holm",
            ),
            (
                D,
                ["I'm relieved, but I'm also angry that it took fourteen months"],
                "Denise Alvarado",
            ),
            (
                P,
                ["a warning to every official who thinks a lawsuit is cheaper than an answer"],
                "Naomi Feld",
            ),
        ],
    ),
    (  # 13 strike over AI sub-editing, curly quotes: one quote split by "said Name, …," (two
        # pieces), "told staff in an email that", direct + "he wrote", union "said" (no "that")
        "Journalists at the Harbour Media group, members of the Press Workers’ Union, walked out "
        "for 24 hours on Thursday over plans to replace 40 sub-editors with an artificial "
        "intelligence system that would check, cut and headline stories before publication.\n\n"
        "“We are not against technology,” said Sunita Rao, the union representative at the "
        "group’s flagship title, the Evening Lantern, “we are against a machine deciding what "
        "readers see without anyone checking it.”\n\n"
        "The company’s chief executive, Mark Ellison, told staff in an email that no reporters "
        "would lose their jobs. “Every pound we save will be reinvested in journalism,” he "
        "wrote.\n\n"
        "The union said a second strike was planned for the week before Christmas if talks "
        "failed. The group publishes nine regional titles and employs about 600 journalists.",
        [
            (
                D,
                [
                    "We are not against technology",
                    "we are against a machine deciding what readers see without anyone checking "
                    "it.",
                ],
                "Sunita Rao",
            ),
            (I, ["no reporters would lose their jobs"], "Mark Ellison"),
            (D, ["Every pound we save will be reinvested in journalism"], "Mark Ellison"),
            (
                I,
                ["a second strike was planned for the week before Christmas if talks failed"],
                "Press Workers’ Union",
            ),
        ],
    ),
    (  # 14 radio station suspended: indirect with the cue after ("…, the station's director,
        # Name, said"), direct + "Mr Sow said", regulator partial inside "said the interview
        # had violated rules against "…"" (only the partial)
        "Authorities in Lomara have suspended the independent broadcaster Radio Savanna for 30 "
        "days after it aired an interview with an exiled opposition leader, the station's "
        "director, Ibrahim Sow, said on Saturday.\n\n"
        '"They came at six in the morning and took the transmitter keys," Mr Sow said. About '
        "thirty employees have been sent home on half pay.\n\n"
        'The National Media Council said the interview had violated rules against "promoting '
        "subversion\". The council's statement did not name the opposition leader, who has lived "
        "abroad since 2019 and was sentenced in absentia last year.\n\n"
        "Radio Savanna is one of only three independent stations still broadcasting in the "
        "country. Its transmitters reach an estimated four million listeners across the south, "
        "and its morning phone-in programme is the most popular in the capital.",
        [
            (
                I,
                [
                    "Authorities in Lomara have suspended the independent broadcaster Radio "
                    "Savanna for 30 days after it aired an interview with an exiled opposition "
                    "leader"
                ],
                "Ibrahim Sow",
            ),
            (
                D,
                ["They came at six in the morning and took the transmitter keys"],
                "Ibrahim Sow",
            ),
            (P, ["promoting subversion"], "National Media Council"),
        ],
    ),
    (  # 15 election disinformation network: indirect with the cue after (organisation),
        # partial inside "said the accounts had …" by "Dr Name" (title dropped), then "he said"
        # after a two-sentence direct
        "A network of more than 200 fake accounts spread false claims about voting machines "
        "ahead of Sunday's regional elections, the Digital Trust Lab at the University of "
        "Kessington said on Tuesday. Most of the accounts had been created in the past three "
        "months and used profile pictures generated by artificial intelligence.\n\n"
        "The lab's director, Dr Samuel Achebe, said the accounts had posted in \"near-perfect "
        'synchrony", often within seconds of each other. "This was not a handful of angry '
        'voters. It was an operation," he said.\n\n'
        "The platforms hosting the accounts have removed about half of them. The electoral "
        "commission has set up a hotline for voters who come across suspicious claims. Voters "
        "will elect 14 regional assemblies on Sunday, and turnout is expected to be low.",
        [
            (
                I,
                [
                    "A network of more than 200 fake accounts spread false claims about voting "
                    "machines ahead of Sunday's regional elections"
                ],
                "Digital Trust Lab",
            ),
            (P, ["near-perfect synchrony"], "Samuel Achebe"),
            (
                D,
                ["This was not a handful of angry voters. It was an operation"],
                "Samuel Achebe",
            ),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout81.jsonl"),
        "heldout81",
        "h81",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
