"""One floor test per metric of a held-out gold set, scored once per module."""

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
