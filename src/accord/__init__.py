"""accord: code international-affairs news into structured, explainable event data."""

from .coder import Coder, code_text
from .errors import AccordError, InputError, LexiconError, ModelError, StoreError
from .ingest import read_inputs
from .model import Actor, Document, Event, Mention, Result, Trigger
from .store import Store

__version__ = "0.1.0"

__all__ = [
    "AccordError",
    "Actor",
    "Coder",
    "Document",
    "Event",
    "InputError",
    "LexiconError",
    "Mention",
    "ModelError",
    "Result",
    "Store",
    "StoreError",
    "Trigger",
    "code_text",
    "read_inputs",
]
