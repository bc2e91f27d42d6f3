"""Load and validate accord's data files (TSV under `accord/data/`).

Every loader names the file and line of a problem. Users extend the bundled
lexicons with files of the same formats (`--lexicon`).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .errors import LexiconError

AGENT_CODES = frozenset(
    "GOV MIL POL JUD LEG OPP REB INS CVL BUS MED EDU HLH REF NGO IGO SPY LAB REL ELI CRM AGR ENV DEV PTY".split()
)
PREPOSITIONS = frozenset(
    "with on to against from for into over about at in off out up down back away of toward towards upon by across "
    "between among".split()
)
PARTICLES = frozenset("off out up down back away".split())  # "wipe out $target": the object follows
_CODE = re.compile(r"^[A-Z0-9+]{2,16}$")
_CAMEO = re.compile(r"^\d{2,4}$")


def data_path(name: str) -> Path:
    return Path(str(resources.files("accord") / "data" / name))


def read_tsv(path: Path, columns: list[str], required: int | None = None) -> list[tuple[int, dict[str, str]]]:
    """Rows of a TSV with a header line naming `columns`; `#` lines are comments.

    Args:
        required: how many leading columns must be non-empty (default: the first).
    """
    required = 1 if required is None else required
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LexiconError(str(path), None, "file not found") from None
    except UnicodeDecodeError as exc:
        raise LexiconError(str(path), None, f"not UTF-8 (byte {exc.start}); save it as UTF-8") from None
    rows: list[tuple[int, dict[str, str]]] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if not header_seen:
            header_seen = True
            if [c.lower() for c in cells[: len(columns)]] != columns:
                raise LexiconError(
                    str(path), lineno, f"header should be {' <TAB> '.join(columns)}, found {' <TAB> '.join(cells)}"
                )
            continue
        if len(cells) > len(columns):
            extra = cells[len(columns) :]
            if any(extra):
                raise LexiconError(
                    str(path), lineno, f"{len(cells)} columns, expected {len(columns)} ({', '.join(columns)})"
                )
        cells += [""] * (len(columns) - len(cells))
        row = dict(zip(columns, cells, strict=False))
        missing = [c for c in columns[:required] if not row[c]]
        if missing:
            raise LexiconError(str(path), lineno, f"empty {', '.join(missing)}")
        rows.append((lineno, row))
    if not header_seen:
        raise LexiconError(str(path), None, f"no header line ({' <TAB> '.join(columns)})")
    return rows


def strip_accents(text: str) -> str:
    """ "Türkiye" -> "Turkiye", "Şimşek" -> "Simsek" (letters only; apostrophes and dashes kept)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def split_list(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


# --------------------------------------------------------------------------- CAMEO


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover_type: str | None
    plover_mode: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class CameoTable:
    """CAMEO codes with names, Goldstein scores, quad classes and PLOVER types."""

    COLUMNS = ["code", "name", "goldstein", "quad_class", "plover_type", "plover_mode", "plover_context"]

    def __init__(self, path: Path | None = None) -> None:
        path = path or data_path("cameo.tsv")
        self.codes: dict[str, CameoCode] = {}
        for lineno, row in read_tsv(path, self.COLUMNS, required=4):
            try:
                goldstein, quad = float(row["goldstein"]), int(row["quad_class"])
            except ValueError:
                raise LexiconError(str(path), lineno, "goldstein must be a number and quad_class 1-4") from None
            if not _CAMEO.match(row["code"]) or not -10 <= goldstein <= 10 or quad not in (1, 2, 3, 4):
                raise LexiconError(str(path), lineno, f"bad row for code {row['code']!r}")
            self.codes[row["code"]] = CameoCode(
                row["code"], row["name"], goldstein, quad, row["plover_type"] or None, row["plover_mode"] or None
            )

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def root_name(self, root: str) -> str:
        return self.codes[root].name if root in self.codes else root


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True)
class Term:
    """One office a person held: its code and dates (ISO, inclusive; end "" = still in office)."""

    code: str
    country: str | None
    agent: str | None
    name: str
    start: str
    end: str
    source: str


