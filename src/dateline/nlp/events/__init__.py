"""The events component: PLOVER events, who did what to whom, where and when.

The spaCy component lives in ``component`` (importing this package registers its factory);
the other modules are its helpers.
"""

from dateline.nlp.events import component  # noqa: F401  (registers the factory)
