"""Repeat, summarise (median, min, max), compare with the floor and the target."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

GUI_THREAD_LIMIT_MS = 100.0  # no operation on the GUI thread may take longer


@dataclass
class Figure:
    name: str
    unit: str  # "s", "ms" or "MB"
    samples: list[float]
    target: str  # human text, e.g. "<= 1.2x bare"
    floor_samples: list[float] = field(default_factory=list)
    floor_name: str = ""
    limit: float | None = None  # absolute limit in ``unit``, if the target is absolute
    ratio_limit: float | None = None  # limit on median / floor median
    gui_thread: bool = False  # the operation runs on the GUI thread (100 ms rule)
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def floor_median(self) -> float | None:
        return statistics.median(self.floor_samples) if self.floor_samples else None

    @property
    def ratio(self) -> float | None:
        floor = self.floor_median
        return self.median / floor if floor else None

    @property
    def met(self) -> bool:
        ok = True
        if self.limit is not None:
            ok = ok and self.median <= self.limit
        if self.ratio_limit is not None and self.ratio is not None:
            ok = ok and self.ratio <= self.ratio_limit
        return ok

    @property
    def worst_ms(self) -> float:
        scale = {"s": 1000.0, "ms": 1.0}.get(self.unit, 0.0)
        return max(self.samples) * scale

    def row(self) -> list[str]:
        ratio = f"{self.ratio:.2f}x" if self.ratio is not None else "-"
        floor = _number(self.floor_median) if self.floor_median is not None else "-"
        return [
            self.name,
            _number(self.median),
            _number(min(self.samples)),
            _number(max(self.samples)),
            self.unit,
            floor,
            ratio,
            self.target,
            "yes" if self.met else "NO",
        ]

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data.update(
            median=self.median,
            min=min(self.samples),
            max=max(self.samples),
            floor_median=self.floor_median,
            ratio=self.ratio,
            met=self.met,
            runs=len(self.samples),
        )
        return data


def _number(value: float) -> str:
    return f"{value:.1f}" if abs(value) >= 100 else f"{value:.3f}"


def repeat(fn: Callable[[], float | None], runs: int, warmup: int = 0) -> list[float]:
    """Run ``fn`` ``runs`` times; it returns its own measure, or None to be timed here."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        measured = fn()
        samples.append(measured if measured is not None else time.perf_counter() - start)
    return samples


def alternate(
    subject: Callable[[], float | None],
    floor: Callable[[], float | None],
    runs: int,
    warmup: int = 1,
) -> tuple[list[float], list[float]]:
    """Subject and floor in turns, so the noise of a shared machine hits both alike."""
    for _ in range(warmup):
        subject()
        floor()
    subject_samples: list[float] = []
    floor_samples: list[float] = []
    for _ in range(runs):
        subject_samples.extend(repeat(subject, 1))
        floor_samples.extend(repeat(floor, 1))
    return subject_samples, floor_samples


def run_json(command: list[str], env: dict[str, str] | None = None, timeout: int = 600) -> dict:
    """Run a worker process; its last stdout line is a JSON object."""
    result = subprocess.run(
        command, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise RuntimeError(
            f"{' '.join(command)} exited with {result.returncode}:\n"
            f"{result.stdout[-1000:]}\n{result.stderr[-3000:]}"
        )
    return json.loads(result.stdout.strip().splitlines()[-1])


def worker_env() -> dict[str, str]:
    """The environment of worker processes: offscreen Qt, this source tree importable,
    and compiled bytecode kept between runs, as an installed app has it (pip compiles
    a wheel's modules, the frozen build ships them compiled). Without it, in a shell
    with PYTHONDONTWRITEBYTECODE set, every start compiled each of the app's modules
    from source again (main_window alone: ~17 ms), which no user ever waits for. The
    bytecode goes to a folder of its own (``PYCACHE``), not next to the sources."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    root = str(Path(__file__).resolve().parents[1])
    env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH", "")) if p)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env


# Bytecode of the measured processes (see ``worker_env``); a cache, safe to delete.
PYCACHE = Path(os.environ.get("TMPDIR", "/tmp")) / "wat-bench-pycache"


HEADER = ["figure", "median", "min", "max", "unit", "floor", "ratio", "target", "met"]


def print_table(figures: list[Figure]) -> None:
    rows = [HEADER] + [f.row() for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(len(HEADER))]
    for index, row in enumerate(rows):
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
        if index == 0:
            print("  ".join("-" * width for width in widths))
    floors = {f.floor_name for f in figures if f.floor_name}
    if floors:
        print("\nfloors: " + "; ".join(sorted(floors)))
    print(gui_thread_summary(figures))


def gui_thread_summary(figures: list[Figure]) -> str:
    gui = [f for f in figures if f.gui_thread]
    over = [f for f in gui if f.worst_ms > GUI_THREAD_LIMIT_MS]
    if not gui:
        return "GUI thread: no GUI-thread figure measured"
    if not over:
        return f"GUI thread: every operation measured stayed under {GUI_THREAD_LIMIT_MS:.0f} ms"
    listed = ", ".join(f"{f.name} (worst {f.worst_ms:.0f} ms)" for f in over)
    return f"GUI thread: over {GUI_THREAD_LIMIT_MS:.0f} ms: {listed}"


def markdown_table(figures: list[Figure]) -> str:
    lines = [
        "| what | median | min | max | floor (same run) | ratio | target | met |",
        "|---|---:|---:|---:|---:|---:|---|---|",
    ]
    for f in figures:
        floor = f"{_number(f.floor_median)} {f.unit}" if f.floor_median is not None else "–"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "–"
        lines.append(
            f"| {f.name} | {_number(f.median)} {f.unit} | {_number(min(f.samples))} | "
            f"{_number(max(f.samples))} | {floor} | {ratio} | {f.target} | "
            f"{'yes' if f.met else '**no**'} |"
        )
    return "\n".join(lines) + "\n"


def machine() -> dict[str, object]:
    """What the figures were measured on, for the README and bug reports."""
    info: dict[str, object] = {
        "python": platform.python_version(),
        "system": f"{platform.system()} {platform.release()}",
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
    }
    try:
        for line in (
            Path("/proc/cpuinfo").read_text(encoding="ascii", errors="replace").splitlines()
        ):
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text(encoding="ascii").splitlines():
            if line.startswith("MemTotal:"):
                info["memory_gb"] = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        info["pyside6"] = PySide6.__version__
        info["qt"] = qVersion()
    except ImportError:
        pass
    info["executable"] = sys.executable
    return info


def load_average() -> float | None:
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def write_json(figures: list[Figure], path: Path, meta: dict[str, object]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps({"meta": meta, "figures": [f.to_json() for f in figures]}, indent=2),
        encoding="utf-8",
    )
