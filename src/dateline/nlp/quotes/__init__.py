"""The quotes component: who said what — direct, indirect and mixed quotations with speakers.

The spaCy component lives in ``component`` (importing this package registers its factory);
the other modules are its helpers.
"""

from dateline.nlp.quotes import component  # noqa: F401  (registers the factory)
