"""Precision and recall of actor mentions against a hand annotation.

The annotation is JSONL, one mention per line (see eval/actors/GUIDELINES.md):
    {"doc": "07-seoul-tokyo.txt", "split": "dev", "text": "South Korea", "occurrence": 1, "code": "KOR"}
`text` is the mention as written; `occurrence` says which occurrence of it in the
file (headers included, counting from 1). A found mention matches a gold one when
their character spans overlap (one-to-one); it is correct when the codes are equal.
  - code level: precision = correct / found, recall = correct / gold;
  - span level: the same, counting overlaps whatever their code (is the mention found?).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import GoldError
from .evaluate import Score
from .gold import article_file, by_document, nth, read_article, read_jsonl
from .model import Mention


@dataclass(frozen=True)
class GoldMention:
    doc: str
    split: str
    text: str
    occurrence: int
    code: str
    line: int


@dataclass
class ActorEvaluation:
    scores: dict[tuple[str, str], Score] = field(default_factory=dict)  # (split, level)
    wrong: list[tuple[str, GoldMention, Mention]] = field(default_factory=list)
    missed: list[tuple[str, GoldMention]] = field(default_factory=list)
    extra: list[tuple[str, Mention]] = field(default_factory=list)
    splits: dict[str, str] = field(default_factory=dict)  # document -> split

    def to_dict(self) -> dict[str, Any]:
        return {f"{split}/{level}": score.to_dict() for (split, level), score in sorted(self.scores.items())}


def load_gold_mentions(path: str | Path) -> list[GoldMention]:
    return read_jsonl(
        path,
        lambda data, lineno: GoldMention(
            data["doc"], data.get("split", "all"), data["text"], int(data.get("occurrence", 1)), data["code"], lineno
        ),
        "doc, text, code",
    )


def gold_span(text: str, gold: GoldMention, name: str) -> tuple[int, int]:
    pos = nth(text, gold.text, gold.occurrence)
    if pos < 0:
        raise GoldError(f"gold line {gold.line}: {gold.text!r} occurs fewer than {gold.occurrence} times in {name}")
    return pos, pos + len(gold.text)


def evaluate_actors(gold_path: str | Path, docs_dir: str | Path | None = None, coder=None) -> ActorEvaluation:
    """Code the annotated documents and score their actor mentions."""
    from .coder import get_coder

    gold = load_gold_mentions(gold_path)
    folder = Path(docs_dir) if docs_dir else Path(gold_path).parent / "articles"
    coder = coder or get_coder()
    result = ActorEvaluation()
    for name, rows in by_document(gold):
        document = read_article(folder, name, gold_path)
        found = coder.code_document(document).mentions
        result.splits[name] = rows[0].split
        # `occurrence` counts in the whole file, headers included; offsets are into the body.
        raw, body_start = article_file(folder, name, document, gold_path)
        _score_doc(raw, body_start, name, rows, found, result)
    for (_split, level), score in list(result.scores.items()):
        result.scores.setdefault(("all", level), Score()).add(score)
    return result


def _score_doc(
    raw: str, body_start: int, name: str, rows: list[GoldMention], found: list[Mention], result: ActorEvaluation
) -> None:
    split = rows[0].split
    spans = []
    for g in rows:
        start, end = gold_span(raw, g, name)
        if start < body_start:
            raise GoldError(f"gold line {g.line}: {g.text!r} (occurrence {g.occurrence}) is in the headers of {name}")
        spans.append((start - body_start, end - body_start))
    code_score = result.scores.setdefault((split, "code"), Score())
    span_score = result.scores.setdefault((split, "span"), Score())
    for score in (code_score, span_score):
        score.gold += len(rows)
        score.predicted += len(found)
    # One-to-one: each gold mention takes the overlapping found mention with its code if
    # there is one, else the one that overlaps it most.
    used: set[int] = set()
    for g, (start, end) in zip(rows, spans, strict=True):
        overlapping = [(i, m) for i, m in enumerate(found) if i not in used and m.start < end and start < m.end]
        if not overlapping:
            result.missed.append((name, g))
            continue
        i, m = max(overlapping, key=lambda im: (im[1].code == g.code, min(end, im[1].end) - max(start, im[1].start)))
        used.add(i)
        span_score.matched += 1
        if m.code == g.code:
            code_score.matched += 1
        else:
            result.wrong.append((name, g, m))
    result.extra.extend((name, m) for i, m in enumerate(found) if i not in used)
