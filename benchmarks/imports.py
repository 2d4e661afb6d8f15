"""File imports beside the bare parsers they are built on, in the same run.

- a 10,000-row survey CSV: read, validated, aggregated, suppressed and stored in the
  firm (``SurveyService.import_file``), beside ``csv.reader`` reading the same file;
- a 500-offer catalogue loaded and validated (``parse_catalogue_bytes``), and the
  import preview (validation, comparison with the current catalogue), beside
  ``json.loads`` of the same bytes;
- 200 demand exchange files checked and stored (``TerritoryService.preview_import``
  then ``apply``), beside reading and ``json.loads`` of the same files.

In the window the survey file is read, validated and suppressed in a worker and only
stored on the GUI thread (File > Employee survey); the demand files are checked in a
worker and stored on the GUI thread (Tools > Territorial demand > Import); the
catalogue import runs on the GUI thread (well under 100 ms for 500 offers).
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import time

from benchmarks import datasets
from benchmarks.harness import Figure, alternate


def _survey(runs: int, rows: int) -> list[Figure]:
    from wat_desktop.app import open_app

    path = datasets.survey_file(rows)
    folder = datasets.data_folder("survey", firms=0)
    app = open_app(folder)
    try:
        firm_id = app.settings.last_firm_id
        assert firm_id is not None
        # As many employees as answers: the import refuses a file with more answers.
        firm = app.firms.load(firm_id)
        firm.profile.headcount.operai += rows - firm.profile.headcount.total
        app.firms.save(firm)

        storing: list[float] = []

        def subject() -> None:
            # The window's way: the firm loaded on the GUI thread, the file read in a
            # worker (``prepare_import``), the result stored on the GUI thread.
            loaded = time.perf_counter()
            firm = app.firms.load(firm_id)
            loading = time.perf_counter() - loaded
            prepared = app.surveys.prepare_import(firm, path)
            stored = time.perf_counter()
            app.surveys.apply_import(prepared)
            storing.append((loading + time.perf_counter() - stored) * 1000)

        def floor() -> None:
            text = path.read_bytes().decode("utf-8-sig")
            list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))

        samples, floors = alternate(subject, floor, runs)
    finally:
        app.close()
    return [
        Figure(
            f"survey CSV import, {rows} rows",
            "s",
            samples,
            "<= 0.25 s",
            floors,
            "csv.reader on the same file",
            limit=0.25,
            note="validated, aggregated, suppressed in a worker, saved in the firm",
        ),
        Figure(
            f"GUI thread part of the survey import, {rows} rows",
            "ms",
            storing[-len(samples) :],
            "<= 100 ms",
            limit=100.0,
            gui_thread=True,
            note="the firm loaded before the worker starts, the result stored after it",
        ),
    ]


def _catalogue(runs: int, offers: int) -> list[Figure]:
    from wat_desktop.app import open_app
    from wat_desktop.domain.catalogue_format import parse_catalogue_bytes

    raw = datasets.catalogue_file(offers).read_bytes()
    parse, floors = alternate(
        lambda: _discard(parse_catalogue_bytes(raw)), lambda: _discard(json.loads(raw)), runs
    )
    folder = datasets.data_folder("catalogue", firms=0)  # the demo catalogue is current
    app = open_app(folder)
    try:
        preview, preview_floors = alternate(
            lambda: _discard(app.catalogues.preview_bytes(raw)),
            lambda: _discard(json.loads(raw)),
            runs,
        )
    finally:
        app.close()
    floor = "json.loads of the same bytes"
    return [
        Figure(
            f"catalogue of {offers} offers loaded and validated",
            "ms",
            [s * 1000 for s in parse],
            "<= 50 ms",
            [s * 1000 for s in floors],
            floor,
            limit=50.0,
            gui_thread=True,
        ),
        Figure(
            f"catalogue of {offers} offers, import preview",
            "ms",
            [s * 1000 for s in preview],
            "<= 50 ms (as loading)",
            [s * 1000 for s in preview_floors],
            floor,
            limit=50.0,
            gui_thread=True,
            note="validation and the comparison with the current catalogue",
        ),
    ]


def _demand_files(runs: int, count: int, offers: int) -> list[Figure]:
    from wat_desktop.app import open_app

    paths = datasets.demand_files(count, offers)
    template = datasets.data_folder("demand", firms=0, offers=offers, demo=False)
    turn = iter(range(10**9))
    storing: list[float] = []

    def subject() -> float:
        # Every run starts from the same data folder with nothing received yet.
        folder = datasets.scratch(f"demand-run-{next(turn)}")
        shutil.copytree(template, folder, dirs_exist_ok=True)
        app = open_app(folder)
        try:
            app.territory.received()  # database open and migrated before the clock starts
            start = time.perf_counter()
            preview = app.territory.preview_import(paths)  # in a worker thread in the app
            stored = time.perf_counter()
            app.territory.apply(preview)  # on the GUI thread, after the user's yes
            elapsed = time.perf_counter() - start
            storing.append((time.perf_counter() - stored) * 1000)
            assert len(preview.changes) == count, preview.rejected[:1]
        finally:
            app.close()
        shutil.rmtree(folder, ignore_errors=True)
        return elapsed

    def floor() -> None:
        for path in paths:
            json.loads(path.read_text(encoding="utf-8"))

    samples, floors = alternate(subject, floor, runs)
    return [
        Figure(
            f"import of {count} demand files",
            "s",
            samples,
            "<= 2 s",
            floors,
            "reading + json.loads of the same files",
            limit=2.0,
            note="every file validated (schema, checksum) and compared in a worker, stored",
        ),
        Figure(
            f"storing {count} checked demand documents (GUI thread)",
            "ms",
            storing[-len(samples) :],
            "<= 100 ms",
            limit=100.0,
            gui_thread=True,
            note="the part that runs on the GUI thread, after the preview",
        ),
    ]


def measure(runs: int, quick: bool) -> list[Figure]:
    rows, offers, files = (200, 20, 5) if quick else (10_000, 500, 200)
    return [*_survey(runs, rows), *_catalogue(runs, offers), *_demand_files(runs, files, offers)]


def _discard(_result: object) -> None:
    """Timed callables return None: ``repeat`` then times them itself."""
