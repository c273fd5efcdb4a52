"""Write the fixed development/validation split of the real-derived gold sets (dev.jsonl, dev2.jsonl).

usage: python tests/data/gold/split.py DEV.jsonl DEV2.jsonl
Validation: the events of dev2 whose sha256(event_key) is divisible by 3 (all reports of an event
stay on one side). dev.jsonl, which earlier rounds were tuned on, is development only.
"""

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def is_validation(event_key: str) -> bool:
    """Fixed, content-independent assignment of an event to the validation side."""
    return int(hashlib.sha256(event_key.encode()).hexdigest(), 16) % 3 == 0


def main(dev: str, dev2: str) -> None:
    """Write develop.jsonl and validate.jsonl beside this script."""
    develop, validate = [], []
    develop += Path(dev).read_text(encoding="utf-8").splitlines()
    for line in Path(dev2).read_text(encoding="utf-8").splitlines():
        if line.strip():
            side = validate if is_validation(json.loads(line)["gold"]["event_key"]) else develop
            side.append(line)
    (HERE / "develop.jsonl").write_text("\n".join(l for l in develop if l.strip()) + "\n", encoding="utf-8")
    (HERE / "validate.jsonl").write_text("\n".join(validate) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:3])
