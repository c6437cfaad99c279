"""Article in, Analysis out: spaCy's English pipeline plus newsgraph's own components.

Components, in order after the statistical model: ``newsgraph_entities`` (types, canonical names,
roles), ``newsgraph_times`` (time expressions resolved against ``doc._.published``),
``newsgraph_quotes`` (cues, contents, sources), ``newsgraph_speakers`` (who, about whom, when) and
``newsgraph_events`` (what happened or is planned, with whom, when).
Each is a registered factory, so ``nlp.add_pipe("newsgraph_quotes")`` works in any English pipeline
with a parser (add the components in this order).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from functools import cache
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from newsgraph import __version__, lexicons
from newsgraph.config import DEFAULT_MODELS, Settings
from newsgraph.errors import InputError, ModelError, NewsgraphError
from newsgraph.model import Analysis, Article, Extracted

# Importing the component modules registers their factories with spaCy.
from newsgraph.nlp import attribution, entities, events, extensions, paragraphs, speakers, timex  # noqa: F401
from newsgraph.nlp.convert import doc_to_analysis
from newsgraph.nlp.syntax import remember_text

COMPONENTS = ("newsgraph_entities", "newsgraph_times", "newsgraph_quotes", "newsgraph_speakers", "newsgraph_events")
# newsgraph_paragraphs runs inside the statistical pipeline, before the parser (see parsing_model).
_OWN_COMPONENTS = frozenset(COMPONENTS)

extensions.register()


def _load_model(name: str) -> Language:
    try:
        module = importlib.import_module(name)
    except ImportError:
        return spacy.load(name)
    path = module.model_path() if hasattr(module, "model_path") else None
    return spacy.load(path) if path else module.load()


def base_model(settings: Settings | None = None) -> Language:
    """The bare statistical spaCy pipeline newsgraph builds on (also the speed baseline)."""
    settings = settings or Settings.from_env()
    names = (settings.model,) if settings.model else DEFAULT_MODELS
    errors = []
    for name in names:
        try:
            return _load_model(name)
        except (ImportError, OSError) as err:
            errors.append(f"{name}: {err.__class__.__name__}")
    raise ModelError(f"no spaCy English model could be loaded (tried {', '.join(errors)}); "
                     "install one with `make demo` or set NEWSGRAPH_MODEL")


# Bump when newsgraph's change to the tokenizer changes how text is cut into tokens.
TOKENS_VERSION = "3"


def _split_dialogue_dashes(nlp: Language) -> None:
    """ "—Ocampo said—. I will tell you": spaCy keeps "said—." as one token (a full stop after a dash is no
    suffix to it), and the parse falls apart; the dash and the stop are suffixes of their own here."""
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[\u2014\u2015])[.,;:]", r"[\u2014\u2015]"]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search


def _keep_names_whole(nlp: Language) -> None:
    """ "Smt. Kiran Bala Sinha", "Shri. Ramesh Pandey": India's honorifics take a stop as "Mr." does, which
    spaCy's English exceptions do not list, so it cut the stop off and ended a sentence there. "Lahcen Id Bella":
    a capitalised "Id" in news is an Amazigh name's particle, not "I'd" typed without its apostrophe."""
    for word in ("Smt.", "Shri.", "Sri.", "Kum.", "Id"):
        nlp.tokenizer.add_special_case(word, [{"ORTH": word}])


