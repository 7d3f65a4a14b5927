"""Real-length articles (300-600 words) in the shapes of wire copy, for `bench/e2e.py --preset
real`: a dateline and an outlet credit, a lede of the story's kind (a daily activity report with
its totals, a coast-guard report, talks, drills, trade, politics), then paragraphs drawn at random
from quotes, totals, reactions, background and the theme corpus's own passages (their datelines
cut), until the article reaches a length drawn between 300 and 600 words.

Seeded: the same arguments give the same articles, byte for byte, for every variant and round.
"""

import random
import re
from collections.abc import Callable
from datetime import date, timedelta
from xml.sax.saxutils import escape

from common import passages
from wire_phrases import (
    AIRCRAFT,
    BACKGROUND,
    COUNTRIES,
    DATELINES,
    INDIRECT,
    MONTHS,
    QUOTE_CLAUSES,
    QUOTE_OPENERS,
    REACTIONS,
    SAYS,
    SPEAKERS,
    WEEKDAYS,
    ZONES,
)

MIN_WORDS, MAX_WORDS = 300, 600
# A story's kind: (title, lede, its own further paragraphs) for a day.
Story = Callable[[random.Random, date], tuple[str, str, list[Callable[[], str]]]]


def articles(count: int, seed: int = 2026) -> list[tuple[str, str, date]]:
    """`count` (title, paragraphs joined by blank lines, date) articles."""
    rng = random.Random(seed)
    corpus = [_without_dateline(p) for p in passages() if len(p.split()) >= 40]
    kinds = [_daily_report, _coast_guard, _talks, _drills, _trade, _politics]
    return [_article(rng, rng.choice(kinds), corpus) for _ in range(count)]


def feed_documents(feeds: int, count: int, seed: int = 2026) -> dict[str, bytes]:
    """RSS documents that declare no language, `count` articles spread over `feeds` feeds, each
    item a lede in <description> and the whole article in <content:encoded>."""
    documents = {}
    everything = articles(count, seed)
    for f in range(feeds):
        items = []
        for i, (title, text, day) in enumerate(everything[f::feeds]):
            paragraphs = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
            items.append(
                f"<item><guid>w{f}-{i}</guid><title>{escape(title)}</title>"
                f"<link>https://wire{f}.example/{day.isoformat()}/{i}</link>"
                f"<pubDate>{day.strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate>"
                f"<description>{escape(text.split(chr(10))[0])}</description>"
                f"<content:encoded>{escape(paragraphs)}</content:encoded></item>"
            )
        documents[f"/wire{f}.xml"] = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" '
            'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>Wire {f}</title>{''.join(items)}</channel></rss>"
        ).encode()
    return documents


def _article(rng: random.Random, kind: Story, corpus: list[str]) -> tuple[str, str, date]:
    day = date(2025, 1, 1) + timedelta(days=rng.randrange(540))
    title, lede, own = kind(rng, day)
    paragraphs = [_dateline(rng, day) + " " + lede]
    pool = own + [
        lambda: _quote(rng),
        lambda: _quote(rng),
        lambda: rng.choice(BACKGROUND),
        lambda: _reaction(rng, day),
        lambda: rng.choice(corpus),
        lambda: rng.choice(corpus),
        lambda: rng.choice(corpus),
    ]
    target = rng.randint(MIN_WORDS, MAX_WORDS)
    words = len(title.split()) + len(paragraphs[0].split())
    for _ in range(60):
        if words >= target:
            break
        paragraph = rng.choice(pool)()
        size = len(paragraph.split())
        if paragraph in paragraphs or words + size > MAX_WORDS:
            continue
        paragraphs.append(paragraph)
        words += size
    return title, "\n\n".join(paragraphs), day


def _dateline(rng: random.Random, day: date) -> str:
    place, region, outlets = rng.choice(DATELINES)
    outlet = rng.choice(outlets)
    when = f"{MONTHS[day.month - 1]} {day.day}"
    shapes = [
        f"{place} ({outlet}) —",
        f"{place}, {when} ({outlet})--",
        f"{place}{', ' + region if region else ''}, {when} ({outlet}) --",
        f"{place} —",
        f"{place.title()}, {when} ({outlet}) -",
    ]
    return rng.choice(shapes)


