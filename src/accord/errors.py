"""Every error accord raises on purpose.

AccordError
├── InputError      one document or input file cannot be read (the batch goes on)
├── LexiconError    a lexicon file is malformed (names the file, line and fix)
├── ModelError      the spaCy pipeline cannot be loaded
├── StoreError      the DuckDB store cannot be opened or written
└── GoldError       an evaluation file is malformed
"""

from __future__ import annotations


class AccordError(Exception):
    """Root of accord's errors; messages say what to do next."""


class InputError(AccordError):
    """A document or input file that cannot be coded, with where and why."""

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class LexiconError(AccordError):
    """A lexicon file that does not follow its format."""

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}:{line}" if line else path
        super().__init__(f"{where}: {reason}")
        self.path = path
        self.line = line


class ModelError(AccordError):
    """The spaCy pipeline is missing or unusable."""


class StoreError(AccordError):
    """The DuckDB store cannot be used."""


class GoldError(AccordError):
    """An annotation file for `accord eval` is malformed."""
