"""The entity knowledge base (models/entities.yaml): canonical entities and the keys they answer."""

import hashlib
import logging
import os
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz import fuzz, process

from ..errors import ConfigError
from ..shipped import MODELS_DIR
from .abbreviated_demonyms import demonym_forms
from .kb_files import kb_data, read_kb_bytes, where_invalid
from .kb_name_problems import name_problem
from .names import fold, singular, spelling_variants, swapped_order

log = logging.getLogger(__name__)

KB_CACHE_FORMAT = 2  # raise when KBFile changes, so no cached file of the old shape is read

NEAR_GENERIC_MIN_CHARS = 8  # as the linker's fuzzy match: "Natonal" yes, "MDN" never
NEAR_GENERIC_SCORE = 90
KB_PATH = MODELS_DIR / "entities.yaml"  # the shipped file; the user's is merged over it
EntityType = Literal["PERSON", "GPE", "LOC", "ORG", "NORP", "EQUIPMENT", "TERM"]
EntityKind = Literal["country", "capital", "city", "outlet", "ship", "ship-class"]
# Offices whose holder a bare title names ("the premier said"): the linker turns a title with
# no name into the person who held it, in the article's country context, on the article's date.
# The last two are named only with a family name ("Director Greene", "Chairman Su": see
# addressed_people.py), for "the director" and "the chairman" alone are anyone's.
OfficeTitle = Literal[
    "president", "vice president", "premier", "prime minister", "foreign minister",
    "defense minister", "finance minister", "health minister", "economy minister",
    "chief cabinet secretary", "secretary of state", "defense secretary",
    "national security adviser", "speaker", "ait director", "tjra chairman", "party chairman",
]  # fmt: skip
# Offices no bare title names, and no minister of state either ("party chairman" dates a leader
# of the past for the years history copy names: dated_family_names.py).
NAMED_ONLY_OFFICES = frozenset({"ait director", "tjra chairman", "party chairman"})


class Office(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    title: OfficeTitle
    country: str  # the id of a country entity
    start: Annotated[date, Field(alias="from")]
    end: Annotated[date | None, Field(alias="to")] = None


class KBEntry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]*$")]
    name: Annotated[str, Field(min_length=1)]
    type: EntityType
    aliases: tuple[str, ...] = ()
    family_name: str | None = None
    description: str | None = None
    country: str | None = None  # the id of the country the entity belongs to
    kind: EntityKind | None = None
    # Names this body shares with its counterparts abroad ("Foreign Ministry", "coast guard"):
    # linked to it only when the article's context says the country is its own.
    generic: tuple[str, ...] = ()
    # Generic forms this body is the usual reading of in the region's news ("MND": Taiwan's
    # ministry): linked to it when nothing in the article says whose the form is.
    usual: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # countries: "Japanese", "Taiwanese"
    capital_of: str | None = None  # capitals: the country (or body seated there) they act for
    offices: tuple[Office, ...] = ()  # people: offices a bare title may name
    # People of a country that writes names in Latin letters whose Han-character alias is a name
    # of their own, a family and a given name (a diplomat's Chinese name, 谷立言), not a
    # transliteration of sounds: misspelt as a Chinese name is (cjk_misspelt_families.py).
    han_name: bool = False
    # Townships: the id of the county they lie in, whose name in the article makes a township's
    # clipped name the township (金城 for 金城鎮 where Kinmen is named: cjk_clipped_townships.py).
    county: str | None = None


class KBFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    version: int
    entities: list[KBEntry]