def _weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def _daily_report(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    aircraft, ships = rng.randint(4, 45), rng.randint(3, 14)
    crossed = rng.randint(1, aircraft)
    kinds = rng.sample(AIRCRAFT, 3)
    month_aircraft = aircraft + rng.randint(80, 400)
    title = rng.choice([
        f"Taiwan tracks {aircraft} Chinese military aircraft, {ships} ships around island",
        f"{crossed} PLA aircraft cross median line, enter Taiwan's ADIZ: MND",
        f"China sends {aircraft} warplanes toward Taiwan as pressure mounts",
    ])  # fmt: skip
    lede = (
        f"Taiwan's Ministry of National Defense (MND) said it detected {aircraft} Chinese military "
        f"aircraft and {ships} People's Liberation Army Navy vessels operating around the island "
        f"in the 24 hours to 6 a.m. on {_weekday(day)}. Of the aircraft, {crossed} crossed the "
        f"median line of the Taiwan Strait and entered Taiwan's {rng.choice(ZONES)} air defense "
        "identification zone (ADIZ), the ministry said in its daily report."
    )
    own = [
        lambda: (
            f"The aircraft included {kinds[0]}, {kinds[1]} and {kinds[2]}, according to a map "
            "released by the ministry, which said Taiwan had monitored the situation and sent "
            "combat air patrol aircraft, navy vessels and coastal missile systems in response."
        ),
        lambda: (
            f"So far this month, the MND has tracked {month_aircraft} Chinese military aircraft "
            f"and {ships * rng.randint(8, 20)} ships around Taiwan, compared with "
            f"{month_aircraft - rng.randint(-60, 90)} aircraft in the same period last year."
        ),
        lambda: (
            f"The ministry also reported {rng.randint(1, 4)} official ships and a balloon that "
            f"crossed the strait {rng.randint(40, 120)} nautical miles northwest of Keelung "
            "before disappearing from radar."
        ),
        lambda: (
            f"Japan's Joint Staff Office said separately that {rng.randint(2, 8)} Chinese navy "
            "ships, including a destroyer and a supply vessel, sailed through the Miyako Strait "
            "between Okinawa and Miyako Island toward the western Pacific."
        ),
    ]
    return title, lede, own


def _coast_guard(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    vessels, streak = rng.randint(2, 6), rng.randint(20, 340)
    title = rng.choice([
        f"{vessels} China Coast Guard ships enter Japanese waters off Senkakus",
        f"Chinese ships seen near Senkakus for {streak}th straight day",
    ])  # fmt: skip
    lede = (
        f"{vessels} China Coast Guard vessels entered Japanese territorial waters around the "
        f"Senkaku Islands in Okinawa Prefecture on {_weekday(day)}, the 11th Regional Coast Guard "
        f"Headquarters in Naha said, the first such intrusion in {rng.randint(2, 6)} weeks."
    )
    own = [
        lambda: (
            f"The ships, one of them apparently armed with a cannon, stayed in the waters off "
            f"Uotsuri Island for about {rng.randint(2, 9)} hours and tried to approach a Japanese "
            "fishing boat with three crew aboard, the headquarters said. Japan Coast Guard patrol "
            "ships positioned themselves between the vessels and the boat."
        ),
        lambda: (
            f"Chinese government ships have now been spotted in the contiguous zone just outside "
            f"Japan's territorial waters for {streak} consecutive days, the longest streak since "
            "Japan nationalised three of the islands in 2012."
        ),
        lambda: (
            "The China Coast Guard said in a statement that its ships had carried out a "
            "law-enforcement patrol in China's territorial waters around the Diaoyu Islands and "
            "had expelled a Japanese vessel that entered them illegally."
        ),
    ]
    return title, lede, own


def _talks(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    pairs = [
        ("Foreign Minister Toshimitsu Motegi", "Secretary of State Marco Rubio", "Washington"),
        ("Defense Minister Shinjiro Koizumi", "Defense Secretary Pete Hegseth", "Tokyo"),
        ("Foreign Minister Lin Chia-lung", "a delegation of Japanese lawmakers", "Taipei"),
        ("Chinese Foreign Minister Wang Yi", "Foreign Minister Takeshi Iwaya", "Beijing"),
        ("Defense Secretary Gilberto Teodoro", "Defense Minister Gen Nakatani", "Manila"),
        ("Prime Minister Sanae Takaichi", "President Donald Trump", "Tokyo"),
    ]  # fmt: skip
    host, guest, city = rng.choice(pairs)
    title = f"{host.split()[-1]} and {guest.split()[-1]} agree to deepen security cooperation"
    lede = (
        f"{host} and {guest} agreed in {city} on {_weekday(day)} to strengthen cooperation on "
        "maritime security, supply chains and the defense industry, as concern grows over "
        "China's military activity in the East and South China Seas."
    )
    own = [
        lambda: (
            "The two sides also confirmed the importance of peace and stability across the Taiwan "
            "Strait and opposed any unilateral attempt to change the status quo by force or "
            "coercion, according to a joint statement released after the talks."
        ),
        lambda: (
            f"The meeting lasted about {rng.randint(40, 110)} minutes and was followed by a "
            "working dinner, officials said. It was the first such meeting since the two "
            "governments signed a reciprocal access agreement last year."
        ),
        lambda: (
            "Officials said the ministers discussed joint production of missiles, the "
            "maintenance of U.S. Navy ships at Japanese shipyards and closer intelligence "
            "sharing, including on North Korea's ballistic missile launches."
        ),
    ]
    return title, lede, own


def _drills(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    name = rng.choice(["Strait Thunder", "Joint Sword", "Justice Mission"])
    title = rng.choice([
        f"China launches '{name}' drills around Taiwan",
        "PLA Eastern Theater Command stages joint exercises near Taiwan",
    ])  # fmt: skip
    lede = (
        f"China's military launched large-scale exercises code-named {name} around Taiwan on "
        f"{_weekday(day)}, deploying warships, fighter jets and rocket forces in what the "
        "People's Liberation Army's Eastern Theater Command called a stern warning to "
        "separatist forces."
    )
    own = [
        lambda: (
            f"Taiwan's Ministry of National Defense said it had detected {rng.randint(20, 80)} "
            f"aircraft and {rng.randint(10, 30)} naval and coast guard ships taking part, and that "
            "it had set up a response center and put its forces on alert."
        ),
        lambda: (
            "The Eastern Theater Command said the drills focused on sea-air combat readiness "
            "patrols, blockading key ports and precision strikes on key targets, and released "
            "a video showing missiles being launched from mobile platforms."
        ),
        lambda: (
            "The U.S. State Department said Washington was monitoring the drills closely and "
            "urged Beijing to act with restraint, while Japan's chief cabinet secretary said "
            "Tokyo had conveyed its concerns to the Chinese side."
        ),
    ]
    return title, lede, own


def _trade(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    share = rng.randint(20, 60)
    title = rng.choice([
        f"Taiwan exports rise {share}% on AI server demand",
        "TSMC's Kumamoto plant begins shipments as Japan courts chipmakers",
    ])  # fmt: skip
    lede = (
        f"Taiwan's exports rose {share} percent from a year earlier in the month, the Ministry of "
        "Finance said on " + _weekday(day) + ", driven by demand for servers and chips used in "
        "artificial intelligence, with shipments to the United States reaching a record."
    )
    own = [
        lambda: (
            "Taiwan Semiconductor Manufacturing Co. (TSMC), the largest contract chipmaker, said "
            f"its revenue rose {rng.randint(20, 45)}% and that its plant in Kumamoto, run by "
            "its subsidiary Japan Advanced Semiconductor Manufacturing, was operating at full "
            "capacity."
        ),
        lambda: (
            f"Exports to China and Hong Kong fell {rng.randint(1, 12)} percent, the ministry said, "
            "continuing a shift in Taiwan's trade toward the United States and Southeast Asia "
            "that began with the U.S.-China trade war."
        ),
        lambda: (
            "Economists at the Chung-Hua Institution for Economic Research said tariffs remained "
            "the largest risk to the outlook and raised their growth forecast for the year to "
            f"{rng.randint(3, 6)}.{rng.randint(0, 9)} percent."
        ),
    ]
    return title, lede, own


def _politics(rng: random.Random, day: date) -> tuple[str, str, list[Callable[[], str]]]:
    amount = rng.randint(200, 1200)
    title = rng.choice([
        f"Legislature passes NT${amount} billion special defense budget",
        "Opposition KMT and TPP cut defense spending in budget review",
    ])  # fmt: skip
    lede = (
        f"Taiwan's Legislative Yuan on {_weekday(day)} passed a special budget of NT${amount} "
        "billion for coastal missiles, drones and resilience programs, after weeks of debate "
        "between the ruling Democratic Progressive Party (DPP) and the opposition Kuomintang "
        "(KMT) and Taiwan People's Party (TPP)."
    )
    own = [
        lambda: (
            f"The KMT caucus said it had cut {rng.randint(3, 20)} percent of the original request "
            "because the Executive Yuan had failed to explain several procurement items, a claim "
            "the Cabinet rejected."
        ),
        lambda: (
            "Premier Cho Jung-tai said the budget would allow the armed forces to buy more "
            "unmanned systems and harden infrastructure against a blockade, and thanked "
            "lawmakers for their support."
        ),
        lambda: (
            "The Mainland Affairs Council said Beijing's Taiwan Affairs Office had tried to "
            "interfere in the debate by inviting local officials and legislators to cross-strait "
            "forums in Xiamen."
        ),
    ]
    return title, lede, own


def _quote(rng: random.Random) -> str:
    speaker, says = rng.choice(SPEAKERS), rng.choice(SAYS)
    said = (
        f'"{rng.choice(QUOTE_OPENERS)}, {rng.choice(QUOTE_CLAUSES)}," {speaker} {says}.'
        if rng.random() < 0.6
        else f"{speaker} {says} that the government {rng.choice(INDIRECT)}."
    )
    if rng.random() < 0.5:
        said += f' "{rng.choice(QUOTE_OPENERS)}."'
    return said


def _reaction(rng: random.Random, day: date) -> str:
    demonym, capital = rng.choice(COUNTRIES)
    return rng.choice(REACTIONS).format(country=demonym, capital=capital, weekday=_weekday(day))


_DATELINE = re.compile(
    r"^[A-Z][A-Z'. -]+(?:, [A-Z][A-Za-z.]+)*"
    r"(?:, \d{1,2} [A-Z][a-z]+ \d{4}|, [A-Z][a-z]{2,4}\.? \d{1,2})?"
    r"\s*(?:\([^()]{2,40}\))?\s*(?:—|–|--|-)\s+"
)


def _without_dateline(text: str) -> str:
    """A corpus passage as a body paragraph: its own dateline would be a second one."""
    return _DATELINE.sub("", text, count=1).replace("\n\n", " ").replace("\n", " ")