def pipeline_version(nlp: Language) -> str:
    meta = nlp.meta
    parts = [f"newsgraph-{__version__}", f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"]
    if "newsgraph_tokens" in meta:
        parts.append(f"newsgraph_tokens.v{meta['newsgraph_tokens']}")
    parts += [f"{name}.v{getattr(nlp.get_pipe(name), 'version', '1')}"
              for name in ("newsgraph_paragraphs", *COMPONENTS) if name in nlp.pipe_names]
    return "+".join(parts)


def parsing_model(settings: Settings | None = None) -> Language:
    """The statistical pipeline with line breaks ending sentences (``newsgraph_paragraphs``): what
    newsgraph's components and the cue model's training read."""
    nlp = base_model(settings)
    _split_dialogue_dashes(nlp)
    _keep_names_whole(nlp)
    nlp.meta["newsgraph_tokens"] = TOKENS_VERSION
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    return nlp


@cache
def _cached_pipeline(model: str | None) -> Language:
    nlp = parsing_model(Settings(model=model))
    for name in COMPONENTS:
        nlp.add_pipe(name)
    lexicons.registered_genders()  # read once here, not in the middle of some article's analysis
    return nlp


@cache
def _cached_version(model: str | None) -> str:
    return pipeline_version(_cached_pipeline(model))  # spaCy builds nlp.meta anew on every access


def load_pipeline(settings: Settings | None = None) -> Language:
    """The full newsgraph pipeline, loaded once per process and model."""
    settings = settings or Settings.from_env()
    return _cached_pipeline(settings.model)


def analyze_extracted(extracted: Extracted, *, settings: Settings | None = None) -> Analysis:
    """Run the NLP stage over an extracted article. Spans index ``extracted.article.text``."""
    [result] = analyze_extracted_batch([extracted], settings=settings)
    if isinstance(result, Exception):
        raise result
    return result


def analyze_extracted_batch(batch: Sequence[Extracted], *,
                            settings: Settings | None = None) -> list[Analysis | Exception]:
    """Run the NLP stage over several extracted articles at once: per article, its Analysis or the error
    that stopped it (one article's failure is its own).

    The statistical model parses the batch together, which is faster than one article at a time (the
    network's matrix products are larger and fewer); the result of each article is the same either way.
    """
    settings = settings or Settings.from_env()
    nlp = load_pipeline(settings)
    nlp.max_length = max(nlp.max_length, settings.max_text_chars + 1)
    results: list[Analysis | Exception | None] = [None] * len(batch)
    docs: dict[int, Doc] = {}
    for k, extracted in enumerate(batch):
        try:
            docs[k] = _new_doc(nlp, extracted.article, settings)
        except NewsgraphError as err:
            results[k] = err
    statistical = [(name, pipe) for name, pipe in nlp.pipeline if name not in _OWN_COMPONENTS]
    try:
        parsed = dict(zip(docs, _run_batched(statistical, list(docs.values())), strict=True))
    except Exception:  # the batch's failure is found again, and told, article by article, on fresh documents
        parsed = {}
        for k in docs:
            try:
                [parsed[k]] = _run_batched(statistical, [_new_doc(nlp, batch[k].article, settings)])
            except Exception as err:  # recorded as this article's failure
                results[k] = err
    version = _cached_version(settings.model)
    for k, doc in parsed.items():
        try:
            for name, component in nlp.pipeline:
                if name in _OWN_COMPONENTS:
                    doc = component(doc)
            results[k] = doc_to_analysis(doc, batch[k], version=version, warnings=_warnings(batch[k]))
        except Exception as err:  # recorded as this article's failure
            results[k] = err
    return cast(list[Analysis | Exception], results)  # every article has its result now


def _new_doc(nlp: Language, article: Article, settings: Settings) -> Doc:
    size = len(article.text)
    if size > settings.max_text_chars:
        raise InputError(f"article body is {size:,} characters, over the limit of {settings.max_text_chars:,} "
                         "(setting max_text_chars)")
    doc = remember_text(nlp.make_doc(article.text), article.text)
    doc._.published = article.published or article.modified
    return doc


def _run_batched(pipes: list[tuple[str, Callable[[Doc], Doc]]], docs: list[Doc]) -> list[Doc]:
    for _, pipe in pipes:
        docs = list(pipe.pipe(docs)) if hasattr(pipe, "pipe") else [pipe(doc) for doc in docs]
    return docs


def _warnings(extracted: Extracted) -> tuple[str, ...]:
    article, warnings = extracted.article, extracted.warnings
    if article.published is None and article.modified is not None:
        warning = (f"the article gives no publication date: its dates are read against the day it says it was "
                   f"updated, {article.modified.isoformat()}")
        warnings += (warning,) if warning not in warnings else ()
    language = article.language
    if language and not language.lower().startswith("en"):
        warning = (f"the article is in '{language}', and newsgraph's pipeline reads English: quotes, entities "
                   "and dates may be missed or wrong")
        warnings += (warning,) if warning not in warnings else ()  # a re-analysis carries it already
    return warnings
