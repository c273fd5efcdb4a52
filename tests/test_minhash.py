"""MinHash signatures and LSH banding: stable values, Jaccard estimates and near-duplicate pairs."""

import numpy as np

from pipelines.minhash import NUM_PERM, jaccard, signature, similar_pairs


def test_signature_values_are_pinned():
    """The same signature on every machine and install (datasketch 2.0's affine32 scheme, seed 1, crc32)."""
    sig = signature([b"rapat koordinasi inflasi", b"koordinasi inflasi daerah"])
    assert sig.dtype == np.uint32 and len(sig) == NUM_PERM
    assert sig[:4].tolist() == [2816665883, 1941470351, 410210277, 423797327]


def test_jaccard_estimate_tracks_set_overlap():
    """Identical sets estimate 1.0, disjoint sets near 0, half-overlapping sets near a third."""
    a = [f"kata{i}".encode() for i in range(200)]
    b = [f"kata{i}".encode() for i in range(100, 300)]
    c = [f"lain{i}".encode() for i in range(200)]
    assert jaccard(signature(a), signature(a)) == 1.0
    assert jaccard(signature(a), signature(c)) < 0.1
    assert 0.15 < jaccard(signature(a), signature(b)) < 0.5


def test_similar_pairs_finds_copies_and_skips_strangers():
    """A near copy shares a band and passes the threshold; an unrelated body does not."""
    base = [f"kata{i} kata{i + 1} kata{i + 2}".encode() for i in range(300)]
    copy = base[:290] + [b"tagar lampung"]
    other = [f"lain{i}".encode() for i in range(300)]
    pairs = list(similar_pairs([signature(base), signature(other), signature(copy)], 0.5))
    assert [(i, j) for i, j, _ in pairs] == [(0, 2)]
    assert pairs[0][2] >= 0.8


def test_empty_set_has_the_all_max_signature():
    """No shingles: every value at the maximum, like an empty MinHash."""
    assert signature([]).tolist() == [0xFFFFFFFF] * NUM_PERM
