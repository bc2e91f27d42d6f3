"""Quote-span F1 and speaker accuracy against a hand annotation.

The annotation is JSONL, one quote per line (see eval/quotes/GUIDELINES.md):
    {"doc": "03-x.txt", "split": "dev", "kind": "direct", "text": "We will not negotiate,",
     "occurrence": 1, "speaker": "the president", "speaker_occurrence": 1, "speaker_code": "COLGOV"}
`occurrence` says which occurrence of `text` in the whole file (headers included) is meant.
A found quote matches a gold quote (one-to-one) when their characters overlap by at least
half of the longer of the two; then
  - span precision = matched / found, recall = matched / gold, F1 their harmonic mean;
  - speaker accuracy = matched quotes whose speaker code is the gold one / matched quotes.
Scores are given per split and per kind (direct, indirect) and for all quotes.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .gold import article_file, by_document, nth, read_article, read_jsonl
from .model import Quote

MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class GoldQuote:
    doc: str
    split: str
    kind: str
    text: str
    occurrence: int
    speaker_code: str
    line: int


@dataclass
class QuoteScore:
    gold: int = 0
    found: int = 0
    matched: int = 0
    exact: int = 0
    speaker_right: int = 0

    def to_dict(self) -> dict[str, Any]:
        p = self.matched / self.found if self.found else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "gold": self.gold,
            "found": self.found,
            "matched": self.matched,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f1, 3),
            "exact_spans": self.exact,
            "speaker_accuracy": round(self.speaker_right / self.matched, 3) if self.matched else 0.0,
        }


@dataclass
class QuoteEvaluation:
    scores: dict[tuple[str, str], QuoteScore] = field(default_factory=dict)  # (split, kind)
    missed: list[tuple[str, GoldQuote]] = field(default_factory=list)
    extra: list[tuple[str, Quote]] = field(default_factory=list)
    wrong_speaker: list[tuple[str, GoldQuote, Quote]] = field(default_factory=list)
    splits: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {f"{split}/{kind}": s.to_dict() for (split, kind), s in sorted(self.scores.items())}


def load_gold_quotes(path: str | Path) -> list[GoldQuote]:
    def build(d: dict[str, Any], lineno: int) -> GoldQuote:
        kind = d.get("kind", "direct")
        if kind not in ("direct", "indirect"):
            raise ValueError(f"kind {kind!r} should be direct or indirect")
        return GoldQuote(d["doc"], d.get("split", "all"), kind, d["text"], int(d.get("occurrence", 1)),
                         d.get("speaker_code") or "", lineno)  # fmt: skip

    return read_jsonl(path, build, "doc, kind, text")


def gold_quote_spans(
    raw: str, body: int, rows: list[GoldQuote], gold_path: str | Path, name: str
) -> list[tuple[int, int]]:
    """Where each annotated quote lies in the coded text (`raw`: the file, headers included, whose
    body starts at `body`)."""
    spans = []
    for g in rows:
        pos = nth(raw, g.text, g.occurrence)
        if pos < 0:
            raise GoldError(f"{gold_path}:{g.line}: {g.text[:40]!r} occurs fewer than {g.occurrence} times")
        start = pos - body
        if start < 0:
            raise GoldError(f"{gold_path}:{g.line}: the quote lies in the headers of {name}")
        spans.append((start, start + len(g.text)))
    return spans


def evaluate_quotes(gold_path: str | Path, docs_dir: str | Path | None = None, coder=None) -> QuoteEvaluation:
    """Code the annotated articles and score their quotes."""
    from .coder import get_coder

    gold = load_gold_quotes(gold_path)
    folder = Path(docs_dir) if docs_dir else Path(gold_path).parent / "articles"
    coder = coder or get_coder()
    result = QuoteEvaluation()
    for name, rows in by_document(gold):
        document = read_article(folder, name, gold_path)
        raw, body = article_file(folder, name, document, gold_path)
        spans = gold_quote_spans(raw, body, rows, gold_path, name)
        result.splits[name] = rows[0].split
        _score(name, rows, spans, coder.code_document(document).quotes, result)
    for (split, kind), score in list(result.scores.items()):
        for key in ((split, "all"), ("all", kind), ("all", "all")):
            total = result.scores.setdefault(key, QuoteScore())
            for f in ("gold", "found", "matched", "exact", "speaker_right"):
                setattr(total, f, getattr(total, f) + getattr(score, f))
    return result


def best_overlap(start: int, end: int, candidates: Iterable[tuple[int, int, int]]) -> int | None:
    """Of the candidate spans (index, start, end), the one that overlaps [start, end) by the
    largest share of the longer of the two, if that share is at least MIN_OVERLAP."""
    best, best_share = None, 0.0
    for i, s, e in candidates:
        share = (min(end, e) - max(start, s)) / max(end - start, e - s, 1)
        if share >= MIN_OVERLAP and share > best_share:
            best, best_share = i, share
    return best


def _score(name: str, rows: list[GoldQuote], spans, found: list[Quote], result: QuoteEvaluation) -> None:
    split = rows[0].split
    for kind in ("direct", "indirect"):
        result.scores.setdefault((split, kind), QuoteScore())
    for g in rows:
        result.scores[(split, g.kind)].gold += 1
    used: set[int] = set()
    for g, (start, end) in zip(rows, spans, strict=True):
        best = best_overlap(start, end, ((i, q.start, q.end) for i, q in enumerate(found) if i not in used))
        if best is None:
            result.missed.append((name, g))
            continue
        used.add(best)
        q = found[best]
        score = result.scores[(split, g.kind)]
        score.matched += 1
        score.exact += (q.start, q.end) == (start, end)
        if q.speaker is not None and q.speaker.code == g.speaker_code:
            score.speaker_right += 1
        else:
            result.wrong_speaker.append((name, g, q))
    for i, q in enumerate(found):
        result.scores[(split, q.kind)].found += 1
        if i not in used:
            result.extra.append((name, q))