@dataclass(frozen=True)
class KnowledgeBase:
    version: int
    digest: str
    entities: dict[str, KBEntry]
    index: dict[str, str] = field(repr=False)  # folded name -> entity id
    family_names: dict[str, tuple[str, ...]] = field(repr=False)  # folded family name -> ids
    generic: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)  # form -> ids
    usual: dict[str, str] = field(repr=False, default_factory=dict)  # generic form -> entity id
    demonyms: dict[str, str] = field(repr=False, default_factory=dict)  # folded word -> country
    capitals: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)  # country -> ids
    # (title, country id) -> (start, end, person id) of each holder
    holders: dict[tuple[str, str], tuple[tuple[date, date | None, str], ...]] = field(
        repr=False, default_factory=dict
    )

    def holder(self, title: str, country: str, on: date) -> str | None:
        """The person who held `title` in `country` on `on`, if the knowledge base knows."""
        for start, end, person in self.holders.get((title, country), ()):
            if start <= on and (end is None or on <= end):
                return person
        return None

    def in_office(self, person: str, on: date) -> bool:
        """Whether `person` held any office the knowledge base dates on `on`."""
        offices = self.entities[person].offices
        return any(o.start <= on and (o.end is None or on <= o.end) for o in offices)

    def person_by_family_name(self, family_name: str) -> str | None:
        """The one person who bears a family name ("Takaichi"); None when two bear it ("Lin",
        "Wang") and nothing but the name is known, or none does."""
        people = [
            p for p in self.family_names.get(fold(family_name), ())
            if self.entities[p].type == "PERSON"
        ]  # fmt: skip
        return people[0] if len(people) == 1 else None

    def lookup(self, key: str, capitals: frozenset[str] = frozenset()) -> str | None:
        """The entity a folded name means, trying the singular too ('taiwan straits'). Initials
        take their plural with a small s ("ABCs", "MPs"), so a last word the name writes in
        capitals (`capitals`, from names.capital_words) is never the plural of the initials
        without its S: "CNAS", "NHKS" and "ABCS Corporation" are other bodies' initials.
        "TAIWAN STRAITS" of a headline in capitals is still the strait: "strait" is a word."""
        found = self.index.get(key)
        if found is not None:
            return found
        one = singular(key)
        found = self.index.get(one)
        if found is None or key.rpartition(" ")[2] not in capitals:
            return found
        entry = self.entities[found]
        initials = {fold(f) for f in (entry.name, *entry.aliases) if f.isalpha() and f.isupper()}
        return None if one in initials else found

    def generic_form(self, key: str) -> str | None:
        """The shared form a folded name is, spelt right: "ministry of natonal defense" is the
        generic "ministry of national defense", whose country the article decides, and not a
        near spelling of one country's "prc ministry of national defense"."""
        if key in self.generic or len(key) < NEAR_GENERIC_MIN_CHARS:
            return key if key in self.generic else None
        match = process.extractOne(
            key, self.generic.keys(), scorer=fuzz.ratio, score_cutoff=NEAR_GENERIC_SCORE
        )
        return match[0] if match else None

    def patterns(self, entry: KBEntry) -> set[str]:
        """Surface forms to match: names, aliases, other spellings, orders, plurals."""
        forms: set[str] = set()
        for text in (entry.name, *entry.aliases):
            variants = spelling_variants(text)
            if entry.type == "PERSON":
                variants |= {s for v in variants if (s := swapped_order(v))}
            elif entry.type != "GPE":  # "Philippine" is the demonym, not one Philippines
                if entry.kind != "outlet":  # a title has no number: "Taipei time" is no paper
                    variants |= {_number_variant(v) for v in variants if v[-1:].isascii()}
                # "area denial" closes up as "area-denial" in "anti-access/area-denial" too:
                # a common noun's words may be hyphened where its name has one already.
                two_words = {
                    v for v in variants if v.count(" ") == 1 and ("-" not in v or v.islower())
                }
                variants |= {v.replace(" ", "-") for v in two_words}
                # A newsweekly hyphens the first two words of a longer common noun used as one
                # modifier: "its air-defence zone" (blind88-b-027, blind88-b-044).
                longer = {v for v in variants if v.islower() and v.count(" ") == 2}
                variants |= {v.replace(" ", "-", 1) for v in longer if "-" not in v}
                variants |= _common_noun_forms(variants)
            variants |= {v.replace("-", " ") for v in variants if "-" in v}
            # A body joining two parties takes either dash: "Japan-ROC" and "Japan–ROC". An
            # agreement named for its parties keeps the dash its entry writes: the labelled sets
            # read "the Taiwan–Japan fisheries agreement" as the two countries (blind49-b-022,
            # blind55-a-023), a reading still open for the hyphened form.
            if entry.type != "TERM":
                variants |= {v.translate(_DASH_SWAP) for v in variants if "-" in v or "–" in v}
            forms |= variants
        return forms


_DASH_SWAP = str.maketrans("-–", "–-")


def _common_noun_forms(variants: set[str]) -> set[str]:
    """Copy writes a common noun's two words closed up ("centerline" for "center line") and
    puts the head of an of-phrase in the plural ("freedoms of navigation"); names keep their
    spaces and number ("Taiwan Strait" is never "TaiwanStrait")."""
    common = {v for v in variants if v.islower() and v.replace(" ", "").isalpha()}
    closed = {v.replace(" ", "") for v in common if v.count(" ") == 1}
    heads = [v.split(" of ", 1) for v in common if " of " in v]
    plural = {f"{_number_variant(head)} of {rest}" for head, rest in heads if " " not in head}
    return closed | plural


