"""One floor test per metric of a held-out gold set (or of several sets), scored once per module."""

from pathlib import Path

import pytest

from pipelines.evaluate import evaluate


def floor_tests(path: Path, floors: dict[str, float]):
    """Return (fixture, test) for a module: extract + cluster the set, then one test per floored metric."""

    @pytest.fixture(scope="module")
    def scored():
        return evaluate(path)  # extract + cluster, as `rapat extract` runs them

    @pytest.mark.parametrize("metric", sorted(floors))
    def test_metric_stays_above_its_floor(scored, metric):
        metrics, misses = scored
        assert metrics[metric] >= floors[metric], [m for m in misses if m["field"] in (metric, "is_meeting")]

    return scored, test_metric_stays_above_its_floor


def floor_tests_per_set(floors: dict[Path, dict[str, float]]):
    """Return (fixture, test) for a module flooring several sets: each set scored once, one test per set and metric."""

    @pytest.fixture(scope="module")
    def scored_sets():
        return {path: evaluate(path) for path in floors}

    @pytest.mark.parametrize("path, metric", [(p, m) for p, set_floors in floors.items() for m in sorted(set_floors)],
                             ids=lambda value: value.stem if isinstance(value, Path) else value)
    def test_metric_stays_above_its_floor(scored_sets, path, metric):
        metrics, misses = scored_sets[path]
        assert metrics[metric] >= floors[path][metric], [m for m in misses if m["field"] in (metric, "is_meeting")]

    return scored_sets, test_metric_stays_above_its_floor
