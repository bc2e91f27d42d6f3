from __future__ import annotations

import pytest

from accord.coder import get_coder


@pytest.fixture(scope="session")
def coder():
    """The default pipeline and lexicons, loaded once per test session."""
    return get_coder()


@pytest.fixture(scope="session")
def code(coder):
    """code("text") -> list of (source, cameo, target) triples, target None when absent."""
    from accord.ingest import make_document

    def run(text: str, date: str | None = None, full: bool = False):
        result = coder.code_document(make_document(text, date=date, name="test"))
        if full:
            return result
        return sorted((e.source.code, e.cameo, e.target.code if e.target else None) for e in result.events)

    return run
