"""Cold start of the app beside the bare window, in a real X11 window under Xvfb.

Both are started the same way (a fresh ``python`` process on the same private Xvfb
display) and in turns, so machine noise hits both alike. The app opens a data folder
with the demo firm (the last-opened one, shown at start) and 100 fictional firms, and
quits after its start-up probe (``wat-desktop --measure-start``) has printed its line.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

from benchmarks import datasets
from benchmarks.harness import Figure, worker_env
from benchmarks.xvfb import x11_display

HERE = Path(__file__).resolve().parent


def _probe(command: list[str], env: dict[str, str]) -> dict:
    """Run a start-up probe; ``wall_s`` = spawn to first paint, ``usable_wall_s`` likewise."""
    spawned = time.time()
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=120, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stderr[-3000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    data["wall_s"] = data["first_paint_epoch"] - spawned
    if "usable_epoch" in data:
        data["usable_wall_s"] = data["usable_epoch"] - spawned
    return data


def bare_command() -> list[str]:
    return [sys.executable, str(HERE / "bare_window.py")]


def app_command(data_dir: Path) -> list[str]:
    return [sys.executable, "-m", "wat_desktop", "--data-dir", str(data_dir), "--measure-start"]


def _breakdown(app: list[dict]) -> str:
    """Median of each start-up step, largest first, for the note."""
    phases: dict[str, list[float]] = {}
    for run in app:
        for name, value in run["phases_s"].items():
            phases.setdefault(name, []).append(value)
    medians = sorted(((statistics.median(v), k) for k, v in phases.items()), reverse=True)
    steps = ", ".join(f"{name} {value:.3f}" for value, name in medians)
    heavy = " ".join(app[-1]["heavy_modules_before_paint"]) or "none"
    return f"median steps (s): {steps}; imported before the first paint: {heavy}"


def measure(runs: int, quick: bool = False, data_dir: Path | None = None) -> list[Figure]:
    folder = data_dir or datasets.data_folder("startup", firms=5 if quick else 100)
    bare: list[dict] = []
    app: list[dict] = []
    env = worker_env()
    with x11_display(env) as display:
        _probe(bare_command(), display)  # warm the page cache once for both
        _probe(app_command(folder), display)
        for _ in range(runs):
            bare.append(_probe(bare_command(), display))
            app.append(_probe(app_command(folder), display))
    floor = "bare QMainWindow with one label"
    bare_paint = [b["wall_s"] for b in bare]
    return [
        Figure(
            "cold start to the first painted window",
            "s",
            [a["wall_s"] for a in app],
            "<= 1.2x bare",
            bare_paint,
            floor,
            ratio_limit=1.2,
            note=_breakdown(app),
        ),
        Figure(
            "cold start until the last firm is shown and usable",
            "s",
            [a["usable_wall_s"] for a in app],
            "<= 3x bare",
            bare_paint,
            floor,
            ratio_limit=3.0,
        ),
        Figure(
            "private memory at the first window (RssAnon)",
            "MB",
            [a["rss_anon_mb"] for a in app],
            "<= 1.5x bare",
            [b["rss_anon_mb"] for b in bare],
            floor,
            ratio_limit=1.5,
        ),
        Figure(
            "GUI thread blocked after the first paint (firm list)",
            "ms",
            # The longest the window could not react between its first paint and the
            # firm shown (the probe's heartbeat): since the database opens in a worker
            # thread, that span is no longer one blocking call.
            [a["gui_blocked_max_ms"] for a in app],
            "<= 100 ms",
            limit=100.0,
            gui_thread=True,
            note="longest gap between 5 ms heartbeats on the GUI thread, first paint to usable",
        ),
    ]
