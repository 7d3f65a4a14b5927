"""The words of incursion reports, by the part they play in the grammar (incursion_grammar.py).

Every entry is lower case and matched against whole tokens, so "J-16" never yields a 16 and
"Taiwan Strait" never yields "around Taiwan". Phrases are tuples of tokens.
"""

import re

Phrases = dict[str, list[tuple[str, ...]]]  # by first word, longest first


def phrases(*texts: str) -> Phrases:
    index: Phrases = {}
    for text in sorted(texts, key=lambda text: -len(text.split())):
        words = tuple(text.split())
        index.setdefault(words[0], []).append(words)
    return index


_UNITS = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen"
_TEENS = "fifteen sixteen seventeen eighteen nineteen"
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety"
TENS = {word: 10 * n for n, word in enumerate(_TENS.split(), start=2)}
SMALL_NUMBERS = {word: value for value, word in enumerate(f"{_UNITS} {_TEENS}".split())}
# "Dozens of", "several", "scores of" are absent on purpose: only stated numbers are counts.
NUMBER_WORDS = SMALL_NUMBERS | TENS
# The words as a regex alternation, longest first so that "fourteen" is never read as "four".
NUMBER_WORDS_PATTERN = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
UNIT_WORDS = {w for w, n in SMALL_NUMBERS.items() if 1 <= n <= 9}  # after tens: "thirty-two"
DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,4}")
ORDINAL = re.compile(  # "sixty-first" too: the units written after the tens
    r"\d+(?:st|nd|rd|th)|(?:[a-z]+ty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth)|tenth|eleventh|twelfth|\w+teenth|\w+tieth|hundredth"
)
# How every ordinal ends: asked first, it spares the pattern at the words that are none.
ORDINAL_ENDINGS = ("st", "nd", "rd", "th")

# "More than 30", "at least 20", "about 12" are 30, 20 and 12.
APPROXIMATIONS = phrases(
    "more than",
    "over",
    "at least",
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "roughly",
    "approximately",
    "up to",
    "as many as",
    "a total of",
    "all",
    "another",
)
# A number after these names something, not a count: "Type 055", "$300 million".
NOT_COUNT_AFTER = {"type", "no", "nos", "number", "hull", "flight", "article", "$", "us$", "nt$",
                   "a.m"}  # fmt: skip
PRONOUN_ONE = {"the", "this", "that"}  # "the one that matters": no count
# "flew home on a military jet", "aboard a coast guard cutter": one craft someone travels
# on is a conveyance, not a craft sighted, so "a" there counts nothing.
CONVEYED_ON = {"on", "aboard", "onboard"}
# "a news alert about a Chinese spy plane": one craft a story or a question is about is its
# topic, not a craft sighted ("about" before a number is a hedge: "about 12 aircraft").
TOPIC_OF = {"about", "regarding"}
GROUPS = {"formation", "fleet", "flotilla", "squadron", "convoy", "swarm", "group", "armada"}
# "a Navy missile unit", "a coast guard vessel base": the craft noun names the kind of a unit,
# a place or an outfit of the forces; "a" counts that, not one craft.
UNITS = {"unit", "units", "battalion", "brigade", "battery", "base", "wing", "regiment",
         "command", "site", "system", "systems", "crew", "launcher", "school", "academy",
         "station", "depot", "program", "programme", "force", "corps"}  # fmt: skip

# Craft classes: the head nouns ("acft": a note's), and the class a designator's prefix gives.
_AIR = "aircraft acft airplane plane warplane jet fighter bomber helicopter sortie"
_SHIPS = "vessel ship warship boat destroyer frigate corvette cutter carrier submarine"
CRAFT_NOUNS = {
    noun: craft
    for words, craft in ((_AIR, "air"), ("drone uav", "drones"), ("balloon", "balloons"),
                         ("missile rocket", "missiles"), (_SHIPS, "ships"))
    for word in words.split()
    for noun in (word, f"{word}s")
}  # fmt: skip
DESIGNATOR = re.compile(r"([a-z]{1,3})-\d+[a-z]?s")  # "J-16s", "H-6Ks", "Su-30s"
SINGLE_DESIGNATOR = re.compile(r"([a-z]{1,3})-\d+[a-z]?")  # "KJ-500", "Y-8", "BZK-005"
DESIGNATOR_CLASS = {"df": "missiles", "wz": "drones", "tb": "drones", "bzk": "drones"}
# Ship nouns that say whose ships they are.
NAVY_NOUNS = {f"{noun}{plural}" for noun in ("warship", "destroyer", "frigate", "corvette",
              "carrier", "submarine") for plural in ("", "s")}  # fmt: skip
