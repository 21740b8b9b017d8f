"""dateline: who said what, and who did what to whom, where and when, from dated news articles.

    >>> import dateline
    >>> record = dateline.analyze(text, date="2022-03-30")      # CONTRACT.md record
    >>> store = dateline.open_store("dateline.db")               # SQLite file or SQLAlchemy URL
"""

from dateline.api import analyze, analyze_paths, pipeline
from dateline.config import load_config
from dateline.errors import DatelineError
from dateline.ingest import Article, read_inputs
from dateline.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DatelineError",
    "Store",
    "__version__",
    "analyze",
    "analyze_paths",
    "load_config",
    "open_store",
    "pipeline",
    "read_inputs",
]
