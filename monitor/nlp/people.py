"""People named by part of their name: a bare title ("the premier said") is the holder of the
office on the article's date; a family name after the full name, or before "administration", is
that person; a misspelt name is the person the article writes right.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from .body_officers import heads_an_unknown_body, owned_by_a_body
from .bulletin_offices import office_home
from .context import ArticleContext
from .doc_entities import entities
from .doc_text import span_text
from .doc_words import token_starts, token_texts
from .english import capitalised_token_indices
from .first_letters import one_word_names_by_letter
from .kb import KnowledgeBase
from .kb_matcher import OFFICE
from .mention import Mention, mention_of, relinked
from .names import TITLE_WORDS, fold, strip_titles
from .office_introductions import introduced_by_office
from .respellings import one_letter_slipped
from .titles_elect import elect_end, elected_holders

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LOCAL_FUZZY_MIN_SCORE = 80  # against names the article itself uses, a typo is likelier
WRITTEN_FAMILY_MIN_SCORE = 40  # "Ku" for "Koo", "Nakatini" for "Nakatani"; not a given name
NOT_A_HOLDER_BEFORE = {"vice", "former", "ex", "then", "deputy", "late", "outgoing", "incoming",
                       "future", "acting", "a", "an", "another", "every", "any"}  # fmt: skip
# A lower-case title is an office held only after these: "the prime minister", "Japan's prime
# minister", and in a spokesman's quote "a lawful statement by our prime minister".
OWNING = {"the", "'s", "’s", "our"}
GOVERNMENT_WORDS = {"administration", "government", "cabinet"}
LEADERS = {"president", "prime minister", "premier"}
HEADS = {"president", "prime minister"}  # of state or government: named by family name alone
_TITLE_SET = set(TITLE_WORDS)


def office_holder(
    doc: Doc,
    span: Span,
    title: str,
    kb: KnowledgeBase,
    context: ArticleContext,
    published: date | None,
    titled: set[str],
    in_article: set[str],
    country: str | None,
) -> Mention | None:
    """'the premier said': the person who held the office on the article's date, in the
    country the words around it say (`country`), else the article's country, else the one holder the
    article names. Undecided when it names two people with the title ("Philippine President
    Marcos and South Korean President Lee ... the president said"). A title before a name
    is that name's."""
    elect = elect_end(doc, span)
    after_at = span.end if elect is None else elect
    after = doc[after_at] if after_at < len(doc) else None
    if after is not None and after.text[:1].isupper():
        return None  # "President Lai", "President-elect Lai": a title before a name is the name's
    previous = doc[span.start - 1].lower_ if span.start else ""
    if previous in NOT_A_HOLDER_BEFORE or (span.text.islower() and previous not in OWNING):
        return None
    if span.text.isupper() and any(c.isdigit() for c in previous):
        return None  # "3 PM", "11:30 PM": a clock's hour, not a prime minister
    if heads_an_unknown_body(span) or owned_by_a_body(span):
        return None  # "President of Beigan Harbour Lines", "the council's president": a body's
    if published is None:
        return None
    holders = {
        country: holder
        for (t, country) in kb.holders
        if t == title and (holder := kb.holder(title, country, published))
    }
    if elect is not None:  # the people introduced with the bare title hold it already
        holders, titled = elected_holders(title, kb, published), set()
    if country is not None:
        holder = holders.get(country)
    else:
        named = titled | (in_article & set(holders.values()))
        home_country = office_home(doc, span, context, kb)
        home = holders.get(home_country) if home_country else None
        if len(titled) > 1:  # two people introduced with this title: only house style says which
            holder = _house_holder(span, previous, titled, set(holders.values()))
        elif home and (home in named or not named):
            holder = home
        elif len(named) == 1:
            holder = named.pop()
        elif not named and len(holders) == 1 and elect is None:
            # "the chief cabinet secretary" is Japan's; but the one president-elect of the
            # day is nobody's in a story whose country elected none
            holder = next(iter(holders.values()))
        else:
            holder = None  # two people with this title, and nothing says which
    return mention_of(span, holder, kb) if holder in kb.entities else None


def _house_holder(span: Span, previous: str, titled: set[str], holders: set[str]) -> str | None:
    """'In remarks, the President welcomed the two envoys': an office's own release writes its
    head's title with a capital after "the" and names a visiting head by title and name
    ("President Santiago Peña", whom the knowledge base does not hold in office); so the
    capitalised title is the one person introduced with it who holds the office that day."""
    in_office = titled & holders
    if previous != "the" or not span.text[:1].isupper() or len(in_office) != 1:
        return None
    return in_office.pop()


def titled_people(
    doc: Doc, spans: list[Span], linked: dict[int, Mention | None], title: str
) -> set[str]:
    """The people the article introduces with `title` ("Foreign Minister Lin Chia-lung",
    "Guatemalan Foreign Minister Carlos Martínez"), in or outside the knowledge base."""
    people = set()
    for index, marked_person, name in _introduced_with(doc, spans, title):
        mention = linked.get(index)
        if marked_person or (mention and mention.label == "PERSON"):
            people.add(mention.entity_id if mention else f"person:{name}")
    return people


def _introduced_with(doc: Doc, spans: list[Span], title: str) -> list[tuple[int, bool, str]]:
    """Each span the words before give `title` (not "former Prime Minister Shinzo Abe"): its
    index, whether the model marked it a person, and its folded text. Found once an article for
    every title (office_introductions.py): asked for every bare title, reading every span again
    made an article of many greetings quadratic (75 s at 50,000 characters)."""
    cached = doc.user_data.get("introduced_with")
    if cached is None or cached[0] is not spans:  # one linking pass's spans
        found = introduced_by_office(doc, spans, NOT_A_HOLDER_BEFORE)
        cached = doc.user_data["introduced_with"] = (spans, found)
    introduced: list[tuple[int, bool, str]] = cached[1].get(title, [])
    return introduced


def leader_of_government(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date | None
) -> Mention | None:
    """'the Biden administration', 'the Lai government': a family name before the word for a
    government is the president or prime minister of that name in office on the article's date,
    though the article never writes the full name; failing one, the one leader of that name
    before the date ("the Kishida government" after Kishida left, "the first Trump
    administration"). The model tags the name a person or, as the government's, an
    organisation ("the Trump administration"): either is the leader."""
    words = span[1:] if span[0].lower_ == "the" else span
    if len(words) == 2 and words[-1].lower_ in GOVERNMENT_WORDS:
        span = words[:1]  # the model's "the Biden Administration" took the government word in
    after = doc[span.end].lower_ if span.end < len(doc) else ""
    if len(span) != 1 or after not in GOVERNMENT_WORDS or published is None:
        return None
    leaders = {
        person
        for (title, country), _ in kb.holders.items()
        if title in LEADERS and (person := kb.holder(title, country, published))
        and kb.entities[person].family_name == span.text
    }  # fmt: skip
    if not leaders:
        leaders = {
            person
            for (title, _), terms in kb.holders.items() if title in LEADERS
            for start, _, person in terms
            if start <= published and kb.entities[person].family_name == span.text
        }  # fmt: skip
    return mention_of(span, leaders.pop(), kb) if len(leaders) == 1 else None


def head_by_family_name(
    doc: Doc, span: Span, kb: KnowledgeBase, published: date, countries: set[str]
) -> Mention | None:
    """'Xi knows', 'after Lai stopped in Guam': a lone family name the article never writes in
    full is the president or prime minister of that name in office on its date, when the
    article names that leader's country. Not when another person in the article bears the
    name ("Jimmy Lai ... Lai said"), and not a premier's: premiers' family names ("Li") are
    too common to stand for them alone."""
    if len(span) != 1 or span.label_ != "PERSON":
        return None
    family = fold(span.text)
    if family in full_name_words(doc):
        return None
    heads = {
        person
        for (title, country), _ in kb.holders.items()
        if title in HEADS and country in countries
        and (person := kb.holder(title, country, published))
        and fold(kb.entities[person].family_name or "") == family
    }  # fmt: skip
    return mention_of(span, heads.pop(), kb) if len(heads) == 1 else None


def written_family_name(text: str, name: str, family_name: str) -> str | None:
    """The family name as this article spells it in the full name it linked: "Ku" in
    "Defense Minister Wellington Ku" (Wellington Koo), so "Ku says" later is him too."""
    name_words, family = fold(name).split(), fold(family_name)
    words = fold(text).split()[-len(name_words) :]
    if family not in name_words or len(words) != len(name_words):
        return None
    written = words[name_words.index(family)]
    if written[:1] != family[:1] or written in name_words:
        return None  # "Nobuo" of "Kishi Nobuo" is no spelling of "Kishi"
    return written if fuzz.ratio(written, family) >= WRITTEN_FAMILY_MIN_SCORE else None


def family_names_alone(doc: Doc, kb: KnowledgeBase) -> dict[str, str]:
    """Folded names of the people the article calls by a family name alone that only one
    person in the knowledge base bears ("Koo said ..."): a full name misspelt beside it
    ("Defense Minister Wellington Ku") is that person, though the article never writes the
    full name right. Not a family name that a full name in the article writes right ("Kuo
    Jyh-huei ... Kuo said"): that one is the person the article names, and no misspelling."""
    names: dict[str, str] = {}
    in_full = full_name_words(doc)
    for ent in entities(doc):
        people = kb.family_names.get(fold(span_text(ent)), ()) if ent.label_ == "PERSON" else ()
        if len(ent) == 1 and len(people) == 1 and fold(span_text(ent)) not in in_full:
            entry = kb.entities[people[0]]
            for name in (entry.name, *entry.aliases):
                if len(key := fold(name)) >= 6:
                    names.setdefault(key, entry.id)
    return names


def full_name_words(doc: Doc) -> frozenset[str]:
    """The folded words of the people's names the article writes in full ("Jimmy Lai"), gathered
    once a Doc (its entities are set before linking): every lone family name asks whether
    another person bears it, and reading every entity again for each made an article of many
    names quadratic."""
    words = doc.user_data.get("words_of_full_names")
    if words is None:
        words = doc.user_data["words_of_full_names"] = frozenset(
            word
            for e in entities(doc)
            if e.label_ == "PERSON" and len(e) > 1
            for word in fold(span_text(e)).split()
        )
    found: frozenset[str] = words
    return found


def near_miss(span: Span, named_here: dict[str, str]) -> str | None:
    """A misspelling of a name the article also writes right: 'Ko Wen-ji' beside 'Ko Wen-je'.
    An office's title is no misspelling: "Chief Cabinet Secretary" beside "Cabinet Secretariat"
    is the office holder's title, not the body's name."""
    key = strip_titles(fold(span_text(span)))
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or span.kb_id_.startswith(OFFICE):
        return None
    dropped = one_letter_dropped(key, named_here)
    if dropped or len(key) < 6:
        return dropped
    match = process.extractOne(
        key, list(named_here), scorer=fuzz.ratio, score_cutoff=LOCAL_FUZZY_MIN_SCORE
    )
    if match and match[0][:1] == key[:1]:
        return named_here[match[0]]
    return None


def one_letter_dropped(word: str, named_here: dict[str, str]) -> str | None:
    """The entity whose one-word name the article wrote, `word` being that name less one letter
    after the first ("Tamak", "Ishba") or with one more inside it ("Nakatanai"): a slip too
    short for the fuzzy ratio, but one the name written right earlier makes plain; or with one
    letter slipped ("Kinmon", respellings.py). Five letters at least, and only one name may fit."""
    if len(word) < 5 or " " in word:
        return None
    # Each test below keeps the first letter and the length within one: a quick look at those
    # passes over the article's other names before any of them is compared letter by letter.
    fits = {
        entity_id
        for name, entity_id in named_here.items()
        if " " not in name
        and name[:1] == word[:1]
        and abs(len(name) - len(word)) <= 1
        and (
            _less_one(name, word)
            or _less_one(word, name, inside=True)
            or one_letter_slipped(name, word)
        )
    }
    return fits.pop() if len(fits) == 1 else None


def _less_one(longer: str, shorter: str, inside: bool = False) -> bool:
    """Whether `shorter` is `longer` less one letter after the first; `inside`, not the last
    either, for a letter added to a name is a slip ("Nakatanai") but one added at its end is
    a plural or a possessive."""
    end = len(longer) - 1 if inside else len(longer)
    return len(longer) == len(shorter) + 1 and any(
        longer[:i] + longer[i + 1 :] == shorter for i in range(1, end)
    )


def dropped_letter_names(
    doc: Doc, mentions: list[Mention], named_here: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """Capitalised words the NER did not mark that drop a letter from a one-word name the
    article wrote ("visited Ishigki"), which no other pass reads as a name."""
    taken = {offset for m in mentions for offset in range(m.start, m.end)}
    found = []
    # Each word is compared with every name written here: once a word, not once each time an
    # article of many names writes it again. Most capitalised words are inside a mention, and
    # their offsets tell so without a Token object for each.
    fits: dict[str, str | None] = {}
    groups = one_word_names_by_letter(named_here)  # each word beside the names it may slip
    starts, texts = token_starts(doc), token_texts(doc)
    for i in capitalised_token_indices(doc, lambda word: word[:1].isupper()):
        if starts[i] in taken or doc[i].is_stop:
            continue
        word = fold(texts[i])
        if word not in fits:
            fits[word] = one_letter_dropped(word, groups.get(word[:1], {}))
        entity_id = fits[word]
        if entity_id:
            found.append(mention_of(doc[i : i + 1], entity_id, kb))
    return found


def family_name_leading(
    doc: Doc, span: Span, local: dict[str, str], kb: KnowledgeBase
) -> tuple[str | None, Span]:
    """A span the NER ran past a person's family name into the next capitalised words ("Lai
    Pacific trip", "Lai's National Day speech", "Lai Guam stopover") that name nothing the
    knowledge base knows: the family name alone is the person the article names in full. Not
    a person's name unless a known place follows the family name ("Lai Shin-yuan" is another)."""
    first = doc[span.start]
    key = fold(first.text)  # "Lai's National Day speech": fold drops the possessive
    entity_id = local.get(key)
    if len(span) < 2 or entity_id is None:
        return None, span
    if span.label_ == "PERSON":  # "Lai Washington trip": a place is no given name
        place = kb.lookup(fold(doc[span.start + 1].text))
        if place is None or kb.entities[place].type not in ("GPE", "LOC"):
            return None, span
    if kb.entities[entity_id].type != "PERSON":
        return None, span
    return entity_id, doc[span.start : span.start + 1]


def people_named_before(mentions: list[Mention]) -> list[Mention]:
    """People outside the knowledge base, too, are one person when named again by a part of
    the full name ("Chiang Wan-an ... Chiang said"), if only one person has that part."""
    parts: dict[str, set[Mention]] = defaultdict(set)
    for mention in mentions:
        words = fold(mention.canonical).split()
        if mention.label == "PERSON" and not mention.in_kb and len(words) > 1:
            for word in (words[0], words[-1]):
                parts[word].add(mention)
    result = []
    for mention in mentions:
        key = fold(mention.canonical)
        owners = {(m.entity_id, m.canonical) for m in parts.get(key, ())}
        if mention.label == "PERSON" and not mention.in_kb and " " not in key and len(owners) == 1:
            entity_id, canonical = owners.pop()
            mention = replace(mention, entity_id=entity_id, canonical=canonical)
        result.append(mention)
    return result


def respelt_people(
    mentions: list[Mention], named_here: dict[str, str], kb: KnowledgeBase
) -> list[Mention]:
    """A one-word person's name outside the knowledge base that is a slip of a name the article
    gives only later, in a transcript's speaker labels ("by Minister Nakatanii" over
    "MINISTER NAKATANI:"): the person those labels name."""
    found = []
    for m in mentions:
        entity_id = None
        if not m.in_kb and m.label == "PERSON" and " " not in m.text:
            entity_id = one_letter_dropped(fold(m.text), named_here)
        if entity_id is None:
            found.append(m)
            continue
        found.append(relinked(m, entity_id, kb))
    return found
