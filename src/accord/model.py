"""The dataclasses of accord's output contract (see DESIGN.md, "Output contract")."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """One article: its text and metadata. `doc_id` is a hash of the normalised text."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    name: str | None = None  # where it came from: file name, JSONL/CSV id or line

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Actor:
    """A resolved actor: a CAMEO-style code plus the words that named it."""

    code: str
    country: str | None
    agent: str | None
    name: str
    text: str
    start: int
    end: int
    kind: str  # country | person | igo | group
    resolved_by: str = "lexicon"  # lexicon | agent | context | pronoun

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if k != "resolved_by"}


@dataclass(frozen=True)
class Trigger:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Mention:
    """An actor named in a document, stored whether or not it takes part in an event."""

    doc_id: str
    sentence_index: int
    text: str
    start: int
    end: int
    code: str
    country: str | None
    agent: str | None
    kind: str
    name: str
    resolved_by: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Event:
    event_id: str
    doc_id: str
    url: str | None
    title: str | None
    doc_date: str | None
    event_date: str | None
    sentence_index: int
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: Trigger
    source: Actor
    target: Actor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    quad_class: int
    goldstein: float
    plover_type: str | None
    plover_mode: str | None
    negated: bool
    confidence: float
    rule: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["source"] = self.source.to_dict()
        data["target"] = self.target.to_dict() if self.target else None
        return data


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the words that name them and the actor they resolve to."""

    text: str
    name: str
    code: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Quote:
    """A direct ("“...,” she said") or indirect ("said that ...") quote, with its speaker and the
    event its speech act is, if any."""

    quote_id: str
    doc_id: str
    sentence_index: int
    text: str
    start: int
    end: int
    kind: str  # direct | indirect
    speaker: Speaker | None
    cue: str  # the speech verb ("said", "warned") or "according to"
    event_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["speaker"] = self.speaker.to_dict() if self.speaker else None
        return data


@dataclass
class Result:
    """What coding one document gives: its events, actor mentions and quotes."""

    document: Document
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "document": self.document.to_dict(),
            "events": [e.to_dict() for e in self.events],
            "mentions": [m.to_dict() for m in self.mentions],
            "quotes": [q.to_dict() for q in self.quotes],
        }
