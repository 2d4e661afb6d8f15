"""At least 200 random SIGKILLs of a process editing firms lose nothing and tear
nothing; a deliberately broken writer (one commit split in two) is caught."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _harness(folder: Path, *args: str) -> dict:
    done = subprocess.run(
        [sys.executable, "-m", "tests.safety.kill_harness", "--dir", str(folder), *args],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    print("kill harness:", json.dumps(result))  # the figures for the README (pytest -s)
    return result


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks writers (POSIX only)")
def test_two_hundred_kills_lose_and_tear_nothing(fast_dir: Path) -> None:
    result = _harness(fast_dir, "--kills", "200", "--seed", "11")
    assert result["kills"] >= 200
    assert result["problems"] == []
    assert result["acknowledged_commits"] >= 200  # the writer really got work done


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the harness forks writers (POSIX only)")
def test_the_harness_catches_a_commit_split_in_two(fast_dir: Path) -> None:
    result = _harness(fast_dir, "--kills", "100", "--seed", "5", "--broken")
    assert result["caught_at_kill"] is not None, result
    assert any("torn" in problem for problem in result["problems"])
