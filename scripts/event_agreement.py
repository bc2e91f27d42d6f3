"""Agreement between two event annotations of the same articles, and of accord with each.

    python scripts/event_agreement.py eval/events/gold.jsonl eval/events/agreement/second.jsonl

Both files are JSONL in the format of `eval/events/gold.jsonl`; only the articles the second
file annotates are compared. Two events agree under the rule `accord eval` uses: same sentence,
same source and target codes, same negation, and the same CAMEO root (root level) or code
(code level), matched one to one. The first file is the reference, so "precision" is the share
of the second annotator's events that the first also has, and F1 is symmetric.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from pathlib import Path

from accord.coder import get_coder
from accord.evaluate import GoldEvent, Score, load_gold
from accord.gold import by_document, read_article

ARTICLES = Path("eval/events/articles")


def _keys(rows, sentence_of, level: str) -> Counter:
    return Counter(
        (sentence_of(r.snippet), r.source, r.target, r.cameo[:2] if level == "root" else r.cameo, r.negated)
        for r in rows
    )


def _agree(reference: Counter, other: Counter) -> Score:
    return Score(gold=sum(reference.values()), predicted=sum(other.values()), matched=sum((reference & other).values()))


def main(first: str, second: str) -> None:
    coder = get_coder()
    by_a = dict(by_document(load_gold(first)))
    by_b = dict(by_document(load_gold(second)))
    docs = sorted(by_b)
    totals: dict[tuple[str, str, str], Score] = defaultdict(Score)
    for name in docs:
        document = read_article(ARTICLES, name, second)
        result = coder.code_document(document)
        sentences = sorted({(e.sentence_start, e.sentence_end) for e in result.events})
        sentences += [(s.start_char, s.end_char) for s in coder.nlp(document.text).sents]

        def sentence_of(where: str | int, text=document.text, sentences=sentences) -> int:
            pos = text.find(where) if isinstance(where, str) else where
            return next(s for s, e in sentences if s <= pos < e)  # its sentence as the coder cut it

        coded = [
            GoldEvent(name, "", e.trigger.start, e.source.code, e.target.code if e.target else None, e.cameo,
                      e.negated, 0)
            for e in result.events
        ]  # fmt: skip
        split = by_b[name][0].split
        for level in ("root", "code"):
            ka, kb, kc = (_keys(rows, sentence_of, level) for rows in (by_a.get(name, []), by_b[name], coded))
            for pair, (ref, other) in {"second vs first": (ka, kb), "accord vs first": (ka, kc),
                                       "accord vs second": (kb, kc)}.items():  # fmt: skip
                for s in (split, "all"):
                    totals[(pair, s, level)].add(_agree(ref, other))
    print(f"{len(docs)} articles: {', '.join(docs)}")
    print("| comparison | split | level | reference | other | matched | precision | recall | F1 |")
    print("|---|---|---|---|---|---|---|---|---|")
    for (pair, split, level), s in sorted(totals.items()):
        print(f"| {pair} | {split} | {level} | {s.gold} | {s.predicted} | {s.matched} | {s.precision:.2f} | "
              f"{s.recall:.2f} | {s.f1:.2f} |")  # fmt: skip


if __name__ == "__main__":
    main(*sys.argv[1:3])