OFFICIAL_NOUNS = {"cutter", "cutters"}
NAVY_WORDS = {"navy", "naval", "plan", "military", "warship"}
OFFICIAL_WORDS = {"coast", "guard", "coastguard", "ccg", "government", "official", "law",
                  "enforcement", "law-enforcement", "haijing"}  # fmt: skip
UNMANNED = {"unmanned", "uncrewed", "drone"}
# Words that say whose a craft is: "Another China Coast Guard vessel" is a craft of its own.
OPERATORS = OFFICIAL_WORDS | NAVY_WORDS | {"china", "chinese", "pla", "plan", "prc"}
# Words that may stand between a count and its craft noun besides names and designators.
MODIFIERS = {
    "military", "naval", "navy", "suspected", "spy", "fighter", "ballistic", "cruise",
    "conventional",
    "short-range",
    "medium-range", "long-range", "intermediate-range", "early", "warning", "early-warning",
    "airborne", "reconnaissance", "anti-submarine", "transport", "tanker", "other", "more",
    "additional", "further", "unmanned", "uncrewed", "official", "government", "coast", "guard",
    "coastguard", "law", "so-called",
    "manned", "crewed",  # "22 manned aircraft": aircraft, as "unmanned" ones are drones
    "enforcement", "law-enforcement", "patrol", "armed", "escort", "combat", "attack",
    "support", "surveillance", "electronic", "intelligence", "intelligence-gathering",
    "amphibious", "assault", "guided-missile", "missile", "maritime", "large", "high-altitude",
    "warfare",  # a craft's role by its kind of warfare: "two anti-submarine warfare aircraft"
    "anti-sub",  # the clipped form posts write: "one Y-8 anti-sub plane" is an aircraft
    "aerial", "refuelling", "refueling", "stealth", "jet", "aircraft", "drone", "hypersonic",
    # the service flying them, in lower case ("19 Chinese air force sorties")
    "air", "force", "air-force", "aviation", "army",
    "mainland", "communist",  # China's, as Taiwan's press writes it: "30 mainland aircraft"
    # what a craft carries: "six freight vessels" is one phrase, which incursion_shipping.py
    # reads as merchant shipping (the phrase had read "freight" as a misspelt "fighter")
    "freight",
}  # fmt: skip
# Craft of these are not the PLA's or China's government's: no fact. The initials of another
# state's force own its craft as its nationality word does: "two JCG ships", "a CGA cutter".
FOREIGN = {
    "japanese", "japan", "taiwanese", "taiwan", "roc", "american", "u.s", "us", "russian",
    "korean", "philippine", "filipino", "australian", "canadian", "british", "french",
    "german", "indian", "allied", "fishing", "merchant", "cargo", "civilian", "commercial",
    "passenger", "own", "jcg", "jmsdf", "cga", "pcg", "uscg",
}  # fmt: skip

AIR_ZONES = {"ADIZ", "median line", "around Taiwan"}
# The compass points as nouns ("off the east coast", "north-east of the island"), and every point
# with the adjective English makes of it by "-ern" ("off the island's eastern coast", "the
# north-eastern coast"): writers use both for the same side, so a rule that reads one reads both.
COMPASS_POINTS = {
    f"{north}{joint}{east}" for north in ("north", "south") for east in ("east", "west")
    for joint in ("", "-")
} | {"north", "south", "east", "west"}  # fmt: skip
COMPASS_WORDS = COMPASS_POINTS | {f"{point}ern" for point in COMPASS_POINTS}
# "drills around Taiwan" places the drills, not the craft counted beside them.
EVENTS = {"drill", "drills", "exercise", "exercises", "activity", "activities", "pressure",
          "patrol", "patrols", "tension", "tensions", "presence", "operations", "games",
          "blockade", "manoeuvres", "maneuvers", "situation"}  # fmt: skip

