"""The English theme model reads the classes blind-95 to blind-102 missed as the annotation guide
does: careers and farm-trade copy about defence hiring or bans used as pressure is security alone,
however many partners it names in passing; a row over a reporter's press card is neither; and a
pact to train engineers or exchange reporters is cooperation. The stories are in no corpus; the
shipped model before the passages written for these classes (version 15) tagged the first three
wrongly: cooperation on the two careers stories (0.47 and 0.52, against 0.42 in a security
story), security on the press card (0.55)."""

import pytest

from monitor.nlp.themes import default_theme_model

STORIES = [
    pytest.param(
        (
            "Careers: Japan's shipyards and the Navy want the same welders\n"
            "\n"
            "NAGASAKI — At Mitsubishi Heavy Industries' Nagasaki shipyard, a notice board by the "
            "canteen lists 46 open jobs. Most are for welders, pipe fitters and electricians, "
            "and most of the work is on destroyers and frigates for the Maritime Self-Defense "
            "Force, whose shipbuilding budget has doubled in five years.\n"
            "\n"
            "The yard competes with the Navy for the same people. The MSDF has raised pay for "
            "technical ratings and offers sailors free vocational certificates, and recruiters "
            'from both show up at the same technical high schools. "We lose a welder to the '
            'Navy, the Navy loses a petty officer to us," a yard manager said.\n'
            "\n"
            "The yard has worked with American partners before: U.S. Navy ships have been "
            "repaired in Japanese yards, and executives have visited yards in Virginia and Korea "
            "to compare training. The partners share lessons; they do not share workers.\n"
            "\n"
            "The reason for the rush is in the news every week. The Joint Staff said Chinese and "
            "Russian warships sailed together around Japan this summer, and China's navy now has "
            "more ships than any other. Japan plans to keep more destroyers at sea near its "
            "southwestern islands, where Chinese coast guard ships patrol the Senkakus almost "
            "daily.\n"
            "\n"
            "Starting pay for a certified welder at the yard is 260,000 yen a month. The yard "
            "says it will hire 300 people this year and still be short."
        ),
        {"security"},
        id="careers copy on defence hiring, partners named in passing",
    ),
    pytest.param(
        (
            "Recruiting for the islands: Okinawa's job fair sells life on Japan's front line\n"
            "\n"
            "NAHA — The biggest booth at Okinawa's spring job fair belonged to the Ground "
            "Self-Defense Force, which is hiring for its new missile and surveillance units on "
            "Miyako, Ishigaki and Yonaguni. Recruiters handed out brochures showing island "
            "beaches, and a video of Type 12 missile launchers rolling off a ferry.\n"
            "\n"
            "The GSDF needs about 1,500 more people on the southwestern islands over the next "
            "three years, and Okinawa's young people are its best hope: they know the islands, "
            "and many want to stay near home. Pay includes an island allowance and free housing.\n"
            "\n"
            "Recruiters were frank about the reasons for the build-up. Chinese navy ships pass "
            "between the islands into the Pacific most weeks, and the Joint Staff said on the "
            "day of the fair that a Chinese carrier group was operating south of Miyako. The "
            "units train with U.S. Marines, who are forming their own littoral regiment in "
            "Okinawa, and recruiters said some applicants asked about working with the Americans.\n"
            "\n"
            "Not everyone at the fair was keen. A student from Naha said her grandparents had "
            'told her stories of the Battle of Okinawa. "They said the islands should never be a '
            'base again," she said. "Now the base is hiring."'
        ),
        {"security"},
        id="careers copy on island units, an ally's training in passing",
    ),
    pytest.param(
        (
            "Seoul asks Beijing why a Korean correspondent's press card was not renewed\n"
            "\n"
            "SEOUL — South Korea's foreign ministry said on Thursday it had asked China to "
            "explain why a correspondent for a Korean daily was refused a new press card, "
            "leaving him two weeks to leave Beijing, the second Korean reporter to lose "
            "accreditation this year.\n"
            "\n"
            '"Free reporting by journalists is a basic value we share with our partners," a '
            "ministry spokesman said, adding that Seoul had raised the case with the Chinese "
            "ambassador. China's foreign ministry said foreign reporters who respect Chinese law "
            "were welcome and that the case had been handled according to regulations.\n"
            "\n"
            "The case follows a pattern that has thinned the foreign press corps in China since "
            "2020. American, Australian and Dutch reporters have been expelled or left after "
            "their visas lapsed, and several now report on China from Taipei, Seoul or Tokyo. "
            'Washington said it was "concerned." The Korean paper said its correspondent would '
            "work from Seoul until a new application was decided."
        ),
        set(),
        id="a press card not renewed: a row over reporters, no coercion",
    ),
    pytest.param(
        (
            "When the bans come: Taiwan's tea growers learn to sell without the mainland\n"
            "\n"
            "NANTOU — The high-mountain oolong farms above Lugu used to sell a fifth of their "
            "tea to mainland traders who drove up the mountain with cash. Since Beijing "
            "suspended imports from dozens of Taiwanese tea companies last spring, citing "
            "labelling problems that Taipei calls a pretext, the traders have not come back.\n"
            "\n"
            "The suspension followed a familiar pattern: a Taiwanese leader's trip abroad, then "
            'customs "problems" for pineapples, wax apples, grouper and now tea. Officials in '
            "Taipei call it economic coercion, and the agriculture ministry has offered growers "
            "low-interest loans and help with marketing. Japanese buyers and a Singapore "
            "importer have visited the farms, and a tea-tasting at Taiwan's office in Tokyo drew "
            "a crowd, but growers say the orders are small.\n"
            "\n"
            "The pressure does not stop at trade. On the day this reporter visited, Taiwan's "
            "defence ministry said 23 Chinese military aircraft and seven ships had operated "
            'around Taiwan, and the PLA announced another "combat readiness patrol." A grower\'s '
            "son, back from his military service, said his unit had spent a month on drone "
            "drills.\n"
            "\n"
            '"They want us to feel the mainland is the only market," a grower said, pouring a '
            'cup. "So we find others, one box at a time."'
        ),
        {"security"},
        id="a ban as pressure told in a farm voice, buyers abroad in passing",
    ),
    pytest.param(
        (
            "Money matters: what your travel insurance says about a crisis in the Strait\n"
            "\n"
            "Readers planning trips to Taiwan and Okinawa this summer have asked whether their "
            "travel insurance would pay if a military crisis disrupted their plans. The short "
            "answer: mostly not.\n"
            "\n"
            'Most travel policies sold in Japan, the United States and Europe exclude "war, '
            'invasion, acts of foreign enemies and hostilities." A trip cancelled because of a '
            "typhoon is usually covered; a trip cancelled because of military drills usually is "
            "not, unless your government raises its travel advisory to a level the policy names. "
            "Japan's foreign ministry and the U.S. State Department have not raised their "
            "advisories for Taiwan, despite the daily reports of Chinese military activity — on "
            "Tuesday, Taiwan's defence ministry counted 26 Chinese aircraft and nine ships "
            "around the island — and partners such as Australia and the UK list Taiwan at their "
            "lowest or second-lowest level.\n"
            "\n"
            'What to do? Buy "cancel for any reason" cover if you are nervous; it costs about 40 '
            "percent more. Register with your embassy before you go. And keep a copy of your "
            "policy's exclusions page on your phone: in a crisis, you will not want to search "
            "for it.\n"
            "\n"
            "Airlines are another matter. During the PLA's drills in 2022, several carriers "
            "rerouted flights around the exercise zones and some cancelled; most offered free "
            "changes. Your policy will not pay for a reroute, but your airline might."
        ),
        {"security"},
        id="what insurance pays in a military crisis, partners' advisories in passing",
    ),
    pytest.param(
        (
            "TAIPEI (CNA) — Taiwan and Japan will jointly train 600 engineers for chip plants in "
            "Kumamoto and Tainan under a talent agreement signed Tuesday by the Taiwan-Japan "
            "Relations Association and the Japan-Taiwan Exchange Association, with shared "
            "courses and recognised certificates."
        ),
        {"cooperation"},
        id="a training pact between the two sides' exchange bodies",
    ),
    pytest.param(
        (
            "TOKYO (Kyodo) — Japanese and Taiwanese journalists' associations signed an exchange "
            "agreement on Wednesday under which young reporters will spend three months in each "
            "other's newsrooms every year, funded by the Japan-Taiwan Exchange Association."
        ),
        {"cooperation"},
        id="journalists' associations exchanging reporters",
    ),
]


@pytest.mark.parametrize(("story", "themes"), STORIES)
def test_english_stories_of_the_missed_classes_are_tagged_as_a_reader_expects(
    story: str, themes: set[str]
) -> None:
    (scores,) = default_theme_model().score([story])
    assert set(scores.tags) == themes
