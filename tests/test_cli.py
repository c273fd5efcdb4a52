"""The CLI's face: every command has help with an example, and `rapat --help` starts fast."""

import subprocess
import sys
import time

import pytest
from typer.testing import CliRunner

from rapat.cli import app

COMMANDS = sorted(cmd.name or cmd.callback.__name__ for cmd in app.registered_commands)


def test_all_commands_registered():
    assert {"crawl", "rebuild", "query", "sources", "mirror", "parse", "demo", "extract",
            "evaluate", "release", "download", "releases"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_example(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example: rapat" in result.output


def test_help_starts_fast_without_heavy_imports():
    code = (
        "import sys, time; t=time.perf_counter(); from rapat.cli import app; "
        "heavy=[m for m in ('scrapy','pyarrow','duckdb','twisted','trafilatura') if m in sys.modules]; "
        "print(time.perf_counter()-t, heavy)"
    )
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    elapsed = time.perf_counter() - start
    assert out.strip().endswith("[]"), out
    assert elapsed < 1.0, elapsed


def test_sources_lists_registry():
    result = CliRunner().invoke(app, ["sources"])
    assert result.exit_code == 0, result.output
    assert "biroadpim.lampungprov.go.id" in result.output
    assert "wordpress" in result.output


def test_progress_prints_plain_lines_when_piped():
    import io

    from rapat.progress import counter, progress

    out = io.StringIO()
    with progress("rebuild", stream=out) as report:
        for done in range(0, 101, 5):
            report(done, 100)
    lines = out.getvalue().splitlines()
    assert lines[0] == "rebuild: 0/100" and lines[-1] == "rebuild: 100/100" and len(lines) == 11
    assert "\x1b" not in out.getvalue() and "\r" not in out.getvalue()
    out = io.StringIO()
    with counter("crawl", every=0, stream=out) as report:
        report(pages=3, articles=1, failures=0)
    assert out.getvalue() == "crawl: pages=3 articles=1 failures=0\n"