# Verbs by which craft take part in an event, so that its place is theirs; and the words that
# may stand between a count and its verb.
PARTICIPATION = {"joined", "join", "joins", "joining", "participated", "conducted", "staged",
                 "took", "carried", "held"}  # fmt: skip
AUXILIARIES = {"had", "has", "have", "were", "was", "are", "is", "been", "also", "then", "later",
               "reportedly"}  # fmt: skip

PLACES = {
    "taiwan": "Taiwan", "penghu": "Taiwan",
    "senkaku": "Senkaku Islands", "senkakus": "Senkaku Islands", "diaoyu": "Senkaku Islands",
    "tiaoyutai": "Senkaku Islands", "uotsuri": "Senkaku Islands", "kuba": "Senkaku Islands",
    "taisho": "Senkaku Islands", "diaoyutai": "Senkaku Islands",
    "kinmen": "Kinmen", "quemoy": "Kinmen", "lieyu": "Kinmen", "dadan": "Kinmen",
    "erdan": "Kinmen", "wuqiu": "Kinmen",
    "matsu": "Matsu", "dongyin": "Matsu", "nangan": "Matsu", "beigan": "Matsu",
    "juguang": "Matsu", "lienchiang": "Matsu",
}  # fmt: skip
SEA_PLACES = {"Senkaku Islands", "Kinmen", "Matsu"}
# Places and seas outside the list: a count there gives no fact.
OUTSIDE = {
    "pratas", "dongsha", "miyako", "yonaguni", "okinotori", "philippines", "korea", "korean",
    "pacific", "bashi", "hainan", "paracel", "paracels", "spratly", "spratlys", "scarborough",
    "yakushima", "amami", "tsushima", "osumi", "hokkaido", "okushiri", "guam", "eez",
    "exclusive", "airspace", "neutral", "international",
}  # fmt: skip
# Words of OUTSIDE that place craft only before the word that must follow: "exclusive economic
# zone"; "over neutral waters", "in international airspace" are no one's zone, where
# "international law" or "the Japan Institute of International Affairs" place nothing.
OUTSIDE_BEFORE = {"exclusive": {"economic"}, "neutral": {"waters", "airspace"},
                  "international": {"waters", "airspace"}}  # fmt: skip
# Words that open a clause set against the one before: "..., while Taipei reported ...".
CONTRASTS = {"while", "whereas"}

# A remark about a streak, a record or a sequence ends what a count's clause says:
# "..., the 29th such incursion since February"; "..., the highest figure this year". So does a
# verb of breakdown: "the aircraft included J-16s and a drone that flew around the island" says
# where the drone flew, not the aircraft; and a hedge: "..., without saying whether any had
# crossed the median line" names a zone nobody entered.
# What ranks a figure among others: ", the most this year," says nothing of the counts around it.
# ", the closest they have come to the island this year,": so does how near or how few.
SUPERLATIVES = {"latest", "highest", "largest", "biggest", "busiest", "longest", "most",
                "record", "closest", "nearest", "furthest", "farthest", "lowest", "fewest",
                "smallest"}  # fmt: skip
CLAUSE_ENDS = SUPERLATIVES | {";", ":", "while", "whereas", "bringing", "compared", "included",
                              "include", "includes", "comprised", "consisted", "without",
                              "whether"}  # fmt: skip
# A record named before its figure: "last October Taiwan recorded a single-day high of 153
# aircraft" is a peak of another day, no fact; "down from a peak of 49" is a comparison.
RECORDS = {"high", "peak", "record", "maximum"}
COMPARED_FROM = {"from", "than"}
# The text says it does not give the count: "..., without saying how many".
COUNT_UNTOLD = phrases("how many", "did not give a number", "without giving a number")
# After a comma these start a clause about another time: "26 aircraft around Taiwan in the 24
# hours to Monday, after the PLA staged drills last month" counts no month.
# After a comma, these open a clause of their own; ", continuing a streak that began in
# December" and ", marking the 30th straight day" tell of the run of days, not of the count.
SUBORDINATORS = {"after", "before", "amid", "following", "when", "continuing", "extending",
                 "marking"}  # fmt: skip
