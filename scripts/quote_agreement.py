"""Agreement between two quote annotations of the same articles, and of accord with each.

    python scripts/quote_agreement.py eval/quotes/gold.jsonl eval/quotes/agreement/second.jsonl

Both files are JSONL in the format of `eval/quotes/gold.jsonl`; only the articles the second
file annotates are compared. Quotes match as `accord eval-quotes` matches them (same kind,
overlapping by at least half of the longer one, one to one); speaker agreement is the share of
matched quotes whose speaker codes are equal. The first file is the reference.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from accord.coder import get_coder
from accord.gold import article_file, by_document, read_article
from accord.quote_eval import GoldQuote, best_overlap, gold_quote_spans, load_gold_quotes

ARTICLES = Path("eval/quotes/articles")


def _spans(raw: str, body: int, rows: list[GoldQuote], path: str, name: str) -> list[tuple[str, int, int, str]]:
    spans = gold_quote_spans(raw, body, rows, path, name)
    return [(g.kind, start, end, g.speaker_code) for g, (start, end) in zip(rows, spans, strict=True)]


def _match(reference, other) -> tuple[int, int]:
    """Matched quotes of the same kind and, of those, quotes whose speakers agree."""
    used: set[int] = set()
    matched = same = 0
    for kind, start, end, code in reference:
        best = best_overlap(start, end, ((i, s, e) for i, (k, s, e, _c) in enumerate(other)
                                         if i not in used and k == kind))  # fmt: skip
        if best is not None:
            used.add(best)
            matched += 1
            same += other[best][3] == code
    return matched, same


def main(first: str, second: str) -> None:
    coder = get_coder()
    by_a = dict(by_document(load_gold_quotes(first)))
    by_b = dict(by_document(load_gold_quotes(second)))
    docs = sorted(by_b)
    totals: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # ref, other, matched, same
    for name in docs:
        document = read_article(ARTICLES, name, second)
        raw, body = article_file(ARTICLES, name, document, second)
        ka, kb = _spans(raw, body, by_a.get(name, []), first, name), _spans(raw, body, by_b[name], second, name)
        kc = [
            (q.kind, q.start, q.end, q.speaker.code if q.speaker else "") for q in coder.code_document(document).quotes
        ]
        split = by_b[name][0].split
        for pair, (ref, other) in {"second vs first": (ka, kb), "accord vs first": (ka, kc),
                                   "accord vs second": (kb, kc)}.items():  # fmt: skip
            matched, same = _match(ref, other)
            for s in (split, "all"):
                t = totals[(pair, s)]
                t[0], t[1], t[2], t[3] = t[0] + len(ref), t[1] + len(other), t[2] + matched, t[3] + same
    print(f"{len(docs)} articles: {', '.join(docs)}")
    print("| comparison | split | reference | other | matched | span F1 | speaker agreement |")
    print("|---|---|---|---|---|---|---|")
    for (pair, split), (ref, other, matched, same) in sorted(totals.items()):
        f1 = 2 * matched / (ref + other) if ref + other else 0.0
        print(f"| {pair} | {split} | {ref} | {other} | {matched} | {f1:.2f} | {same / matched if matched else 0:.2f} |")


if __name__ == "__main__":
    main(*sys.argv[1:3])
