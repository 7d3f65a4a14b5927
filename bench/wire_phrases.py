"""The words wire copy is made of, for bench/wire.py: datelines and outlets, months and weekdays,
craft and zones, speakers and their verbs, quotes, background and reactions."""

# (dateline place, the country it adds or "", outlets that file from there)
DATELINES = [
    ("TAIPEI", "", ["CNA", "Focus Taiwan", "Taipei Times", "Reuters"]),
    ("KAOHSIUNG", "Taiwan", ["CNA", "AFP"]),
    ("TOKYO", "", ["Kyodo", "Jiji Press", "NHK", "Reuters"]),
    ("NAHA", "Japan", ["Kyodo", "Jiji Press"]),
    ("BEIJING", "", ["Xinhua", "Reuters", "AFP"]),
    ("WASHINGTON", "", ["AP", "Reuters", "Bloomberg"]),
    ("MANILA", "Philippines", ["AP", "Philippine News Agency"]),
    ("SEOUL", "", ["Yonhap", "Reuters"]),
    ("HONOLULU", "", ["AP"]),
    ("SINGAPORE", "", ["Reuters", "AFP"]),
    ("CANBERRA", "", ["AAP", "Reuters"]),
]
MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
          "Nov.", "Dec."]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
AIRCRAFT = ["J-16 fighter jets", "J-10 fighters", "Su-30 fighters", "H-6K bombers",
            "KJ-500 early warning aircraft", "Y-8 anti-submarine aircraft", "WZ-7 drones",
            "Y-20 tankers", "Z-9 helicopters"]  # fmt: skip
ZONES = ["southwestern", "southeastern", "northern", "eastern"]
SPEAKERS = [
    "Defense Minister Wellington Koo", "Premier Cho Jung-tai", "President Lai Ching-te",
    "Foreign Minister Lin Chia-lung", "Mainland Affairs Council deputy head Liang Wen-chieh",
    "Chief Cabinet Secretary Minoru Kihara", "Prime Minister Sanae Takaichi",
    "Defense Minister Shinjiro Koizumi", "Foreign Minister Toshimitsu Motegi",
    "Secretary of State Marco Rubio", "Defense Secretary Pete Hegseth",
    "Chinese Foreign Ministry spokesperson Lin Jian", "Mao Ning, a spokeswoman for China's "
    "Foreign Ministry", "Zhu Fenglian of the Taiwan Affairs Office", "Senior Colonel Wu Qian",
    "Admiral Samuel Paparo", "Philippine Coast Guard spokesman Jay Tarriela",
    "Richard Marles, Australia's defence minister", "Kuo Yu-jen, a professor at National Sun "
    "Yat-sen University", "Bonnie Glaser of the German Marshall Fund", "Ou Si-fu, a researcher at "
    "the Institute for National Defense and Security Research", "a senior Japanese defense "
    "official who asked not to be named", "Hsu Chiao-hsin, a Kuomintang legislator",
    "Chen Kuan-ting of the Democratic Progressive Party", "Nakabayashi Mieko, a lawmaker",
    "Grant Newsham, a retired U.S. Marine officer", "Lieutenant General Hsieh Jih-sheng",
]  # fmt: skip
SAYS = ["said", "told reporters", "said in a statement", "told a news conference",
        "said on Facebook", "told lawmakers", "wrote on X", "said in an interview"]  # fmt: skip
QUOTE_OPENERS = [
    "We will not be intimidated", "The armed forces are monitoring the situation closely",
    "This is a serious provocation", "Our position has not changed",
    "Dialogue is the only way forward", "We urge the other side to exercise restraint",
    "Peace and stability across the Taiwan Strait matter to the whole world",
    "The drills are a stern warning to separatist forces", "We have lodged a strong protest",
    "Deterrence only works if it is credible", "Nobody wants a conflict",
    "The alliance has never been stronger", "These flights are becoming routine",
    "The situation in the East China Sea remains severe",
]  # fmt: skip
QUOTE_CLAUSES = [
    "and we will respond calmly and firmly", "but we are prepared for every contingency",
    "and we will keep working with like-minded partners", "and that is not going to change",
    "and the public should rest assured", "but the pressure is clearly growing",
    "and we expect the international community to take note", "and we will defend our waters",
    "and any attempt to change the status quo by force is unacceptable",
    "and we have asked for an explanation through diplomatic channels",
    "and our forces are ready", "but the door to talks remains open",
]  # fmt: skip
INDIRECT = [
    "would respond calmly and firmly", "was prepared for every contingency",
    "would keep working with like-minded partners", "had asked for an explanation",
    "would not accept any change to the status quo by force", "saw no sign of an imminent attack",
    "was reviewing its rules of engagement", "would raise the matter at the next round of talks",
]  # fmt: skip
BACKGROUND = [
    "Beijing claims Taiwan as part of its territory and has not ruled out the use of force to "
    "bring the island under its control. Taipei rejects the claim, saying only the island's 23 "
    "million people can decide their future.",
    "China has stepped up military activity around Taiwan since 2020, sending aircraft and "
    "warships near the island almost daily in what analysts describe as gray-zone tactics meant "
    "to wear down the island's forces without firing a shot.",
    "The uninhabited Senkaku Islands, administered by Japan and claimed by China as the "
    "Diaoyu, have been a source of friction between Tokyo and Beijing for more than a decade.",
    "Japan's Defense Ministry has repeatedly voiced concern about the growing reach of the "
    "People's Liberation Army Navy, whose carriers now operate beyond the first island chain.",
    "The United States switched diplomatic recognition from Taipei to Beijing in 1979 but remains "
    "Taiwan's most important source of arms under the Taiwan Relations Act.",
    "Taiwan's Ministry of National Defense began publishing daily reports on Chinese military "
    "activity in September 2020, and the figures have become a closely watched gauge of "
    "pressure on the island.",
    "The median line of the Taiwan Strait was for decades an unofficial buffer that both sides "
    "respected; Chinese aircraft have crossed it routinely since August 2022.",
    "Manila and Beijing have clashed repeatedly over reefs and shoals in the South China Sea, "
    "where the China Coast Guard has used water cannon against Philippine vessels.",
    "Japan, the United States, Australia and India meet as the Quad, which Beijing has "
    "described as an attempt to contain China.",
    "Tokyo has pledged to raise defense spending to 2 percent of gross domestic product by "
    "2027 and to acquire counterstrike capabilities, including Tomahawk cruise missiles.",
]  # fmt: skip
REACTIONS = [
    "The {country} Foreign Ministry said it was following the developments closely and called on "
    "all parties to avoid actions that could raise tensions in the region.",
    "In {capital}, officials said they had been in contact with their counterparts and would "
    "continue to coordinate closely with allies, according to a statement released late on "
    "{weekday}.",
    "{capital} lodged a protest through diplomatic channels, the ministry said, adding that it "
    "had conveyed its concerns to the Chinese embassy.",
    "Opposition lawmakers in {capital} said the government should explain how it planned to "
    "respond, and several called for a special session of the defense committee.",
]  # fmt: skip
COUNTRIES = [("Japanese", "Tokyo"), ("U.S.", "Washington"), ("Philippine", "Manila"),
             ("Australian", "Canberra"), ("South Korean", "Seoul")]  # fmt: skip
