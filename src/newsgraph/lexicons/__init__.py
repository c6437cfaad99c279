"""Word lists kept as data files, one entry a line, ``#`` for comments."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from functools import cache
from importlib import resources
from pathlib import Path

# "The" in the languages whose nicknames and names English papers print in quotation marks ("il Notaio",
# "O Tubarão", "der Panther").
NAME_ARTICLES = frozenset({"the", "il", "lo", "la", "le", "el", "der", "die", "das", "o"})


@cache
def load(name: str) -> tuple[str, ...]:
    text = resources.files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@cache
def words(name: str) -> frozenset[str]:
    return frozenset(line.split("\t")[0].lower() for line in load(name))


@cache
def reporting_frames() -> dict[str, frozenset[str]]:
    frames = {}
    for line in load("reporting_verbs"):
        lemma, _, spec = line.partition("\t")
        frames[lemma] = frozenset(spec.split())
    return frames


@cache
def event_triggers() -> tuple[dict[str, str], dict[str, str]]:
    """``event_triggers.txt`` as {verb lemma: kind} and {noun lemma or form: kind}."""
    verbs: dict[str, str] = {}
    nouns: dict[str, str] = {}
    for line in load("event_triggers"):
        kind, verb_list, noun_list = line.split("\t")
        for table, entries in ((verbs, verb_list), (nouns, noun_list)):
            for entry in entries.split(","):
                if entry.strip() and entry.strip() != "-":
                    table[entry.strip()] = kind
    return verbs, nouns


def event_kinds() -> list[str]:
    """Every kind of event ``event_triggers.txt`` lists, in its order."""
    return [line.split("\t")[0] for line in load("event_triggers")]


@cache
def genders(name: str) -> dict[str, str]:
    """``word<TAB>f|m`` lines as a mapping (first_names, gendered_words)."""
    return {word.lower(): gender for word, _, gender in (line.partition("\t") for line in load(name))}


#: How many people must bear a given name, and how nearly all of one gender, for the name to tell it.
_BEARERS = 1000
_ONE_GENDER = 0.9


def given_name_gender(name: str) -> str | None:
    """The pronoun ("f", "m") news copy most likely uses for someone of this given name ("Niamh", "Héctor"):
    the team's own list first, which follows newsroom usage, then the name registers of 31 countries that
    ``nomquamgender`` collects (a name borne by both, "Alexis", "Dominique", "Jamie", says nothing)."""
    key = unaccented(name.lower())
    own = genders("first_names")
    if key in own:
        return own[key] if own[key] in ("f", "m") else None
    # ("Jean-François", "Marie-Ève": a compound of given names is its first one's, in French where "Jean" leads
    # men's names and "Marie" and "Anne" women's, whatever the registers say of "Jean" alone)
    parts = key.split("-")
    if len(parts) > 1 and all(is_given_name(part) for part in parts):
        return _COMPOUND_LEADS.get(parts[0]) or given_name_gender(parts[0])
    # (A title the name is printed with is no given name: "Judge", "King" are registered as men's names.)
    return None if key in words("person_roles") or key in words("occupations") else registered_genders().get(key)


_COMPOUND_LEADS = {"jean": "m", "marie": "f", "anne": "f"}


def is_given_name(name: str) -> bool:
    """Whether people are given this name ("Eli", "Jamie"), of either sex, by the team's list or the registers;
    a title the name is printed with is none."""
    key = unaccented(name.lower())
    if "-" in key.strip("-") and key not in genders("first_names") and key not in _registered_names():
        return all(is_given_name(part) for part in key.split("-"))
    return key in genders("first_names") or key in _registered_names() \
        and key not in words("person_roles") and key not in words("occupations")


@cache
def registered_genders() -> dict[str, str]:
    return {name: "f" if share >= _ONE_GENDER else "m" for name, share in _registered_names().items()
            if share >= _ONE_GENDER or share <= 1 - _ONE_GENDER}


@cache
def _registered_names() -> dict[str, float]:
    """The given names enough people bear in the registers ``nomquamgender`` collects -> the share of women."""
    # The package's data file is read as data: importing the package would import pandas for nothing.
    spec = importlib.util.find_spec("nomquamgender")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("newsgraph needs the nomquamgender package (pip install newsgraph installs it)")
    path = Path(next(iter(spec.submodule_search_locations))) / "name_data.json"
    registered = json.loads(path.read_text(encoding="utf-8"))
    return {name: share for name, (_, bearers, share, *_) in registered.items()
            if bearers >= _BEARERS and name.isalpha()}


@cache
def pairs(name: str) -> dict[str, str]:
    """``word<TAB>value`` lines as a lowercase mapping (nicknames)."""
    return {word.lower(): value.lower() for word, _, value in (line.partition("\t") for line in load(name))}


def unaccented(word: str) -> str:
    """ "président" as the lists spell it, "president": news copy keeps foreign titles' accents."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@cache
def places() -> dict[str, str]:
    """Each place name and word for its people in ``demonyms`` (lowercase), mapped to the place."""
    out = {}
    for line in load("demonyms"):
        place, _, others = line.partition("\t")
        out[place.lower()] = place.lower()
        out.update((word.strip().lower(), place.lower()) for word in others.split(","))
    return out


@cache
def seats_of_government() -> dict[str, str]:
    """Each capital in ``capitals`` (lowercase) mapped to the country its name stands for, as printed."""
    return {city.lower(): country for city, _, country in (line.partition("\t") for line in load("capitals"))}


def people_of(word: str) -> str | None:
    """The place whose people ``word`` (lowercase) names ("dane" -> "denmark"); None for a place's own name
    or a word the list does not have."""
    place = places().get(word)
    # "welshman", "irishwoman", "scotsmen": the word for the people with a man or woman glued on.
    if place is None and (stem := re.sub(r"(?:wo)?m[ae]n$", "", word)) != word and len(stem) > 2:
        place = places().get(stem)
    return place if place != word else None