# ", as they have on almost every day this year": "as" and a subject after a comma compare the
# count with other days; that clause's period is no scope of the count.
HABIT_SUBJECTS = {"they", "it", "he", "she", "we", "has", "have", "had", "did", "do", "does"}
# Words before a number that names a type or its version, not a count ("Block 70", "Batch 3").
DESIGNATIONS = {"block", "batch", "flight", "lot", "mk", "mark", "series", "variant", "increment"}
# What follows ", as" in the same clause ("as of 6 a.m.", "as well as", "as many as 20", "as
# reported by the ministry"); any other word opens a clause of its own.
AS_CONTINUES = {"of", "well", "part", "many", "much", "few", "a", "an", "per", "at", "in", "on",
                "to", "close", "far", "high", "recently", "late", "early", "usual", "such",
                "seen", "shown", "reported", "announced", "noted", "stated", "said", "detected",
                "tracked", "with", "if", "though", "expected", "compared", "opposed",
                "against", "from", "for", "by", "is", "was", "were", "are"}  # fmt: skip
# A vague quantity starts another subject: "45 aircraft ...: Some aircraft crossed the median
# line" says nothing of how many of the 45 crossed.
VAGUE = {"some", "many", "several", "dozens", "scores", "hundreds", "numerous", "multiple",
         "few"}  # fmt: skip
# Every craft noun as one alternation, longest first so "warships" is not read as "war".
CRAFT_NOUN_PATTERN = "|".join(sorted(CRAFT_NOUNS, key=len, reverse=True))
# Verbs of breakdown after craft: "the aircraft included ... a drone that flew around the
# island" counts a part of the total, which is no fact of its own.
BREAKDOWN_VERBS = {"included", "include", "includes", "comprised", "consisted"}
# Breakdowns of a total ("including 19 J-16s") are no facts of their own.
BREAKDOWNS = phrases(
    "including", "incl .", "among them", "among which", "comprising", "such as", "identified as"
)
# What a total holds or leaves out, between commas: ", which included three drones," names no
# craft the clause after it counts, and ", not included in the aircraft total," cuts nothing.
COMPOSITION = phrases(
    "which included",
    "which include",
    "which includes",
    "that included",
    "not included",
    "not including",
    "not counted",
    "not counting",
    "excluding",
    "which excluded",
)
# "..., along with 11 warships": the count shares the zone of the one before.
ALONG = phrases("along with", "alongside", "as well as", "together with", "plus")
# "..., down from a peak of 96 aircraft on Tuesday": the same measure as the figure before, on
# the day the comparison names. What a thing is "different from" or differs from is compared
# with it as well: "a fleet of four ... enters the data differently from one vessel present for
# a month" counts no vessel.
COMPARISONS = phrases(
    "down from", "up from", "compared with", "compared to", "different from", "differently from",
    "differs from", "differ from",
)  # fmt: skip
# "two more had done so": the zone of the clause before.
ELLIPSES = phrases("done so", "did so", "do so", "the same")
# A count with no zone of its own in a defence report's sentence: "Four official ships were
# also spotted" reports what operated around Taiwan.
# What a report's map, log or list shows is what it saw: "On Thursday it showed 17 aircraft".
DETECTIONS = {"detected", "tracked", "spotted", "sighted", "observed", "monitored", "reported",
              "operating", "seen", "counted", "recorded", "logged", "showed", "listed"}  # fmt: skip
# After "N times" these make a multiple, not a count of occasions: "three times as many".
MULTIPLIED = {"as", "more", "less", "fewer", "higher", "greater", "larger", "bigger", "the",
              "that", "than", "over"}  # fmt: skip
