"""Every module under dateline.nlp imports on its own, first, without an import circle."""

import pkgutil
import subprocess
import sys

import dateline.nlp

#: run in one fresh interpreter: each module is imported with no dateline module loaded before it
#: (third-party modules such as spaCy stay loaded, so the check is quick)
_SCRIPT = """
import importlib, sys
failures = []
for name in sys.argv[1:]:
    for loaded in [m for m in sys.modules if m == "dateline" or m.startswith("dateline.")]:
        del sys.modules[loaded]
    try:
        importlib.import_module(name)
    except ImportError as error:
        failures.append(f"{name}: {error}")
print("\\n".join(failures))
sys.exit(1 if failures else 0)
"""


def _modules() -> list[str]:
    return sorted(m.name for m in pkgutil.walk_packages(dateline.nlp.__path__, "dateline.nlp."))


def test_the_walk_finds_the_component_modules():
    modules = _modules()
    assert {"dateline.nlp.entities.keys", "dateline.nlp.entities.data", "dateline.nlp.quotes.lexicon", "dateline.nlp.words"} <= set(modules)


def test_each_nlp_module_imports_first_in_a_fresh_interpreter():
    result = subprocess.run([sys.executable, "-c", _SCRIPT, *_modules()], check=False, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr
