"""The coding pipeline: document -> spaCy parse -> actors -> events -> `Result`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from .actors import ActorMatcher, DocActors
from .dateline import mask_dateline
from .errors import InputError
from .events import EventCoder
from .ingest import make_document, read_inputs
from .lexicon import Lexicons, load_lexicons
from .model import Document, Result
from .nlp import load_pipeline, model_name
from .quotes import build_quotes


class Coder:
    """A loaded pipeline and lexicons; codes documents one at a time or in streams."""

    def __init__(self, model: str | None = None, lexicons: tuple[str, ...] = ()) -> None:
        self.nlp = load_pipeline(model)
        self.lexicons: Lexicons = load_lexicons(tuple(lexicons))
        self.matcher = ActorMatcher(
            self.nlp, self.lexicons.actors, self.lexicons.agents, event_nouns=self.lexicons.events.nouns.keys()
        )
        self.events = EventCoder(self.lexicons)
        self.model = model_name(self.nlp)

    def code_parsed(self, doc, document: Document) -> Result:
        masked = mask_dateline(document.text)  # what code_document and code_documents parse
        end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
        parsed_from = masked if end == len(masked) and (not len(doc) or masked.startswith(doc[0].text, doc[0].idx)) \
            else None  # fmt: skip
        actors = DocActors(doc, self.matcher, document.text, document.date, doc_text=parsed_from)
        events = self.events.code(doc, document, actors)
        quotes = build_quotes(doc, document.doc_id, document.text, actors.quotes(), actors, events)
        return Result(document, events, actors.mentions(document.doc_id), quotes)

    def code_document(self, document: Document) -> Result:
        return self.code_parsed(self.nlp(mask_dateline(document.text)), document)

    def code_inputs(self, paths: Iterable[str]) -> Iterator[Result | InputError]:
        """Read and code files, folders, JSONL/CSV or stdin ("-"): a `Result` per document, or an
        `InputError` naming the input and the reason (unreadable input, or coding that failed)."""
        for item in read_inputs(paths):
            if isinstance(item, InputError):
                yield item
                continue
            try:
                yield self.code_document(item)
            except Exception as exc:  # noqa: BLE001 - one document must not stop the run
                yield InputError(item.name or item.doc_id, f"coding failed: {type(exc).__name__}: {exc}")

    def code_documents(self, documents: Iterable[Document], batch_size: int = 32) -> Iterator[Result]:
        """Results in input order, parsing with `nlp.pipe` in batches."""
        stream = ((mask_dateline(d.text), d) for d in documents)
        for doc, document in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size):
            yield self.code_parsed(doc, document)


@lru_cache(maxsize=4)
def get_coder(model: str | None = None, lexicons: tuple[str, ...] = ()) -> Coder:
    """A cached `Coder` per model and lexicon files."""
    return Coder(model, lexicons)


def code_text(
    text: str,
    date: str | None = None,
    url: str | None = None,
    title: str | None = None,
    *,
    model: str | None = None,
    lexicons: tuple[str, ...] = (),
) -> Result:
    """Code one article's text.

    Example:
        >>> result = code_text("Japan criticised China on Monday.", date="2025-03-03")
        >>> [(e.source.code, e.cameo, e.target.code) for e in result.events]
        [('JPN', '111', 'CHN')]
    """
    document = make_document(text, title=title, date=date, url=url, name="<text>")
    return get_coder(model, tuple(lexicons)).code_document(document)