# What may follow a count that has no craft noun: "19 crossed", "seven that entered".
BARE_FOLLOWERS = {
    "crossed", "cross", "crosses", "crossing", "entered", "enter", "enters", "entering",
    "flew", "fly", "flies", "flying", "flown", "intruded", "intrude", "intrudes", "intruding",
    "sailed", "sail", "sails", "sailing", "remained", "were", "was", "are", "is", "had",
    "have", "has", "came", "landed", "fell", "breached", "violated", "operated", "stayed",
    "loitered", "returned", "passed", "went", "moved", "did", "do", "does", "that", "which",
    "who", "more", "others",
}  # fmt: skip
# Verbs of craft moving into a zone, in the past: "sailed into", "intruded into", "crossed".
MOVEMENTS = {"crossed", "entered", "flew", "intruded", "sailed", "breached", "violated", "moved"}
# "in the second, 19 did", "13 aircraft entered.", "two J-10s followed": the act said before
PROFORM_VERBS = {"did", "do", "does", "entered", "crossed", "intruded", "followed"}
VERBS_AFTER_ASIDE = BARE_FOLLOWERS - {"that", "which", "who", "more", "others"} | {"operating"}
REPORT_VERBS = {"said", "says", "say", "told", "announced", "reported", "stated", "added"}
# A teller's verbs, of telling or of sighting: "Japan's Joint Staff said", "Taiwan spotted".
TELLING_OR_SIGHTING = REPORT_VERBS | DETECTIONS
# How a clause names Taiwan, and China, as an actor or teller.
TAIWAN_NAMES = {"taiwan", "taiwanese", "taipei", "roc"}
CHINESE_NAMES = {"china", "chinese", "pla", "plan", "prc", "beijing"}
# Craft leaving a zone: a stay is dated by its entry (rule 9); "had not left" are still there.
LEAVING = {"left", "leaving", "leave", "depart", "departed", "departing", "exit",
           "exited", "exiting"}  # fmt: skip
NEGATIONS = {"not", "never", "n't", "yet", "to"}
# "the two ships": craft counted before, pointed back to.
DEFINITES = {"the", "those", "these"}
# A plan or a guess, not a sighting: "Taiwan also plans to fire four missiles", "up to 10
# vessels could be involved".
HEDGES = {
    *("could", "might", "may", "would", "plans", "planned", "plan", "intends", "expected"),
    "if",
}
# "would go to war over a drone crossing ...", "If 150 aircraft came across the median line
# tomorrow, we would see it": supposed, no sighting
SUPPOSING = {"could", "might", "would", "if"}
# The marks of a bulletin's lines: "• PLA aircraft: 17 sorties".
BULLETS = {"•", "·", "*", "-", "–", "—", "▪"}
# Where a count whose craft noun is left out may say its craft were: "and three from Kinmen's".
ELIDED_PLACES = {"from", "in", "into", "near", "off"}
# "Navy vessels numbered nine and eleven": a count after these counts the craft named before.
NUMBERED = {"numbered", "numbering", "totalled", "totaled", "totalling", "totaling"}
# What joins the items of a list of craft: "J-16 fighters, a KJ-500 and two drones".
LIST_WORDS = {",", "and", "a", "an", "-", "--", "—"}
PARTITIVE_OBJECTS = {"the", "them", "which", "those", "these", "its", "their"}
# A fraction of the craft before states no number of them: "about a quarter of them crossed
# the median line", "two-thirds of which entered the ADIZ".
FRACTIONS = {"half", "quarter", "quarters", "thirds", "fifths", "majority", "bulk"}
# What a breakdown verb breaks down, beside craft: "those detected included two drones", "The
# figure included two drones" counts a part of the total before, which is no fact of its own.
BREAKDOWN_SUBJECTS = PARTITIVE_OBJECTS | {"detected", "figure", "figures", "total", "tally"}
# Craft counted as the groups they flew or sailed in: "Monday's formations included 38 J-16s".
BREAKDOWN_SUBJECTS |= {"formation", "formations", "flights", "group", "groups", "flotilla"}
DASHES = {"--", "—", "–", "-"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "«", "»"}
# Words of zones, places and craft that copy misspells ("contigous zone", "Senakaku", "Kinmem",
# "aircarft", "vessles", "medain line", "offical ships"): a word one letter off one of them (a
# letter dropped, added, changed or two swapped) is read as it, unless it is a craft noun of its
# own ("vessel") or a word of its own here ("officials", one letter off "official").
SPELLED = {"contiguous", "territorial", "senkaku", "senkakus", "restricted", "prohibited",
           "identification", "uotsurijima", "kinmen", "aircraft", "vessels", "median",
           "official", "officials"}  # fmt: skip
