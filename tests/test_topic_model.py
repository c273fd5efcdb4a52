"""The topic model: trained on the labelled sets but never on the validation split, and reproducible from them."""

import json

from pipelines.extract import topic_training
from pipelines.extract.topics import choose, model


def test_training_never_reads_the_validation_split_or_the_unseen_sets():
    """The validation split and the held-out and reworded sets written after the model stay out of its training data."""
    names = [p.name for paths in topic_training.groups().values() for p in paths]
    assert "develop.jsonl" in names and len(names) > 20
    assert not any("validate" in n or n in topic_training.UNSEEN for n in names)
    assert "extract_reworded_a.jsonl" in names
    assert not {"extract_reworded_m.jsonl", "extract_reworded_k2.jsonl"} & set(names)


def test_shipped_weights_are_what_training_on_the_repository_data_gives():
    """Retraining from tests/data chooses the same topics as datasets/topic_model.json on 99% of meetings or more."""
    rows = [r for paths in topic_training.groups().values() for r in topic_training.examples(paths)]
    retrained = topic_training.fit(rows)
    assert (retrained["threshold"], retrained["limit"]) == (model()["threshold"], model()["limit"])
    same = sum(choose(c, retrained) == choose(c, model()) for c, _ in rows)
    assert same >= 0.99 * len(rows)


def test_the_model_beats_the_keyword_rule_on_the_training_data_it_was_fit_to_by_a_margin():
    """On its own training data the model's topic F1 is above the keyword rule's (a broken fit would fall below)."""
    rows = topic_training.examples(topic_training.groups()["develop"])
    scored = [(topic_training.f1(g, topic_training.rule(c)), topic_training.f1(g, choose(c, model()))) for c, g in rows]
    scored = [s for s in scored if None not in s]
    assert sum(b for _, b in scored) > sum(a for a, _ in scored) + 0.03 * len(scored)


def test_model_file_is_plain_json_with_a_threshold_and_weights():
    """Extraction needs no scikit-learn: the weights are a JSON object of feature -> weight."""
    raw = json.loads((topic_training.datasets_dir() / topic_training.MODEL_FILE).read_text(encoding="utf-8"))
    assert 0 < raw["threshold"] < 1 and raw["limit"] >= 1 and isinstance(raw["intercept"], float)
    assert all(isinstance(k, str) and isinstance(v, float) for k, v in raw["weights"].items())
