"""The demo dossier (warm, and first in a process) and 100 dossiers in batch.

Floors measured in the same run: the bare 8-page ReportLab document of ``bare_pdf``
(warm, and first in a fresh process), and for the batch the same bare document
built 100 times on every core by a process pool.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks import datasets
from benchmarks.harness import Figure, alternate, run_json, worker_env

HERE = Path(__file__).resolve().parent


def _first_in_process(folder: Path, out: Path) -> dict[str, float]:
    """Worker: open the app as the GUI does, then time the first dossier export."""
    from wat_desktop.app import open_app
    from wat_desktop.translations import QtTranslate

    app = open_app(folder)
    try:
        firm_id = app.settings.last_firm_id or app.firms.list_firms()[0].id
        app.firms.load(firm_id)  # the window has the firm open before Export is clicked
        tr = QtTranslate("it")
        start = time.perf_counter()
        app.dossiers.export(firm_id, out, tr)
        first = time.perf_counter() - start
        start = time.perf_counter()
        app.dossiers.export(firm_id, out, tr)
        second = time.perf_counter() - start
    finally:
        app.close()
    return {"first_s": first, "second_s": second}


def _warm(runs: int, folder: Path, out: Path) -> tuple[list[float], list[float]]:
    from benchmarks.bare_pdf import build
    from wat_desktop.app import open_app
    from wat_desktop.translations import QtTranslate

    app = open_app(folder)
    try:
        firm_id = app.settings.last_firm_id
        assert firm_id is not None
        tr = QtTranslate("it")

        def dossier() -> None:
            app.dossiers.export(firm_id, out / "demo.pdf", tr)

        return alternate(
            dossier,
            lambda: build(out / "bare.pdf"),
            runs,
            warmup=2,
        )
    finally:
        app.close()


def _wall(command: list[str], attempts: int = 2) -> float:
    """Seconds from spawning ``command`` to its exit. A failed run is retried once,
    after a pause (a source tree being edited can fail to import for a moment)."""
    import subprocess

    for attempt in range(attempts):
        start = time.perf_counter()
        result = subprocess.run(
            command, env=worker_env(), capture_output=True, text=True, timeout=900
        )
        elapsed = time.perf_counter() - start
        if result.returncode == 0:
            return elapsed
        print(f"# attempt {attempt + 1} failed:\n{result.stderr[-3000:]}", file=sys.stderr)
        time.sleep(10)
    raise RuntimeError(f"{' '.join(command)} exited with {result.returncode}")


def measure(runs: int, quick: bool) -> list[Figure]:
    demo = datasets.data_folder("dossier-demo", firms=0)
    out = datasets.scratch("dossier-out")
    warm, bare_warm = _warm(runs, demo, out)

    first, bare_first = [], []
    for index in range(runs):
        worker = [sys.executable, "-m", "benchmarks.dossier", "first", str(demo), str(out)]
        first.append(run_json(worker, worker_env())["first_s"])
        floor = [sys.executable, str(HERE / "bare_pdf.py"), str(out / f"bare-{index}.pdf")]
        bare_first.append(run_json(floor, worker_env())["first_s"])

    count = 3 if quick else 100
    batch_folder = datasets.data_folder("dossier-batch", firms=count - 1, min_stage=4)
    batch, bare_batch = [], []
    for index in range(runs):
        target = out / f"batch-{index}"
        batch.append(
            _wall(
                [
                    sys.executable,
                    "-m",
                    "wat_desktop",
                    "--data-dir",
                    str(batch_folder),
                    "dossier",
                    "--all",
                    "--out-dir",
                    str(target),
                ]
            )
        )
        bare_batch.append(
            _wall(
                [
                    sys.executable,
                    "-m",
                    "benchmarks.dossier",
                    "bare-batch",
                    str(count),
                    str(out / f"bare-batch-{index}"),
                ]
            )
        )
    bare = "bare 8-page ReportLab document"
    return [
        Figure("demo dossier to a file, warm", "s", warm, "<= 0.3 s", bare_warm, bare, limit=0.3),
        Figure(
            "demo dossier, first in a process",
            "s",
            first,
            "<= 0.6 s",
            bare_first,
            f"{bare}, first in a process",
            limit=0.6,
            note="app open and firm loaded first, as in the window; imports included",
        ),
        Figure(
            f"{count} dossiers in batch (dossier --all)",
            "s",
            batch,
            "<= 10 s",
            bare_batch,
            f"{count} bare documents on every core",
            limit=10.0,
            note="whole command: process start, database, rendering on every core",
        ),
    ]


def _bare_batch(count: int, folder: Path) -> None:
    import os
    from concurrent.futures import ProcessPoolExecutor

    from benchmarks.bare_pdf import build

    folder.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        list(pool.map(build, [folder / f"{i}.pdf" for i in range(count)]))


if __name__ == "__main__":
    mode = sys.argv[1]
    if mode == "first":
        print(json.dumps(_first_in_process(Path(sys.argv[2]), Path(sys.argv[3]) / "first.pdf")))
    elif mode == "bare-batch":
        _bare_batch(int(sys.argv[2]), Path(sys.argv[3]))
        print("{}")
