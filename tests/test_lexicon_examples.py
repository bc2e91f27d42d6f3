"""Every event pattern of the bundled lexicon fires on its own example sentence."""

from __future__ import annotations

from accord.ingest import make_document


def test_every_pattern_fires_on_its_example(coder):
    patterns = [p for p in coder.lexicons.events.patterns if p.example]
    assert len(patterns) >= 600
    docs = coder.nlp.pipe([p.example for p in patterns], batch_size=256)
    silent = []
    for pattern, doc in zip(patterns, docs, strict=True):
        fired = {t.i: coder.events.match(t) for t in doc}
        if not any(p is not None and (p is pattern or p.cameo == pattern.cameo) for p in fired.values()):
            silent.append(f"{pattern.source} {pattern.pattern!r}: {pattern.example}")
    # A few examples are misparsed by the small English model; they are listed when this fails.
    assert len(silent) <= len(patterns) * 0.03, "\n".join(silent)


def test_examples_give_events_with_sources(coder):
    """Coded as whole sentences, nearly every example yields an event with its code."""
    patterns = [p for p in coder.lexicons.events.patterns if p.example]
    missing = []
    for pattern in patterns:
        result = coder.code_document(make_document(pattern.example, name=pattern.source))
        if not any(e.cameo == pattern.cameo or e.rule.startswith(pattern.source) for e in result.events):
            missing.append(f"{pattern.source} {pattern.pattern!r}: {pattern.example}")
    assert len(missing) <= len(patterns) * 0.10, "\n".join(missing[:80])
