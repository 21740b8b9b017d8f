"""The entities component: repaired NER, article-level entities with canonical keys, roles,

The spaCy component lives in ``component`` (importing this package registers its factory);
the other modules are its helpers.
"""

from dateline.nlp.entities import component  # noqa: F401  (registers the factory)
