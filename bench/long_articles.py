"""Does analysis stay linear in an article's length? Words per second of `analyse` on one
article of growing length, against the same words as ordinary 400-word articles.

    .venv/bin/python bench/long_articles.py [--repeat 3] [--hostile-only] [--case NAME]

A long article (a live blog, a report's full text) is built by joining wire-copy articles
(bench/wire.py) under one headline, up to each length, and a long transcript by giving their
paragraphs to speakers in turn ("QUESTION:", "MINISTER KIHARA:"); analysis reads at most
MAX_ANALYSED_CHARS (50,000) of an article, so that is the longest case. If a pass reads the whole
text once a mention, as the headline check once did through spaCy's `doc.text` (a 160,000-
character article took 115 s to link) or searches a transcript's speaker labels again for each
pair of mentions (a 50,000-character press conference took 8 s), the rate falls as the article
grows; a linear pipeline keeps about the rate of short articles. Each length runs `--repeat`
times and the best is shown.

Feeds are hostile input, so `--hostile` cases (`--hostile-only` runs just them, `--case` one of
them) repeat one odd pattern up to each length: one endless sentence of counts, dates and
weekdays, sentences that each open "The same day" or "同日", runs of capitals, quote marks,
bullets, table rows, dotted leaders. Their characters per second should hold as the text grows;
a rule that looks back over all the text before each match makes the rate fall with length.
"""

import argparse
import time

import wire

from monitor.nlp.analyze import MAX_ANALYSED_CHARS, TextToAnalyse, analyse
from monitor.nlp.english import default_pipeline

LENGTHS = (2_500, 10_000, 25_000, MAX_ANALYSED_CHARS)  # characters
HOSTILE_LENGTHS = (5_000, 10_000, 25_000, MAX_ANALYSED_CHARS)

