"""`rapat demo`, then `rapat rebuild` and `rapat query`, end to end through the real command."""

import os
import subprocess
import sys

import pytest


def rapat(*args, timeout=240):
    env = {k: v for k, v in os.environ.items() if k != "RAPAT_DATA_DIR"}
    return subprocess.run([sys.executable, "-m", "rapat", *args], capture_output=True, text=True, timeout=timeout, env=env)


def count(data_dir, sql):
    out = rapat("query", "--data-dir", str(data_dir), "--format", "csv", sql)
    assert out.returncode == 0, out.stderr
    return int(out.stdout.split()[-1])


@pytest.mark.slow
def test_demo_rebuild_and_query(tmp_path):
    data = tmp_path / "demo"
    demo = rapat("demo", "--articles", "40", "--data-dir", str(data))
    assert demo.returncode == 0, demo.stdout[-3000:] + demo.stderr[-3000:]
    assert "deliberate failures of the mirror, all recorded: 7/7" in demo.stdout
    assert "meetings by type:" in demo.stdout
    articles = count(data, "SELECT count(*) FROM articles")
    meetings = count(data, "SELECT count(*) FROM meetings")
    assert articles > 30 and meetings > 0
    assert count(data, "SELECT count(*) FROM crawl_failures WHERE reason = 'challenge'") >= 1

    before = rapat("query", "--data-dir", str(data), "--format", "csv",
                   "SELECT article_id, content_sha256, title FROM articles ORDER BY 1").stdout
    rebuilt = rapat("rebuild", "--data-dir", str(data))
    assert rebuilt.returncode == 0, rebuilt.stderr[-2000:]
    after = rapat("query", "--data-dir", str(data), "--format", "csv",
                  "SELECT article_id, content_sha256, title FROM articles ORDER BY 1").stdout
    assert before == after
    assert count(data, "SELECT count(*) FROM meetings") == meetings


def test_bad_query_is_one_line_and_non_zero(tmp_path):
    for sql in ("SELEC nonsense", "CREATE TABLE t AS SELECT 1", "COPY (SELECT 1) TO 'x.csv'"):
        out = rapat("query", "--data-dir", str(tmp_path), sql)
        assert out.returncode != 0, sql
        assert out.stderr.startswith("error: ") and out.stderr.count("\n") == 1, out.stderr
