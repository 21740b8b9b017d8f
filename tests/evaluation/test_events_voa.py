"""The voa_dev document-level event metric on hand-made stories, and the fixed split."""

from __future__ import annotations

import pytest

from dateline.evaluation import events_voa as voa


def _gold(type_, sentence, actor=None, recipient=None, modality="asserted", negated=False):
    return {"type": type_, "sentence": sentence, "actor": actor, "recipient": recipient, "modality": modality, "negated": negated}


def _pred(type_, evidence, actor=None, recipient=None, confidence=0.5):
    return {"type": type_, "evidence": [evidence], "actor": actor, "recipient": recipient, "confidence": confidence}


RUS = {"span": [0, 6], "country": "RUS", "sector": "GOV"}
UKR = {"span": [20, 27], "country": "UKR", "sector": "GOV"}


def test_party_right_by_span_or_country_and_sector():
    assert voa.party_right({"span": [2, 4]}, RUS)
    assert voa.party_right({"span": [50, 60], "country": "RUS", "sector": "GOV"}, RUS)
    assert not voa.party_right({"span": [50, 60], "country": "RUS", "sector": "MIL"}, RUS)
    assert voa.party_right(None, None)
    assert voa.party_right(None, {"text": None, "span": None, "country": None, "sector": None})
    assert not voa.party_right(RUS, None)
    assert not voa.party_right(None, RUS)


def test_score_precision_recall_full_and_actor():
    gold = {"s": [
        _gold("ASSAULT", [0, 40], RUS, UKR),
        _gold("ACCUSE", [41, 80], UKR, RUS),
        _gold("THREATEN", [81, 120], RUS, UKR, modality="future"),
    ]}
    preds = {"s": [
        _pred("ASSAULT", [0, 40], RUS, UKR, 0.9),  # full match
        _pred("ACCUSE", [41, 80], RUS, None, 0.3),  # type right, actor wrong
        _pred("THREATEN", [81, 120], RUS, UKR),  # matches non-asserted gold: not a false positive
        _pred("SANCTION", [0, 40]),  # false positive
    ]}
    s = voa.score(["s"], preds, gold)
    assert s["predicted"] == 4 and s["gold_asserted"] == 2
    assert s["precision"] == pytest.approx(3 / 4)
    assert s["recall"] == 1.0
    assert s["actor_right"] == 0.5
    assert s["full_precision"] == pytest.approx(2 / 4)
    assert s["full_recall"] == pytest.approx(1 / 2)
    assert s["per_type"]["SANCTION"]["precision"] == 0.0
    assert s["bands"]["0.8-1.0"] == {"pred": 1, "precision": 1.0}


def test_matching_is_one_to_one_and_needs_the_sentence():
    gold = {"s": [_gold("ASSAULT", [0, 40], RUS, UKR)]}
    preds = {"s": [_pred("ASSAULT", [0, 40]), _pred("ASSAULT", [0, 40], RUS, UKR), _pred("ASSAULT", [50, 60], RUS, UKR)]}
    matches = voa.match_story(preds["s"], gold["s"])
    assert matches == [(1, 0, True, True)]  # best argument agreement wins the one gold event
    assert voa.score(["s"], preds, gold)["precision"] == pytest.approx(1 / 3)


def test_the_untouched_part_is_two_stories_per_annotator_group():
    assert len(voa.UNTOUCHED) == 6
    assert voa.part_of("voa-7686618") == "untouched"
    assert voa.part_of("voa-8011115") == "dev"


def test_report_lists_each_part():
    s = voa.score([], {}, {})
    text = voa.report({"parts": {"dev": s, "untouched": s, "all": s}})
    for name in ("| dev |", "| untouched |", "| all |", "type F1", "full F1", "actor right", "confidence"):
        assert name in text


def test_split_on_the_gold(gold):
    stories, events = voa.load(str(gold))
    assert len(stories) == 18 and set(events) == set(stories)
    assert sum(voa.part_of(i) == "untouched" for i in stories) == 6


def test_evaluate_scores_each_part(gold, nlp):
    results = voa.evaluate(str(gold), limit=2, nlp=nlp, parts=("dev", "untouched", "all"))
    assert set(results["parts"]) == {"dev", "untouched", "all"}
    assert results["parts"]["all"]["stories"] == 2
    assert results["parts"]["all"]["predicted"] > 0


def test_cli_dataset_option_is_for_events_only():
    from click.testing import CliRunner

    from dateline.serve.cli import cli

    result = CliRunner().invoke(cli, ["eval", "quotes", "--dataset", "voa_dev"])
    assert result.exit_code != 0 and "E020" in str(result.exception) and "events only" in str(result.exception)
    help_text = CliRunner().invoke(cli, ["eval", "--help"]).output
    assert "voa_dev" in help_text


def test_the_blind_part_is_read_from_its_own_gold(tmp_path):
    import json

    stories = tmp_path / "stories.jsonl"
    stories.write_text("\n".join(json.dumps({"id": i, "text": "Police arrested him."}) for i in ("voa-1", "voa-2")), encoding="utf-8")
    blind = tmp_path / "blind.jsonl"
    blind.write_text(json.dumps({"id": "voa-2", "sentence": [0, 20], "type": "COERCE"}) + "\n", encoding="utf-8")
    texts, events = voa.load_blind(stories, blind)
    assert set(texts) == {"voa-2"} and len(events["voa-2"]) == 1
    assert voa.part_of("voa-2", frozenset(events)) == "blind"
    assert voa.load_blind(stories, tmp_path / "absent.jsonl") == ({}, {})


def test_cli_part_option_is_for_voa_only():
    from click.testing import CliRunner

    from dateline.serve.cli import cli

    result = CliRunner().invoke(cli, ["eval", "quotes", "--part", "dev"])
    assert result.exit_code != 0 and "E020" in str(result.exception)


def test_extra_stories_split_into_a_dev_part_and_a_held_out_part():
    untouched = sorted(voa.EXTRA_UNTOUCHED)[0]
    extra = frozenset({untouched, "voa-1"})
    assert voa.part_of(untouched, frozenset(), extra) == "extra-untouched"
    assert voa.part_of("voa-1", frozenset(), extra) == "extra"
    assert voa.part_of("voa-1", frozenset({"voa-1"}), extra) == "blind"
    assert voa.part_of("voa-1") == "dev"
    assert set(voa.HELD_OUT) == {"extra-untouched", "blind"}


def test_a_default_report_names_the_held_out_parts_it_left_out():
    empty = voa.score([], {}, {})
    text = voa.report({"parts": {"dev": empty}})
    assert "extra-untouched" in text and "blind" in text and "--part" in text
    assert "Held-out" not in voa.report({"parts": {"dev": empty, "extra-untouched": empty, "blind": empty}})