@dataclass(frozen=True)
class ActorEntry:
    """One actor of the lexicon; `source` says which file and line it came from.

    A person with dated offices (people.tsv, dated PETRARCH codes) carries `terms`;
    `at(date)` gives the entry for a document's date.
    """

    code: str
    country: str | None
    agent: str | None
    kind: str  # country | person | igo | group | place
    name: str
    source: str
    terms: tuple[Term, ...] = ()

    def at(self, date: str | None) -> ActorEntry:
        """The office held on `date`; a former office-holder is their country + ELI.
        Without a date, the latest office."""
        if not self.terms:
            return self
        day = (date or "")[:10]
        if not day:
            return self._with(max(self.terms, key=lambda t: t.start), former=False)
        for term in self.terms:
            if term.start <= day and (not term.end or day <= term.end):
                return self._with(term, former=False)
        past = [t for t in self.terms if t.end and t.end < day]
        return self._with(max(past, key=lambda t: t.end) if past else min(self.terms, key=lambda t: t.start), True)

    def _with(self, term: Term, former: bool) -> ActorEntry:
        if former and term.country:
            return replace(self, code=f"{term.country}ELI", country=term.country, agent="ELI", name=term.name,
                           source=term.source, terms=())  # fmt: skip
        return replace(self, code=term.code, country=term.country, agent=term.agent, name=term.name,
                       source=term.source, terms=())  # fmt: skip


@dataclass(frozen=True)
class Ambiguity:
    """A name that is not always the actor: a given name ("Chad Johnson"), a surname
    ("Michael Jordan") or a US state ("Atlanta, Georgia"); see data/ambiguous.tsv."""

    rule: str  # given_name | surname | us_state | country
    cues: tuple[str, ...]
    source: str


AMBIGUITY_RULES = ("given_name", "surname", "us_state", "country")
PLACE_FEATURES = ("sea", "river", "lake", "region", "state", "city", "island", "other")


def _iso_bound(value: str, end: bool, path: Path, lineno: int) -> str:
    """'2019' -> 2019-01-01 (start) or 2019-12-31 (end); '2019-05' likewise; '' stays ''."""
    if not value:
        return ""
    if not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", value):
        raise LexiconError(str(path), lineno, f"date {value!r} should be YYYY, YYYY-MM or YYYY-MM-DD")
    pad = {4: "-12-31", 7: "-31"} if end else {4: "-01-01", 7: "-01"}
    return value + pad.get(len(value), "")


REGIONS = ("africa", "americas", "asia", "europe", "middle_east", "oceania", "global")


def _check_region(region: str, path: Path, lineno: int) -> str:
    if region not in REGIONS:
        raise LexiconError(str(path), lineno, f"region {region!r} should be one of {', '.join(REGIONS)}")
    return region


def _check_code(code: str, path: Path, lineno: int) -> None:
    if not _CODE.match(code):
        raise LexiconError(str(path), lineno, f"actor code {code!r} should be 2-16 capital letters or digits")


def _check_agent(agent: str, path: Path, lineno: int) -> str | None:
    if not agent:
        return None
    if agent not in AGENT_CODES:
        raise LexiconError(str(path), lineno, f"unknown agent {agent!r}; use one of {', '.join(sorted(AGENT_CODES))}")
    return agent


@dataclass
class ActorLexicon:
    """Names (as written in news, case-sensitive) mapped to actor entries."""

    names: dict[str, ActorEntry] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # ISO3 -> display name
    regions: dict[str, str] = field(default_factory=dict)  # country or organisation code -> region
    lowered: dict[str, ActorEntry] = field(default_factory=dict)  # lower-case name -> entry, for datelines
    demonyms: set[str] = field(default_factory=set)  # "Kyrgyz", "Thai": words that also modify a noun
    ambiguous: dict[str, list[Ambiguity]] = field(default_factory=lambda: defaultdict(list))

    def by_lower(self, text: str) -> ActorEntry | None:
        """The entry for a name written in any case ("PORT-AU-PRINCE" in a dateline)."""
        return self.names.get(text) or self.lowered.get(text.lower())

    def add(self, text: str, entry: ActorEntry) -> None:
        self.names[text] = entry
        self.lowered[text.lower()] = entry
        if "'" in text:  # news copy often has curly apostrophes: "Côte d’Ivoire"
            self.names[text.replace("'", "\u2019")] = entry
        for prefix in ("UN ", "U.N. "):  # "the UN's refugee agency" is the "UN refugee agency"
            if text.startswith(prefix) and text[len(prefix) :][:1].islower() and entry.kind != "country":
                self.add(f"{prefix[:-1]}'s {text[len(prefix) :]}", entry)
        plain = strip_accents(text)  # news copy often drops accents: "Turkiye", "Orban", "Erdogan"
        if plain != text and plain not in self.names:
            self.add(plain, entry)

    def load_countries(self, path: Path) -> None:
        for lineno, row in read_tsv(path, ["code", "name", "aliases", "demonyms", "region"], required=2):
            code = row["code"]
            if not re.match(r"^[A-Z]{3}$", code):
                raise LexiconError(str(path), lineno, f"country code {code!r} should be ISO 3166-1 alpha-3")
            self.countries[code] = row["name"]
            self.regions[code] = _check_region(row["region"], path, lineno)
            entry = ActorEntry(code, code, None, "country", row["name"], f"{path.name}:{lineno}")
            for text in [row["name"], *split_list(row["aliases"]), *split_list(row["demonyms"])]:
                self.add(text, entry)
            self.demonyms.update(split_list(row["demonyms"]))

    def load_seats(self, path: Path) -> None:
        for lineno, row in read_tsv(path, ["text", "code", "note"], required=2):
            code = row["code"]
            _check_code(code, path, lineno)
            country, agent = code[:3], _check_agent(code[3:], path, lineno)
            name = f"{row['text']} ({self.countries.get(country, country)})"
            self.add(row["text"], ActorEntry(code, country, agent, "country", name, f"{path.name}:{lineno}"))

    def load_organisations(self, path: Path, columns: list[str], default_kind: str) -> None:
        for lineno, row in read_tsv(path, columns, required=2):
            code = row["code"]
            _check_code(code, path, lineno)
            kind = "igo" if row.get("kind", default_kind) in ("igo", "") and default_kind == "igo" else "group"
            agent = _check_agent(row.get("agent", ""), path, lineno)
            country = row.get("country") or None
            if row.get("region"):
                self.regions[code] = _check_region(row["region"], path, lineno)
            entry = ActorEntry(code, country, agent, kind, row["name"], f"{path.name}:{lineno}")
            for text in [row["name"], *split_list(row["aliases"])]:
                self.add(text, entry)

    def load_people(self, path: Path) -> None:
        """people.tsv: name, aliases, code, role, start, end; one row per office held."""
        terms: dict[str, list[Term]] = defaultdict(list)
        for lineno, row in read_tsv(path, ["name", "aliases", "code", "role", "start", "end"]):
            code = row["code"]
            if not code:
                raise LexiconError(
                    str(path), lineno, "empty code; give ISO3 + agent (e.g. DEUGOV) or an organisation code"
                )
            _check_code(code, path, lineno)
            country = code[:3] if code[:3] in self.countries and len(code) == 6 else None
            agent = _check_agent(code[3:], path, lineno) if country else None
            start, end = _iso_bound(row["start"], False, path, lineno), _iso_bound(row["end"], True, path, lineno)
            if end and start > end:
                raise LexiconError(str(path), lineno, f"tenure ends ({row['end']}) before it starts ({row['start']})")
            term = Term(code, country, agent, row["name"], start, end, f"{path.name}:{lineno}")
            for text in [row["name"], *split_list(row["aliases"])]:
                terms[text].append(term)
        for text, held in terms.items():
            first = held[0]
            self.add(text, ActorEntry(first.code, first.country, first.agent, "person", first.name, first.source,
                                      tuple(held)))  # fmt: skip

    def load_places(self, path: Path) -> None:
        """places.tsv: names that contain an actor's name but are places ("South China Sea")."""
        for lineno, row in read_tsv(path, ["text", "country", "feature", "note"]):
            if row["feature"] not in PLACE_FEATURES:
                raise LexiconError(str(path), lineno, f"feature {row['feature']!r}: use {', '.join(PLACE_FEATURES)}")
            country = row["country"] or None
            if country and country not in self.countries:
                raise LexiconError(str(path), lineno, f"unknown country code {country!r}")
            entry = ActorEntry(country or "", country, None, "place", row["text"], f"{path.name}:{lineno}")
            self.add(row["text"], entry)

    def load_ambiguous(self, path: Path) -> None:
        """ambiguous.tsv: text, rule (given_name|surname|us_state), cues, note."""
        for lineno, row in read_tsv(path, ["text", "rule", "cues", "note"], required=2):
            if row["rule"] not in AMBIGUITY_RULES:
                rules = ", ".join(AMBIGUITY_RULES)
                raise LexiconError(str(path), lineno, f"rule {row['rule']!r} should be one of {rules}")
            if row["text"] not in self.names:
                raise LexiconError(str(path), lineno, f"{row['text']!r} is not an actor name of the lexicon")
            self.ambiguous[row["text"]].append(
                Ambiguity(row["rule"], tuple(split_list(row["cues"])), f"{path.name}:{lineno}")
            )

    def load_user_actors(self, path: Path) -> None:
        """A user file: text, code, country, agent, kind, name (see README, "Lexicons")."""
        columns = ["text", "code", "country", "agent", "kind", "name"]
        for lineno, row in read_tsv(path, columns, required=2):
            code = row["code"]
            _check_code(code, path, lineno)
            kind = row["kind"] or ("country" if re.match(r"^[A-Z]{3}", code) and row["country"] else "group")
            if kind not in ("country", "person", "igo", "group"):
                raise LexiconError(str(path), lineno, f"kind {kind!r} should be country, person, igo or group")
            entry = ActorEntry(
                code,
                row["country"] or None,
                _check_agent(row["agent"], path, lineno),
                kind,
                row["name"] or row["text"],
                f"{path.name}:{lineno}",
            )
            self.add(row["text"], entry)


@dataclass(frozen=True)
class AgentNoun:
    words: tuple[str, ...]
    agent: str
    source: str
    bare: bool = True  # an actor on its own; False: only with a country or organisation in its phrase
    noun_only: bool = False  # not the adjective: "a general strike", "an official visit"


class AgentLexicon:
    """Nouns that signal an agent ("troops" -> MIL), single or multi-word, by last word."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[AgentNoun]] = defaultdict(list)

    def load(self, path: Path) -> None:
        for lineno, row in read_tsv(path, ["noun", "agent", "note"], required=2):
            agent = _check_agent(row["agent"], path, lineno)
            written = tuple(row["noun"].lower().split())
            bare = "needs a country" not in row["note"]
            # "secretary-general" as written and as the tokenizer splits it ("secretary", "-", "general")
            split = tuple(w for word in written for w in re.split(r"(-)", word) if w)
            for words in dict.fromkeys((written, split)):
                noun = AgentNoun(words, agent or "", f"{path.name}:{lineno}", bare, "noun only" in row["note"])
                bucket = self.by_last[words[-1]]
                bucket[:] = [n for n in bucket if n.words != words]
                bucket.append(noun)
                bucket.sort(key=lambda n: -len(n.words))


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class EventPattern:
    """A parsed lexicon pattern such as `impose sanction on $target`."""

    triggers: frozenset[str]
    objects: tuple[frozenset[str], ...]  # each group: one of these lemmas in the object phrase
    attached: tuple[frozenset[str] | None, ...]  # per object group: the preposition whose object holds it
    preps: tuple[frozenset[str], ...]  # each group: one of these prepositions attached
    target: str | None  # None (default search), "dobj" or "prep"
    target_preps: frozenset[str]
    cameo: str
    pattern: str
    source: str  # file:line
    example: str
    pos: str  # verb | noun

    @property
    def specificity(self) -> int:
        return len(self.objects) + len(self.preps)


def parse_pattern(pattern: str, cameo: str, source: str, example: str, pos: str) -> EventPattern:
    words = pattern.split()
    if not words or words[0] == "$target":
        raise ValueError("a pattern starts with the trigger lemma")
    objects: list[frozenset[str]] = []
    attached: list[frozenset[str] | None] = []
    preps: list[frozenset[str]] = []
    target: str | None = None
    target_preps: frozenset[str] = frozenset()
    last_prep: frozenset[str] | None = None  # a preposition right before this word
    open_prep: frozenset[str] | None = None  # the preposition whose object later words belong to
    for word in words[1:]:
        if word == "$target":
            if target:
                raise ValueError("$target appears twice")
            particle = last_prep is not None and last_prep <= PARTICLES and len(preps) == 1 and not objects
            if last_prep and not particle:
                target, target_preps = "prep", last_prep
            else:  # "wipe out $target", "bail out $target": a phrasal verb's object
                target, target_preps = "dobj", frozenset()
            continue
        group = frozenset(w.lower() for w in word.split("|") if w)
        if not group:
            raise ValueError(f"empty word {word!r}")
        if group <= PREPOSITIONS:
            preps.append(group)
            last_prep = open_prep = group
        else:
            objects.append(group)
            attached.append(open_prep)
            last_prep = None
    return EventPattern(
        frozenset(w.lower() for w in words[0].split("|")),
        tuple(objects),
        tuple(attached),
        tuple(preps),
        target,
        target_preps or frozenset(),
        cameo,
        pattern,
        source,
        example,
        pos,
    )


class EventLexicon:
    """Verb and noun patterns by trigger lemma; a later file overrides an equal pattern."""

    def __init__(self, cameo: CameoTable) -> None:
        self.cameo = cameo
        self.verbs: dict[str, list[EventPattern]] = defaultdict(list)
        self.nouns: dict[str, list[EventPattern]] = defaultdict(list)

    @property
    def patterns(self) -> list[EventPattern]:
        seen = {id(p): p for bucket in (*self.verbs.values(), *self.nouns.values()) for p in bucket}
        return list(seen.values())

    def load(self, path: Path, pos: str) -> None:
        self.add_rows(path, read_tsv(path, ["pattern", "cameo", "example"], required=2), pos)

    def load_user(self, path: Path) -> None:
        """A user file: pos (verb|noun), pattern, cameo, example; equal patterns override."""
        rows = read_tsv(path, ["pos", "pattern", "cameo", "example"], required=3)
        for lineno, row in rows:
            if row["pos"] not in ("verb", "noun"):
                raise LexiconError(str(path), lineno, f"pos {row['pos']!r} should be verb or noun")
        for pos in ("verb", "noun"):
            self.add_rows(path, [(n, r) for n, r in rows if r["pos"] == pos], pos, prefer=True)

    def add_rows(self, path: Path, rows: list[tuple[int, dict[str, str]]], pos: str, prefer: bool = False) -> None:
        """Add patterns; among equally specific ones the earlier wins, or the new ones with `prefer`."""
        index = self.verbs if pos == "verb" else self.nouns
        for lineno, row in rows:
            if row["cameo"] not in self.cameo:
                raise LexiconError(str(path), lineno, f"unknown CAMEO code {row['cameo']!r} (see data/cameo.tsv)")
            try:
                pat = parse_pattern(row["pattern"], row["cameo"], f"{path.name}:{lineno}", row["example"], pos)
            except ValueError as exc:
                raise LexiconError(str(path), lineno, f"pattern {row['pattern']!r}: {exc}") from None
            for trigger in pat.triggers:
                bucket = index[trigger]
                bucket[:] = [p for p in bucket if p.pattern.split()[1:] != pat.pattern.split()[1:]]
                if prefer:
                    bucket.insert(0, pat)
                else:
                    bucket.append(pat)
                bucket.sort(key=lambda p: -p.specificity)  # stable: ties keep their order


@dataclass(frozen=True)
class Complement:
    governor_root: str
    complement: str  # a CAMEO code prefix of the complement's event
    code: str
    source: str


class ComplementTable:
    """Codes for a governor verb plus an event in its complement ("agreed to meet" -> 036)."""

    def __init__(self, cameo: CameoTable, path: Path | None = None) -> None:
        path = path or data_path("complements.tsv")
        self.rows: dict[tuple[str, str], Complement] = {}
        for lineno, row in read_tsv(path, ["governor_root", "complement", "code"], required=3):
            if row["code"] not in cameo:
                raise LexiconError(str(path), lineno, f"unknown CAMEO code {row['code']!r}")
            key = (row["governor_root"], row["complement"])
            self.rows[key] = Complement(*key, row["code"], f"{path.name}:{lineno}")

    def combine(self, governor_root: str, complement_code: str) -> Complement | None:
        for n in range(len(complement_code), 1, -1):
            hit = self.rows.get((governor_root, complement_code[:n]))
            if hit:
                return hit
        return self.rows.get((governor_root, "*"))


@dataclass(frozen=True)
class Modality:
    future: frozenset[str]
    hypothetical: frozenset[str]
    intent: frozenset[str]


def load_modality(path: Path | None = None) -> Modality:
    path = path or data_path("modality.tsv")
    groups: dict[str, set[str]] = defaultdict(set)
    for lineno, row in read_tsv(path, ["word", "class"], required=2):
        if row["class"] not in ("future", "hypothetical", "intent"):
            raise LexiconError(str(path), lineno, "class should be future, hypothetical or intent")
        groups[row["class"]].add(row["word"].lower())
    return Modality(frozenset(groups["future"]), frozenset(groups["hypothetical"]), frozenset(groups["intent"]))


# --------------------------------------------------------------------------- all of it


@dataclass
class Lexicons:
    cameo: CameoTable
    actors: ActorLexicon
    agents: AgentLexicon
    events: EventLexicon
    complements: ComplementTable
    modality: Modality
    files: list[str] = field(default_factory=list)


def load_lexicons(extra: tuple[str, ...] = ()) -> Lexicons:
    """The bundled lexicons plus user files; a user file's kind is told by its header."""
    return _load_lexicons(tuple(str(Path(p).resolve()) for p in extra))


