"""The times component: TIMEX3 expressions found and normalized against the publication date.

The spaCy component lives in ``component`` (importing this package registers its factory);
the other modules are its helpers.
"""

from dateline.nlp.times import component  # noqa: F401  (registers the factory)
