"""Would a small learned model beat the rules? 5-fold cross-validation on the development split.

usage: pip install scikit-learn && python benchmarks/model_baseline.py
(scikit-learn is not a project dependency: this script only measures whether it should become one.)
TF-IDF of title + first four lead sentences (word 1-2 grams) and a logistic regression, for is_meeting and,
over gold meetings, meeting_type. Compare with `rapat evaluate tests/data/gold/validate.jsonl`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipelines.extract.text import clean_lines, sentences  # noqa: E402


def _doc(row: dict) -> str:
    return (row["title"] or "") + " . " + " ".join(sentences(clean_lines(row["text"], row["title"]))[:4])


def main() -> None:
    """Print cross-validated accuracy of is_meeting and meeting_type."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline

    rows = [json.loads(line) for line in (ROOT / "tests/data/gold/develop.jsonl").read_text(encoding="utf-8").splitlines()]
    model = make_pipeline(TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True),
                          LogisticRegression(C=3, max_iter=2000))
    y = np.array([r["gold"]["is_meeting"] for r in rows])
    pred = cross_val_predict(model, [_doc(r) for r in rows], y, cv=StratifiedKFold(5, shuffle=True, random_state=0))
    print(f"is_meeting accuracy, 5-fold CV: {(pred == y).mean():.3f} on {len(rows)} articles")
    meetings = [r for r in rows if r["gold"]["is_meeting"]]
    y = np.array([r["gold"]["meeting_type"] for r in meetings])
    pred = cross_val_predict(model, [_doc(r) for r in meetings], y, cv=StratifiedKFold(3, shuffle=True, random_state=0))
    print(f"meeting_type accuracy, 3-fold CV: {(pred == y).mean():.3f} on {len(meetings)} meetings")


if __name__ == "__main__":
    main()
