"""Source of the 136th held-out set: writes heldout136.jsonl (split "heldout136").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like culture, arts and media news: film festivals and premieres, box-office figures, book
releases and literary prizes, radio critics' shows (in French rendered with dialogue dashes),
museum retrospectives, acquisitions and restitutions, concerts and music festivals, opera and
theatre, comics festivals, art auctions, newspapers closing their print edition, journalists'
strikes and unions, press-freedom rankings, jailed or detained reporters, public broadcasters'
cuts, streaming services and magazine editors; artists, directors, authors, critics, curators,
editors, publishers, union delegates, ministers, organisations and unnamed audience members
(une spectatrice, un violoncelliste, a steward, a listener) speak. Speakers are referred back
to by surname, pronoun, role, age ("la romancière de 44 ans", "the 71-year-old"), nationality
("le Québécois", "le Sénégalais") or "l'intéressé", and some statements are sourced with
"selon X", "d'après X" or "according to X"; film and book titles in quotation marks are not
quotes.
Measured once with 0.3.0, 0.41.0 and 0.42.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout136.py
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
    (  # 1 film festival award: film titles in « » (not quotes), two-sentence direct + "a
        # lancé la cinéaste de 38 ans" (age epithet), partial after "Le comédien a salué"
        # (role referring back to the jury president), "Selon les organisateurs," (unnamed
        # plural, rest of the sentence)
        "Le Grand Phare d'or du 31e Festival international du film de Saint-Malo a été décerné "
        "samedi soir à «\u00a0Les Heures creuses\u00a0», premier long métrage de la réalisatrice "
        "marocaine Salma Benkirane, qui suit trois ouvrières d'une conserverie de Casablanca.\n\n"
        "«\u00a0Ce film, je l'ai tourné avec trois bouts de ficelle et beaucoup d'entêtement. Il "
        "appartient à toutes les femmes qui m'ont ouvert leur porte\u00a0», a lancé la cinéaste de "
        "38 ans, très émue, en recevant son trophée des mains du président du jury, l'acteur "
        "belge Thibaut Verhaegen.\n\n"
        "Le comédien a salué «\u00a0une œuvre d'une justesse bouleversante\u00a0», avant de "
        "remettre le prix d'interprétation à Jeanne Morlaix pour son rôle dans «\u00a0Basse "
        "saison\u00a0».\n\n"
        "Selon les organisateurs, 68\u00a0000 entrées ont été enregistrées en huit jours, un "
        "record pour la manifestation, créée en 1994.",
        [
            (
                D,
                [
                    "Ce film, je l'ai tourné avec trois bouts de ficelle et beaucoup d'entêtement. "
                    "Il appartient à toutes les femmes qui m'ont ouvert leur porte"
                ],
                "Salma Benkirane",
            ),
            (P, ["une œuvre d'une justesse bouleversante"], "Thibaut Verhaegen"),
            (
                I,
                [
                    "68\u00a0000 entrées ont été enregistrées en huit jours, un record pour la "
                    "manifestation, créée en 1994"
                ],
                "organisateurs",
            ),
        ],
    ),
    (  # 2 journalists' strike at a regional daily: a quote split by "résume Name, déléguée
        # du …," (present tense incise, one quote two spans, final period kept), "Le directeur
        # général du journal, Name, assure de son côté qu'" (indirect)
        "Les journalistes de L'Écho des Gaves ont voté mardi une grève de quarante-huit heures, "
        "la première depuis la création du quotidien palois en 1946. En cause\u00a0: le projet "
        "de la direction de supprimer 22 postes sur 97 et de fermer les agences "
        "d'Oloron-Sainte-Marie et d'Orthez.\n\n"
        "«\u00a0On nous demande de couvrir un département entier avec une rédaction de la taille "
        "d'une équipe de rugby, résume Claire Etcheverry, déléguée du Syndicat national des "
        "rédacteurs, et ensuite on s'étonne que les lecteurs s'en aillent.\u00a0»\n\n"
        "Le directeur général du journal, Patrice Lamaison, assure de son côté qu'aucun "
        "licenciement sec n'est envisagé. Une réunion de négociation est prévue lundi à la "
        "préfecture des Pyrénées-Atlantiques, en présence d'un médiateur.",
        [
            (
                D,
                [
                    "On nous demande de couvrir un département entier avec une rédaction de la "
                    "taille d'une équipe de rugby",
                    "et ensuite on s'étonne que les lecteurs s'en aillent.",
                ],
                "Claire Etcheverry",
            ),
            (I, ["aucun licenciement sec n'est envisagé"], "Patrice Lamaison"),
        ],
    ),
    (  # 3 museum retrospective: "Pour elle, « … »" (pronoun for "La commissaire de
        # l'exposition, Name"; direct with a colon inside), "D'après le directeur du musée,
        # Name," (rest of the sentence)
        "Plus de 140 œuvres de la peintre franco-polonaise Irena Kowalczyk-Marchal (1901-1979), "
        "dont une cinquantaine jamais montrées au public, sont exposées à partir de samedi au "
        "musée Henriette-Lasalle de Besançon. C'est la première rétrospective consacrée à "
        "l'artiste en France depuis sa mort.\n\n"
        "La commissaire de l'exposition, Hélène Dubosq-Ferrand, a passé quatre ans à retrouver "
        "des toiles dispersées entre Varsovie, Genève et des collections privées américaines. "
        "Pour elle, «\u00a0Kowalczyk-Marchal a été effacée de l'histoire de l'art parce qu'elle "
        "cumulait trois handicaps à l'époque\u00a0: être une femme, une étrangère et une "
        "abstraite\u00a0».\n\n"
        "D'après le directeur du musée, Gilles Rameau, l'assurance des œuvres a coûté à elle "
        "seule 1,2 million d'euros, financés en partie par un mécène qui a souhaité rester "
        "anonyme.",
        [
            (
                D,
                [
                    "Kowalczyk-Marchal a été effacée de l'histoire de l'art parce qu'elle "
                    "cumulait trois handicaps à l'époque\u00a0: être une femme, une étrangère et "
                    "une abstraite"
                ],
                "Hélène Dubosq-Ferrand",
            ),
            (
                I,
                [
                    "l'assurance des œuvres a coûté à elle seule 1,2 million d'euros, financés "
                    "en partie par un mécène qui a souhaité rester anonyme"
                ],
                "Gilles Rameau",
            ),
        ],
    ),
    (  # 4 novel release: book titles in « » (not quotes), "…, selon son éditrice, Name."
        # (the part before), a quote continued over two paragraphs (one span each, first
        # one's period kept) + "confie la romancière de 44 ans" (age epithet), partial after
        # "Le critique du …, Name, y voit déjà"
        "Huit ans après «\u00a0Le Sel des digues\u00a0», couronné par le prix des Lecteurs du "
        "Nord, Anouk Terrasson publie jeudi «\u00a0Nos étés sans fin\u00a0» (éditions du Chenal, "
        "412 pages), une saga sur trois générations de mareyeurs boulonnais. Le premier tirage "
        "atteint 120\u00a0000 exemplaires, selon son éditrice, Marion Castel.\n\n"
        "«\u00a0J'ai mis huit ans parce que j'ai dû désapprendre tout ce que le succès m'avait "
        "appris. Le premier livre, on l'écrit sans savoir qu'on sera lu.\n\n"
        "«\u00a0Le deuxième, on l'écrit avec des milliers de lecteurs penchés sur "
        "l'épaule\u00a0», confie la romancière de 44 ans, rencontrée dans sa maison de "
        "Wimereux.\n\n"
        "Le critique du Quotidien des lettres, Bastien Morvan, y voit déjà «\u00a0le grand roman "
        "populaire de l'année\u00a0».",
        [
            (I, ["Le premier tirage atteint 120\u00a0000 exemplaires"], "Marion Castel"),
            (
                D,
                [
                    "J'ai mis huit ans parce que j'ai dû désapprendre tout ce que le succès "
                    "m'avait appris. Le premier livre, on l'écrit sans savoir qu'on sera lu.",
                    "Le deuxième, on l'écrit avec des milliers de lecteurs penchés sur l'épaule",
                ],
                "Anouk Terrasson",
            ),
            (P, ["le grand roman populaire de l'année"], "Bastien Morvan"),
        ],
    ),
    (  # 5 stadium concert cancelled: "La préfecture de X a indiqué que" (administration
        # speaking), partial inside the reported speech of "Le producteur de la tournée,
        # Name, a promis que" (only the partial, generic noun dropped), direct + "soupirait
        # une spectatrice" (unnamed)
        "Le concert que devait donner samedi le rappeur Kalil Diabaté au stade de la Beaujoire, "
        "à Nantes, a été annulé une heure avant l'ouverture des portes en raison d'orages "
        "violents. Quelque 35\u00a0000 billets avaient été vendus.\n\n"
        "La préfecture de Loire-Atlantique a indiqué que la décision avait été prise en "
        "concertation avec l'organisateur, après le placement du département en vigilance "
        "orange. Le producteur de la tournée, Azur Live, a promis que les billets seraient "
        "«\u00a0intégralement remboursés sous trente jours\u00a0».\n\n"
        "Sur le parvis, la déception l'emportait. «\u00a0On a fait six heures de route depuis "
        "Limoges avec ma fille pour rien\u00a0», soupirait une spectatrice en rebroussant chemin "
        "sous la pluie.",
        [
            (
                I,
                [
                    "la décision avait été prise en concertation avec l'organisateur, après le "
                    "placement du département en vigilance orange"
                ],
                "préfecture de Loire-Atlantique",
            ),
            (P, ["intégralement remboursés sous trente jours"], "Azur Live"),
            (
                D,
                ["On a fait six heures de route depuis Limoges avec ma fille pour rien"],
                "spectatrice",
            ),
        ],
    ),
    (  # 6 press-freedom ranking: "Selon l'organisation," (generic noun for the named
        # observatory, rest of the sentence), two-sentence direct + "a expliqué sa secrétaire
        # générale, Name,", partial after "Le ministère de la Culture a contesté"
        "La France recule de quatre places, au 28e rang, dans le classement mondial de la "
        "liberté de la presse publié mercredi par l'Observatoire international de la presse "
        "libre (OIPL). Selon l'organisation, ce recul s'explique par la multiplication des "
        "procédures-bâillons et par la concentration croissante des médias entre les mains de "
        "quelques industriels.\n\n"
        "«\u00a0Aucun journaliste n'est en prison en France, et c'est heureux. Mais on peut aussi "
        "faire taire une rédaction avec des avocats et des actionnaires\u00a0», a expliqué sa "
        "secrétaire générale, Nathalie Vasseur-Kem, lors d'une conférence de presse à Paris.\n\n"
        "Le ministère de la Culture a contesté «\u00a0une lecture caricaturale\u00a0» de la "
        "situation. En tête du classement figurent, comme l'an dernier, la Norvège, l'Irlande "
        "et le Danemark.",
        [
            (
                I,
                [
                    "ce recul s'explique par la multiplication des procédures-bâillons et par la "
                    "concentration croissante des médias entre les mains de quelques industriels"
                ],
                "Observatoire international de la presse libre",
            ),
            (
                D,
                [
                    "Aucun journaliste n'est en prison en France, et c'est heureux. Mais on peut "
                    "aussi faire taire une rédaction avec des avocats et des actionnaires"
                ],
                "Nathalie Vasseur-Kem",
            ),
            (P, ["une lecture caricaturale"], "ministère de la Culture"),
        ],
    ),
    (  # 7 radio critics' show in dialogue dashes: a line attributed by the sentence before
        # it ("La critique de … Name a ouvert les hostilités :"), a line with a comma incise
        # "l'a coupée son confrère Name," (one quote two spans), a line closed by "a conclu
        # Mme Surname,"; the show's and the novel's titles in « » are not quotes
        "Le ton est monté dimanche soir dans «\u00a0Le Cercle des critiques\u00a0», l'émission "
        "littéraire de Radio Horizon, à propos du dernier roman de Yann Keridec, «\u00a0La Nuit "
        "des cormorans\u00a0». La critique de L'Hebdo culturel Solène Ardouin a ouvert les "
        "hostilités\u00a0:\n\n"
        "— C'est un livre paresseux, écrit avec des phrases de magazine. Je me suis ennuyée de "
        "la première à la dernière page.\n\n"
        "— Tu es injuste, l'a coupée son confrère Mathieu Garnier-Lévy, et tu le sais. Keridec "
        "est le seul à parler des pêcheurs bretons sans folklore.\n\n"
        "— Sans folklore, peut-être, mais sans souffle non plus, a conclu Mme Ardouin, avant que "
        "l'animateur ne lance une page de publicité.",
        [
            (
                D,
                [
                    "C'est un livre paresseux, écrit avec des phrases de magazine. Je me suis "
                    "ennuyée de la première à la dernière page."
                ],
                "Solène Ardouin",
            ),
            (
                D,
                [
                    "Tu es injuste",
                    "et tu le sais. Keridec est le seul à parler des pêcheurs bretons sans "
                    "folklore.",
                ],
                "Mathieu Garnier-Lévy",
            ),
            (D, ["Sans folklore, peut-être, mais sans souffle non plus"], "Solène Ardouin"),
        ],
    ),
    (  # 8 opera strike: an unclosed quotation mark ended by "a lancé jeudi un violoncelliste"
        # (unnamed), partial after "a regretté" by "Le directeur général de la maison, Name",
        # "promis le remboursement" (noun object, not annotated), "D'après l'intersyndicale,"
        # (unnamed body, rest of the sentence)
        "La première de «\u00a0Don Carlos\u00a0» à l'Opéra national du Rhône, prévue vendredi, a "
        "été annulée à la suite d'un préavis de grève déposé par les techniciens et les "
        "musiciens de l'orchestre, qui réclament une revalorisation de leurs salaires.\n\n"
        "«\u00a0Nous n'avons pas eu d'augmentation depuis 2019, alors que le prix des places a "
        "grimpé de 30\u00a0%, a lancé jeudi un violoncelliste lors d'un rassemblement devant le "
        "bâtiment. Une cinquantaine de salariés avaient répondu à l'appel de l'intersyndicale.\n\n"
        "Le directeur général de la maison, Frédéric Moulinier, a regretté «\u00a0une décision "
        "qui pénalise d'abord le public\u00a0» et promis le remboursement des 1\u00a0600 "
        "spectateurs.\n\n"
        "D'après l'intersyndicale, la grève pourrait être reconduite jusqu'aux fêtes de fin "
        "d'année.",
        [
            (
                D,
                [
                    "Nous n'avons pas eu d'augmentation depuis 2019, alors que le prix des places "
                    "a grimpé de 30\u00a0%"
                ],
                "violoncelliste",
            ),
            (P, ["une décision qui pénalise d'abord le public"], "Frédéric Moulinier"),
            (
                I,
                ["la grève pourrait être reconduite jusqu'aux fêtes de fin d'année"],
                "intersyndicale",
            ),
        ],
    ),
    (  # 9 box office: "…, d'après son distributeur, Name." (the part before), two-sentence
        # direct + "a-t-il confié" (pronoun for "le Québécois", nationality epithet for the
        # director), partial inside "Son interprète, Name, 71 ans, a raconté avoir appris"
        # (only the partial)
        "Sorti mercredi dans 420 salles, «\u00a0Le Dernier Traversier\u00a0», du cinéaste "
        "québécois Simon Gagné-Lafleur, crée la surprise du box-office. Il a attiré "
        "312\u00a0000 spectateurs en cinq jours, d'après son distributeur, Boréal Films.\n\n"
        "De passage à Paris, le Québécois ne cachait pas son étonnement. «\u00a0Chez nous, on "
        "fait des films pour 200\u00a0000 personnes. Ici, on me parle de millions\u00a0», "
        "a-t-il confié en riant.\n\n"
        "Tourné entièrement en Gaspésie, le film suit un capitaine de traversier à la veille de "
        "sa retraite. Son interprète, Réjean Gauvreau-Pelletier, 71 ans, a raconté avoir appris "
        "à piloter le bateau «\u00a0pour de vrai\u00a0» pendant trois semaines.",
        [
            (I, ["Il a attiré 312\u00a0000 spectateurs en cinq jours"], "Boréal Films"),
            (
                D,
                [
                    "Chez nous, on fait des films pour 200\u00a0000 personnes. Ici, on me parle "
                    "de millions"
                ],
                "Simon Gagné-Lafleur",
            ),
            (P, ["pour de vrai"], "Réjean Gauvreau-Pelletier"),
        ],
    ),
    (  # 10 local daily ends its print edition: "a annoncé la nouvelle" (noun object) and an
        # editorial's title in « » (not quotes), two-sentence direct + "y écrit-il", partial
        # inside "Un abonné de 82 ans … confie qu'il n'a" (unnamed, only the partial), "Le
        # groupe Name, propriétaire du titre, a indiqué que" (generic noun dropped)
        "Après 131 ans d'existence, Le Réveil du Morvan publiera sa dernière édition papier le "
        "31 décembre. Le quotidien nivernais, qui ne vend plus que 9\u00a0400 exemplaires par "
        "jour contre 41\u00a0000 en 1990, ne paraîtra plus qu'en ligne.\n\n"
        "Son rédacteur en chef, Didier Ponsard, a annoncé la nouvelle mardi dans un éditorial "
        "intitulé «\u00a0Merci, et à demain\u00a0». «\u00a0Le papier coûte désormais plus cher "
        "que ce que rapporte un abonnement. Nous avons tenu aussi longtemps que nous avons "
        "pu\u00a0», y écrit-il.\n\n"
        "À Château-Chinon, la nouvelle passe mal. Un abonné de 82 ans, fidèle au titre depuis "
        "1961, confie qu'il n'a «\u00a0jamais allumé un ordinateur\u00a0». Le groupe Presse "
        "Centre-Loire, propriétaire du titre, a indiqué que les 14 ouvriers de l'imprimerie se "
        "verraient proposer un reclassement.",
        [
            (
                D,
                [
                    "Le papier coûte désormais plus cher que ce que rapporte un abonnement. Nous "
                    "avons tenu aussi longtemps que nous avons pu"
                ],
                "Didier Ponsard",
            ),
            (P, ["jamais allumé un ordinateur"], "abonné"),
            (
                I,
                ["les 14 ouvriers de l'imprimerie se verraient proposer un reclassement"],
                "Presse Centre-Loire",
            ),
        ],
    ),
    (  # 11 literary prize: partial inside the reported speech of "Le secrétaire général du
        # jury, Name, a expliqué que" (only the partial), "a dédié son prix aux écrivains"
        # (noun object, not annotated), direct + "a-t-il déclaré" (pronoun for "le
        # Sénégalais"), "Selon Name, directrice des éditions X," (rest of the sentence)
        "Le prix Méridien, l'une des récompenses littéraires les plus attendues de l'automne, a "
        "été attribué lundi au romancier sénégalais Ousmane Faye-Diallo pour «\u00a0Les Enfants "
        "du fleuve\u00a0» (éditions Lumen), au troisième tour de scrutin, par six voix contre "
        "quatre.\n\n"
        "Le secrétaire général du jury, Jean-Baptiste Orsoni, a expliqué que le débat avait été "
        "«\u00a0vif mais loyal\u00a0» jusqu'au bout.\n\n"
        "Joint par téléphone à Dakar, le Sénégalais a dédié son prix aux écrivains du "
        "continent. «\u00a0Ce prix appartient à tous les auteurs africains que les jurys "
        "parisiens ont longtemps ignorés\u00a0», a-t-il déclaré.\n\n"
        "Selon Pauline Arnoux, directrice des éditions Lumen, le livre, tiré jusqu'ici à "
        "15\u00a0000 exemplaires, va être réimprimé à 200\u00a0000.",
        [
            (P, ["vif mais loyal"], "Jean-Baptiste Orsoni"),
            (
                D,
                [
                    "Ce prix appartient à tous les auteurs africains que les jurys parisiens ont "
                    "longtemps ignorés"
                ],
                "Ousmane Faye-Diallo",
            ),
            (
                I,
                [
                    "le livre, tiré jusqu'ici à 15\u00a0000 exemplaires, va être réimprimé à "
                    "200\u00a0000"
                ],
                "Pauline Arnoux",
            ),
        ],
    ),
    (  # 12 restitution of royal statues: "La ministre de la Culture, Name, a annoncé …
        # qu'" (indirect), two-sentence direct + "a déclaré la ministre" (role alone),
        # partial inside "Ce dernier a fait part de son souhait de voir" (only the partial),
        # "a salué la décision, tout en réclamant des moyens" (noun objects, not annotated)
        "La France va restituer au Bénin onze statues royales conservées depuis 1893 au musée "
        "Aurélien-Charpin de Lille. La ministre de la Culture, Agnès Morel-Dantec, a annoncé "
        "mercredi qu'un projet de loi serait présenté en ce sens au Parlement en février.\n\n"
        "«\u00a0Ces œuvres ont été prises par la force. Les rendre n'est pas un geste de "
        "charité, c'est un acte de justice\u00a0», a déclaré la ministre, aux côtés de son "
        "homologue béninois, Romuald Agossou.\n\n"
        "Ce dernier a fait part de son souhait de voir les statues exposées «\u00a0avant la fin "
        "de l'année prochaine\u00a0» dans le nouveau musée d'Abomey. Le conservateur en chef du "
        "musée lillois, Vincent Hazebrouck, a salué la décision, tout en réclamant des moyens "
        "pour numériser les pièces avant leur départ.",
        [
            (
                I,
                ["un projet de loi serait présenté en ce sens au Parlement en février"],
                "Agnès Morel-Dantec",
            ),
            (
                D,
                [
                    "Ces œuvres ont été prises par la force. Les rendre n'est pas un geste de "
                    "charité, c'est un acte de justice"
                ],
                "Agnès Morel-Dantec",
            ),
            (P, ["avant la fin de l'année prochaine"], "Romuald Agossou"),
        ],
    ),
    (  # 13 theatre festival programme: "Son directeur, le metteur en scène Name, a défendu
        # … : « … »" (direct after a colon, two sentences, final period kept), "Des rumeurs
        # selon lesquelles" (not a source), "L'intéressé …, assurant que" (participle,
        # indirect), "a confirmé une subvention" (noun object, not annotated)
        "Le Festival des Remparts de Carcassonne a dévoilé jeudi la programmation de sa 40e "
        "édition, qui se tiendra du 4 au 26 juillet. Quarante-deux spectacles, dont dix-neuf "
        "créations, seront présentés dans la cité médiévale et dans onze villages de l'Aude.\n\n"
        "Son directeur, le metteur en scène Arnaud Castéran, a défendu la place faite aux "
        "compagnies régionales\u00a0: «\u00a0Un festival qui ne regarde que Paris finit par ne "
        "plus parler à personne ici. Je veux que les gens de Limoux ou de Quillan se "
        "reconnaissent sur scène.\u00a0»\n\n"
        "Des rumeurs selon lesquelles le festival renoncerait au théâtre du château pour des "
        "raisons de sécurité circulaient depuis l'été. L'intéressé les a balayées, assurant que "
        "le spectacle d'ouverture s'y jouerait comme prévu. La présidente du conseil "
        "départemental, Maryse Authié, a confirmé une subvention de 1,8 million d'euros.",
        [
            (
                D,
                [
                    "Un festival qui ne regarde que Paris finit par ne plus parler à personne ici. "
                    "Je veux que les gens de Limoux ou de Quillan se reconnaissent sur scène."
                ],
                "Arnaud Castéran",
            ),
            (I, ["le spectacle d'ouverture s'y jouerait comme prévu"], "Arnaud Castéran"),
        ],
    ),
    (  # 14 French photojournalist detained abroad: partial after "Le Quai d'Orsay a demandé
        # sa libération" (the noun object itself is not annotated), two-sentence direct +
        # "martèle sa sœur, Name,", "appelle à un rassemblement" (noun object), "Pour son
        # secrétaire général, Name, cette affaire « … »" (partial, the syntax runs through)
        "Le photojournaliste français Théo Marchetti, 34 ans, est détenu depuis dix jours au "
        "Kirghizistan, où il a été arrêté alors qu'il couvrait des manifestations d'agriculteurs "
        "dans la région d'Och. Sa famille n'a reçu aucune nouvelle depuis son interpellation.\n\n"
        "Le Quai d'Orsay a demandé mardi sa libération «\u00a0dans les plus brefs "
        "délais\u00a0». «\u00a0Théo n'est pas un militant, c'est un photographe. Il était là "
        "pour documenter, pas pour manifester\u00a0», martèle sa sœur, Lucie Marchetti, qui a "
        "lancé une pétition signée par plus de 20\u00a0000 personnes.\n\n"
        "L'Union des journalistes de France (UJF) appelle à un rassemblement vendredi devant "
        "l'ambassade du Kirghizistan à Paris. Pour son secrétaire général, Karim Belhadj, cette "
        "affaire «\u00a0dit tout du sort réservé aux pigistes, envoyés sur le terrain sans "
        "assurance ni protection\u00a0».",
        [
            (P, ["dans les plus brefs délais"], "Quai d'Orsay"),
            (
                D,
                [
                    "Théo n'est pas un militant, c'est un photographe. Il était là pour "
                    "documenter, pas pour manifester"
                ],
                "Lucie Marchetti",
            ),
            (
                P,
                [
                    "dit tout du sort réservé aux pigistes, envoyés sur le terrain sans assurance "
                    "ni protection"
                ],
                "Karim Belhadj",
            ),
        ],
    ),
    (  # 15 comics festival, « » without inner spaces: "…, a annoncé son délégué général,
        # Name." (postposed speech verb, the clause before), an album's title in « » (not a
        # quote), direct + "a-t-elle confié" (pronoun for "la dessinatrice argentine Name"),
        # two-sentence direct + "sourit une mère de famille venue de X" (unnamed)
        "Le Festival de la bande dessinée de Saint-Amand-les-Eaux a refermé ses portes dimanche "
        "soir. La fréquentation a atteint 94\u00a0000 visiteurs, en hausse de 12\u00a0%, a "
        "annoncé son délégué général, Rémi Vandamme.\n\n"
        "Le Grand Prix a été remis à la dessinatrice argentine Paula Ibarguren, 39 ans, pour "
        "«Mar adentro», un album muet de 300 pages. «Je dessine sans texte parce que je ne suis "
        "jamais sûre de la langue dans laquelle je rêve», a-t-elle confié, dans un français "
        "hésitant.\n\n"
        "Devant le chapiteau des dédicaces, la file d'attente dépassait deux heures dès "
        "l'ouverture. «On vient chaque année avec les enfants. C'est notre Noël avant Noël», "
        "sourit une mère de famille venue de Valenciennes.",
        [
            (
                I,
                ["La fréquentation a atteint 94\u00a0000 visiteurs, en hausse de 12\u00a0%"],
                "Rémi Vandamme",
            ),
            (
                D,
                [
                    "Je dessine sans texte parce que je ne suis jamais sûre de la langue dans "
                    "laquelle je rêve"
                ],
                "Paula Ibarguren",
            ),
            (
                D,
                ["On vient chaque année avec les enfants. C'est notre Noël avant Noël"],
                "mère de famille",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 film festival premiere, curly quotes: "“A,” its director, Name, told the audience,
        # holding back tears. “B.”" (two direct quotes, the second one's period kept), partial
        # after "the critic Name called the film"
        "A three-hour drama about a Lagos ferry disaster drew an eight-minute standing ovation "
        "at the Harbourfront International Film Festival in Toronto on Friday night, the "
        "longest of this year's event.\n\n"
        "“I made this film for the 212 people who never reached the other shore,” its director, "
        "Adaeze Nwosu-Hart, told the audience, holding back tears. “Their families are sitting "
        "in this room tonight.”\n\n"
        "Writing in the Toronto Ledger, the critic Owen Falkner called the film “a furious, "
        "unbearable, necessary act of remembrance”. Distribution rights have already been sold "
        "in 14 countries, and a release in Nigeria is planned for the spring.",
        [
            (
                D,
                ["I made this film for the 212 people who never reached the other shore"],
                "Adaeze Nwosu-Hart",
            ),
            (D, ["Their families are sitting in this room tonight."], "Adaeze Nwosu-Hart"),
            (P, ["a furious, unbearable, necessary act of remembrance"], "Owen Falkner"),
        ],
    ),
    (  # 2 newspaper strike: "The Name Guild, which represents …, said" (union speaking as an
        # organisation), two-sentence direct + "said Name, a courts reporter and the guild's
        # unit chair,"; the owner "did not respond" (not speech)
        "Journalists at the Cleveland Courier-Dispatch walked off the job on Monday for the "
        "first time in the paper's 140-year history, after talks over pay and the outsourcing "
        "of its copy desk collapsed over the weekend.\n\n"
        "The Lake Erie News Guild, which represents 86 reporters, photographers and editors at "
        "the paper, said the company had offered raises of 1 percent a year while paying its "
        "executives six-figure bonuses.\n\n"
        '"We are not asking for the moon. We are asking to be able to live in the city we '
        "cover,\" said Tamika Rowe, a courts reporter and the guild's unit chair, on the picket "
        "line outside the paper's downtown offices.\n\n"
        "Brookline Media, which bought the Courier-Dispatch in 2023, did not respond to "
        "requests for comment on Monday.",
        [
            (
                I,
                [
                    "the company had offered raises of 1 percent a year while paying its "
                    "executives six-figure bonuses"
                ],
                "Lake Erie News Guild",
            ),
            (
                D,
                [
                    "We are not asking for the moon. We are asking to be able to live in the city "
                    "we cover"
                ],
                "Tamika Rowe",
            ),
        ],
    ),
    (  # 3 gallery acquisition, curly quotes: a quote split by "said the gallery's curator …,
        # Dr Name," (one quote two spans, final period kept, title dropped), partial after
        # "The Name Trust, which contributed …, described the work as"
        "The Carrow Gallery in Norwich has bought a rare 17th-century still life by the Flemish "
        "painter Anna Verhulst for £3.4 million, the largest purchase in its history, after a "
        "two-year appeal that drew donations from more than 9,000 members of the public.\n\n"
        "“For a long time women painters of that period were treated as footnotes,” said the "
        "gallery's curator of early modern art, Dr Anjali Menon-Ward, “and this picture shows "
        "they were running workshops, training apprentices and selling to the same collectors "
        "as the men.”\n\n"
        "The Heritage Purchase Trust, which contributed £900,000, described the work as “a "
        "picture Norwich must never lose”. It will go on display in March after conservators "
        "remove a discoloured varnish.",
        [
            (
                D,
                [
                    "For a long time women painters of that period were treated as footnotes",
                    "and this picture shows they were running workshops, training apprentices "
                    "and selling to the same collectors as the men.",
                ],
                "Anjali Menon-Ward",
            ),
            (P, ["a picture Norwich must never lose"], "Heritage Purchase Trust"),
        ],
    ),
    (  # 4 novel removed from school libraries: partial inside the reported speech of "Board
        # chair Name said" (only the partial), partial inside "Whitfield, 36, said she had
        # written" (surname), then an unattributed two-sentence quote continuing hers (direct,
        # her speaker); the book's title is not quoted
        "The Marlow County school board in Tennessee voted 5-2 on Tuesday night to remove Dana "
        "Whitfield's young-adult novel Salt and Silver from its middle-school libraries, after "
        "complaints from a parents' group about a chapter describing self-harm.\n\n"
        'Board chair Gary Hollins said the decision was about "age-appropriateness, not '
        "censorship\". The novel remains on the shelves of the county's three high schools.\n\n"
        'Reached by phone in Portland, Whitfield, 36, said she had written the chapter "for '
        'the kid I was at thirteen, who had nobody to tell". "Taking it away from the kids who '
        "need it most doesn't protect them. It just makes them lonelier.\"",
        [
            (P, ["age-appropriateness, not censorship"], "Gary Hollins"),
            (P, ["for the kid I was at thirteen, who had nobody to tell"], "Dana Whitfield"),
            (
                D,
                [
                    "Taking it away from the kids who need it most doesn't protect them. It just "
                    "makes them lonelier."
                ],
                "Dana Whitfield",
            ),
        ],
    ),
    (  # 5 tour cancelled: "citing exhaustion" (noun object), partial inside "the
        # 29-year-old said she had" (age epithet, only the partial), "Her promoter, Name,
        # said" (organisation), two-sentence direct + "said Name, 22, who was waiting …"
        "The Irish singer Niamh Costigan has cancelled the last 11 dates of her European tour, "
        "including two sold-out nights at the Liffey Dome in Dublin, citing exhaustion.\n\n"
        'In a statement posted on Instagram late on Sunday, the 29-year-old said she had "hit '
        'a wall" and needed time away from the road to get well. Her promoter, Kestrel Live, '
        "said all tickets would be refunded automatically.\n\n"
        "\"I flew in from Lisbon yesterday and found out at the hotel. I'm sad, but honestly "
        "I'm more worried about her,\" said Marta Sousa, 22, who was waiting outside the venue "
        "on Monday.",
        [
            (P, ["hit a wall"], "Niamh Costigan"),
            (I, ["all tickets would be refunded automatically"], "Kestrel Live"),
            (
                D,
                [
                    "I flew in from Lisbon yesterday and found out at the hotel. I'm sad, but "
                    "honestly I'm more worried about her"
                ],
                "Marta Sousa",
            ),
        ],
    ),
    (  # 6 radio journalist's sentence upheld: "was condemned by" (not speech), two-sentence
        # direct + "said its North Africa director, Name", "Name's lawyer, Name, told reporters
        # outside the court that"
        "An appeals court in Tunis on Wednesday upheld a two-year prison sentence against Samir "
        "Ben Youssef, a radio journalist convicted of spreading false news over a broadcast in "
        "which he criticised the management of a state-owned phosphate company.\n\n"
        'The ruling was condemned by the Paris-based Committee for Press Safety. "Samir did his '
        "job. He asked questions that powerful people did not want asked, and he is paying for "
        'it with two years of his life," said its North Africa director, Leïla Haddad.\n\n'
        "Ben Youssef's lawyer, Mourad Gharbi, told reporters outside the court that his client "
        "would take the case to the Court of Cassation. The 58-year-old has been held since "
        "March.",
        [
            (
                D,
                [
                    "Samir did his job. He asked questions that powerful people did not want "
                    "asked, and he is paying for it with two years of his life"
                ],
                "Leïla Haddad",
            ),
            (
                I,
                ["his client would take the case to the Court of Cassation"],
                "Mourad Gharbi",
            ),
        ],
    ),
    (  # 7 public broadcaster cuts, curly quotes: "…, its director-general, Name, told staff
        # on Wednesday." (postposed, the clause before), "acknowledged a shortfall" (noun
        # object), direct + "he wrote", partial after "Name, the MP for X, called the plan"
        "The Northern Broadcasting Corporation will close its regional television news "
        "programmes in four English cities and cut 450 jobs over two years, its "
        "director-general, Alistair Pemberton, told staff on Wednesday.\n\n"
        "In an email seen by this newspaper, Pemberton acknowledged a £180 million shortfall by "
        "2028. “Nobody takes these decisions lightly, and I know what these programmes mean to "
        "the people who make them and to the people who watch them,” he wrote.\n\n"
        "Rachel Openshaw, the MP for Hull West, called the plan “an act of vandalism against "
        "the regions”.",
        [
            (
                I,
                [
                    "The Northern Broadcasting Corporation will close its regional television news "
                    "programmes in four English cities and cut 450 jobs over two years"
                ],
                "Alistair Pemberton",
            ),
            (
                D,
                [
                    "Nobody takes these decisions lightly, and I know what these programmes mean "
                    "to the people who make them and to the people who watch them"
                ],
                "Alistair Pemberton",
            ),
            (P, ["an act of vandalism against the regions"], "Rachel Openshaw"),
        ],
    ),
    (  # 8 literary prize, curly quotes: partial after "The chair of the judges, the critic
        # Name, called it", "spoke about her grandmother" (noun object), a quote continued
        # over two paragraphs (one span each, first one's period kept) + "the 52-year-old
        # said" (age epithet)
        "The Scottish novelist Isla Macrae has won the £50,000 Calloway Prize for Fiction for "
        "The Drowned Parish, her fourth novel, set on a Hebridean island during the Highland "
        "Clearances.\n\n"
        "The chair of the judges, the critic Fergus Adebayo, called it “a novel that makes the "
        "past feel dangerous again”. The panel's decision was unanimous.\n\n"
        "Accepting the prize at a ceremony in London on Tuesday, Macrae spoke about her "
        "grandmother. “She never learned to write in English, but she could tell a story for "
        "three hours without stopping.\n\n"
        "“Every page of this book is me trying to keep up with her,” the 52-year-old said.",
        [
            (P, ["a novel that makes the past feel dangerous again"], "Fergus Adebayo"),
            (
                D,
                [
                    "She never learned to write in English, but she could tell a story for three "
                    "hours without stopping.",
                    "Every page of this book is me trying to keep up with her",
                ],
                "Isla Macrae",
            ),
        ],
    ),
    (  # 9 crush at a music festival: "Name Police said" (police force as organisation),
        # direct + "said a steward working at the barrier, who asked not to be named"
        # (unnamed), partial inside "The festival's director, Name, insisted the site had
        # been" (only the partial), "promised a full review" (noun object)
        "Twenty-three people were treated by medics after a crush near the main stage at the "
        "Brackenfield music festival in Derbyshire on Saturday night, during a set by the "
        "headliners.\n\n"
        "Derbyshire Police said three people had been taken to hospital, none with "
        "life-threatening injuries.\n\n"
        '"It went from a good crowd to a dangerous one in about thirty seconds," said a steward '
        "working at the barrier, who asked not to be named.\n\n"
        "The festival's director, Kate Lindsay-Ware, insisted the site had been \"well within "
        'its licensed capacity" of 40,000 and promised a full review.',
        [
            (
                I,
                ["three people had been taken to hospital, none with life-threatening injuries"],
                "Derbyshire Police",
            ),
            (
                D,
                ["It went from a good crowd to a dangerous one in about thirty seconds"],
                "steward",
            ),
            (P, ["well within its licensed capacity"], "Kate Lindsay-Ware"),
        ],
    ),
    (  # 10 playwright's return, curly quotes: "Surname said he had" (indirect), two-sentence
        # direct + "the 71-year-old told the X" (age epithet), partial after "The X's Name
        # gave it five stars and hailed"; the play's title is not quoted
        "After two decades away from the stage, the playwright Harold Finchley is back in the "
        "West End with The Lighthouse Keepers, a two-hander about estranged brothers that "
        "opened at the Portland Theatre on Thursday.\n\n"
        "Finchley said he had stopped writing plays after his wife died in 2005. “I thought I "
        "had nothing left to say. It turns out I had one more argument to have with myself,” "
        "the 71-year-old told the Sunday Review.\n\n"
        "Critics were divided. The Evening Chronicle's Marcus Lyle gave it five stars and "
        "hailed “a late masterpiece”; others found the second act slow.",
        [
            (
                I,
                ["he had stopped writing plays after his wife died in 2005"],
                "Harold Finchley",
            ),
            (
                D,
                [
                    "I thought I had nothing left to say. It turns out I had one more argument to "
                    "have with myself"
                ],
                "Harold Finchley",
            ),
            (P, ["a late masterpiece"], "Marcus Lyle"),
        ],
    ),
    (  # 11 documentary pulled by a streaming service: "The company said in a statement
        # that" (generic noun for the named service), "According to the trade publication
        # Name," (generic noun dropped, rest of the sentence), "Its director, the
        # Nigerian-born filmmaker Name, was blunt: “…”" (direct after a colon, final period
        # kept); a lawyer who "did not respond" (not speech)
        "The streaming service Flixora has pulled a documentary about the collapse of a "
        "cryptocurrency exchange two days before its release, after the exchange's founder "
        "threatened to sue.\n\n"
        "The company said in a statement that it had paused the release to allow for a further "
        "legal review. According to the trade publication Screen Dispatch, the film cost about "
        "$4 million to make.\n\n"
        "Its director, the Nigerian-born filmmaker Tolu Adeyemi-Ross, was blunt: “Every claim "
        "in this film was checked by three lawyers. We did our job; now I want Flixora to do "
        "theirs.”\n\n"
        "A lawyer for the founder did not respond to requests for comment.",
        [
            (
                I,
                ["it had paused the release to allow for a further legal review"],
                "Flixora",
            ),
            (I, ["the film cost about $4 million to make"], "Screen Dispatch"),
            (
                D,
                [
                    "Every claim in this film was checked by three lawyers. We did our job; now I "
                    "want Flixora to do theirs."
                ],
                "Tolu Adeyemi-Ross",
            ),
        ],
    ),
    (  # 12 auction record: "…, the auction house said." (postposed, generic noun for the
        # named auction house, the clause before), direct + "said the auctioneer, Name",
        # partial inside the reported speech of "Her dealer, Name, told X that" (only the
        # partial)
        "A painting by the American abstract artist Ruth Calder-Mayne sold for $38.2 million at "
        "Hollister & Finch in New York on Thursday evening, a record for a work by a living "
        "woman artist, the auction house said.\n\n"
        'The buyer, bidding by telephone, was not identified. "The room simply stopped '
        'breathing when it passed thirty," said the auctioneer, Oliver Stanton-Hughes.\n\n'
        "Calder-Mayne, 84, lives in New Mexico and rarely gives interviews. Her dealer, Sofia "
        'Brandt, told ArtWire that the artist had watched the sale online "with a glass of '
        'bourbon and a great deal of amusement".',
        [
            (
                I,
                [
                    "A painting by the American abstract artist Ruth Calder-Mayne sold for $38.2 "
                    "million at Hollister & Finch in New York on Thursday evening, a record for a "
                    "work by a living woman artist"
                ],
                "Hollister & Finch",
            ),
            (
                D,
                ["The room simply stopped breathing when it passed thirty"],
                "Oliver Stanton-Hughes",
            ),
            (
                P,
                ["with a glass of bourbon and a great deal of amusement"],
                "Sofia Brandt",
            ),
        ],
    ),
    (  # 13 community radio closes, curly quotes: "…, its chairman, Name, announced on
        # Monday, blaming …" (postposed, the clause before), a quote split by "she said,"
        # (pronoun for the named presenter, one quote two spans, final period kept), a
        # question after "A listener calling in from X asked:" (unnamed, mark kept)
        "After 38 years on air, Radio Tamar, a community station in Plymouth, will broadcast "
        "for the last time on December 31, its chairman, Brian Tozer, announced on Monday, "
        "blaming the loss of a council grant and rising transmitter costs.\n\n"
        "The station's longest-serving presenter, Maureen Pascoe, who has hosted the Sunday "
        "request show since 1989, broke down on air. “I've played songs at people's weddings,” "
        "she said, “and I've played them at their funerals.”\n\n"
        "A listener calling in from Saltash asked: “Who's going to tell us when the bridge is "
        "shut?”",
        [
            (
                I,
                [
                    "After 38 years on air, Radio Tamar, a community station in Plymouth, will "
                    "broadcast for the last time on December 31"
                ],
                "Brian Tozer",
            ),
            (
                D,
                [
                    "I've played songs at people's weddings",
                    "and I've played them at their funerals.",
                ],
                "Maureen Pascoe",
            ),
            (D, ["Who's going to tell us when the bridge is shut?"], "listener"),
        ],
    ),
    (  # 14 documentary award: partial after "Its director, Name, dedicated the award to",
        # "the 41-year-old told reporters that" (age epithet), a message quoted after a colon
        # whose speaker is its author, not the host who reads it out
        "The Last Printing House, a documentary about a family-run newspaper in Kharkiv that "
        "kept printing throughout the war, won best documentary at the European Screen Awards "
        "in Berlin on Saturday.\n\n"
        'Its director, Oksana Melnyk-Hart, dedicated the award to "every journalist who went to '
        'work this year not knowing if the building would still be standing". Backstage, the '
        "41-year-old told reporters that the paper's editor, Petro Shevchuk, had been unable to "
        "travel to Berlin.\n\n"
        "Shevchuk sent a short message instead, read out by the ceremony's host: \"We are still "
        "printing. See you in next week's edition.\"",
        [
            (
                P,
                [
                    "every journalist who went to work this year not knowing if the building "
                    "would still be standing"
                ],
                "Oksana Melnyk-Hart",
            ),
            (
                I,
                [
                    "the paper's editor, Petro Shevchuk, had been unable to travel to Berlin",
                ],
                "Oksana Melnyk-Hart",
            ),
            (
                D,
                ["We are still printing. See you in next week's edition."],
                "Petro Shevchuk",
            ),
        ],
    ),
    (  # 15 magazine editor resigns: "…, according to two staff members." (unnamed plural,
        # the part before), partial inside "Strand wrote that she could not" (only the
        # partial), partial inside "Name, which bought the magazine …, said in a statement
        # that it" and "thanked Strand" (noun object)
        "Helena Strand, editor of the arts monthly The Palette Review for the past 11 years, "
        "has resigned after its owners ordered the removal of a cover critical of a major "
        "advertiser, according to two staff members.\n\n"
        "In a memo to staff on Friday, Strand wrote that she could not remain in a post where "
        'editorial decisions were "made in the advertising department".\n\n'
        'Aldgate Media, which bought the magazine in 2022, said in a statement that it "fully '
        'respects editorial independence" and thanked Strand for her service. A new editor is '
        "expected to be named in January.",
        [
            (
                I,
                [
                    "Helena Strand, editor of the arts monthly The Palette Review for the past 11 "
                    "years, has resigned after its owners ordered the removal of a cover critical "
                    "of a major advertiser"
                ],
                "staff members",
            ),
            (P, ["made in the advertising department"], "Helena Strand"),
            (P, ["fully respects editorial independence"], "Aldgate Media"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout136.jsonl"),
        "heldout136",
        "h136",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
