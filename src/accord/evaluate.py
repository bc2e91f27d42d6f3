"""Precision and recall of coded events against a hand annotation.

The annotation is JSONL, one event per line:
    {"doc": "01-drills.txt", "split": "dev", "snippet": "Beijing criticised the drills",
     "source": "CHNGOV", "target": null, "cameo": "111", "negated": false}
`snippet` is an exact substring of the document that lies in the event's sentence.
A coded event matches a gold event when it comes from the sentence holding the
snippet, has the same source and target codes and negation, and the same CAMEO
root (root level) or code (code level). Matching is one-to-one.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .gold import by_document, read_article, read_jsonl
from .model import Event


@dataclass(frozen=True)
class GoldEvent:
    doc: str
    split: str
    snippet: str
    source: str
    target: str | None
    cameo: str
    negated: bool
    line: int


@dataclass
class Score:
    gold: int = 0
    predicted: int = 0
    matched: int = 0

    def add(self, other: Score) -> None:
        """Count another score's events into this one (totals over splits or documents)."""
        self.gold += other.gold
        self.predicted += other.predicted
        self.matched += other.matched

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "predicted": self.predicted,
            "matched": self.matched,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
        }


@dataclass
class Evaluation:
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)  # (split, level)
    misses: list[tuple[GoldEvent, str]] = field(default_factory=list)
    false_alarms: list[tuple[str, Event]] = field(default_factory=list)
    splits: dict[str, str] = field(default_factory=dict)  # document -> split

    def to_dict(self) -> dict[str, Any]:
        return {f"{split}/{level}": score.to_dict() for (split, level), score in sorted(self.scores.items())}


def load_gold(path: str | Path) -> list[GoldEvent]:
    def build(data: dict[str, Any], lineno: int) -> GoldEvent:
        return GoldEvent(
            doc=data["doc"],
            split=data.get("split", "all"),
            snippet=data["snippet"],
            source=data["source"],
            target=data.get("target") or None,
            cameo=str(data["cameo"]),
            negated=bool(data.get("negated", False)),
            line=lineno,
        )

    return read_jsonl(path, build, "doc, snippet, source, cameo")


def _key(source: str, target: str | None, code: str, negated: bool, level: str) -> tuple:
    return source, target, code[:2] if level == "root" else code, negated


def evaluate(gold_path: str | Path, docs_dir: str | Path | None = None, coder=None) -> Evaluation:
    """Code the annotated documents and score the events against the annotation."""
    from .coder import get_coder

    gold = load_gold(gold_path)
    parent = Path(gold_path).parent
    folder = Path(docs_dir) if docs_dir else (parent / "articles" if (parent / "articles").is_dir() else parent)
    coder = coder or get_coder()
    result = Evaluation()
    for name, rows in by_document(gold):
        document = read_article(folder, name, gold_path)
        events = coder.code_document(document).events
        split = rows[0].split
        result.splits[name] = split
        for level in ("root", "code"):
            _score_doc(document.text, rows, events, level, result, name, split)
    for (_split, level), score in list(result.scores.items()):
        result.scores.setdefault(("all", level), Score()).add(score)
    return result


def _score_doc(text, rows, events, level, result: Evaluation, name: str, split: str) -> None:
    score = result.scores.setdefault((split, level), Score())
    score.gold += len(rows)
    score.predicted += len(events)
    available = Counter()
    where: dict[tuple, list[Event]] = defaultdict(list)
    for event in events:
        key = (event.sentence_start, *_key(event.source.code, event.target.code if event.target else None,
                                            event.cameo, event.negated, level))  # fmt: skip
        available[key] += 1
        where[key].append(event)
    for g in rows:
        pos = text.find(g.snippet)
        if pos < 0:
            raise GoldError(f"gold line {g.line}: snippet {g.snippet!r} is not in {name}")
        sentence_starts = {e.sentence_start for e in events if e.sentence_start <= pos < e.sentence_end}
        hit = None
        for start in sentence_starts:
            key = (start, *_key(g.source, g.target, g.cameo, g.negated, level))
            if available[key] > 0:
                hit = key
                break
        if hit:
            available[hit] -= 1
            score.matched += 1
        elif level == "root":
            result.misses.append((g, name))
    if level == "root":
        for key, left in available.items():
            for event in where[key][len(where[key]) - left :]:
                result.false_alarms.append((name, event))
