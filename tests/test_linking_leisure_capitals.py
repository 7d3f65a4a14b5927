"""Capitals in culture and leisure copy (theatre, zoos, funerals, casinos, books, shops), from
the real pipeline: a capital's named stage, its trading floors, the buildings it has, the trades
at work in it, a rough count of its firms, a name given in quotes and a list with a city the
knowledge base knows are the city's; data fed into a capital's own watch, notice from it and
"our friends" in it are the government's.

Each case is a shape blind-119, blind-120 and blind-121 showed monitor reading wrongly, in
sentences written for these tests.
"""

import pytest

from tests.linking_helpers import mentions


def link_of(text: str, surface: str) -> str:
    return next(m.entity_id for m in mentions(text) if m.text == surface)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        # a stage, a zoo or a garden named after the possessive is in the city
        (
            "The ministry said Tokyo's Setagaya Public Theatre could shelter 600 people.",
            "Tokyo",
            "tokyo",
        ),
        ("Officials said Seoul's Myeongdong Theater would reopen in May.", "Seoul", "seoul"),
        # ... but a name that goes on past "Theatre" is a body's
        ("Beijing's Eastern Theatre Command said the drills had ended.", "Beijing", "china"),
        # a stage's performances are the city's
        ("Two touring companies cancelled Seoul performances this week.", "Seoul", "seoul"),
        # a market's trading floors are the city's
        ("Typhoon empties Taipei trading floors", "Taipei", "taipei"),
        # a capital that has buildings of a city's life is the city
        ("Seoul alone has three casinos open to foreigners.", "Seoul", "seoul"),
        ("Tokyo now has four public crematoria, the survey found.", "Tokyo", "tokyo"),
        ("Tokyo has several options, the minister said.", "Tokyo", "japan"),
        (
            "Seoul will share its data on metro shelters, of which Taipei alone has over 3,000.",
            "Taipei",
            "taipei",
        ),
        # a bracket crediting an outlet and, after a slash, where it filed
        (
            "(Liberty Times / Taipei, 3rd May) The ministry said it tracked 12 aircraft.",
            "Taipei",
            "taipei",
        ),
        # a trade at work in a capital works in the city, whatever the possessive owns
        ("Jewellers in Taipei's Dihua said sales rose.", "Taipei", "taipei"),
        # a shop chain named after the capital is the city's
        (
            "The cosmetics maker signed a deal with Taipei drugstore chain Daily Beauty.",
            "Taipei",
            "taipei",
        ),
        # a rough count of firms counts the city's
        ("The dozen or so Seoul agencies that book school trips cut prices.", "Seoul", "seoul"),
        # a name given in quotes is the city's
        ('After the complaint the stand was renamed "Taipei" for the fair.', "Taipei", "taipei"),
        # an event's quoted name between the capital and its noun
        (
            "Rival studios crowd Taipei 'slow living' expo\n\nMore than 200 firms took stands.",
            "Taipei",
            "taipei",
        ),
        # a list with a city the knowledge base knows is a list of cities
        ("Buyers say publishers have added Seoul and Hangzhou to their tours.", "Seoul", "seoul"),
        ("Stage pact links Taipei, Tokyo and New York houses", "Tokyo", "tokyo"),
        # what is fed into a capital's own watch goes to the government
        (
            "Officials said the radar data would feed into Tokyo's own tracking of the ships.",
            "Tokyo",
            "japan",
        ),
        ("The families moved into Taipei's old quarters in the 1950s.", "Taipei", "taipei"),
        # "into" is where a thing ends up, unless it is fed in or plays into an actor's hands
        ("The recall barely made it into Tokyo's evening newscasts.", "Tokyo", "tokyo"),
        ("By noon the rumour had crept into Seoul's morning papers.", "Seoul", "seoul"),
        ("Any clash at sea only plays into Beijing's hands, he warned.", "Beijing", "china"),
        # notice comes from a government
        ("Seoul said it had received no notice from Beijing before the launch.", "Beijing", "china"),
        # "our friends" in a capital are its government; hers live in the city
        ("I hope our friends in Washington are listening, the minister said.", "Washington",
         "united-states"),
        ("Her friends in Tokyo threw a farewell party for the troupe.", "Tokyo", "tokyo"),
    ],
)  # fmt: skip
def test_capitals_in_leisure_copy(text: str, surface: str, expected: str) -> None:
    assert link_of(text, surface) == expected