def _number_variant(text: str) -> str:
    """'Taiwan Strait' -> 'Taiwan Straits', 'gray-zone tactics' -> 'gray-zone tactic'."""
    if not text[-1:].isalnum():
        return text
    if text.endswith("ies") and len(text.rsplit(" ", 1)[-1]) > 4:
        return text[:-3] + "y"
    if text.endswith("s") and not text.endswith("ss") and len(text.rsplit(" ", 1)[-1]) > 3:
        return text[:-1]
    if text.endswith("y") and text[-2:-1] not in "aeiou":  # 'capability' -> 'capabilities'
        return text[:-1] + "ies"
    return text if text.endswith("s") else text + "s"


def load_kb(path: Path = KB_PATH, user_path: Path | None = None) -> KnowledgeBase:
    """The shipped knowledge base, with the user's file (if it exists) merged over it."""
    user = None
    if user_path is not None and (user_path.exists() or user_path.is_symlink()):
        user = (user_path, read_kb_bytes(user_path))
    return merge_kb(path, user)


def merge_kb(path: Path, user: tuple[Path, bytes] | None) -> KnowledgeBase:
    """The shipped file with the user's (path, contents) merged over it: an entry of the
    user's replaces the shipped entry with its id, and its names win."""
    shipped_raw = read_kb_bytes(path)
    shipped = _parse(shipped_raw, path)
    entries = shipped.entities
    raw, where = shipped_raw, path
    if user is not None:
        user_path, user_raw = user
        mine = _parse(user_raw, user_path).entities
        ids = {entry.id for entry in mine}
        entries = [*mine, *(entry for entry in entries if entry.id not in ids)]
        raw, where = raw + b"\n" + user_raw, user_path  # indexing errors name the user's file
    merged = KBFile(version=shipped.version, entities=entries)
    return _index(merged, hashlib.sha256(raw).hexdigest()[:12], where)


def _parse(raw: bytes, path: Path) -> KBFile:
    """The file's entries, validated. YAML is slow to parse in pure Python (about half a second
    for the shipped file, a tenth of a whole pass), so what a file's bytes validate to is kept
    as JSON in the cache directory under their hash, and read back in milliseconds."""
    from ..datadir import cache_dir

    cached = cache_dir() / f"kb-{KB_CACHE_FORMAT}-{hashlib.sha256(raw).hexdigest()}.json"
    try:
        return KBFile.model_validate_json(cached.read_bytes())
    except (OSError, ValidationError):
        pass  # not parsed before, or a damaged copy: the YAML decides
    parsed = parse_kb_yaml(raw, path)
    try:
        cached.parent.mkdir(parents=True, exist_ok=True)
        temporary = cached.with_name(f"{cached.name}.{os.getpid()}.tmp")
        temporary.write_text(parsed.model_dump_json(), encoding="utf-8")
        temporary.replace(cached)
    except OSError as exc:  # a read-only home: parse the YAML every time
        log.debug("cannot cache the parsed knowledge base in %s: %s", cached.parent, exc)
    return parsed


def parse_kb_yaml(raw: bytes, path: Path) -> KBFile:
    """A knowledge-base file's text as every run reads it, validated (no cache)."""
    data = kb_data(raw, path)
    try:
        return KBFile.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{path}: {where_invalid(data, exc.errors()[0])}") from None


@cache
def knowledge_base(user_path: Path | None) -> KnowledgeBase:
    """The knowledge base with the given user additions, loaded once per process. A user's file
    with a mistake is left out whole, named in one line, and the shipped base applies: one
    hand edit stopped every fetch, analyze and reanalyze until it was mended."""
    try:
        return load_kb(KB_PATH, user_path)
    except ConfigError as exc:
        if user_path is None:
            raise
        log.warning("%s; your additions are left out, the shipped ones apply", exc)
        return load_kb(KB_PATH)


def default_kb() -> KnowledgeBase:
    """The knowledge base with the additions in the user data directory."""
    from ..datadir import user_kb_path

    return knowledge_base(user_kb_path())


