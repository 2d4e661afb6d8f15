"""``wat-desktop synth``: fictional firms, catalogues, survey and demand files.

For tests and benchmarks: the same ``--seed`` gives the same data, so every figure in
the README's "Performance" section can be rebuilt by anyone::

    wat-desktop --data-dir DIR synth --firms 5000 --offers 500 --survey-rows 10000 \\
        --demand-files 200 --seed 1
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wat_desktop.app import AppContext
from wat_desktop.cli.command import Command, fail
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill

MAX_FIRMS = 1_000_000
MAX_ROWS = 1_000_000
MAX_FILES = 100_000


def _configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--firms", type=int, default=100, help="how many firms (default 100)")
    parser.add_argument(
        "--offers",
        type=int,
        default=None,
        help="import a synthetic network catalogue of this many offers (default: the demo one)",
    )
    parser.add_argument(
        "--survey-rows", type=int, default=0, help="write a survey CSV with this many answers"
    )
    parser.add_argument("--demand-files", type=int, default=0, help="write this many demand files")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same data (default 1)")
    parser.add_argument(
        "--out-dir",
        type=Path,
        default=None,
        help="folder for the files (default: 'synthetic' in the data folder)",
    )


def _check(args: argparse.Namespace, tr: Translate) -> str | None:
    from wat_desktop.services.synth_files import MAX_OFFERS

    limits = (
        (args.firms, 0, MAX_FIRMS, MSG_FIRMS_RANGE),
        (args.offers if args.offers is not None else 1, 1, MAX_OFFERS, MSG_OFFERS_RANGE),
        (args.survey_rows, 0, MAX_ROWS, MSG_ROWS_RANGE),
        (args.demand_files, 0, MAX_FILES, MSG_FILES_RANGE),
    )
    for value, low, high, message in limits:
        if not low <= value <= high:
            return fill(tr.translate("Cli", message), low, high)
    return None


def _run(args: argparse.Namespace, app: AppContext, tr: Translate) -> int:
    from wat_desktop.services.synth import generate_firms, insert_firms
    from wat_desktop.services.synth_files import (
        demand_file_texts,
        survey_csv_bytes,
        synthetic_catalogue_bytes,
    )

    problem = _check(args, tr)
    if problem:
        return fail(problem)
    out_dir = args.out_dir or app.paths.root / "synthetic"
    seed = args.seed
    if args.offers is not None:
        raw = synthetic_catalogue_bytes(args.offers, seed)
        app.catalogues.import_bytes(raw)
        path = _write(out_dir / f"catalogue-{args.offers}-offers-seed{seed}.json", raw)
        print(fill(tr.translate("Cli", MSG_CATALOGUE), args.offers, path))
    else:
        # Plans are picked from the network catalogue: the demo one unless another is current.
        app.catalogues.install_demo()
    catalogue = app.catalogues.current()
    if args.firms:
        count = insert_firms(app.db, generate_firms(args.firms, seed, catalogue))
        print(fill(tr.translate("Cli", "%1 fictional firms added (seed %2)."), count, seed))
    if args.survey_rows:
        path = _write(
            out_dir / f"survey-{args.survey_rows}-rows-seed{seed}.csv",
            survey_csv_bytes(args.survey_rows, seed),
        )
        print(fill(tr.translate("Cli", MSG_SURVEY), args.survey_rows, path))
    if args.demand_files and catalogue is not None:
        folder = out_dir / f"demand-files-seed{seed}"
        for index, text in enumerate(demand_file_texts(args.demand_files, seed, catalogue)):
            _write(folder / f"demand-{index + 1:05d}.json", text.encode("utf-8"))
        print(fill(tr.translate("Cli", MSG_DEMAND), args.demand_files, folder))
    return 0


def _write(path: Path, data: bytes) -> Path:
    from wat_desktop.infra.atomic_file import write_bytes_atomic

    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, data)
    return path


MSG_FIRMS_RANGE = QT_TRANSLATE_NOOP("Cli", "The number of firms must be between %1 and %2.")
MSG_OFFERS_RANGE = QT_TRANSLATE_NOOP("Cli", "The number of offers must be between %1 and %2.")
MSG_ROWS_RANGE = QT_TRANSLATE_NOOP("Cli", "The number of survey rows must be between %1 and %2.")
MSG_FILES_RANGE = QT_TRANSLATE_NOOP("Cli", "The number of demand files must be between %1 and %2.")
MSG_CATALOGUE = QT_TRANSLATE_NOOP(
    "Cli", "Synthetic catalogue of %1 offers imported as the current one; file: %2"
)
MSG_SURVEY = QT_TRANSLATE_NOOP("Cli", "Survey file with %1 answers written to %2")
MSG_DEMAND = QT_TRANSLATE_NOOP("Cli", "%1 demand files written to %2")

COMMANDS = [
    Command(
        "synth",
        QT_TRANSLATE_NOOP("Cli", "add fictional firms for tests and benchmarks"),
        _configure,
        _run,
    ),
]