# One odd pattern per case, repeated to each length: (language, the pattern).
HOSTILE = {
    "en-one-sentence-of-counts": ("en", "12 aircraft entered the ADIZ, 3 ships the median, "),
    "en-dates-and-weekdays": ("en", "On Friday, March 3, and Saturday 4 March 2025, "),
    "en-same-day": ("en", "The same day 12 Chinese aircraft entered the ADIZ. "),
    "en-capitals": ("en", "China Japan Taiwan United States Philippines Xi Jinping Lai "),
    "en-quotes-brackets": ("en", '"Taiwan (China) said [12 aircraft] \'were\' seen" '),
    "en-bullets": ("en", "\n■ MND: 16 aircraft, 5 ships"),
    "en-table-rows": ("en", "\n| Aircraft | 16 | ADIZ | Ships | 5 |"),
    # one Markdown row that never closes, cut at every note's "?": rejoined once (rows_whole)
    "en-open-table-row": ("en", "| Thu 3/19 | 4 | **5** acft / 1 PLAN ship? cold front? "),
    "en-dotted-leaders": ("en", "\nAircraft ........ 16\nShips ........... 5"),
    # a cable's marked paragraphs, each cut after "1. (" by the splitter and joined again once
    # (incursion_cable_marks), with a dashed sub-row under each dotted line (incursion_leaders)
    "en-cable-paragraphs": ("en", "\n\n1. (SBU) MND: 9 PLA aircraft .. 9\n-- entered ADIZ .. 4"),
    "en-record-until": ("en", "a record 45 aircraft until 6 a.m. after 16 on Friday, "),
    "en-dated-entries": ("en", "Mar. 3 — two Chinese drones near Taiwan; Mar. 4 — five; "),
    # a digest's items labelled by number and place, by a body and its city, and a bare coast
    # guard counting China Coast Guard ships (item_labels, coast_guard_sides): each label and
    # each paragraph's facts read once
    "en-item-labels": (
        "en", "\n4) JAPAN. The Defense Ministry said\nDEFENSE MINISTRY (Tokyo): a drone flew\n"
        "-- 1500 (Beijing) Foreign Ministry briefing\n■ NAHA, Okinawa (Kyodo) -- Two China Coast "
        "Guard ships entered Kinmen's restricted waters, the coast guard said."
    ),
    "en-days-sharing-an-act": ("en", "9 Chinese jets on Monday and 14 on Tuesday entering ADIZ, "),
    "en-masthead-offices": ("en", "ICRT News\nThe premier said Japan agreed, Beijing said. "),
    "en-capitals-in-lists": ("en", "a message to Seoul, to Tokyo and to Beijing, "),
    # macrons, Japanese place suffixes and unmarked family names, with no stop: one regex pass
    # each (romanised_japanese.py), a lookup a capitalised word (unmarked_office_holders)
    "en-romanised-japanese": ("en", "Rubio, Hegseth / Motegi, TŌKYŌ Miyako-jima Okinawa-hontō "),
    "en-further-counts": ("en", "8 aircraft entered the ADIZ on Monday, and two more on Friday, "),
    "en-event-anchors": ("en", "21 aircraft were seen, days after the drills,     "),
    # a strung row of dated cells that never ends, and a line of craft cells that never ends
    # (incursion_dated_cells, incursion_craft_cells): one split of the line, a fixed window
    "en-strung-dated-cells": ("en", "aircraft/ships\n17 Oct 12/5 · 18 Oct 20/7 · 19 Oct 8/4\n"),
    # A radio script in capitals: every sentence is read lower-cased (incursion_casing.py).
    "en-shouted-script": ("en", "ANCHOR: MND SAYS 18 AIRCRAFT AND SIX NAVY SHIPS ON TUES 27 FEB. "),
    "en-strung-craft-cells": ("en", "PLA aircraft 8 | Ships 6 / 1 official ship (MND, 6am) | "),
    "en-noted-entries": ("en", "\nMar. 9 — 22 aircraft, 5 ships (14 aircraft entered the ADIZ)"),
    "en-bare-branches": ("en", "Minister Koo said the Navy and the Air Force, Taipei said, "),
    "en-bare-services-beside-counts": (
        "en", "guard drawn from the Army, Navy and Air Force; 8 PLA aircraft around Taiwan, "
    ),
    # a ministry named above each list of counts (craft_reports' paragraph below): one bisection
    "en-ministry-above-counts": ("en", "The MND posted its list.\n\n• 12 PLA aircraft.\n\n"),
    "en-owned-bodies": ("en", "Beijing said its coast guard, Guo Jiakun of the foreign ministry, "),
    "en-clause-days": ("en", "on Saturday it saw 17 aircraft, and on Monday 3 ships; "),
    # a week run by weekday and comma, each entry split once (incursion_day_runs), a writer's
    # "As I write" and "per the same ministry" read once a sentence
    "en-weekday-runs": ("en", "As I write, Sunday, 14 aircraft; Monday, 21, per the same MND; "),
    "en-peak-semicolons": ("en", "busiest was Jan. 8, when 57 aircraft flew; on Tuesday, 11; "),
    "en-release-fields": ("en", "Aircraft: twenty sorties; PLAN vessels: nine; June the ninth; "),
    "en-approaches": ("en", "two ships sailed close to the the prohibited zone near its ADIZ, "),
    "en-window-starts": ("en", "since 6 a.m. the previous day 12 jets, from 6 6 the day before, "),
    "en-recalled-reports": ("en", "a day after MND said 12 ships joined — on Monday, tally — 9 "),
    # one sentence of clauses, each with its count, its day and a stay still going on
    "en-stays-and-semicolons": (
        "en",
        "2 ships entered the waters on Monday and were still inside as of Tuesday; 11 jets; ",
    ),
    # a quotation that opens and never closes, each sentence refuting it, denying a figure and
    # asking about one: every cue is read within its sentence or a few after (fact_checks.py)
    "en-refuted-quotes": (
        "en",
        "A post claimed “100 warships. Not 70 jets? 9 ships appear nowhere. ",
    ),
    "en-mended-names": ("en", "Japan Coast Gaurd cutters, Keidanren-backed firms, Kawasaki Heavy "),
    "en-congress-tags": ("en", "Sen. Coons (D-Del.) said the Senate and the Chinese Embassy (R-"),
    # a media monitor's outlet-headed items, and letters spelt by a body named in full
    "en-outlet-items": (
        "en", "\n\nTaipei Times\nCabinet to send the KMPB budget to the legislature, NIA says"
        "\n\nNHK\nKinmen-Matsu-Penghu Branch and National Immigration Agency staff met Tokyo."
    ),
    "en-initialisms": ("en", "the Eastern Theater Command and the contiguous zone: ETC, CZ, "),
    # a bare count looks back for "the number of CRAFT", and "flights" for the aircraft flying them
    "en-numbers-and-flights": ("en", "the number of PLA aircraft was 12, jets made 9 flights at "),
    # counts pointing back at the sentence before, verbless lines and a week told by its days
    "en-pointed-back": (
        "en",
        "That was up from two on Friday. Another Chinese balloon over the Taiwan Strait. "
        "This week, per the MND: on Monday, 45 PLA aircraft; ",
    ),
    "en-capital-grammar": ("en", "To Tokyo, in Oslo, and Seoul has ties to a Taipei think-tank "),
    # thousands of generic bodies, people and services, a paragraph each: each body's turn looks
    # up what is named in it, and its paragraph is bisected, never a scan of every link or break
    "en-many-generic-bodies": (
        "en", "The MND said Minister Lin met Ko Wen-je, the Navy and the Coast Guard in Tainan.\n\n"
    ),
    "en-greetings": ("en", "Premier Su, Vice President Hsiao, Director Greene, Minister Lin, "),
    "en-lone-family-names": ("en", "Japan: Iwaya met Tony Rubio, Rubio, FM Motegi + DM Koizumi; "),
    # references escaped up to four times, broken ones and ampersands: one regex pass (char_refs)
    "en-character-references": ("en", "Taiwan&amp;amp;amp;#8217;s &#8220;MND&#x201D; &amp;&& &#; "),
    # a clippings list's place-headed bullets (datelines.py) and event lines dated on their head
    "en-bulleted-places": ("en", "\n• Kagoshima — the Defense Ministry, Jan. 8, Tokyo\n\n"),
    "en-citation-marks": ("en", "the median line.[31][a] Guam[2] and Taipei,[citation needed] "),
    # the Koreas' halves and leaders' joined family names laid over the model's readings
    "en-halves-and-pairs": ("en", "North Korea: the North, the South, Biden-Xi, Tsai-Xi talks. "),
    "en-place-led-groups": ("en", "Okinawa Sea Reef Coral Fish Yilan Watch MND median-line "),
    "en-shares-and-bars": ("en", "\nJets | 12\n9 jets in the ADIZ, some of them to the Pacific, "),
    "en-digest-items-and-sources": (
        "en",
        "\n>> TOKYO (Kyodo) -- the Defense Ministry said¹.\nSources: ¹Kyodo ²NHK · Taipei Times³ ",
    ),
    "en-craft-word-runs": ("en", "Chinese army "),
    # an operator's log: barred day rows, bulletin notes after a dash, "One balloon" after a count
    "en-operator-logs": (
        "en",
        "\nSat 25 Oct | aircraft 17 | median line/ADIZ 11\n• balloons: 2 — one crossed. "
        "3 balloons. One balloon flew. ",
    ),
    # headerless day rows, craft cells among others, and date-time groups (incursion_rows.py)
    # key figures whose label writes the period, a barred row's combined zone column and a
    # month's list announced by a colon line (incursion_period_labels.py, incursion_rows.py)
    "en-period-labels": (
        "en",
        "\n• PLA Navy vessels, same period: 6, with 2 in the ADIZ, 24 hours to 6 a.m.: "
        "\nMon 7/14 — aircraft 9 | crossed median line / entered ADIZ 4\nOctober around:\n",
    ),
    "en-headerless-day-rows": (
        "en",
        "\nMon 1 Sep | aircraft 12 | ships 7 | posts 640 | 130600H DEC 24 ",
    ),
    # a listing's pipe-split cells with no line break: a fixed window of tokens each way
    "en-venue-cells": ("en", "Talk | Taipei, 5 May | Room B, Tokyo | Seoul and online (Manila, "),
    "en-desk-lines": ("en", "\n-- 0912 TOKYO: Taipei/Seoul/Manila, TAIPEI, TOKYO and Seoul "),
    # OCR of print: digits read as letters, words broken across lines, names misread, all
    # mended in one pass of regular expressions and a look-up a word (print_slips)
    "en-scanned-print": ("en", "l3 of the J-l0s, identifi-\ncation zone, Koizurni Koizumi "),
    "en-row-shapes": ("en", "For readers (Wed 3 Sep): aircraft 18 / Entry: none: vessels 6 — "),
    "en-shorthand-counts": ("en", "Taiwan MND, 3 May: 1 ships and 2 ships / 3 ships and 4 ships "),
    # captions in lower case, read cased (caption_case): a fixed window of words at each word
    # an interview's glosses, spoken counts and corrections, and flash lines in capitals
    "en-interview-flashes": (
        "en",
        "\nQ: He spoke with us on Monday: 27 PLA [People's Liberation Army] aircraft; on Monday "
        "it was 19. Twenty-seven, not 21.\nWed 26 Nov — 14 / 6 / 0\n*TAIWAN SAYS 12 CHINESE "
        "MILITARY AIRCRAFT AROUND ISLAND\n",
    ),
    # a bulletin's pronunciation guides, a half-written one and a label (pronunciation_guides)
    "en-pronunciation-guides": (
        "en",
        "\n[ANCHOR] the Miyako [MEE-yah-koh] Strait, Hai Kun [HIGH KWUN] [sen-KAH-koo-mee-yah ",
    ),
    "en-caption-lines": ("en", "\n[00:00:07] taiwan's a d i z and the pla near guam, lai said"),
    "en-caption-one-line": ("en", "a b c d e f g h i j k m n d ministry of national defense i "),
    # designators and names read out: a few look-ups of a fixed window at each word
    "en-caption-spoken": ("en", "\n[00:00:07] j sixteen kj five hundreds lie ching day lie"),
    # cable heads in capitals (capital_lines, cable_posts): each line recased once, word by word
    "en-capital-lines": (
        "en",
        "\nUNCLAS AIT TAIPEI 000731\nSUBJECT: AMBASSADOR GLASS CALLS ON LIN CHIA-LUNG\nMOFA said",
    ),
    # Markdown's marks, paired and unpaired (markdown_marks): a fixed reach from each mark
    "en-markdown-marks": ("en", "\n## **Lai** *[MND](https://x.tw/a) `ETC __ 📌 > **12 jets [ "),
    # footnotes read away, a correction's figure and day put back in every sentence before it
    "en-footnotes-and-corrections": (
        "en",
        "MND² saw 32 aircraft[1] around it¹ Saturday; 23 aircraft, not 32, Sunday, not Saturday. ",
    ),
    "en-counts-dated-one-by-one": (
        "en",
        "the MND reported 13 aircraft on Sunday, and nine on Saturday, ",
    ),
    # English copy with names glossed in characters and a release's Japanese original: each run
    # of CJK script read once by its reader, each gloss looked up by where its bracket opens
    "en-glosses-and-originals": (
        "en",
        "Lai Ching-te (賴清德) met the LDP (自民黨) in Tōkyō (東京). 中国軍機１２機が防空識別圏に"
        "進入した。 ",
    ),
    # Names cut by their gloss and pinyin spellings in brackets: each bracket read once, its
    # words either side looked up a bounded number of times
    "en-cut-names-and-pinyin": (
        "en",
        "the Danjo (男女) Islands, Kaohsiung (Gaoxiong), Su Jia-chyuan (蘇嘉全, Su Jiaquan) and ",
    ),
    # exchange sentences beside figure sentences, and counts with no craft after them: each
    # sentence read once, each count's craft looked for within four words (told_figures.py)
    "en-told-figures": (
        "en",
        "Youth from Miyako began a homestay. Two CCG ships stayed near it, 3 4 5 6 7 8 9 10 ",
    ),
    # Chat tallies (tally_lines), newsletter part columns and glossed days: a bounded reach
    # after each craft noun, each slash run and each bracket
    "en-chat-tallies": (
        "en",
        "aircraft: J-16 x6, plus 3 drones, aircraft / of which into ADIZ / ships 6, ships 1 "
        "Fri 6/2 ...... 7 / 2 / 5 Oct. 1 (National Day ",
    ),
    # a ticker's bars and a table's before its figures, weekdays opening sentences (SENTENCE,
    # cjk_counts._WEEKDAY_OPENS): one pass over the text each
    "zh-ticker-bars": ("zh", "共機12架次｜前一天40架次｜共艦｜5艘\n周一（3日），曾有共機3架次。"),
    "ja-same-day": ("ja", "同日、中国軍機１２機が台湾周辺で活動した。"),
    "ja-one-sentence-of-counts": ("ja", "中国軍機１２機と艦艇３隻が防空識別圏に進入し、"),
    "ja-dates": ("ja", "３日（金）と４日（土）の午前６時まで、"),
    "ja-bullets": ("ja", "\n■国防部：軍機１６機、艦艇５隻"),
    "ja-brackets-quotes": ("ja", "「台湾」（中国）『尖閣諸島』【日本】"),
    "ja-readings": ("ja", "尖閣諸島（せんかくしょとう）に海警局（かいけいきょく＝警察）の船４隻、"),
    "ja-by-days": ("ja", "１日から２８日までに延べ４０隻、２９日までに"),
    # Kanji dates, and ships pointed back to as still inside on a later day (cjk_days).
    "ja-kanji-dates-and-stays": (
        "ja",
        "去る六月十日、海警局の船２隻が領海に侵入した。２隻は十一日正午現在も領海内にいる。",
    ),
    # An account opened by a full date, its month-and-day days after it, and ships leaving
    # (cjk_account_years, cjk_incursions): a fixed reach back for each sentence's opening date.
    "zh-account-years": (
        "zh",
        "2022年8月4日起，8月5日共有4艘海警船侵入领海，8月6日4艘海警船驶离领海，截至7日中午仍在。",
    ),
    # One endless run of kanji one character off names (cjk_misspelt_terms): two look-ups a
    # length at each character, never a scan of the knowledge base's names.
    "ja-misspelt-terms": ("ja", "統合幕僚幹部防空識別権小泉進次朗國家安全部中華民国海軍司令"),
    # full names and their short forms (cjk_clipped_names), and a correction's quoted figures
    # (cjk_corrections), each short form and quote read once
    "ja-short-forms-and-corrections": (
        "ja",
        "先島諸島と先島、山口県・山口、海洋委員会の海洋委、11管、「２１機」としたのは「１２機」の誤り",
    ),
    "ja-owner-countries": ("ja", "米政権と米紙、豪政府、台紙、石垣市議会、沖縄県議会、"),
    # A table of daily figures under the defence ministry's report, row after row with titles
    # opened by a country's body between (cjk_day_tables, cjk_title_countries): one pass.
    "ja-day-table-rows": (
        "ja",
        "\n日付　軍機（うちＡＤＩＺ進入）　艦艇　公船\n１月１３日（火）　３５（２４）　８　２"
        "\n１月１４日（水）　２１（―）　７　―\n国防部：ペロシ米下院議長、",
    ),
    # A bulletin's list of days, and a speaker's fillers and pronouns before counts
    # (cjk_day_tables.day_list_facts, cjk_counts): a line at a time, fixed windows back.
    "ja-day-lists-and-fillers": (
        "ja",
        "\n・3/4（火）　軍機9機、艦艇7隻（うち中間線越え3機）\n6月12日（水）　軍機 22 ／艦艇 9"
        " ／うちADIZ進入 10\nえー、あのー、えー、これが1隻、アメリカ海軍、",
    ),
    # A flattened table's line with no full stop, its brackets holding spaces (cjk_headlines:
    # each break looked up among the line's brackets by bisection); ministers' titles and
    # bracketed acronyms (cjk_title_bodies, cjk_bracketed_acronyms: a fixed look after each).
    "ja-bracketed-table-lines": (
        "ja",
        "　航空機　延べ７１機（うち中間線越え及び防空識別圏進入　４５機）　林佳竜外交部長"
        "海上協同活動（ＭＭＣＡ）",
    ),
    # A worksheet's options, glosses, blanks and corrections under an answer key's heading,
    # and table rows with counters (cjk_learner_lines, cjk_answer_keys, cjk_day_tables): a
    # line at a time, one substitution pass for each corrected statement.
    "ja-worksheet-keys": (
        "ja",
        "\n①25機　②35機\n・「約30機」→ 28機\nうち十五機が（ア）を越え\n"
        "11日（月）｜９機｜４機｜６隻\nイ　〔１２機〕\n【解答】ア＝中間線　イ　×　→　１９機",
    ),
    "zh-quoted-names": ("zh", "“希金斯”号、「漢光」演習、中國軍艦、美軍工企業，"),
    "zh-scare-quoted-zones": ("zh", "其中17架次进入台湾北部、中部及西南“空域”，未列入“台湾周边”"),
    "zh-same-day": ("zh", "当日，共机12架次进入台湾西南空域。"),
    "zh-one-sentence-of-counts": ("zh", "共机12架次、共舰3艘进入防空识别区，"),
    "zh-dates": ("zh", "3日（星期五）至4日（星期六）上午6时，"),
    "zh-quoted-days": ("zh", "昨（十二）日說：「今天共機30架次，昨天共艦11艘，十六日（週日）"),
    "zh-lines-without-stops": ("zh", "\n国防部 共机16架次 共舰5艘"),
    "zh-owners-without-stops": ("zh", "【明報專訊】美國國務院、國務院批准、參議院、內地，"),
    "zh-mainland-bodies": ("zh", "台湾地区防务部门称，习近平、習政権、台防务部门，"),
    # bare ministries after a credit and a body named in full, among many other names
    # (cjk_generic_bodies): a fixed window of names back for each bare one.
    "zh-foreign-edition-bodies": (
        "zh", "韩联社首尔电 台湾国防部、中国、美国、日本说，国防部、外交部，"
    ),
    # editions of exercises and others' zones, with no stop: one regex pass and fixed windows
    "zh-editions-and-others-zones": (
        "zh", "漢光41號、“利剑-27”、联合利剑-2024A、日艦、5日艦艇，进入我领海的日本渔船"
        "、共機2架次進入日本防空識別區、與那國島以南空域，"
    ),
    # capitals in the crowd's words, joined, as sides and speakers, with no stop
    # (cjk_name_context.capital_acts, cjk_capital_sense): fixed-width looks around each capital
    "zh-capitals-in-threads": (
        "zh", "北京同東京嗌交，東京那邊話華府唔敢出手，和北京保持溝通、马尼拉越来越敢，台媒日媒陸客"
    ),
    # exam material on one line with no stop: tallies, blanks, options and keys
    # (cjk_tally_marks, cjk_answer_keys): each sentence looks back a bounded reach for options
    "zh-exam-material": (
        "zh", "國防部：共機x35 共艦×8，越中線x22 (A)15架次 (B)45架次 "
        "共機（　①　）架次 【解答】①十三 "
    ),
    # a quiz's questions and answers, and a coast guard's tables by zone, line after line
    # (cjk_quiz_answers, cjk_zone_tables): each question and each stretch of text read once
    "zh-quizzes-and-zone-tables": (
        "zh", "\nQ1　釣魚台鄰接區有幾艘海警船？\nA1　4艘。\n日期｜鄰接區｜領海｜備註\n"
        "9/2（二）｜海警船4艘駛入｜－｜\n9/7（日）｜截至中午仍有4艘｜－｜尚未離開"
    ),
    # a coast guard's chronology a line a day and footnotes cited and opened (cjk_zone_lists,
    # cjk_footnotes): each line read for its places once, each note's mark once
    "ja-chronologies-and-notes": (
        "ja", "\n尖閣諸島周辺海域日誌\n表　接続水域内で確認された隻数\n７月８日（火）　４隻\n"
        "７月９日（水）　接続水域内　中国海警局の船四隻（注1）\n（注1）同期間、３７機とした。"
    ),
    # a court ruling on the far shore, courts after their seats, day words before 經 (cjk_home's
    # far_shore, cjk_name_context's court seats and day words): each 對岸 and seat read once
    "zh-legal-copy": (
        "zh", "傳送對岸，河對岸，台北地院、福建金門地方法院、厦门中院，近日經深圳，海警機構，立院，"
    ),
    # the mainland as a market, soldiers after a country (cjk_press_home's mainland_named, the
    # 軍人 of cjk_name_context): each 内地 and 軍 read once, with its next word only
    "zh-markets-and-soldiers": ("zh", "内地上映，日本内地市场，深入内地，台灣軍人、美軍人員，"),
    # a roundup's bare days and shorthand, a line each (cjk_day_tables' listed days,
    # cjk_tally_marks' shorthand, cjk_group_facts' zone topics): one pass each
    "ja-roundup-shorthand": (
        "ja",
        "\n9日(月)　機 14／艦 7（中間線越え・ADIZ進入 5）火曜（10日）は機0・艦7、中間線越えは3機。",
    ),
    # a recap's taken-back figures, "Includes" lines and lines of types after a total
    # (incursion_disowned_figures, incursion_included_lines, incursion_type_lists): each
    # sentence is read with the one or few before it only
    "en-taken-back-and-type-lists": (
        "en",
        "a post claiming 70 jets. No ministry said so. We said five ships. The figure was four. "
        "4 aircraft. TRUE. Two J-16s and two Su-30s. Includes 4 drones and a KJ-500.\n",
    ),
    # carriers' namesakes joined and bracketed, bare ministries after a side's, titles holding
    # bodies, clipped families, pinyin letters (cjk_carriers, cjk_generic_bodies,
    # cjk_title_bodies, cjk_family_names, cjk_bracketed_acronyms): the article's carriers read
    # once, each name's few neighbours only
    "ja-namesakes-and-sides": (
        "ja",
        "空母「山東」と山東か福建、遼寧（16）、山東（17）。中国国防部、国防部と外交部。"
        "卓栄泰（卓榮泰）行政院長、中谷元と中谷・テオドロ、東風（ＤＦ）。",
    ),
    # Japanese enthusiast copy's equipment by type, home or hull (cjk_owned_equipment): every
    # force, home and quoted run is read once, with a few characters around it
    "ja-owned-equipment": (
        "ja",
        "空自F-15と南西空のF-15、三沢のF-35A、先島のPAC-3。イージス艦の「まや」「はぐろ」「",
    ),
}  # fmt: skip


