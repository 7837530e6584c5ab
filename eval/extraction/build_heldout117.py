"""Source of the 117th held-out set: writes heldout117.jsonl (split "heldout117").

Written on 2026-12-03 by a helper who had not read the extraction code, as a fresh unseen set.
Same format and rules as GUIDE.md; names, organisations, places and figures invented. The texts
read like international affairs and conflict news: ceasefires and truces, peace talks in
Geneva, Addis-Abeba, Doha and Havana, sanctions packages, regional and continental summits,
border clashes, hostage releases, prisoner exchanges, refugee flows, UN Security Council votes
and briefings, military bases handed over, drone strikes, diplomats expelled or recalled, with
foreign ministers, spokespeople of ministries and armed forces, ambassadors, UN envoys, militia
and rebel leaders, NGOs, witnesses and refugees quoted, and capitals or governments speaking as
organisations ("Moscou", "Alger", "Washington", "le Quai d'Orsay", "Vilnius", "Minsk",
"Bishkek", "Dushanbe"); names with particles (el-, al-, ben, bin, de, van, van der, de la) are
later shortened ("M. Haddad", "al-Rashid", "Khoury", "Obeidi", "De la Torre", "Tarhouni");
speakers are referred back to by pronoun, role or epithet ("le diplomate", "l'élue bretonne",
"the Senegalese diplomat", "the 61-year-old"), and some statements are sourced with "selon X",
"d'après X" or "according to X". One French text (a dialogue-dash hearing) and one French text
with no quote at all.
Measured once with 0.3.0, 0.34.0 and 0.35.0 on 2026-12-03, unread when measured
(docs/EXTRACTION.md, "Fresh held-out sets").
Run from the repository root:
    .venv/bin/python eval/extraction/build_heldout117.py
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
    (  # 1 ceasefire brokered by a UN envoy: direct + "a déclaré M. Surname", "Le diplomate a
        # précisé que" (role referring back), "Le chef militaire … n'a pas fait de déclaration"
        # (not speech), "Selon le Comité …," (rest of the sentence)
        "Un cessez-le-feu de soixante-douze heures est entré en vigueur dimanche à minuit dans "
        "la région du Haut-Sélan, où l'armée régulière et les rebelles du Front uni du Nord (FUN) "
        "s'affrontent depuis le printemps. La trêve a été négociée à Genève sous l'égide de "
        "l'envoyé spécial de l'ONU, le Norvégien Erik Solbakken-Haug.\n\n"
        "«\u00a0C'est une fenêtre étroite, mais c'est une fenêtre\u00a0», a déclaré "
        "M.\u00a0Solbakken-Haug lundi matin devant la presse. Le diplomate a précisé que des "
        "observateurs seraient déployés dans les prochains jours le long de la ligne de front.\n\n"
        "Le chef militaire du FUN, Moussa Ag Intallah, n'a pas fait de déclaration publique. "
        "Selon le Comité international d'aide aux civils, au moins 40\u00a0000 personnes ont fui "
        "les combats depuis le mois d'août.",
        [
            (D, ["C'est une fenêtre étroite, mais c'est une fenêtre"], "Erik Solbakken-Haug"),
            (
                I,
                [
                    "des observateurs seraient déployés dans les prochains jours le long de la "
                    "ligne de front"
                ],
                "Erik Solbakken-Haug",
            ),
            (
                I,
                ["au moins 40\u00a0000 personnes ont fui les combats depuis le mois d'août"],
                "Comité international d'aide aux civils",
            ),
        ],
    ),
    (  # 2 peace talks in Addis-Abeba: partial after "s'est dit" by "Name el-Haddad", a quote
        # split by "a prévenu M. Haddad," (particle dropped in the short form; one quote two
        # spans, final period kept), direct after "a posé ses conditions :" by "le commandant
        # Name ben Youssef" (role dropped)
        "Les pourparlers de paix entre le gouvernement et la coalition rebelle de l'Alliance du "
        "Sud ont repris mardi à Addis-Abeba, après trois semaines de suspension. Le chef de la "
        "délégation gouvernementale, Nabil el-Haddad, s'est dit «\u00a0prudemment "
        "optimiste\u00a0» à son arrivée au siège de l'Union africaine.\n\n"
        "«\u00a0Nous ne sommes pas venus pour signer n'importe quoi, a prévenu M.\u00a0Haddad, "
        "mais nous sommes bien venus pour signer.\u00a0»\n\n"
        "En face, le commandant Ibrahim ben Youssef, un ancien officier de l'armée régulière "
        "passé à la rébellion en 2021, a posé ses conditions\u00a0: «\u00a0Le retrait des "
        "troupes d'abord. Les élections ensuite.\u00a0»\n\n"
        "Les discussions doivent durer au moins dix jours, dans un hôtel de la capitale "
        "éthiopienne placé sous haute protection.",
        [
            (P, ["prudemment optimiste"], "Nabil el-Haddad"),
            (
                D,
                [
                    "Nous ne sommes pas venus pour signer n'importe quoi",
                    "mais nous sommes bien venus pour signer.",
                ],
                "Nabil el-Haddad",
            ),
            (
                D,
                ["Le retrait des troupes d'abord. Les élections ensuite."],
                "Ibrahim ben Youssef",
            ),
        ],
    ),
    (  # 3 EU sanctions package: "a défendu des mesures" (noun object, not annotated), partial
        # after "Moscou a aussitôt dénoncé des sanctions" (the capital speaking for the
        # government), two-sentence direct + "a estimé la porte-parole …, Name", "Selon
        # l'Institut Name, un centre …," (rest of the sentence after the apposition)
        "Les Vingt-Sept ont adopté lundi un nouveau train de sanctions visant une quarantaine "
        "d'entreprises accusées de fournir à la Russie des composants de drones. Le haut "
        "représentant de l'Union pour les affaires étrangères, Tomas Verhoeven, a défendu des "
        "mesures qui visent d'abord les intermédiaires installés dans des pays tiers.\n\n"
        "Moscou a aussitôt dénoncé des sanctions «\u00a0illégales\u00a0» et promis une "
        "riposte.\n\n"
        "«\u00a0Ces sanctions ne changeront rien sur le terrain. Elles pénaliseront d'abord les "
        "consommateurs européens\u00a0», a estimé la porte-parole de la diplomatie russe, Irina "
        "Zolotova, lors de son point de presse hebdomadaire.\n\n"
        "Selon l'Institut Aurore pour la sécurité, un centre de recherche basé à Bruxelles, "
        "l'Union a désormais sanctionné plus de 2\u00a0300 personnes et entités depuis 2022.",
        [
            (P, ["illégales"], "Moscou"),
            (
                D,
                [
                    "Ces sanctions ne changeront rien sur le terrain. Elles pénaliseront d'abord "
                    "les consommateurs européens"
                ],
                "Irina Zolotova",
            ),
            (
                I,
                [
                    "l'Union a désormais sanctionné plus de 2\u00a0300 personnes et entités depuis 2022"
                ],
                "Institut Aurore pour la sécurité",
            ),
        ],
    ),
    (  # 4 hostages freed, straight quotes: partial inside "Le Quai d'Orsay a indiqué que"
        # (metonym speaking as an organisation, only the partial), direct + "leur a dit M. de
        # Surname", two-sentence direct + "a-t-elle confié" (pronoun for "L'une d'eux, Name,
        # 34 ans,"), "a remercié les autorités" (noun object, not annotated)
        "Trois travailleurs humanitaires français, enlevés en juin dans la région du lac Tchad, "
        "sont arrivés dimanche matin à l'aéroport de Villacoublay, au lendemain de leur "
        "libération. Le Quai d'Orsay a indiqué que celle-ci avait été obtenue \"sans "
        'contrepartie".\n\n'
        "Accueillis sur le tarmac par le ministre des Affaires étrangères, Laurent de "
        'Montferrand, les trois ex-otages sont apparus fatigués mais souriants. "Nous avons '
        'pensé à vous chaque jour", leur a dit M. de Montferrand.\n\n'
        "L'une d'eux, Claire Benassi, 34 ans, a été déplacée une dizaine de fois pendant sa "
        'captivité. "On ne savait jamais si on allait se réveiller le lendemain. Le plus dur, '
        "c'était le silence\", a-t-elle confié.\n\n"
        "Leur employeur, l'ONG Action Santé Sahel, a remercié les autorités françaises et les "
        "médiateurs locaux.",
        [
            (P, ["sans contrepartie"], "Quai d'Orsay"),
            (D, ["Nous avons pensé à vous chaque jour"], "Laurent de Montferrand"),
            (
                D,
                [
                    "On ne savait jamais si on allait se réveiller le lendemain. Le plus dur, "
                    "c'était le silence"
                ],
                "Claire Benassi",
            ),
        ],
    ),
    (  # 5 UN Security Council renews a peacekeeping mandate: direct + "a plaidé l'ambassadrice
        # …, Name, dont …", partial inside "a jugé que la mission avait" (only the partial),
        # "D'après lui," (pronoun, rest of the sentence), "n'a pas réagi" (not speech)
        "Le Conseil de sécurité des Nations unies a adopté jeudi, par treize voix pour et deux "
        "abstentions, une résolution prolongeant d'un an le mandat de la Mission des Nations "
        "unies pour la stabilisation du Haut-Lomami (Minuhal).\n\n"
        "«\u00a0Retirer les Casques bleus aujourd'hui, ce serait abandonner des centaines de "
        "milliers de civils aux groupes armés\u00a0», a plaidé l'ambassadrice de France auprès de "
        "l'ONU, Agnès Ferrand-Lacoste, dont le pays portait le texte.\n\n"
        "Le représentant russe, Oleg Varlamov, qui s'est abstenu, a jugé que la mission avait "
        "«\u00a0échoué à remplir son mandat\u00a0». D'après lui, ses effectifs devraient être "
        "réduits de moitié d'ici à la fin de l'année prochaine.\n\n"
        "Le gouvernement de transition, qui réclame depuis deux ans le départ des Casques bleus, "
        "n'a pas réagi dans l'immédiat.",
        [
            (
                D,
                [
                    "Retirer les Casques bleus aujourd'hui, ce serait abandonner des centaines de "
                    "milliers de civils aux groupes armés"
                ],
                "Agnès Ferrand-Lacoste",
            ),
            (P, ["échoué à remplir son mandat"], "Oleg Varlamov"),
            (
                I,
                [
                    "ses effectifs devraient être réduits de moitié d'ici à la fin de l'année prochaine"
                ],
                "Oleg Varlamov",
            ),
        ],
    ),
    (  # 6 border clash: two-sentence direct + "a déclaré le porte-parole de l'armée, le
        # colonel Name" (role and rank dropped), "L'officier a affirmé que" (role referring
        # back; the clause stops before ", ce que … ont démenti"), partial after "a décrit" by
        # "Un habitant de X, joint par téléphone," (unnamed)
        "Au moins sept soldats ont été tués dans la nuit de mardi à mercredi lors d'affrontements "
        "près du poste-frontière de Kouroumba, dans le nord du pays.\n\n"
        "«\u00a0Nos positions ont été attaquées à l'arme lourde vers 2\u00a0heures du matin. Nos "
        "hommes ont riposté avec fermeté\u00a0», a déclaré le porte-parole de l'armée, le colonel "
        "Amadou Sangaré, lors d'un point de presse dans la capitale. L'officier a affirmé que les "
        "assaillants venaient du pays voisin, ce que les autorités de ce dernier ont démenti.\n\n"
        "Un habitant de Kouroumba, joint par téléphone, a décrit «\u00a0des tirs ininterrompus "
        "pendant trois heures\u00a0». Plusieurs centaines de familles ont quitté la ville à pied "
        "dans la matinée.",
        [
            (
                D,
                [
                    "Nos positions ont été attaquées à l'arme lourde vers 2\u00a0heures du matin. "
                    "Nos hommes ont riposté avec fermeté"
                ],
                "Amadou Sangaré",
            ),
            (I, ["les assaillants venaient du pays voisin"], "Amadou Sangaré"),
            (P, ["des tirs ininterrompus pendant trois heures"], "habitant"),
        ],
    ),
    (  # 7 regional summit on maritime security: partial after "a plaidé pour une" by "la
        # secrétaire générale …, Name", a quote continued over two paragraphs (one span each,
        # the first one's period kept) + "a-t-elle lancé", partial inside "estimant que"
        # (only the partial), "a toutefois émis des réserves" (noun object)
        "Les dirigeants des six pays membres de l'Union des États riverains du golfe d'Aden se "
        "sont retrouvés vendredi à Djibouti pour un sommet consacré à la sécurité maritime, après "
        "une série d'attaques contre des navires marchands.\n\n"
        "Dans son discours d'ouverture, la secrétaire générale de l'organisation, Hodan Abdi "
        "Farah, a plaidé pour une «\u00a0force navale commune\u00a0».\n\n"
        "«\u00a0Nos côtes ne peuvent plus être protégées pays par pays. Les pirates, eux, ne "
        "connaissent pas nos frontières.\n\n"
        "«\u00a0Ce que nous décidons ici engage la sécurité de tout le commerce mondial\u00a0», "
        "a-t-elle lancé.\n\n"
        "Le ministre somalien des Affaires étrangères, Abdirahman Yusuf Dirie, a toutefois émis "
        "des réserves, estimant que chaque État devait garder «\u00a0la maîtrise de ses eaux "
        "territoriales\u00a0».",
        [
            (P, ["force navale commune"], "Hodan Abdi Farah"),
            (
                D,
                [
                    "Nos côtes ne peuvent plus être protégées pays par pays. Les pirates, eux, ne "
                    "connaissent pas nos frontières.",
                    "Ce que nous décidons ici engage la sécurité de tout le commerce mondial",
                ],
                "Hodan Abdi Farah",
            ),
            (P, ["la maîtrise de ses eaux territoriales"], "Abdirahman Yusuf Dirie"),
        ],
    ),
    (  # 8 refugees at a border crossing: "Le Haut-Commissariat … (HCR) a indiqué vendredi que"
        # (fullest name of the organisation), two-sentence direct + "raconte Name, 41 ans,"
        # (first name only), direct after "Le représentant du HCR …, Name, s'inquiète :" (two
        # sentences, final period kept)
        "Le Haut-Commissariat des Nations unies pour les réfugiés (HCR) a indiqué vendredi que "
        "plus de 12\u00a0000 personnes avaient franchi en une semaine le poste-frontière de "
        "Kalbaya, fuyant les combats dans la province voisine.\n\n"
        "«\u00a0Nous avons marché quatre jours. Les enfants n'avaient plus d'eau\u00a0», raconte "
        "Fatima, 41 ans, arrivée mardi avec ses cinq enfants. La famille dort désormais sous une "
        "bâche en plastique, à l'entrée du camp.\n\n"
        "Le représentant du HCR dans le pays, Jean-Pierre Mbarga, s'inquiète\u00a0: «\u00a0Le "
        "camp a été conçu pour 5\u00a0000 personnes. Nous en accueillons le triple.\u00a0» Les "
        "premières distributions de vivres ont commencé jeudi.",
        [
            (
                I,
                [
                    "plus de 12\u00a0000 personnes avaient franchi en une semaine le "
                    "poste-frontière de Kalbaya, fuyant les combats dans la province voisine"
                ],
                "Haut-Commissariat des Nations unies pour les réfugiés",
            ),
            (D, ["Nous avons marché quatre jours. Les enfants n'avaient plus d'eau"], "Fatima"),
            (
                D,
                ["Le camp a été conçu pour 5\u00a0000 personnes. Nous en accueillons le triple."],
                "Jean-Pierre Mbarga",
            ),
        ],
    ),
    (  # 9 French base handed over, curly quotes: direct + "a assuré le général Name de
        # Surname, commandant …" (rank dropped, particle kept), partial after "a salué" by "Le
        # chef d'état-major ivoirien, le général Name", "…, selon l'état-major des armées, à
        # Paris." (the part before)
        "Le drapeau français a été descendu pour la dernière fois jeudi matin au camp de Songon, "
        "près d'Abidjan, que l'armée française a officiellement rétrocédé aux forces armées "
        "ivoiriennes après plus de soixante ans de présence.\n\n"
        "“Ce n'est pas un départ, c'est une nouvelle forme de partenariat”, a assuré le général "
        "Hervé de Saint-Aulaire, commandant des forces françaises en Afrique de l'Ouest.\n\n"
        "Le chef d'état-major ivoirien, le général Lassina Ouattara-Koné, a salué “une étape de "
        "souveraineté”. Le camp accueillera à partir de janvier une école de sous-officiers.\n\n"
        "Une centaine de militaires français resteront sur place jusqu'à l'été pour assurer la "
        "transition, selon l'état-major des armées, à Paris.",
        [
            (
                D,
                ["Ce n'est pas un départ, c'est une nouvelle forme de partenariat"],
                "Hervé de Saint-Aulaire",
            ),
            (P, ["une étape de souveraineté"], "Lassina Ouattara-Koné"),
            (
                I,
                [
                    "Une centaine de militaires français resteront sur place jusqu'à l'été pour "
                    "assurer la transition"
                ],
                "état-major des armées",
            ),
        ],
    ),
    (  # 10 drone strike on a market: an unclosed quotation mark ending at "raconte un
        # commerçant," (unnamed), partial after "affirment avoir visé" by "les Forces de
        # défense nationales (FDN)" (organisation), direct + "a réagi Name, directrice de
        # l'organisation …", "réclame une enquête" (noun object)
        "Au moins quatorze personnes ont été tuées et une trentaine blessées dimanche par une "
        "frappe de drone sur le marché hebdomadaire de Tin-Azreg, dans le nord du pays.\n\n"
        "«\u00a0J'ai entendu un sifflement, puis tout a pris feu, raconte un commerçant, blessé "
        "au bras. Autour de lui, les étals calcinés fumaient encore lundi matin.\n\n"
        "Dans un communiqué, les Forces de défense nationales (FDN) affirment avoir visé «\u00a0un "
        "rassemblement de terroristes\u00a0» à la sortie de la localité.\n\n"
        "«\u00a0Un marché un dimanche matin n'est pas une cible militaire\u00a0», a réagi Aïcha "
        "Maïga-Touré, directrice de l'organisation Vigilance Droits humains, qui réclame une "
        "enquête indépendante.",
        [
            (D, ["J'ai entendu un sifflement, puis tout a pris feu"], "commerçant"),
            (P, ["un rassemblement de terroristes"], "Forces de défense nationales"),
            (
                D,
                ["Un marché un dimanche matin n'est pas une cible militaire"],
                "Aïcha Maïga-Touré",
            ),
        ],
    ),
    (  # 11 parliamentary hearing on detainees abroad, dialogue dashes: a dash line attributed
        # by the sentence before it ("La députée du X Name a ouvert les hostilités :"), a dash
        # line split by "a répondu M. Surname," (one quote two spans), "L'élue bretonne a quitté
        # la salle" (not speech), "Le ministre a toutefois indiqué que" (role referring back)
        "Auditionné mercredi par la commission des affaires étrangères de l'Assemblée nationale, "
        "le ministre délégué Julien Bensaïd a été longuement interrogé sur le sort de deux "
        "Français détenus depuis quatorze mois à Téhéran. La députée du Finistère Anne-Sophie Le "
        "Gall a ouvert les hostilités\u00a0:\n\n"
        "— Monsieur le ministre, cela fait quatorze mois. Qu'a obtenu la France, "
        "concrètement\u00a0?\n\n"
        "— Nous ne commentons pas les négociations en cours, a répondu M.\u00a0Bensaïd, car "
        "chaque mot peut mettre nos compatriotes en danger.\n\n"
        "L'élue bretonne a quitté la salle avant la fin de l'audition. Le ministre a toutefois "
        "indiqué que les deux détenus avaient reçu une visite consulaire le 20 novembre, la "
        "première depuis l'été.",
        [
            (
                D,
                [
                    "Monsieur le ministre, cela fait quatorze mois. Qu'a obtenu la France, "
                    "concrètement\u00a0?"
                ],
                "Anne-Sophie Le Gall",
            ),
            (
                D,
                [
                    "Nous ne commentons pas les négociations en cours",
                    "car chaque mot peut mettre nos compatriotes en danger.",
                ],
                "Julien Bensaïd",
            ),
            (
                I,
                [
                    "les deux détenus avaient reçu une visite consulaire le 20 novembre, la "
                    "première depuis l'été"
                ],
                "Julien Bensaïd",
            ),
        ],
    ),
    (  # 12 peace deal signed in Doha: partial after "a salué" by "Le porte-parole …, Name bin
        # Name al-Marri", two-sentence direct + "a ajouté M. al-Marri" (short form),
        # "Washington a fait savoir qu'il" (the capital speaking for the government), "ont
        # rejeté l'accord" (noun object)
        "Sous médiation qatarie, le gouvernement et le Front patriotique de la Haute-Sangha "
        "(FPHS) ont signé samedi à Doha un accord de paix censé mettre fin à six années de guerre "
        "civile. Le porte-parole de la diplomatie qatarie, Khalid bin Hamad al-Marri, a salué "
        "«\u00a0une journée que beaucoup croyaient impossible\u00a0».\n\n"
        "«\u00a0Un accord ne vaut que par son application. Nous resterons aux côtés des deux "
        "parties jusqu'au bout\u00a0», a ajouté M.\u00a0al-Marri.\n\n"
        "Washington a fait savoir qu'il financerait en partie le programme de désarmement prévu "
        "par le texte. Quelque 9\u00a0000 combattants sont concernés.\n\n"
        "Sur le terrain, l'accueil est plus mitigé. Plusieurs milices locales, qui n'ont pas été "
        "associées aux discussions, ont rejeté l'accord.",
        [
            (P, ["une journée que beaucoup croyaient impossible"], "Khalid bin Hamad al-Marri"),
            (
                D,
                [
                    "Un accord ne vaut que par son application. Nous resterons aux côtés des deux "
                    "parties jusqu'au bout"
                ],
                "Khalid bin Hamad al-Marri",
            ),
            (
                I,
                ["il financerait en partie le programme de désarmement prévu par le texte"],
                "Washington",
            ),
        ],
    ),
    (  # 13 diplomatic row: "Alger a rappelé son ambassadeur" (noun object), partial after
        # "Dans un communiqué, Alger dénonce" (the capital speaking), two-sentence direct + "a
        # déclaré le porte-parole …, Name Ben Surname", "Selon la ministre …, Name, « … »"
        # (the whole clause quoted: direct)
        "Alger a rappelé mardi son ambassadeur à Madrid, au lendemain de l'interpellation à "
        "Barcelone d'un attaché de son consulat, soupçonné d'espionnage. Dans un communiqué, "
        "Alger dénonce «\u00a0une violation flagrante de la convention de Vienne\u00a0» et exige "
        "la libération immédiate du diplomate.\n\n"
        "«\u00a0Ce diplomate bénéficie de l'immunité. Son arrestation est un acte inamical que "
        "l'Algérie n'acceptera pas\u00a0», a déclaré le porte-parole du ministère algérien des "
        "Affaires étrangères, Sofiane Ben Amara, lors d'un point de presse.\n\n"
        "Côté espagnol, on se montre inflexible. Selon la ministre des Affaires étrangères, "
        "Lucía Ortega Valverde, «\u00a0la justice espagnole suit son cours, en toute "
        "indépendance\u00a0».",
        [
            (P, ["une violation flagrante de la convention de Vienne"], "Alger"),
            (
                D,
                [
                    "Ce diplomate bénéficie de l'immunité. Son arrestation est un acte inamical que "
                    "l'Algérie n'acceptera pas"
                ],
                "Sofiane Ben Amara",
            ),
            (
                D,
                ["la justice espagnole suit son cours, en toute indépendance"],
                "Lucía Ortega Valverde",
            ),
        ],
    ),
    (  # 14 no quote: prisoner exchange; "a publié la liste" (not speech), "ont réclamé la
        # poursuite des échanges" (noun object), "selon lesquelles" (not a source)
        "Quelque 230 prisonniers de guerre ont été échangés vendredi à la frontière entre les "
        "deux pays, lors du plus important échange depuis le début du conflit. L'opération s'est "
        "déroulée sous la supervision d'une équipe d'observateurs internationaux, sur un pont "
        "routier fermé à la circulation depuis deux ans.\n\n"
        "Des images diffusées par les deux camps montrent des soldats amaigris descendant de "
        "bus, certains enveloppés dans des couvertures. Le ministère de la Défense a publié dans "
        "la soirée la liste des militaires rapatriés. Les familles de disparus, rassemblées "
        "devant le ministère, ont réclamé la poursuite des échanges.\n\n"
        "Des informations de presse selon lesquelles un second échange serait prévu avant la fin "
        "de l'année n'ont pas été confirmées.",
        [],
    ),
    (  # 15 regional bloc lifts sanctions: a quote split by "a estimé Mme Surname," (one quote
        # two spans, final period kept), partial after "a dit sa" by "Le porte-parole de la
        # junte, le capitaine Name" (rank dropped), "D'après un diplomate présent à X," (unnamed,
        # rest of the sentence)
        "Les chefs d'État de la Communauté économique des États du bassin du Congo (CEEBC), "
        "réunis jeudi à Malabo, ont levé les sanctions économiques imposées il y a dix-huit mois "
        "à la junte au pouvoir depuis le coup d'État d'avril 2025. La décision a été annoncée par "
        "la présidente de la commission de l'organisation, Marie-Claire Onana-Ebéné.\n\n"
        "«\u00a0La transition a tenu ses engagements, a estimé Mme\u00a0Onana-Ebéné, et il était "
        "temps de tourner la page.\u00a0» Les frontières seront rouvertes dès lundi.\n\n"
        "Le porte-parole de la junte, le capitaine Serge Mboumba, a dit sa «\u00a0profonde "
        "gratitude\u00a0» aux pays de la région.\n\n"
        "D'après un diplomate présent à Malabo, deux pays membres se sont opposés jusqu'au "
        "dernier moment à la levée totale des sanctions.",
        [
            (
                D,
                [
                    "La transition a tenu ses engagements",
                    "et il était temps de tourner la page.",
                ],
                "Marie-Claire Onana-Ebéné",
            ),
            (P, ["profonde gratitude"], "Serge Mboumba"),
            (
                I,
                [
                    "deux pays membres se sont opposés jusqu'au dernier moment à la levée totale "
                    "des sanctions"
                ],
                "diplomate",
            ),
        ],
    ),
]

EN: list[Item] = [
    (  # 1 truce holding, curly quotes: direct + "the UN special envoy, Name van Surname, told
        # reporters", "did not respond to requests for comment" (not speech), "According to
        # the aid group Name," (rest of the sentence, generic noun dropped)
        "A UN-brokered truce between government forces and the Eastern Hills Defence Forces held "
        "for a second day on Monday, raising cautious hopes of an end to fighting that has "
        "displaced hundreds of thousands of people since March.\n\n"
        "“Both sides have kept their word so far, and that is not nothing,” the UN special envoy, "
        "Hans-Peter van Dijk, told reporters in Nairobi.\n\n"
        "The rebels' spokesman, Joseph Lokwang, did not respond to requests for comment.\n\n"
        "According to the aid group Open Hands Relief, more than 60,000 people remain cut off "
        "from food and medicine in the hills around Kabaro.",
        [
            (
                D,
                ["Both sides have kept their word so far, and that is not nothing"],
                "Hans-Peter van Dijk",
            ),
            (
                I,
                [
                    "more than 60,000 people remain cut off from food and medicine in the hills "
                    "around Kabaro"
                ],
                "Open Hands Relief",
            ),
        ],
    ),
    (  # 2 peace talks in Geneva, curly quotes: "“A,” al-Rashid said as …. “B.”" (two direct
        # quotes, the second one's period kept; first name given only in "Foreign Minister
        # Name al-Rashid"), a quote split by "he said," (one quote two spans) for "The
        # rebels' chief negotiator, Name", "Diplomats said" (unnamed plural)
        "Peace talks aimed at ending the 18-month war between the government and the Northern "
        "Revolutionary Council opened in Geneva on Wednesday, the first face-to-face meeting "
        "between the two sides since a ceasefire collapsed in April.\n\n"
        "The government delegation is led by Foreign Minister Tariq al-Rashid. “We did not come "
        "here to score points,” al-Rashid said as he arrived at the Palais des Nations. “We came "
        "here to stop the killing.”\n\n"
        "The rebels' chief negotiator, Aden Warsame, a former army colonel who defected in 2024, "
        "was more guarded. “There will be no agreement,” he said, “until every political "
        "prisoner is free.”\n\n"
        "Diplomats said the first round was expected to last at least a week.",
        [
            (D, ["We did not come here to score points"], "Tariq al-Rashid"),
            (D, ["We came here to stop the killing."], "Tariq al-Rashid"),
            (
                D,
                ["There will be no agreement", "until every political prisoner is free."],
                "Aden Warsame",
            ),
            (
                I,
                ["the first round was expected to last at least a week"],
                "diplomats",
            ),
        ],
    ),
    (  # 3 Security Council resolution on aid access, curly quotes: partial after "called the
        # vote" by "Britain's ambassador, Name", a quote continued over two paragraphs (one
        # span each, the first one's period kept) + "he said", "Mr Ben Surname later told
        # reporters his government would" (no "that")
        "The UN Security Council on Thursday adopted a resolution demanding unhindered "
        "humanitarian access to the besieged city of Marrat, by 12 votes to none, with three "
        "abstentions.\n\n"
        "Britain's ambassador, Eleanor Whitfield-Shaw, called the vote “a lifeline for a million "
        "people”. The government's envoy to the UN, Rachid Ben Ali, who had lobbied against the "
        "text for weeks, was defiant.\n\n"
        "“My country did not ask for this resolution, and it will not be bound by decisions taken "
        "without it.\n\n"
        "“We will cooperate with humanitarian agencies, but on our terms,” he said.\n\n"
        "Mr Ben Ali later told reporters his government would set out its position in writing "
        "within a week.",
        [
            (P, ["a lifeline for a million people"], "Eleanor Whitfield-Shaw"),
            (
                D,
                [
                    "My country did not ask for this resolution, and it will not be bound by "
                    "decisions taken without it.",
                    "We will cooperate with humanitarian agencies, but on our terms",
                ],
                "Rachid Ben Ali",
            ),
            (
                I,
                ["his government would set out its position in writing within a week"],
                "Rachid Ben Ali",
            ),
        ],
    ),
    (  # 4 US sanctions on a gold-smuggling network, curly quotes: "The US Treasury said"
        # (organisation, no "that"), direct + "said Deputy Treasury Secretary Name" (role
        # dropped), "could not be reached for comment" (not speech), partial after "dismissed
        # the measures as" by "A spokesman for the Name" (unnamed spokesman: the organisation)
        "The United States on Tuesday imposed sanctions on six companies and two businessmen "
        "accused of smuggling gold to finance the Sahel Freedom Brigades, an armed group active "
        "in three countries.\n\n"
        "The US Treasury said the network had moved more than $300m worth of gold through the "
        "Gulf since 2023. “Those who profit from war will find the door to the American "
        "financial system closed,” said Deputy Treasury Secretary Monica Alvarez-Grant.\n\n"
        "One of the two men named, the trader Mohamed Lemine ould Sidi, could not be reached for "
        "comment. A spokesman for the Sahel Freedom Brigades dismissed the measures as “theatre "
        "for the cameras”.",
        [
            (
                I,
                ["the network had moved more than $300m worth of gold through the Gulf since 2023"],
                "US Treasury",
            ),
            (
                D,
                [
                    "Those who profit from war will find the door to the American financial "
                    "system closed"
                ],
                "Monica Alvarez-Grant",
            ),
            (P, ["theatre for the cameras"], "Sahel Freedom Brigades"),
        ],
    ),
    (  # 5 aid workers freed, curly quotes with a nested ‘ ’ quote inside the outer one (only
        # the outer quote annotated): direct + "van der Berg told reporters" (short form),
        # "He said his captors had" (pronoun, no "that"), partial inside "Okafor said in a
        # statement … that she was" (only the partial)
        "Two aid workers held for 217 days by an armed group in the Sahel were freed on Sunday "
        "and flown to Europe overnight. Pieter van der Berg, a 52-year-old Dutch engineer, and "
        "Sarah Okafor, a 29-year-old Canadian nurse, had been kidnapped in May near the town of "
        "Ménaka.\n\n"
        "“When they told me, ‘You are going home,’ I didn’t believe them,” van der Berg told "
        "reporters at Eindhoven airport. He said his captors had moved him at least a dozen "
        "times and had let him read only one book, a battered copy of Moby-Dick.\n\n"
        "Okafor said in a statement released by her family that she was “exhausted but "
        "overwhelmingly grateful”.",
        [
            (
                D,
                ["When they told me, ‘You are going home,’ I didn’t believe them"],
                "Pieter van der Berg",
            ),
            (
                I,
                [
                    "his captors had moved him at least a dozen times and had let him read only "
                    "one book, a battered copy of Moby-Dick"
                ],
                "Pieter van der Berg",
            ),
            (P, ["exhausted but overwhelmingly grateful"], "Sarah Okafor"),
        ],
    ),
    (  # 6 drone strike on a wedding, straight quotes: two-sentence direct + "said Brigadier
        # General Name el-Surname, a spokesman for the armed forces" (rank dropped), "Khoury
        # later said" (short form without the particle), direct + "said a witness who …"
        # (unnamed)
        "At least nine civilians, including four children, were killed when a drone struck a "
        "wedding party in the village of Kerreh late on Saturday. Dozens of guests were taken to "
        "hospital in the provincial capital.\n\n"
        '"Our forces conducted a precision strike against a confirmed weapons depot. We reject '
        'these fabricated claims," said Brigadier General Samir el-Khoury, a spokesman for the '
        "armed forces. Khoury later said an internal review had been opened.\n\n"
        '"There were no weapons, only music and food," said a witness who asked not to be named '
        "for fear of reprisals.",
        [
            (
                D,
                [
                    "Our forces conducted a precision strike against a confirmed weapons depot. "
                    "We reject these fabricated claims"
                ],
                "Samir el-Khoury",
            ),
            (I, ["an internal review had been opened"], "Samir el-Khoury"),
            (D, ["There were no weapons, only music and food"], "witness"),
        ],
    ),
    (  # 7 EU-AU summit, curly quotes: direct + "said the president of the European Council,
        # Name, in her opening speech", "called for debt relief" (noun object), "The Senegalese
        # diplomat also said" (epithet, no "that")
        "European and African leaders opened a two-day summit in Lisbon on Thursday, with debt "
        "relief, migration and critical minerals at the top of the agenda.\n\n"
        "“We are not here to write cheques, we are here to build partnerships,” said the "
        "president of the European Council, Marta Lindholm-Sørensen, in her opening speech.\n\n"
        "The chairman of the African Union Commission, Abdoulaye Ndiaye-Sarr, called for debt "
        "relief for the continent's poorest countries. The Senegalese diplomat also said "
        "African governments would not sign new migration agreements tied to development aid.\n\n"
        "A final declaration is expected on Friday.",
        [
            (
                D,
                ["We are not here to write cheques, we are here to build partnerships"],
                "Marta Lindholm-Sørensen",
            ),
            (
                I,
                [
                    "African governments would not sign new migration agreements tied to "
                    "development aid"
                ],
                "Abdoulaye Ndiaye-Sarr",
            ),
        ],
    ),
    (  # 8 refugees crossing into a border town, curly quotes: "…, the International
        # Organisation for Displacement said on Friday." (the part before), direct + "said
        # Name, 36, who …", "“A,” she said. “B.”" (two direct quotes, the second one's period
        # kept) for "The agency's country director, Name O'Surname"
        "Some 8,500 people crossed into the border town of Marwa last week, most of them women "
        "and children fleeing renewed fighting in the north, the International Organisation for "
        "Displacement said on Friday.\n\n"
        "“We left with nothing but our children,” said Halima Adam, 36, who walked for five days "
        "with her four sons.\n\n"
        "The agency's country director, Gráinne O'Sullivan, visited the transit camp on Thursday. "
        "“We are running out of everything: water, shelter, latrines,” she said. “If the rains "
        "come early, we will have an outbreak.”",
        [
            (
                I,
                [
                    "Some 8,500 people crossed into the border town of Marwa last week, most of "
                    "them women and children fleeing renewed fighting in the north"
                ],
                "International Organisation for Displacement",
            ),
            (D, ["We left with nothing but our children"], "Halima Adam"),
            (
                D,
                ["We are running out of everything: water, shelter, latrines"],
                "Gráinne O'Sullivan",
            ),
            (D, ["If the rains come early, we will have an outbreak."], "Gráinne O'Sullivan"),
        ],
    ),
    (  # 9 US base handed over to the Iraqi army, curly quotes: direct + "said Major General
        # Name al-Surname, who …" (rank dropped), "Obeidi said his forces were" (short form
        # without the particle, no "that"), partial inside "Colonel Name, a spokeswoman for
        # the coalition, said the handover had been" (only the partial)
        "US troops on Friday handed over Camp Cedar Ridge, north of Kirkuk, to the Iraqi army, "
        "the latest step in a drawdown of the US-led coalition agreed with Baghdad last year.\n\n"
        "“Today this base is Iraqi again, as it always should have been,” said Major General "
        "Haidar al-Obeidi, who received the keys from US commanders at a brief ceremony. Obeidi "
        "said his forces were fully capable of securing the area without foreign help.\n\n"
        "Colonel Dana Whitmore, a spokeswoman for the coalition, said the handover had been "
        "“planned for more than a year”. Some 1,500 US troops remain in the country.",
        [
            (
                D,
                ["Today this base is Iraqi again, as it always should have been"],
                "Haidar al-Obeidi",
            ),
            (
                I,
                ["his forces were fully capable of securing the area without foreign help"],
                "Haidar al-Obeidi",
            ),
            (P, ["planned for more than a year"], "Dana Whitmore"),
        ],
    ),
    (  # 10 Kyrgyz-Tajik border clash, curly quotes: "Bishkek said" (the capital speaking, no
        # "that"), partial after "Dushanbe accused the Kyrgyz side of having" (the capital
        # speaking), "…, according to the head of the Kyrgyz border service, Name." (the part
        # before)
        "Two Kyrgyz border guards and a Tajik soldier were killed on Tuesday in an exchange of "
        "fire near the disputed village of Jangy-Jol, the deadliest incident on the border in "
        "more than a year.\n\n"
        "Bishkek said Tajik troops had fired first, using mortars, on a Kyrgyz border post. "
        "Dushanbe accused the Kyrgyz side of having “deliberately provoked” the clash by "
        "installing surveillance cameras on disputed land.\n\n"
        "Both sides agreed late on Tuesday to pull heavy weapons back from the frontier, "
        "according to the head of the Kyrgyz border service, Almazbek Toktogulov.",
        [
            (
                I,
                ["Tajik troops had fired first, using mortars, on a Kyrgyz border post"],
                "Bishkek",
            ),
            (P, ["deliberately provoked"], "Dushanbe"),
            (
                I,
                ["Both sides agreed late on Tuesday to pull heavy weapons back from the frontier"],
                "Almazbek Toktogulov",
            ),
        ],
    ),
    (  # 11 disarmament timetable signed in Havana, curly quotes: a quote split by "said the
        # government's chief negotiator, Name de la Surname," (one quote two spans, final
        # period kept), "De la Torre said" (short form), partial inside "said in a video
        # message that his group would" (only the partial)
        "The Colombian government and the Southern Bloc, one of the last rebel groups still "
        "active in the south-west of the country, signed a disarmament timetable in Havana on "
        "Saturday after 14 months of talks.\n\n"
        "“This is the first time in sixty years,” said the government's chief negotiator, María "
        "Fernanda de la Torre, “that we have a signed calendar for laying down weapons.”\n\n"
        "De la Torre said the first 400 fighters would hand in their weapons at three "
        "UN-supervised sites in March.\n\n"
        "The rebels' negotiator, Julián Restrepo Vargas, said in a video message that his group "
        "would “honour every word” of the agreement.",
        [
            (
                D,
                [
                    "This is the first time in sixty years",
                    "that we have a signed calendar for laying down weapons.",
                ],
                "María Fernanda de la Torre",
            ),
            (
                I,
                [
                    "the first 400 fighters would hand in their weapons at three UN-supervised "
                    "sites in March"
                ],
                "María Fernanda de la Torre",
            ),
            (P, ["honour every word"], "Julián Restrepo Vargas"),
        ],
    ),
    (  # 12 diplomat expelled, curly quotes: partial inside "Vilnius said the diplomat had been
        # declared …" (the capital speaking, only the partial), partial after "Minsk called the
        # decision" (the capital speaking), "promised a response" (noun object), direct + "Foreign
        # Minister Name told the public broadcaster" (role dropped)
        "Lithuania on Monday expelled Belarus's chargé d'affaires, the latest escalation in a "
        "row over balloons carrying smuggled cigarettes that have repeatedly forced the closure "
        "of Vilnius airport, which was shut six times in October alone.\n\n"
        "Vilnius said the diplomat had been declared persona non grata for “activities "
        "incompatible with his status”. Minsk called the decision “a hostile and unfounded act” "
        "and promised a response.\n\n"
        "“We will not tolerate hybrid attacks on our airspace, whatever form they take,” Foreign "
        "Minister Rūta Vaitkevičienė told the public broadcaster LRT.",
        [
            (P, ["activities incompatible with his status"], "Vilnius"),
            (P, ["a hostile and unfounded act"], "Minsk"),
            (
                D,
                ["We will not tolerate hybrid attacks on our airspace, whatever form they take"],
                "Rūta Vaitkevičienė",
            ),
        ],
    ),
    (  # 13 drone attack on an oil terminal, curly quotes: "claimed responsibility" (noun
        # object), partial inside "the group's leader, Name bin Name al-Surname, said the attack
        # was" (only the partial), direct + "al-Harbi said" (short form), "The International
        # Maritime Safety Bureau said it had" (organisation)
        "A swarm of drones struck an oil terminal at the Red Sea port of Ras Kanar on Sunday, "
        "setting two storage tanks ablaze and halting loading operations for several hours.\n\n"
        "The Coastal Resistance Brigades claimed responsibility. In a televised address, the "
        "group's leader, Mansour bin Saqr al-Harbi, said the attack was “a message to every "
        "company still doing business with the occupiers”.\n\n"
        "“Every port that serves them is a target,” al-Harbi said.\n\n"
        "The International Maritime Safety Bureau said it had raised the threat level for all "
        "vessels in the southern Red Sea.",
        [
            (
                P,
                ["a message to every company still doing business with the occupiers"],
                "Mansour bin Saqr al-Harbi",
            ),
            (D, ["Every port that serves them is a target"], "Mansour bin Saqr al-Harbi"),
            (
                I,
                ["it had raised the threat level for all vessels in the southern Red Sea"],
                "International Maritime Safety Bureau",
            ),
        ],
    ),
    (  # 14 exiled rebel commander returns, straight quotes: direct + "the 61-year-old told the
        # crowd" (epithet for "Former rebel commander Name"), "Information Minister Name said"
        # (role dropped, no "that")
        "Former rebel commander Simon Deng Malual returned to Juba on Thursday after nine years "
        "in exile, under an amnesty agreed during talks in Nairobi last month. Several thousand "
        "supporters waited for him at the airport, some of them since dawn.\n\n"
        '"I have come back to make peace, not to settle scores," the 61-year-old told the crowd, '
        "standing on the roof of a car.\n\n"
        "Information Minister Grace Akech said the government would guarantee his security. "
        "Malual's movement must still register as a political party before next year's "
        "elections.",
        [
            (
                D,
                ["I have come back to make peace, not to settle scores"],
                "Simon Deng Malual",
            ),
            (I, ["the government would guarantee his security"], "Grace Akech"),
        ],
    ),
    (  # 15 UN envoy briefs the Security Council, curly quotes: a quote continued over two
        # paragraphs (one span each, the first one's period kept) + "she told the 15-member
        # council" (pronoun), partial after "dismissed her assessment as" by "A spokesman for
        # …, Name el-Surname", "Tarhouni said" (short form without the particle, no "that")
        "The UN special envoy for Libya, Ingrid Halvorsen-Moe, painted a bleak picture of the "
        "country on Wednesday in her quarterly briefing to the Security Council.\n\n"
        "“Libya today has two governments, two central bank governors and, since last month, two "
        "armies massing on either side of Sirte.\n\n"
        "“The window for a political solution is closing fast,” she told the 15-member council "
        "by video link from Tripoli.\n\n"
        "A spokesman for the eastern-based forces, Salem el-Tarhouni, dismissed her assessment "
        "as “alarmist”. Tarhouni said no troops had moved towards Sirte in the past month.",
        [
            (
                D,
                [
                    "Libya today has two governments, two central bank governors and, since last "
                    "month, two armies massing on either side of Sirte.",
                    "The window for a political solution is closing fast",
                ],
                "Ingrid Halvorsen-Moe",
            ),
            (P, ["alarmist"], "Salem el-Tarhouni"),
            (I, ["no troops had moved towards Sirte in the past month"], "Salem el-Tarhouni"),
        ],
    ),
]

if __name__ == "__main__":
    write_gold(
        Path(__file__).with_name("heldout117.jsonl"),
        "heldout117",
        "h117",
        {"fr": FR, "en": EN},
        PUBLISHED_AT,
    )
