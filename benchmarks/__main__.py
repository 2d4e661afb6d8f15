"""``python -m benchmarks [--runs N] [--quick] [--only NAME] [--json FILE] [--markdown FILE]``.

Prints the table of figures (median, min, max, floor, ratio, target) and writes the
same figures as JSON (and, with ``--markdown``, as the README's table). ``--quick``
runs tiny sizes once: the test suite uses it to check that every benchmark still runs.
A suite that fails is reported and the others still run; the exit status is then 1.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from benchmarks import datasets
from benchmarks.harness import (
    Figure,
    load_average,
    machine,
    markdown_table,
    print_table,
    write_json,
)

# Each module has ``measure(runs: int, quick: bool) -> list[Figure]``.
SUITES = ["startup", "dossier", "optimizer", "gui", "territory", "imports"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--runs", type=int, default=10, help="repetitions per figure")
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one run")
    parser.add_argument("--only", action="append", choices=SUITES, help="run only these")
    parser.add_argument(
        "--json", type=Path, default=Path("benchmarks/results/latest.json"), help="output"
    )
    parser.add_argument("--markdown", type=Path, default=None, help="also write a table")
    parser.add_argument("--keep", action="store_true", help="keep the generated data folders")
    args = parser.parse_args(argv)
    runs = 1 if args.quick else args.runs
    figures: list[Figure] = []
    failed: dict[str, str] = {}
    load_before, started = load_average(), time.time()
    for name in args.only or SUITES:
        print(f"# {name} ...", file=sys.stderr, flush=True)
        try:
            module = importlib.import_module(f"benchmarks.{name}")
            figures.extend(module.measure(runs, args.quick))
        except Exception:  # one broken suite must not hide the others' figures
            failed[name] = traceback.format_exc()
            print(f"# {name} FAILED\n{failed[name]}", file=sys.stderr, flush=True)
    if not args.keep:
        datasets.cleanup()
    print_table(figures)
    meta = {
        "runs": runs,
        "quick": args.quick,
        "command": "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:]),
        "machine": machine(),
        "load_avg_1min_before": load_before,
        "load_avg_1min_after": load_average(),
        "duration_s": round(time.time() - started, 1),
        "failed": failed,
    }
    write_json(figures, args.json, meta)
    print(f"\nJSON: {args.json}")
    if args.markdown:
        args.markdown.parent.mkdir(parents=True, exist_ok=True)
        args.markdown.write_text(markdown_table(figures), encoding="utf-8")
        print(f"Markdown: {args.markdown}")
    for name in failed:
        print(f"FAILED: {name} (traceback above, on stderr)")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