@lru_cache(maxsize=8)
def _load_lexicons(extra: tuple[str, ...]) -> Lexicons:
    cameo = CameoTable()
    actors = ActorLexicon()
    actors.load_countries(data_path("countries.tsv"))
    actors.load_seats(data_path("seats.tsv"))
    actors.load_seats(data_path("media.tsv"))
    actors.load_organisations(
        data_path("igos.tsv"), ["code", "name", "aliases", "kind", "region", "country", "agent"], "igo"
    )
    actors.load_organisations(data_path("groups.tsv"), ["code", "name", "aliases", "country", "agent"], "group")
    actors.load_people(data_path("people.tsv"))
    actors.load_places(data_path("places.tsv"))
    actors.load_ambiguous(data_path("ambiguous.tsv"))
    agents = AgentLexicon()
    agents.load(data_path("agents.tsv"))
    events = EventLexicon(cameo)
    events.load(data_path("verbs.tsv"), "verb")
    events.load(data_path("nouns.tsv"), "noun")
    lex = Lexicons(cameo, actors, agents, events, ComplementTable(cameo), load_modality())
    for name in extra:
        _load_user_file(lex, Path(name))
    return lex


def _load_user_file(lex: Lexicons, path: Path) -> None:
    if path.suffix.lower() == ".actors" or path.name.endswith(".actors.txt"):
        from .petrarch import load_petrarch_actors

        load_petrarch_actors(lex.actors, path)
        return
    header = ""
    if path.exists():
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip() and not line.lstrip().startswith("#"):
                header = line.strip().lower()
                break
    first = header.split("\t")[0] if header else ""
    if first == "text":
        lex.actors.load_user_actors(path)
    elif first == "name":
        lex.actors.load_people(path)
    elif first == "noun":
        lex.agents.load(path)
    elif first == "pos":
        lex.events.load_user(path)
    else:
        raise LexiconError(
            str(path),
            None,
            "unknown lexicon file: its header should start with 'text' (actors), 'name' (people), 'noun' (agents) "
            "or 'pos' (event patterns), or it should be a TABARI/PETRARCH .actors file",
        )
    lex.files.append(str(path))
