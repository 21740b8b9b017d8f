"""The places component: place name mentions found and resolved to GeoNames entries, offline.

The spaCy component lives in ``component`` (importing this package registers its factory);
the other modules are its helpers.
"""

from dateline.nlp.places import component  # noqa: F401  (registers the factory)
