"""Clustering speed on synthetic articles: is assign_events near-linear up to 100,000?

usage: python benchmarks/bench_cluster.py [N ...]   (default: 10000 30000 100000)

Each synthetic event has 1-4 reports: the first is an original release; others are either
cross-posts (same body, another greeting and hashtag block) or rewrites (a third of the
words replaced). Words come from a Zipf-like vocabulary, dates spread over six years, so
blocks look like a real archive's. Prints seconds, articles/s and pairwise precision/recall
of the found events against the planted ones.
"""

from __future__ import annotations

import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from itertools import combinations

from pipelines.cluster import ClusterInput, assign_events

VOCAB = [f"w{k}" for k in range(40000)]
CUM = list(__import__("itertools").accumulate(1 / (k + 1) for k in range(len(VOCAB))))
TYPES = ["rapat_koordinasi", "rapat_kerja", "audiensi", "musrenbang", "fgd", None]


def synth(n: int, seed: int = 1) -> tuple[list[ClusterInput], dict[str, int]]:
    """About n articles in planted events; returns the inputs and id -> planted event."""
    rng = random.Random(seed)
    items, truth, event = [], {}, 0
    while len(items) < n:
        day = date(2019, 1, 1) + timedelta(days=rng.randrange(6 * 365))
        words = rng.choices(VOCAB, cum_weights=CUM, k=rng.randrange(150, 400))
        kind = rng.choice(TYPES)
        fields = dict(event_type="meeting" if kind else "other", meeting_type=kind,
                      meeting_date=day.isoformat() if kind else None)
        for r in range(rng.choice([1, 1, 1, 2, 3, 4])):
            body = list(words)
            if r and rng.random() < 0.5:  # a rewrite by another outlet
                new = rng.choices(VOCAB, cum_weights=CUM, k=len(body) // 3)
                for k, w in zip(rng.sample(range(len(body)), len(body) // 3), new):
                    body[k] = w
            text = ("Tabik Puunn...\n\n" if r % 2 else "") + f"Bandar Lampung--{' '.join(body)} ({day.day}/{day.month}/{day.year})."
            id_ = f"a{len(items)}"
            items.append(ClusterInput(id=id_, title=" ".join(body[:8]), text=text,
                                      published=(day + timedelta(days=r)).isoformat(), source=f"h{r}", **fields))
            truth[id_] = event
        event += 1
    return items, truth


def pair_scores(found: dict[str, str], truth: dict[str, int]) -> tuple[float, float]:
    """Pairwise precision and recall of found events against the planted ones (within blocks)."""
    def pairs(groups):
        return {p for g in groups.values() for p in combinations(sorted(g), 2)}
    by_found, by_truth = defaultdict(list), defaultdict(list)
    for i, e in found.items():
        by_found[e].append(i)
    for i, e in truth.items():
        by_truth[e].append(i)
    fp, tp = pairs(by_found), pairs(by_truth)
    return (len(fp & tp) / len(fp) if fp else 1.0, len(fp & tp) / len(tp) if tp else 1.0)


def main(sizes: list[int]) -> None:
    """Time assign_events at each size and print one line per size."""
    for n in sizes:
        items, truth = synth(n)
        start = time.perf_counter()
        found = assign_events(items)
        secs = time.perf_counter() - start
        p, r = pair_scores(found, truth)
        print(f"n={len(items):>7} seconds={secs:7.1f} articles/s={len(items) / secs:7.0f} "
              f"pair_precision={p:.3f} pair_recall={r:.3f}", flush=True)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [10000, 30000, 100000])
