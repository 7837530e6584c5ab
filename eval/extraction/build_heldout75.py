"""Source of the seventy-fifth held-out set: writes heldout75.jsonl (split "heldout75").

Written on 2026-12-01 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations and figures invented. The texts read like
international and diplomatic wire copy (summits, foreign ministers, UN agencies, ceasefires and
negotiations, sanctions, embassies, refugees), with datelines such as "GENÈVE (AFP) –" or
"NAIROBI —", quoting envoys, ministers, spokespeople, agencies and unnamed diplomats or witnesses.
Measured once with 0.3.0, 0.25.0 and 0.26.0 on 2026-12-02, then read
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout75.py
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
    (  # 1 ceasefire talks in Geneva: plain spaces, AFP dateline, direct with "a déclaré M. X"
        # after (surname with particle-less compound name), partial after "appelant ... à",
        # partial inside reported speech ("a affirmé que ... « … »": only the partial)
        "GENÈVE (AFP) – Les délégations du gouvernement de la Karvélie et du Front de libération "
        "du Haut-Karvel (FLHK) se sont retrouvées lundi au Palais des Nations pour un troisième "
        "cycle de pourparlers sur le cessez-le-feu, sous l'égide de l'envoyé spécial de l'ONU, le "
        "diplomate chilien Andrés Villaseñor Ruiz.\n\n"
        "« Nous ne sommes pas ici pour signer un accord de papier, mais pour que les armes se "
        "taisent enfin », a déclaré M. Villaseñor Ruiz à l'ouverture de la séance, appelant les "
        "deux camps à « faire preuve de courage ».\n\n"
        "Les combats, qui ont fait plus de 2 300 morts depuis le printemps, n'ont pas cessé "
        "pendant le week-end. Plusieurs villages de la vallée de la Sarna ont été bombardés samedi "
        "et des milliers de familles ont pris la route du sud.\n\n"
        "Le chef de la délégation gouvernementale, le vice-ministre Rustam Sadykov, a affirmé que "
        "son armée était prête à retirer ses blindés à quinze kilomètres de la ligne de front "
        "« dès la semaine prochaine », à condition que le FLHK rouvre les routes "
        "d'approvisionnement. Les représentants du mouvement armé n'ont pas souhaité s'exprimer à "
        "l'issue de cette première journée.",
        [
            (
                D,
                [
                    "Nous ne sommes pas ici pour signer un accord de papier, mais pour que les "
                    "armes se taisent enfin"
                ],
                "Andrés Villaseñor Ruiz",
            ),
            (P, ["faire preuve de courage"], "Andrés Villaseñor Ruiz"),
            (P, ["dès la semaine prochaine"], "Rustam Sadykov"),
        ],
    ),
    (  # 2 UN refugee agency in Nairobi: no-break spaces, agency as speaker of "a annoncé que",
        # direct with the role + name in apposition after, "Selon elle" (pronoun) indirect,
        # nickname of a camp in « » not speech
        "NAIROBI — L'Agence des Nations unies pour les réfugiés et les déplacés (ANURD) a annoncé "
        "mardi que plus de 38\u00a0000 personnes avaient franchi en trois semaines la frontière "
        "nord du Kenya pour fuir les combats dans la région voisine de Kodok.\n\n"
        "«\u00a0Les arrivées quotidiennes ont triplé depuis le début du mois et nos capacités "
        "d'accueil sont saturées\u00a0», a déclaré la représentante de l'agence au Kenya, Aminata "
        "Diallo-Sy, lors d'une conférence de presse à Nairobi. Selon elle, près de 60\u00a0% des "
        "nouveaux arrivants sont des enfants, dont beaucoup voyagent sans leurs parents.\n\n"
        "Le centre de transit de Lokiri, surnommé «\u00a0la Fourmilière\u00a0» par les "
        "humanitaires, accueille aujourd'hui quatre fois plus de personnes que prévu. Des tentes "
        "supplémentaires y ont été acheminées par avion lundi, et deux forages doivent être "
        "creusés d'ici à la fin du mois.\n\n"
        "Les besoins de l'agence sont évalués à 74\u00a0millions de dollars pour les six "
        "prochains mois\u00a0; à ce jour, moins d'un quart de cette somme a été réuni.",
        [
            (
                I,
                [
                    "plus de 38\u00a0000 personnes avaient franchi en trois semaines la frontière "
                    "nord du Kenya pour fuir les combats dans la région voisine de Kodok"
                ],
                "Agence des Nations unies pour les réfugiés et les déplacés",
            ),
            (
                D,
                [
                    "Les arrivées quotidiennes ont triplé depuis le début du mois et nos capacités "
                    "d'accueil sont saturées"
                ],
                "Aminata Diallo-Sy",
            ),
            (
                I,
                [
                    "près de 60\u00a0% des nouveaux arrivants sont des enfants, dont beaucoup "
                    "voyagent sans leurs parents"
                ],
                "Aminata Diallo-Sy",
            ),
        ],
    ),
    (  # 3 EU sanctions in Brussels: «» without inner spaces, direct with "s'est félicitée la
        # haute représentante ..., X" after, nickname in «» not speech, "D'après un diplomate
        # européen" (unnamed), quote split by "a-t-il expliqué" incise (one quote, two pieces,
        # final period kept)
        "BRUXELLES — Les ministres des Affaires étrangères des Vingt-Sept se sont mis d'accord "
        "lundi sur un quinzième train de sanctions contre la Valdorie, visant notamment sa flotte "
        "de pétroliers et une quarantaine de responsables de l'appareil sécuritaire.\n\n"
        "«C'est un signal clair: l'impunité a un prix», s'est félicitée la haute représentante de "
        "l'Union pour les affaires étrangères, Kristiina Laaksonen, à l'issue de la réunion.\n\n"
        "Le texte, surnommé «paquet de l'hiver» dans les couloirs du Conseil, a longtemps été "
        "bloqué par la République tchèque. Son ministre des Affaires étrangères, Radek Horálek, "
        "n'a levé son veto qu'après avoir obtenu une dérogation de dix-huit mois pour les "
        "importations de gaz liquéfié. D'après un diplomate européen, le compromis a été trouvé "
        "vers 3 heures du matin, après une nuit de tractations.\n\n"
        "«Nous ne pouvons pas nous tirer une balle dans le pied, a-t-il expliqué devant la presse, "
        "alors que nos industries paient déjà le prix fort.» Les nouvelles mesures entreront en "
        "vigueur dès leur publication au Journal officiel de l'Union, attendue jeudi.",
        [
            (D, ["C'est un signal clair: l'impunité a un prix"], "Kristiina Laaksonen"),
            (
                I,
                ["le compromis a été trouvé vers 3 heures du matin, après une nuit de tractations"],
                "diplomate européen",
            ),
            (
                D,
                [
                    "Nous ne pouvons pas nous tirer une balle dans le pied",
                    "alors que nos industries paient déjà le prix fort.",
                ],
                "Radek Horálek",
            ),
        ],
    ),
    (  # 4 regional summit in Dakar: plain spaces, "Pour le président ..., X, « … »" direct,
        # organisation (name + acronym) as speaker of a partial after "a dénoncé des sanctions",
        # partial inside reported speech, name with particle "Ag"
        "DAKAR (AFP) – Les chefs d'État de l'Union des États du Sahel et de la Côte (UESC) ont "
        "clos dimanche soir à Dakar leur sommet extraordinaire consacré à la crise au Koubara, "
        "sans parvenir à s'entendre sur la levée des sanctions imposées à ce pays après le coup "
        "d'État de mars.\n\n"
        "Pour le président en exercice de l'organisation, le chef de l'État ghanéen Kwabena "
        "Asante-Mensah, « la porte du dialogue reste ouverte, mais elle ne restera pas ouverte "
        "indéfiniment ».\n\n"
        "Les frontières terrestres du Koubara restent fermées depuis huit mois, et les prix des "
        "denrées de base ont doublé sur les marchés de la capitale.\n\n"
        "Le Conseil national pour la refondation (CNR), au pouvoir à Koubara, a dénoncé dans un "
        "communiqué des sanctions « illégales et inhumaines ». Le ministre des Affaires étrangères "
        "de la junte, Moussa Ag Intallah, a pour sa part affirmé à la télévision nationale que son "
        "pays ne céderait « à aucun chantage ».",
        [
            (
                D,
                [
                    "la porte du dialogue reste ouverte, mais elle ne restera pas ouverte "
                    "indéfiniment"
                ],
                "Kwabena Asante-Mensah",
            ),
            (P, ["illégales et inhumaines"], "Conseil national pour la refondation"),
            (P, ["à aucun chantage"], "Moussa Ag Intallah"),
        ],
    ),
    (  # 5 embassy closure: “ ” in French, spokeswoman named in apposition after the quote
        # (name with particle "Ben"), "Elle a précisé que" (pronoun) indirect, operation name
        # in “ ” not speech
        "PARIS — La France a suspendu les activités de son ambassade à Port-Matari et rapatrié "
        "l'ensemble de son personnel diplomatique, en raison de la dégradation de la situation "
        "sécuritaire dans la capitale du Sanbara.\n\n"
        "“Nous avons pris cette décision à regret, pour la sécurité de nos agents et de leurs "
        "familles”, a indiqué jeudi la porte-parole du ministère de l'Europe et des Affaires "
        "étrangères, Claire Ben Amara. Elle a précisé que les services consulaires seraient "
        "assurés à distance depuis l'ambassade de France au Vassoro voisin.\n\n"
        "L'opération d'évacuation, baptisée “Retour sûr”, a permis de ramener 312 ressortissants "
        "à bord de deux avions militaires. Environ 900 Français résident encore au Sanbara, pour "
        "la plupart des binationaux, invités à se signaler auprès du centre de crise.\n\n"
        "Des combats opposent depuis dix jours l'armée régulière à une coalition de milices pour "
        "le contrôle de l'aéroport international. Les vols commerciaux sont suspendus depuis le "
        "14 novembre, et le Sanbara était jusqu'ici considéré comme l'un des pays les plus "
        "stables de la région.",
        [
            (
                D,
                [
                    "Nous avons pris cette décision à regret, pour la sécurité de nos agents et de "
                    "leurs familles"
                ],
                "Claire Ben Amara",
            ),
            (
                I,
                [
                    "les services consulaires seraient assurés à distance depuis l'ambassade de "
                    "France au Vassoro voisin"
                ],
                "Claire Ben Amara",
            ),
        ],
    ),
    (  # 6 Security Council vote: plain spaces, direct with "a-t-il estimé" (pronoun) after,
        # partial after "a salué une résolution qui", "avait rappelé ... que" indirect
        "NEW YORK (Nations unies) — Le Conseil de sécurité de l'ONU a adopté jeudi, par treize "
        "voix pour et deux abstentions, une résolution prolongeant d'un an le mandat de la "
        "mission de stabilisation des Nations unies au Mboréa, déployée depuis 2019 dans l'est du "
        "pays.\n\n"
        "Le représentant permanent de la Fédération de Varnie, Igor Saltykov, a justifié "
        "l'abstention de son pays. « Ce texte ignore les préoccupations légitimes du gouvernement "
        "hôte », a-t-il estimé.\n\n"
        "La représentante du Brésil, Helena Cardoso Brandão, a salué au contraire une résolution "
        "qui « envoie un message de continuité aux populations civiles ».\n\n"
        "Le secrétaire général adjoint aux opérations de paix, Tomasz Wierzbicki, avait rappelé "
        "mardi devant le Conseil que la mission avait perdu onze Casques bleus depuis janvier, "
        "dont sept dans l'explosion d'engins artisanaux.\n\n"
        "La mission compte quelque 9 500 militaires et policiers, originaires pour la plupart "
        "d'Asie du Sud et d'Afrique de l'Ouest. Son budget annuel, voté séparément par "
        "l'Assemblée générale, dépasse le milliard de dollars.",
        [
            (
                D,
                ["Ce texte ignore les préoccupations légitimes du gouvernement hôte"],
                "Igor Saltykov",
            ),
            (
                P,
                ["envoie un message de continuité aux populations civiles"],
                "Helena Cardoso Brandão",
            ),
            (
                I,
                [
                    "la mission avait perdu onze Casques bleus depuis janvier, dont sept dans "
                    "l'explosion d'engins artisanaux"
                ],
                "Tomasz Wierzbicki",
            ),
        ],
    ),
    (  # 7 foreign minister's visit: plain spaces, partial after "a plaidé pour une", quote
        # split by "a-t-elle déclaré" (one quote, two pieces, final period kept), name with
        # particle "Van den", "a indiqué que" indirect
        "ALGER — En visite de deux jours en Algérie, la ministre belge des Affaires étrangères, "
        "Sophie Van den Broeck, a plaidé lundi pour une « relance ambitieuse » de la coopération "
        "énergétique entre les deux pays, au premier jour d'une tournée maghrébine.\n\n"
        "« Nous avons des intérêts communs évidents, a-t-elle déclaré devant la presse, et il "
        "serait absurde de ne pas les faire fructifier. » La Belgique importe aujourd'hui près de "
        "12 % de son gaz naturel d'Algérie, une part appelée à augmenter avec la mise en service "
        "d'un nouveau terminal méthanier à Zeebruges.\n\n"
        "Son homologue algérien, Karim Benslimane, a indiqué que les discussions porteraient aussi "
        "sur la délivrance des visas et sur la coopération universitaire. Un accord sur la "
        "reconnaissance des diplômes pourrait être signé lors de la prochaine commission mixte, "
        "prévue au printemps à Bruxelles.\n\n"
        "La ministre se rendra mercredi à Tunis, puis jeudi à Rabat, où elle inaugurera un "
        "centre culturel belge. Les échanges commerciaux entre la Belgique et le Maghreb ont "
        "progressé de 30 % en cinq ans.",
        [
            (P, ["relance ambitieuse"], "Sophie Van den Broeck"),
            (
                D,
                [
                    "Nous avons des intérêts communs évidents",
                    "et il serait absurde de ne pas les faire fructifier.",
                ],
                "Sophie Van den Broeck",
            ),
            (
                I,
                [
                    "les discussions porteraient aussi sur la délivrance des visas et sur la "
                    "coopération universitaire"
                ],
                "Karim Benslimane",
            ),
        ],
    ),
    (  # 8 truce in a besieged city: plain spaces, "Selon une source proche des négociations"
        # (unnamed), two-sentence direct with "a confié à l'AFP X, membre de ..." after, name
        # with particle "al-", unnamed witness ("une mère de famille")
        "LE CAIRE (AFP) – Une trêve de soixante-douze heures est entrée en vigueur mercredi à "
        "l'aube dans la ville assiégée de Baraqa, après dix jours de négociations indirectes "
        "menées dans la capitale égyptienne.\n\n"
        "Selon une source proche des négociations, les deux parties se sont engagées à échanger "
        "quarante prisonniers dès vendredi, sous la supervision d'observateurs neutres.\n\n"
        "« La trêve tient pour l'instant, mais elle reste extrêmement fragile. Un seul incident "
        "peut tout faire basculer », a confié à l'AFP Youssef al-Hamadi, membre de l'équipe de "
        "médiation. Une vingtaine de camions d'aide alimentaire attendaient encore mardi soir au "
        "point de passage de Wadi Sirr.\n\n"
        "Dans les rues de Baraqa, des habitants sont sortis pour la première fois depuis des "
        "semaines. « On dort enfin sans entendre les drones », témoigne une mère de famille "
        "rencontrée près du marché central, où quelques étals ont rouvert. La ville comptait près "
        "de 200 000 habitants avant le siège ; ses écoles, fermées depuis l'été, restent closes.",
        [
            (
                I,
                [
                    "les deux parties se sont engagées à échanger quarante prisonniers dès "
                    "vendredi, sous la supervision d'observateurs neutres"
                ],
                "source proche des négociations",
            ),
            (
                D,
                [
                    "La trêve tient pour l'instant, mais elle reste extrêmement fragile. Un seul "
                    "incident peut tout faire basculer"
                ],
                "Youssef al-Hamadi",
            ),
            (D, ["On dort enfin sans entendre les drones"], "mère de famille"),
        ],
    ),
    (  # 9 shipwreck in the Mediterranean: narrow no-break spaces, agency as speaker of
        # "a indiqué qu'" (span without qu'), direct with "a déploré la porte-parole ..., X"
        "ROME — Le Bureau international des migrations (BIM) a indiqué vendredi qu'au moins 41 "
        "personnes étaient portées disparues après le naufrage d'une embarcation partie des côtes "
        "libyennes, dans la nuit de jeudi à vendredi, au large de l'île de Lampione.\n\n"
        "Les garde-côtes italiens ont secouru vingt-trois survivants, pour la plupart originaires "
        "d'Érythrée et du Soudan, qui ont été conduits au port de Marinella. Deux d'entre eux, en "
        "état d'hypothermie, ont été hospitalisés.\n\n"
        "«\u202fC'est le naufrage le plus meurtrier en Méditerranée centrale depuis le début de "
        "l'année\u202f», a déploré la porte-parole du BIM à Genève, Flavia Mancuso.\n\n"
        "Plus de 1\u202f900 personnes sont mortes ou ont disparu sur cette route migratoire depuis "
        "janvier, un chiffre en hausse d'un tiers par rapport à l'an dernier.\n\n"
        "L'embarcation, un bateau de pêche en bois long d'une quinzaine de mètres, avait quitté "
        "la région de Zouara mercredi matin. Elle a chaviré à une trentaine de milles nautiques "
        "des côtes, par une mer agitée et des vents de force 6.",
        [
            (
                I,
                [
                    "au moins 41 personnes étaient portées disparues après le naufrage d'une "
                    "embarcation partie des côtes libyennes, dans la nuit de jeudi à vendredi, au "
                    "large de l'île de Lampione"
                ],
                "Bureau international des migrations",
            ),
            (
                D,
                [
                    "C'est le naufrage le plus meurtrier en Méditerranée centrale depuis le début "
                    "de l'année"
                ],
                "Flavia Mancuso",
            ),
        ],
    ),
    (  # 10 African Union summit: «» without inner spaces, summit slogan in «» not speech,
        # two-sentence direct with "a-t-il martelé" (pronoun) after, partial after "appelant
        # les États membres à"
        "ADDIS-ABEBA — Le président de la Commission de l'Union africaine, Ibrahim Tchiroma "
        "Ndiaye, a ouvert samedi le sommet annuel de l'organisation, placé cette année sous le "
        "thème «Faire taire les armes, nourrir le continent».\n\n"
        "«Quand nous sommes divisés, d'autres décident à notre place. Cela doit cesser», a-t-il "
        "martelé devant une trentaine de chefs d'État et de gouvernement, appelant les États "
        "membres à «parler d'une seule voix» dans les enceintes internationales.\n\n"
        "Les travaux doivent porter jusqu'à lundi sur le financement des opérations de paix, "
        "dont le coût a presque doublé en cinq ans, et sur la candidature du continent à deux "
        "sièges permanents au Conseil de sécurité. La crise au Koubara et la guerre dans la "
        "région des Grands Lacs figurent également à l'ordre du jour d'une session à huis clos "
        "prévue dimanche.\n\n"
        "Les dirigeants du Koubara et du Makalé, suspendus des instances de l'organisation, "
        "n'ont pas été conviés. Le sommet se tient sous haute sécurité, dans un centre de "
        "conférences inauguré l'an dernier.",
        [
            (
                D,
                ["Quand nous sommes divisés, d'autres décident à notre place. Cela doit cesser"],
                "Ibrahim Tchiroma Ndiaye",
            ),
            (P, ["parler d'une seule voix"], "Ibrahim Tchiroma Ndiaye"),
        ],
    ),
    (  # 11 expulsion of diplomats: plain spaces, ministry (unnamed organisation noun) as
        # speaker of a partial after "accuse ... d'avoir mené", direct with "a réagi le
        # porte-parole ..., X" after, "M. X n'a pas précisé" + noun (not annotated), unnamed
        # diplomat ("glisse un diplomate européen")
        "HELSINKI — La Finlande a convoqué mercredi l'ambassadeur de Valdorie, au lendemain de "
        "l'expulsion de quatre diplomates finlandais en poste à Valdor. Dans un communiqué publié "
        "mardi soir, le ministère valdorien des Affaires étrangères accuse ces diplomates d'avoir "
        "mené « des activités incompatibles avec leur statut ».\n\n"
        "« Ces accusations sont sans fondement et nous répondrons de manière proportionnée », a "
        "réagi le porte-parole de la diplomatie finlandaise, Aleksi Virtanen. M. Virtanen n'a pas "
        "précisé la nature des mesures envisagées.\n\n"
        "« On s'y attendait depuis des semaines. Valdor cherche à faire payer à Helsinki son "
        "soutien au dernier paquet de sanctions », glisse un diplomate européen en poste dans la "
        "capitale finlandaise.\n\n"
        "Il s'agit de la troisième vague d'expulsions croisées entre les deux pays depuis 2024. "
        "En avril, chacune des deux capitales avait déjà renvoyé six diplomates de l'autre, et la "
        "Valdorie a réduit de moitié les effectifs de son ambassade à Helsinki depuis l'été.",
        [
            (
                P,
                ["des activités incompatibles avec leur statut"],
                "ministère valdorien des Affaires étrangères",
            ),
            (
                D,
                ["Ces accusations sont sans fondement et nous répondrons de manière proportionnée"],
                "Aleksi Virtanen",
            ),
            (
                D,
                [
                    "On s'y attendait depuis des semaines. Valdor cherche à faire payer à Helsinki "
                    "son soutien au dernier paquet de sanctions"
                ],
                "diplomate européen",
            ),
        ],
    ),
    (  # 12 nuclear inspections in Vienna: plain spaces, "D'après le directeur général ..., X,"
        # (rest of the sentence), direct with "a-t-il averti" (pronoun) after
        "VIENNE (AFP) – Les inspecteurs de l'Agence de surveillance nucléaire des Nations unies "
        "(ASNU) n'ont toujours pas pu accéder au site d'enrichissement de Tarqan, au Zavaristan, "
        "plus de deux mois après l'attaque de drones qui l'a endommagé.\n\n"
        "D'après le directeur général de l'agence, Mikael Lindqvist, les caméras de surveillance "
        "installées sur le site sont hors service depuis le 3 octobre. « Nous perdons la "
        "continuité des connaissances, et chaque jour qui passe rend leur reconstitution plus "
        "difficile », a-t-il averti mercredi devant le conseil des gouverneurs, réuni à Vienne "
        "jusqu'à vendredi.\n\n"
        "Le Zavaristan a jusqu'ici refusé l'accès au site pour des raisons de sécurité. Les trois "
        "pays européens membres du conseil préparent un projet de résolution qui pourrait être "
        "mis aux voix dès jeudi, une perspective qui inquiète plusieurs délégations du Sud.\n\n"
        "Le site de Tarqan abrite plusieurs centaines de centrifugeuses avancées, installées pour "
        "la plupart depuis 2023. Un stock d'uranium enrichi à 60 % y était entreposé avant "
        "l'attaque.",
        [
            (
                I,
                [
                    "les caméras de surveillance installées sur le site sont hors service depuis "
                    "le 3 octobre"
                ],
                "Mikael Lindqvist",
            ),
            (
                D,
                [
                    "Nous perdons la continuité des connaissances, et chaque jour qui passe rend "
                    "leur reconstitution plus difficile"
                ],
                "Mikael Lindqvist",
            ),
        ],
    ),
    (  # 13 peace accord signed in Havana: plain spaces, direct with "a déclaré le chef de la
        # délégation ..., X" after, role alone ("Le négociateur") + partial inside reported
        # speech, nom de guerre in « » not speech
        "LA HAVANE — Le gouvernement colombien et la guérilla du Front populaire du Cauca (FPC) "
        "ont signé dimanche à La Havane un accord partiel sur le dépôt des armes, première étape "
        "d'un processus de paix entamé il y a dix-huit mois.\n\n"
        "« Aujourd'hui, nous avons fait un pas que beaucoup croyaient impossible », a déclaré le "
        "chef de la délégation gouvernementale, Álvaro Restrepo Gil, après la cérémonie. Le "
        "négociateur a toutefois reconnu que le calendrier de remise des armes, fixé à six mois, "
        "restait « très serré ».\n\n"
        "La commandante de la guérilla, María Fernanda Ospina, plus connue sous son nom de guerre "
        "de « Tania », est restée en retrait pendant la cérémonie. Quelque 2 400 combattants "
        "doivent rejoindre d'ici à mars onze zones de regroupement, placées sous la surveillance "
        "d'une mission tripartite.\n\n"
        "Le conflit entre l'État et le FPC a fait plus de 30 000 morts en quatre décennies. Le "
        "prochain cycle de négociations, consacré à la réforme agraire, doit s'ouvrir en janvier "
        "à Oslo.",
        [
            (
                D,
                ["Aujourd'hui, nous avons fait un pas que beaucoup croyaient impossible"],
                "Álvaro Restrepo Gil",
            ),
            (P, ["très serré"], "Álvaro Restrepo Gil"),
        ],
    ),
    (  # 14 finance ministers' meeting: plain spaces, "a déclaré : « … »" direct with the cue
        # before (final period kept), partial after "a dénoncé « l'égoïsme »", "Selon la
        # présidence sud-africaine" (unnamed body)
        "JOHANNESBURG — Les ministres des Finances du groupe des Quinze, réunis jeudi et vendredi "
        "à Johannesburg, se sont séparés sans parvenir à adopter de communiqué commun sur la "
        "restructuration de la dette des pays les plus pauvres.\n\n"
        "Une trentaine de pays à faible revenu consacrent aujourd'hui plus d'un quart de leurs "
        "recettes publiques au service de la dette, un niveau inédit depuis les années 1990. "
        "Plusieurs d'entre eux, dont le Makalé et la Maransie, ont fait défaut depuis 2022.\n\n"
        "Le ministre indien des Finances, Vikram Raghunathan, a déclaré : « Le monde en "
        "développement ne peut plus attendre que les créanciers se mettent d'accord entre "
        "eux. »\n\n"
        "Son homologue sud-africaine, Nomvula Dlamini-Khumalo, qui présidait la réunion, a dénoncé "
        "« l'égoïsme » de certains pays créanciers, sans les nommer.\n\n"
        "Selon la présidence sud-africaine, une nouvelle réunion se tiendra en février à Nairobi, "
        "en marge des assemblées de printemps de la banque régionale de développement. Les "
        "principaux créanciers bilatéraux du continent n'avaient envoyé à Johannesburg que des "
        "délégations de rang inférieur.",
        [
            (
                D,
                [
                    "Le monde en développement ne peut plus attendre que les créanciers se mettent "
                    "d'accord entre eux."
                ],
                "Vikram Raghunathan",
            ),
            (P, ["l'égoïsme"], "Nomvula Dlamini-Khumalo"),
            (
                I,
                [
                    "une nouvelle réunion se tiendra en février à Nairobi, en marge des assemblées "
                    "de printemps de la banque régionale de développement"
                ],
                "présidence sud-africaine",
            ),
        ],
    ),
    (  # 15 food rations cut in refugee camps: plain spaces, two-sentence direct with "a
        # déclaré le directeur régional du programme, X" after, "s'inquiète : « … »" direct
        # with the cue before (final period kept)
        "DACCA — Le Programme alimentaire des Nations unies (PANU) va réduire d'un tiers, à "
        "partir du 1er décembre, les rations distribuées aux 900 000 réfugiés kamaris installés "
        "dans les camps du sud du Bangladesh, faute de financements suffisants.\n\n"
        "« Nous sommes contraints de choisir entre nourrir moins de gens ou nourrir moins bien tout "
        "le monde. Aucune de ces options n'est acceptable », a déclaré le directeur régional du "
        "programme, Rajiv Menon-Abraham.\n\n"
        "Dans le camp numéro 7, Nur Begum, mère de cinq enfants, s'inquiète : « Déjà aujourd'hui, "
        "le riz ne dure pas jusqu'à la fin du mois. »\n\n"
        "Les besoins du programme pour 2027 sont estimés à 310 millions de dollars, dont à peine "
        "40 % sont couverts à ce jour. Plusieurs donateurs européens ont réduit leur contribution "
        "cette année. Les camps, qui s'étendent sur plus de 2 000 hectares à quelques kilomètres "
        "de la frontière, n'offrent presque aucune possibilité de travail aux réfugiés.",
        [
            (
                D,
                [
                    "Nous sommes contraints de choisir entre nourrir moins de gens ou nourrir "
                    "moins bien tout le monde. Aucune de ces options n'est acceptable"
                ],
                "Rajiv Menon-Abraham",
            ),
            (
                D,
                ["Déjà aujourd'hui, le riz ne dure pas jusqu'à la fin du mois."],
                "Nur Begum",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 humanitarian-corridor talks in Geneva: curly quotes and apostrophes, quote split by
        # "the UN deputy envoy, X, told reporters" (one quote, two pieces), "She said" indirect
        # (pronoun), "Aid agencies say" (unnamed group) indirect
        "GENEVA — Talks on reopening humanitarian corridors into the besieged northern province "
        "of Tessaly ended on Thursday without agreement, after three days of closed-door meetings "
        "hosted by Switzerland’s foreign ministry.\n\n"
        "“We have narrowed the gaps,” the UN deputy envoy, Mariam Okafor-Lindström, told "
        "reporters outside the Palais Wilson, “but narrowing is not closing.” She said a fourth "
        "round could take place before the end of December if both delegations received new "
        "instructions from their capitals.\n\n"
        "Aid agencies say more than 400,000 people in the province have had no regular food "
        "deliveries since August. The last convoy to reach the provincial capital, Vardan, was "
        "turned back at a checkpoint on Nov. 2, and the province’s only functioning hospital is "
        "running on generators. Winter temperatures in the mountain districts regularly fall below "
        "minus 10 degrees Celsius.\n\n"
        "The conflict between the central government and the Tessaly Autonomy Movement has "
        "killed more than 6,000 people since it began in 2023.",
        [
            (
                D,
                ["We have narrowed the gaps", "but narrowing is not closing."],
                "Mariam Okafor-Lindström",
            ),
            (
                I,
                [
                    "a fourth round could take place before the end of December if both "
                    "delegations received new instructions from their capitals"
                ],
                "Mariam Okafor-Lindström",
            ),
            (
                I,
                [
                    "more than 400,000 people in the province have had no regular food deliveries "
                    "since August"
                ],
                "aid agencies",
            ),
        ],
    ),
    (  # 2 drought report in Nairobi: straight quotes, "..., according to X." (the part
        # before), "Its regional director, X, said" indirect, direct with "X said in an
        # interview" after (surname)
        "NAIROBI — Nearly 1.2 million people in northern Kenya and southern Ethiopia face acute "
        "food shortages after a fourth consecutive failed rainy season, according to the Horn of "
        "Africa Food Security Network.\n\n"
        "The UN Emergency Relief Office has launched an appeal for the region, but donors have "
        "been slow to respond. Its regional director, Samuel Kiprotich Langat, said the agency had "
        "so far received only 18 percent of the $640 million it requested in June.\n\n"
        '"We are watching a slow-motion disaster, and the world is looking the other way," '
        "Langat said in an interview.\n\n"
        "In parts of Marsabit county, herders have lost more than two-thirds of their cattle and "
        "goats since the spring. Water trucking, once an emergency measure, has become the only "
        "source of drinking water for dozens of villages. Pastoralist communities, who move with "
        "their herds in search of pasture, have been hit hardest, and school attendance has "
        "fallen sharply as families migrate.",
        [
            (
                I,
                [
                    "Nearly 1.2 million people in northern Kenya and southern Ethiopia face acute "
                    "food shortages after a fourth consecutive failed rainy season"
                ],
                "Horn of Africa Food Security Network",
            ),
            (
                I,
                [
                    "the agency had so far received only 18 percent of the $640 million it "
                    "requested in June"
                ],
                "Samuel Kiprotich Langat",
            ),
            (
                D,
                ["We are watching a slow-motion disaster, and the world is looking the other way"],
                "Samuel Kiprotich Langat",
            ),
        ],
    ),
    (  # 3 Security Council veto: straight quotes, partial inside reported speech ("said the
        # draft was "…"": only the partial), two direct quotes in the full-stop form ("A," his
        # spokesman, X, told reporters. "B.") both X's, role alone ("The spokesman added that")
        "UNITED NATIONS — The Security Council on Wednesday failed to adopt a resolution calling "
        "for an immediate ceasefire in the Ostravan border region, after Varnia cast its veto, "
        "the fourth on the issue this year. Thirteen members voted in favor and one abstained.\n\n"
        "The draft, put forward by Ireland and Ghana, would have required all forces to pull back "
        "ten kilometres from the border and opened the region to international monitors. It had "
        "been amended twice in an attempt to win over Varnia.\n\n"
        'Varnia\'s ambassador, Dmitri Orlovsky, said the draft was "one-sided and dangerous" '
        "because it ignored attacks by armed groups on government forces.\n\n"
        '"The Secretary-General is deeply disappointed," his spokesman, Luis Ortega-Whitfield, '
        'told reporters. "Every day without a ceasefire is measured in civilian lives."\n\n'
        "The spokesman added that humanitarian flights into the region would resume on Friday "
        "after a two-week suspension. More than 300,000 people have fled the fighting in the "
        "border region since the spring, most of them to camps on the Ostravan side.",
        [
            (P, ["one-sided and dangerous"], "Dmitri Orlovsky"),
            (D, ["The Secretary-General is deeply disappointed"], "Luis Ortega-Whitfield"),
            (
                D,
                ["Every day without a ceasefire is measured in civilian lives."],
                "Luis Ortega-Whitfield",
            ),
            (
                I,
                [
                    "humanitarian flights into the region would resume on Friday after a two-week "
                    "suspension"
                ],
                "Luis Ortega-Whitfield",
            ),
        ],
    ),
    (  # 4 sanctions on a shadow fleet: straight quotes, clause before "the Foreign Office said
        # in a statement" (organisation), partial inside reported speech with the final period
        # inside the marks ("the ministry said were "…."")
        "LONDON — Britain on Monday imposed sanctions on 14 individuals and three shipping "
        "companies accused of helping Valdoria evade an oil embargo, the Foreign Office said in a "
        "statement.\n\n"
        'The measures target a fleet of ageing tankers that the ministry said were "operating '
        'outside every rule of maritime safety." Several of the vessels have been spotted '
        "switching off their transponders in the English Channel and the North Sea.\n\n"
        "The designations freeze any assets the individuals and companies hold in Britain and "
        "bar British insurers from covering their ships. It is the sixth round of measures "
        "against Valdoria's oil trade since the embargo took effect in February, bringing the "
        "number of listed vessels to more than 120.\n\n"
        "Valdoria's seaborne oil exports have fallen by about a quarter since the embargo began, "
        "although more than a million barrels a day still leave its ports, mostly on ageing "
        "tankers with opaque ownership. Many of them fly the flags of small island states.",
        [
            (
                I,
                [
                    "Britain on Monday imposed sanctions on 14 individuals and three shipping "
                    "companies accused of helping Valdoria evade an oil embargo"
                ],
                "Foreign Office",
            ),
            (P, ["operating outside every rule of maritime safety."], "Foreign Office"),
        ],
    ),
    (  # 5 embassy closure: straight quotes, "Foreign Minister X announced ... that" indirect
        # (title before the name, particle "van der"), two-sentence direct with "Van der Linde
        # told parliament" after (surname), partial after "called the decision" (names with
        # "bin" and "al-")
        "THE HAGUE — Foreign Minister Pieter van der Linde announced on Monday that the "
        "Netherlands would temporarily close its embassy in Qasr al-Nur and evacuate its remaining "
        "staff after a rocket struck a building two streets away on Sunday night.\n\n"
        '"The safety of our people comes first. We will return as soon as conditions allow," '
        "Van der Linde told parliament. Around 60 Dutch nationals are still registered with the "
        "embassy, most of them aid workers and dual citizens.\n\n"
        "The host country's foreign ministry spokesman, Khalid bin Saeed al-Harthi, called the "
        'decision "premature" in a post on social media.\n\n'
        "Germany and Belgium closed their missions in the city last month. Consular services for "
        "Dutch citizens will be handled from the embassy in neighbouring Jordan. The rocket "
        "attack on Sunday, the third on the city's diplomatic quarter this month, caused no "
        "casualties but shattered windows across several blocks. The origin of the rocket remains "
        "unclear.",
        [
            (
                I,
                [
                    "the Netherlands would temporarily close its embassy in Qasr al-Nur and "
                    "evacuate its remaining staff after a rocket struck a building two streets "
                    "away on Sunday night"
                ],
                "Pieter van der Linde",
            ),
            (
                D,
                [
                    "The safety of our people comes first. We will return as soon as conditions allow"
                ],
                "Pieter van der Linde",
            ),
            (P, ["premature"], "Khalid bin Saeed al-Harthi"),
        ],
    ),
    (  # 6 ceasefire extension: straight quotes, "told reporters that" indirect, direct with
        # "Sekgoma said" after (surname), unnamed spokesman speaking for the group + partial
        # inside reported speech (only the partial)
        "ADDIS ABABA — Government and rebel negotiators agreed on Saturday to extend a ceasefire "
        "in the Kebero highlands by 30 days, after a week of talks in the Ethiopian capital.\n\n"
        "The African Union's chief mediator, former Botswanan president Tebogo Sekgoma, told "
        "reporters that both sides had also agreed to let aid convoys through three checkpoints "
        "on the main road north.\n\n"
        '"This is not yet peace, but it is the closest we have come in two years," Sekgoma '
        "said.\n\n"
        "A spokesman for the Kebero People's Liberation Front said the group would hold the "
        'government "fully responsible" for any violation of the truce. Fighting in the '
        "highlands has displaced an estimated 700,000 people since the conflict began in 2024. "
        "Tens of thousands of them live in makeshift camps around the town of Debre Kebero.\n\n"
        "The ceasefire, first agreed in October, has largely held despite sporadic clashes along "
        "the Wolde river valley. Aid deliveries to the area resumed in November.",
        [
            (
                I,
                [
                    "both sides had also agreed to let aid convoys through three checkpoints on "
                    "the main road north"
                ],
                "Tebogo Sekgoma",
            ),
            (
                D,
                ["This is not yet peace, but it is the closest we have come in two years"],
                "Tebogo Sekgoma",
            ),
            (P, ["fully responsible"], "Kebero People's Liberation Front"),
        ],
    ),
    (  # 7 regional ministers' meeting: straight quotes, "acknowledged that" indirect (title
        # before a Malay name with "binti"), two direct quotes in the full-stop form with
        # "Ms. X said" (title + given names) both hers
        "SINGAPORE — Foreign ministers of the Association of Pacific Rim Nations wrapped up two "
        "days of talks on Friday with a joint statement on maritime safety, but without the code "
        "of conduct on fishing that several members had hoped to sign.\n\n"
        "Malaysian Foreign Minister Nurul Aisyah binti Rahman acknowledged that differences "
        "remained over fishing rights around the disputed Corvina Shoal.\n\n"
        '"Nobody expected a breakthrough this week," Ms. Nurul Aisyah said. "What matters is '
        'that everyone stayed at the table."\n\n'
        "The shoal, a rich fishing ground, has been the scene of repeated confrontations between "
        "coast guard vessels and trawlers from at least four countries. The ministers will meet "
        "again in Manila in April.\n\n"
        "The association, founded in 1998, brings together eleven countries bordering the "
        "Pacific, from Chile to the Philippines. Its decisions require unanimity, which has slowed "
        "progress on sensitive issues such as fishing quotas and undersea cables. The next "
        "summit is scheduled for 2027 in Lima.",
        [
            (
                I,
                ["differences remained over fishing rights around the disputed Corvina Shoal"],
                "Nurul Aisyah binti Rahman",
            ),
            (D, ["Nobody expected a breakthrough this week"], "Nurul Aisyah binti Rahman"),
            (
                D,
                ["What matters is that everyone stayed at the table."],
                "Nurul Aisyah binti Rahman",
            ),
        ],
    ),
    (  # 8 rescue at sea: curly quotes, direct with "said one survivor" after (unnamed),
        # "A fisherman who joined the rescue, X, said" indirect
        "ATHENS — Greek coast guard vessels rescued 86 people from a sinking fishing boat south "
        "of the island of Gavdos early on Tuesday, and at least nine bodies were recovered from "
        "the sea. The boat had left the port of Tobruk two days earlier with more than 100 people "
        "on board, most of them from Egypt, Syria and Bangladesh. Helicopters and merchant ships "
        "joined the search, which continued into the night.\n\n"
        "“The engine died and the water came in very fast,” said one survivor, speaking at a "
        "reception centre in Chania where the rescued were taken.\n\n"
        "A fisherman who joined the rescue, Manolis Stavrakakis, said many of the passengers had "
        "no life jackets and several children were pulled from the water unconscious.\n\n"
        "Arrivals on Crete from eastern Libya have risen sharply this year, with more than 9,000 "
        "people landing on the island’s southern coast since January, nearly three times as many "
        "as in the same period last year.",
        [
            (D, ["The engine died and the water came in very fast"], "survivor"),
            (
                I,
                [
                    "many of the passengers had no life jackets and several children were pulled "
                    "from the water unconscious"
                ],
                "Manolis Stavrakakis",
            ),
        ],
    ),
    (  # 9 prisoner exchange: straight quotes, direct with "Dr. X said" after (title +
        # surname), "According to the X, …" (rest of the sentence), "Her brother, X, told
        # reporters ... that" indirect
        "MUSCAT — Five foreign nationals detained in Zavaristan were flown to Oman on Sunday in "
        "an exchange that also freed three Zavaristani citizens held in Europe. The swap was "
        "carried out on the tarmac at Muscat airport, where two aircraft landed within twenty "
        "minutes of each other.\n\n"
        "Among the five was Helen Achterberg, a Dutch-German epidemiologist held for 19 months on "
        'espionage charges. "I never lost hope, but there were days when it was very hard," Dr. '
        "Achterberg said on arrival at Muscat airport.\n\n"
        "According to the Omani Foreign Ministry, the exchange followed eleven months of indirect "
        "talks between the governments concerned.\n\n"
        "Her brother, Jonas Achterberg, told reporters in Amsterdam that the family had learned of "
        "her release only an hour before the plane took off.\n\n"
        "Achterberg, 52, had been arrested at a roadblock while working on a measles vaccination "
        "campaign in the south of the country. Her trial, held behind closed doors, lasted less "
        "than a day.",
        [
            (
                D,
                ["I never lost hope, but there were days when it was very hard"],
                "Helen Achterberg",
            ),
            (
                I,
                [
                    "the exchange followed eleven months of indirect talks between the governments "
                    "concerned"
                ],
                "Omani Foreign Ministry",
            ),
            (
                I,
                ["the family had learned of her release only an hour before the plane took off"],
                "Jonas Achterberg",
            ),
        ],
    ),
    (  # 10 Mekong summit: straight quotes, partial after "called the agreement" with the final
        # period inside the marks, "was more cautious: "…"" direct with the cue before
        "HANOI — Leaders of the Mekong Cooperation Forum ended their summit in Hanoi on Wednesday "
        "by pledging to share real-time data on dam releases, after a year of record floods and "
        "droughts downstream.\n\n"
        'The host, Vietnamese Prime Minister Tran Van Khoa, called the agreement "a turning point '
        'for the river and the 70 million people who depend on it."\n\n'
        'Thai Foreign Minister Somchai Rattanapong was more cautious: "Data is only useful if '
        'someone acts on it."\n\n'
        "The agreement creates a joint monitoring centre in Vientiane, due to open in 2028, and "
        "sets a 48-hour notice period before any major release of water from the upstream "
        "reservoirs.\n\n"
        "Fish catches in the lower Mekong have fallen by more than a third in a decade, and salt "
        "water now reaches up to 90 kilometres inland in the delta during the dry season. More "
        "than a dozen large dams have been built on the river's main stem since 2010.",
        [
            (
                P,
                ["a turning point for the river and the 70 million people who depend on it."],
                "Tran Van Khoa",
            ),
            (D, ["Data is only useful if someone acts on it."], "Somchai Rattanapong"),
        ],
    ),
    (  # 11 sanctions on a shipping firm: straight quotes, organisation as speaker of a partial
        # inside reported speech, direct with "the company said" after (company name),
        # unnamed official ("A senior Treasury official ... said")
        "WASHINGTON — The United States on Thursday added Kestrel Freight Lines, a shipping "
        "company registered in Cyprus, to its sanctions list for moving Valdorian crude in breach "
        "of an international price cap.\n\n"
        "The Office of Sanctions Compliance, part of the Treasury Department, said the company had "
        'used "deceptive practices", including switching off ship transponders, to hide at least '
        "40 cargoes since March.\n\n"
        'Kestrel Freight Lines rejected the accusations. "We have always complied with every '
        'applicable sanctions regime and will challenge this designation," the company said in '
        "an emailed statement.\n\n"
        "The firm operates about 30 tankers, most of them more than 15 years old, from an office "
        "building in Limassol shared with dozens of other companies. The designation bars U.S. "
        "banks and businesses from dealing with it, and its ships could be seized in U.S. ports.\n\n"
        "A senior Treasury official, speaking on condition of anonymity, said more designations "
        "would follow in the coming weeks.",
        [
            (P, ["deceptive practices"], "Office of Sanctions Compliance"),
            (
                D,
                [
                    "We have always complied with every applicable sanctions regime and will "
                    "challenge this designation"
                ],
                "Kestrel Freight Lines",
            ),
            (
                I,
                ["more designations would follow in the coming weeks"],
                "senior Treasury official",
            ),
        ],
    ),
    (  # 12 climate-fund talks in Bonn: curly quotes and apostrophes, a quote continued over two
        # paragraphs (one quote, one piece per paragraph) with "said X, the lead negotiator
        # ..." after, unnamed negotiator + partial inside reported speech, partial after
        # "urged delegates to"
        "BONN — Talks on a new fund for countries hit by climate disasters stalled on Wednesday, "
        "amid growing anger among developing nations over pledges made last year that have yet "
        "to be honoured.\n\n"
        "“We came to Bonn in good faith, expecting to discuss how the money would flow. Instead, "
        "we’re being asked whether it should flow at all.\n\n"
        "“That is not negotiation. That is delay by other means,” said Losaline Fifita, the lead "
        "negotiator for a group of 39 small island states.\n\n"
        "A European Union negotiator, who spoke on condition of anonymity, said the bloc remained "
        "committed to the fund but wanted “clear rules” on which countries would be eligible.\n\n"
        "The UN climate body’s executive secretary, Ana Paula Moreira, urged delegates to “find "
        "the landing zone” before the session closes on Friday.\n\n"
        "The fund was created two years ago, but only $700 million of the promised $4 billion has "
        "so far been deposited, and no country has yet received any money from it.",
        [
            (
                D,
                [
                    "We came to Bonn in good faith, expecting to discuss how the money would flow. "
                    "Instead, we’re being asked whether it should flow at all.",
                    "That is not negotiation. That is delay by other means",
                ],
                "Losaline Fifita",
            ),
            (P, ["clear rules"], "European Union negotiator"),
            (P, ["find the landing zone"], "Ana Paula Moreira"),
        ],
    ),
    (  # 13 first direct talks in Istanbul: clause before "officials said" (unnamed plural),
        # "…, according to a senior Turkish diplomat." (the part before)
        "ISTANBUL — Delegations from Varnia and Ostrava met in Istanbul on Monday for their first "
        "direct talks since a border war erupted in May, with a grain shipping corridor across "
        "the Black Sea at the top of the agenda.\n\n"
        "The meeting lasted less than three hours, officials said. Neither delegation appeared "
        "before the press afterwards.\n\n"
        "The two sides agreed to set up a joint technical committee that will meet again in two "
        "weeks, according to a senior Turkish diplomat.\n\n"
        "Before the war, the two countries together shipped around a fifth of the region's wheat "
        "exports. Since May, dozens of bulk carriers have been stuck in Ostravan ports, and wheat "
        "prices in several importing countries of North Africa have risen by a third. Shipping "
        "insurers have tripled premiums for vessels sailing to the region, and the technical "
        "committee is expected to meet at a naval base near the Bosphorus. Grain loading at the "
        "main terminals has fallen to a trickle.",
        [
            (I, ["The meeting lasted less than three hours"], "officials"),
            (
                I,
                [
                    "The two sides agreed to set up a joint technical committee that will meet "
                    "again in two weeks"
                ],
                "senior Turkish diplomat",
            ),
        ],
    ),
    (  # 14 refugee return agreement: straight quotes, "Ndora's minister for refugees, X, said"
        # indirect, two-sentence direct with "she said" after (pronoun), NGO director
        # introduced without speech, then direct with "Mr. X said" (title + surname)
        "KAMPALA — Uganda and the Republic of Ndora signed an agreement on Friday setting out "
        "terms for the voluntary return of some 200,000 Ndoran refugees, although security in "
        "many return areas remains fragile.\n\n"
        "Most of the refugees fled Ndora during the civil war of 2019 to 2022 and have lived since "
        "then in settlements in western and northern Uganda, where they received plots of land "
        "to farm.\n\n"
        "Ndora's minister for refugees, Esther Nabwire Okello, said the first returnees would be "
        'taken by bus from the Kiryandongo settlement in January. "No one will be forced onto '
        'those buses. This is about giving people a choice," she said.\n\n'
        "Tomas Haugland, the country director of the aid group Nordic Refugee Relief, has visited "
        "the main return areas twice this year. Many villages there have no functioning school or "
        "clinic.\n\n"
        '"We are not against return. We are against return into a vacuum," Mr. Haugland said.',
        [
            (
                I,
                [
                    "the first returnees would be taken by bus from the Kiryandongo settlement in "
                    "January"
                ],
                "Esther Nabwire Okello",
            ),
            (
                D,
                ["No one will be forced onto those buses. This is about giving people a choice"],
                "Esther Nabwire Okello",
            ),
            (
                D,
                ["We are not against return. We are against return into a vacuum"],
                "Tomas Haugland",
            ),
        ],
    ),
    (  # 15 search-and-rescue conference: straight quotes, TV programme title and operation
        # name in quotes not speech, partial inside reported speech with the final period inside
        # the marks, direct with "said X, the wife of ..." after
        "MANILA — The Philippines will host a regional conference on maritime search and rescue "
        "in March, days after a collision between a fishing boat and a coast guard vessel near "
        "Tamban Reef left three fishermen missing.\n\n"
        "The collision happened before dawn on Tuesday, about 40 nautical miles off the coast of "
        "Zambales province. The fishing boat, a wooden outrigger with a crew of eleven, broke in "
        "two; eight men were rescued by other boats nearby.\n\n"
        'Speaking on the weekly public affairs programme "Straight Talk Sunday", Foreign '
        'Secretary Ramon Dizon-Aquino said the meeting would be open to "every country whose '
        'boats fish these waters, without exception."\n\n'
        'The search for the three missing men, conducted under the name "Operation Bayanihan '
        'Sea", was suspended on Saturday after six days.\n\n'
        '"We will not stop hoping," said Lorna Cabrera, the wife of one of the missing men, '
        "outside the coast guard station in Masinloc. Her husband, Eduardo, had fished in those "
        "waters for more than twenty years.",
        [
            (
                P,
                ["every country whose boats fish these waters, without exception."],
                "Ramon Dizon-Aquino",
            ),
            (D, ["We will not stop hoping"], "Lorna Cabrera"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout75.jsonl"),
        "heldout75",
        "h75",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