def _index(parsed: KBFile, digest: str, path: Path) -> KnowledgeBase:
    entities: dict[str, KBEntry] = {}
    index: dict[str, str] = {}
    family: dict[str, list[str]] = {}
    for position, entry in enumerate(parsed.entities):
        if entry.id in entities:
            raise ConfigError(f"{path}: entities[{position}]: id: '{entry.id}' is used twice")
        entities[entry.id] = entry
        keys = {fold(text) for text in (entry.name, *entry.aliases)}
        for part, text in (("name", entry.name), *(("aliases", a) for a in entry.aliases)):
            if problem := name_problem(text):
                raise ConfigError(f"{path}: {part}: {text!r} in entities[{position}] "
                                  f"'{entry.id}' {problem}")  # fmt: skip
        if entry.type == "PERSON":
            keys |= {swapped for key in keys if (swapped := swapped_order(key))}
        for key in keys:
            owner = index.setdefault(key, entry.id)
            if owner != entry.id:
                log.warning(
                    "%s: '%s' names both %s and %s; kept %s", path, key, owner, entry.id, owner
                )
        if entry.family_name:
            family.setdefault(fold(entry.family_name), []).append(entry.id)
    _check_references(parsed.entities, entities, path)
    generic: dict[str, list[str]] = {}
    usual: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    holders: dict[tuple[str, str], list[tuple[date, date | None, str]]] = {}
    capitals: dict[str, list[str]] = {}
    for entry in parsed.entities:
        if entry.capital_of:
            capitals.setdefault(entry.capital_of, []).append(entry.id)
        for form in entry.generic:
            generic.setdefault(fold(form), []).append(entry.id)
        _claim_usual(entry, usual, path)
        for word in demonym_forms(entry.name, entry.aliases, entry.demonyms):
            demonyms[fold(word)] = entry.id
            if word.endswith("n"):
                demonyms[fold(word + "s")] = entry.id
        for office in entry.offices:
            holders.setdefault((office.title, office.country), []).append(
                (office.start, office.end, entry.id)
            )
    return KnowledgeBase(
        version=parsed.version,
        digest=digest,
        entities=entities,
        index=index,
        family_names={name: tuple(ids) for name, ids in family.items()},
        generic={form: tuple(ids) for form, ids in generic.items()},
        usual=usual,
        demonyms=demonyms,
        capitals={country: tuple(ids) for country, ids in capitals.items()},
        holders={key: tuple(sorted(terms)) for key, terms in holders.items()},
    )


def _claim_usual(entry: KBEntry, usual: dict[str, str], path: Path) -> None:
    """The entry's usual forms, each one of its own generic forms; the first entry to claim a
    form keeps it, so a user's entry (read before the shipped ones) overrides the shipped claim."""
    forms = {fold(form) for form in entry.generic}
    for form in map(fold, entry.usual):
        if form not in forms:
            raise ConfigError(
                f"{path}: entity '{entry.id}': usual: '{form}' is not one of its generic names"
            )
        owner = usual.setdefault(form, entry.id)
        if owner != entry.id:
            log.warning(
                "%s: '%s' is usual for both %s and %s; kept %s", path, form, owner, entry.id, owner
            )


def _check_references(entries: list[KBEntry], entities: dict[str, KBEntry], path: Path) -> None:
    """country, capital_of and offices name entities of the file, and countries at that; a
    capital may also be the seat of an organisation that acts from it, as Brussels is the
    European Union's ("Brussels has declined to negotiate"), and that organisation is then the
    country of its own bodies (the European Parliament's "Parliament" in a Brussels story)."""
    seated = {entry.capital_of for entry in entries if entry.kind == "capital"}
    for position, entry in enumerate(entries):
        references = [("country", entry.country), ("capital_of", entry.capital_of)]
        references += [("offices.country", office.country) for office in entry.offices]
        for key, target in references:
            if target is not None and target not in entities:
                raise ConfigError(
                    f"{path}: entities[{position}] '{entry.id}': {key}: no entity '{target}'"
                )
            seat = target in seated if key == "country" else key == "capital_of"
            seat = seat and target is not None and entities[target].type == "ORG"
            if target is not None and entities[target].kind != "country" and not seat:
                allowed = "a country or an organisation" if key == "capital_of" else "a country"
                raise ConfigError(
                    f"{path}: entities[{position}] '{entry.id}': {key}: '{target}' is not "
                    f"{allowed} (kind: country)"
                )
        _check_county(position, entry, entities, path)


def _check_county(position: int, entry: KBEntry, entities: dict[str, KBEntry], path: Path) -> None:
    """A township's county is a place of the file below the state (Hualien, Kinmen): not a
    country, a capital, a body or a person."""
    if entry.county is None:
        return
    county = entities.get(entry.county)
    where = f"{path}: entities[{position}] '{entry.id}': county"
    if county is None:
        raise ConfigError(f"{where}: no entity '{entry.county}'")
    if county.type not in ("GPE", "LOC") or county.kind in ("country", "capital"):
        raise ConfigError(f"{where}: '{entry.county}' is not a county (a place below the state)")
