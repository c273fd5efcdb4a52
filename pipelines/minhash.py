"""MinHash signatures and LSH banding for near-duplicate bodies.

The same scheme as datasketch 2.0's MinHash (affine 32-bit permutations after a MurmurHash3
finaliser, drawn from numpy's RandomState(1)) and MinHashLSH's banding for a Jaccard threshold of
0.5 over 64 permutations (14 bands of 4 rows, its optimum). Kept here, 40 lines, because
importing datasketch imports scipy (half a second before `rapat extract` reads its first line)
and because its default scheme changed between versions: these signatures stay the same on every
machine and every install.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from functools import cache
from typing import Iterable, Iterator

import numpy as np

NUM_PERM = 64
BANDS, ROWS = 14, 4  # datasketch's optimal (b, r) for threshold 0.5 and 64 permutations
_MAX = np.uint32(0xFFFFFFFF)


@cache
def _permutations() -> tuple[np.ndarray, np.ndarray]:
    """(a, b) of the affine permutations h -> a * h + b mod 2^32, a odd (a bijection)."""
    gen = np.random.RandomState(1)
    a = gen.randint(0, 1 << 31, NUM_PERM, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, NUM_PERM, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser: spreads crc32 values before the affine maps."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def signature(shingles: Iterable[bytes]) -> np.ndarray:
    """The MinHash signature (NUM_PERM uint32 values) of a set of byte strings."""
    hashed = list(map(zlib.crc32, shingles))
    if not hashed:
        return np.full(NUM_PERM, _MAX, dtype=np.uint32)
    a, b = _permutations()
    hv = _fmix32(np.array(hashed, dtype=np.uint32).reshape(-1, 1))
    return (hv * a + b).min(axis=0)


def jaccard(x: np.ndarray, y: np.ndarray) -> float:
    """Estimated Jaccard similarity of the sets behind two signatures."""
    return float(np.count_nonzero(x == y)) / NUM_PERM


def similar_pairs(signatures: Iterable[np.ndarray], threshold: float) -> Iterator[tuple[int, int, float]]:
    """(earlier, later, jaccard) for signatures sharing an LSH band and estimated at or above threshold."""
    buckets: list[dict[bytes, list[int]]] = [defaultdict(list) for _ in range(BANDS)]
    kept: list[np.ndarray] = []
    for i, sig in enumerate(signatures):
        keys = [sig[k * ROWS:(k + 1) * ROWS].tobytes() for k in range(BANDS)]
        seen = {j for band, key in zip(buckets, keys) for j in band.get(key, ())}
        for j in sorted(seen):
            score = jaccard(sig, kept[j])
            if score >= threshold:
                yield j, i, score
        for band, key in zip(buckets, keys):
            band[key].append(i)
        kept.append(sig)