SPEAKERS = ("QUESTION", "MINISTER KIHARA")


def long_article(chars: int, bodies: list[str], transcript: bool = False) -> str:
    """A headline, then whole wire articles until `chars` characters; in a transcript each
    paragraph is a turn of the next speaker."""
    if transcript:
        text = "Press Conference by the Chief Cabinet Secretary"
        paragraphs = [p for body in bodies for p in body.split("\n\n")]
        bodies = [f"{SPEAKERS[i % 2]}: {p}" for i, p in enumerate(paragraphs)]
    else:
        text = "Live: China's drills around Taiwan, reactions from Tokyo and Washington"
    for body in bodies:
        if len(text) >= chars:
            break
        text += "\n\n" + body
    return text[:chars]


def best_seconds(items: list[TextToAnalyse], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        analyse(items)
        times.append(time.perf_counter() - started)
    return min(times)


def hostile_rates(names: list[str], repeat: int) -> None:
    """Characters per second of each hostile case at each length; "vs first" is the rate at
    that length over the rate at the shortest (a linear pass stays near 1)."""
    print(f"{'hostile case':<30}{'chars':>8}{'seconds':>10}{'chars/s':>10}{'vs first':>10}")
    for name in names:
        language, pattern = HOSTILE[name]
        analyse([TextToAnalyse("warm-up", pattern, language)])  # loads the language's model
        first_rate = 0.0
        for chars in HOSTILE_LENGTHS:
            text = (pattern * (chars // len(pattern) + 1))[:chars]
            try:
                seconds = best_seconds([TextToAnalyse(name, text, language)], repeat)
            except Exception as exc:  # noqa: BLE001 - GiNZA refuses texts over 49,149 bytes
                print(f"{name:<30}{chars:>8,}  failed: {str(exc)[:60]}")
                continue
            rate = chars / seconds
            first_rate = first_rate or rate
            print(f"{name:<30}{chars:>8,}{seconds:>10.2f}{rate:>10,.0f}{rate / first_rate:>10.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs per length (best is shown)")
    parser.add_argument("--hostile", action="store_true", help="also the hostile cases")
    parser.add_argument("--hostile-only", action="store_true", help="only the hostile cases")
    parser.add_argument("--case", action="append", choices=sorted(HOSTILE), help="this case only")
    args = parser.parse_args()
    default_pipeline()
    analyse([TextToAnalyse("warm-up", "Taiwan's defence ministry tracked 12 aircraft.", "en")])
    if args.hostile or args.hostile_only or args.case:
        hostile_rates(args.case or list(HOSTILE), args.repeat)
    if args.hostile_only or args.case:
        return
    bodies = [body for _, body, _ in wire.articles(200)]
    short = [TextToAnalyse(str(i), body, "en") for i, body in enumerate(bodies[:60])]
    short_words = sum(len(item.text.split()) for item in short)
    short_rate = short_words / best_seconds(short, args.repeat)
    print(f"{'article':<36}{'words':>8}{'seconds':>10}{'words/s':>10}{'vs short':>10}")
    print(f"{'60 ordinary articles':<36}{short_words:>8,}{'':>10}{short_rate:>10,.0f}{1:>10.2f}")
    for transcript in (False, True):
        for chars in LENGTHS:
            text = long_article(chars, bodies, transcript)
            words = len(text.split())
            seconds = best_seconds([TextToAnalyse("long", text, "en")], args.repeat)
            rate = words / seconds
            label = f"{'a transcript' if transcript else 'one'} of {len(text):,} characters"
            print(f"{label:<36}{words:>8,}{seconds:>10.2f}{rate:>10,.0f}{rate / short_rate:>10.2f}")


if __name__ == "__main__":
    main()
