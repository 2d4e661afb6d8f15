"""Feed every hostile file to every importer through the real command line, and measure.

Run: ``python -m tests.safety.hostile_runner --dir DIR`` (a scratch data folder);
prints one JSON object. Per (importer, file) it calls ``wat-desktop`` in this
process (``survey import FIRM FILE``, ``firm import FILE``, ``catalogue import
FILE --yes``, ``demand import FILE --yes``: with ``--yes`` an accepted file would
change the data) and records:

- the exit code (must not be 0) and the message (must name the line or field
  given in the folder's ``expected.json``, and hold no traceback);
- the wall time of the import and the peak of Python memory (``tracemalloc``,
  which slows Python down: the time is an upper bound);
- a fingerprint of everything the data folder holds (every table, every file but
  the logs and the lock) before and after: it must not change.

``ru_maxrss`` gives the peak resident memory of the whole process: its growth
over the baseline (the process with every library loaded, after one import) is
an upper bound for what any single file made the process use. Oversized files (1 byte over each
importer's cap, and a sparse 1 GB file) are made at run time, not committed.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import resource
import sqlite3
import sys
import time
import tracemalloc
from pathlib import Path

from wat_desktop.__main__ import main as wat_desktop

HOSTILE = Path(__file__).resolve().parents[1] / "data" / "hostile"
SECONDS_LIMIT = 2.0
MEGABYTES_LIMIT = 200.0
IMPORTERS = {
    # importer: (folders of its own corpus, argv for one file; FIRM is the firm id)
    "survey": (("survey",), ["survey", "import", "FIRM", "FILE"]),
    "firm": (("firm",), ["firm", "import", "FILE"]),
    "catalogue": (("catalogue",), ["catalogue", "import", "FILE", "--yes"]),
    "demand": (("demand",), ["demand", "import", "FILE", "--yes"]),
}
SKIP_FILES = {"expected.json", "README.md"}


def fingerprint(data_dir: Path) -> str:
    """Everything the folder holds that an import could change."""
    digest = hashlib.sha256()
    database = data_dir / "wat-desktop.sqlite3"
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        for line in connection.iterdump():
            digest.update(line.encode())
    finally:
        connection.close()
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir).as_posix()
        if path.is_dir() or relative.startswith("logs/") or relative == "wat-desktop.lock":
            continue
        if relative.startswith("wat-desktop.sqlite3"):
            continue  # the database is fingerprinted by content above
        digest.update(relative.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _expected(folder: str) -> dict[str, list[str]]:
    path = HOSTILE / folder / "expected.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _run(argv: list[str]) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = wat_desktop(argv)
        except SystemExit as exit_:  # argparse
            code = int(exit_.code or 0)
    return code, out.getvalue() + err.getvalue()


def _oversized(scratch: Path) -> list[tuple[str, Path]]:
    """Files just over each cap, and one sparse gigabyte for all (made now)."""
    from wat_desktop.domain.catalogue_format import MAX_CATALOGUE_BYTES
    from wat_desktop.domain.demand_file import MAX_BYTES as DEMAND_BYTES
    from wat_desktop.domain.firm_file import MAX_BYTES as FIRM_BYTES
    from wat_desktop.services.survey_service import MAX_BYTES as SURVEY_BYTES

    scratch.mkdir(parents=True, exist_ok=True)
    made = []
    for importer, cap in (
        ("survey", SURVEY_BYTES),
        ("firm", FIRM_BYTES),
        ("catalogue", MAX_CATALOGUE_BYTES),
        ("demand", DEMAND_BYTES),
    ):
        path = scratch / f"{importer}-one-byte-over-the-cap.json"
        with path.open("wb") as handle:
            handle.write(b"{" + b" " * (cap - 1) + b"}")  # valid JSON, one byte too many
        made.append((importer, path))
    sparse = scratch / "sparse-gigabyte.csv"
    with sparse.open("wb") as handle:
        handle.truncate(1 << 30)  # no disk used: refused before reading, or it would show
    made += [(importer, sparse) for importer in IMPORTERS]
    return made


def run(data_dir: Path) -> dict[str, object]:
    base = ["--data-dir", str(data_dir), "--lang", "en"]
    code, output = _run([*base, "demo"])
    assert code == 0, output
    from wat_desktop.app import open_app

    app = open_app(data_dir)
    firm_id = app.firms.list_firms()[0].id
    app.close()
    cases: list[tuple[str, Path, list[str]]] = []
    for importer, (folders, _argv) in IMPORTERS.items():
        for folder in (*folders, "any"):
            expected = _expected(folder)
            for path in sorted((HOSTILE / folder).iterdir()):
                if path.name not in SKIP_FILES:
                    cases.append((importer, path, expected.get(path.name, ["", ""])))
    for importer, path in _oversized(data_dir.parent / "oversized"):
        cases.append((importer, path, ["", "large"]))  # "larger than", "too large"
    before = fingerprint(data_dir)
    _run(
        [
            *base,
            *[str(firm_id) if a == "FIRM" else a for a in IMPORTERS["survey"][1][:-1]],
            str(HOSTILE / "survey" / "empty.csv"),
        ]
    )  # warm up: imports are not the file's cost
    baseline_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    failures: list[str] = []
    slowest = (0.0, "")
    hungriest = (0.0, "")
    files = set()
    for importer, path, (where, words) in cases:
        files.add(path)
        argv = [
            str(firm_id) if a == "FIRM" else str(path) if a == "FILE" else a
            for a in IMPORTERS[importer][1]
        ]
        tracemalloc.start()
        started = time.perf_counter()
        code, output = _run([*base, *argv])
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
        label = f"{importer} {path.parent.name}/{path.name}"
        slowest = max(slowest, (seconds, label))
        hungriest = max(hungriest, (peak, label))
        problems = []
        if code == 0:
            problems.append("accepted")
        if "Traceback" in output or not output.strip():
            problems.append("no clear message")
        if where and where not in output:
            problems.append(f"does not name {where!r}")
        if words and words not in output:
            problems.append(f"does not say {words!r}")
        if seconds > SECONDS_LIMIT:
            problems.append(f"took {seconds:.2f} s")
        if peak > MEGABYTES_LIMIT:
            problems.append(f"used {peak:.0f} MB")
        if fingerprint(data_dir) != before:
            problems.append("changed the data")
            before = fingerprint(data_dir)
        if problems:
            failures.append(f"{label}: {', '.join(problems)}\n{output[-600:]}")
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "hostile_files": len(files),
        "imports": len(cases),
        "failures": failures,
        "slowest_seconds": round(slowest[0], 3),
        "slowest": slowest[1],
        "peak_python_mb": round(hungriest[0], 1),
        "peak_python": hungriest[1],
        "max_rss_mb": round(rss_kb / 1024, 1),
        "baseline_rss_mb": round(baseline_kb / 1024, 1),  # Python, Qt, SQLAlchemy loaded
        "rss_growth_mb": round((rss_kb - baseline_kb) / 1024, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = run(args.dir / "data")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
