"""Data folders for the benchmarks, built with the synthetic generator (same seed, same data).

Each is what ``wat-desktop --data-dir DIR synth ...`` builds; they are made in a
temporary folder per run and closed (the instance lock released) before any
measured process opens them.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

SEED = 1
_ROOT: Path | None = None


def scratch(name: str) -> Path:
    """A fresh folder under this run's temporary root."""
    global _ROOT
    if _ROOT is None:
        _ROOT = Path(tempfile.mkdtemp(prefix="wat-bench-"))
    folder = _ROOT / name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def data_folder(
    name: str, firms: int, offers: int | None = None, demo: bool = True, min_stage: int = 0
) -> Path:
    """A data folder with the demo firm (reopened at start), ``firms`` fictional firms and
    the demo catalogue, or a synthetic one of ``offers`` offers on the same network.
    ``min_stage`` 4 makes every fictional firm reach the plan step."""
    from wat_desktop.app import open_app
    from wat_desktop.services.demo_service import install_demo
    from wat_desktop.services.synth import generate_firms, insert_firms
    from wat_desktop.services.synth_files import synthetic_catalogue_bytes

    folder = scratch(name)
    app = open_app(folder)
    try:
        if demo:
            firm = install_demo(app.firms, app.catalogues)
            app.settings.last_firm_id = firm.id
            app.save_settings()
        if offers is not None:
            app.catalogues.import_bytes(synthetic_catalogue_bytes(offers, SEED))
        else:
            app.catalogues.install_demo()
        if firms:
            catalogue = app.catalogues.current()
            insert_firms(app.db, generate_firms(firms, SEED, catalogue, min_stage))
    finally:
        app.close()
    return folder


def catalogue_file(offers: int) -> Path:
    from wat_desktop.services.synth_files import synthetic_catalogue_bytes

    path = scratch("files") / f"catalogue-{offers}.json"
    path.write_bytes(synthetic_catalogue_bytes(offers, SEED))
    return path


def survey_file(rows: int) -> Path:
    from wat_desktop.services.synth_files import survey_csv_bytes

    path = scratch("files") / f"survey-{rows}.csv"
    path.write_bytes(survey_csv_bytes(rows, SEED))
    return path


def demand_files(count: int, offers: int) -> list[Path]:
    from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
    from wat_desktop.services.synth_files import demand_file_texts, synthetic_catalogue_bytes

    catalogue = parse_catalogue_bytes(synthetic_catalogue_bytes(offers, SEED))
    folder = scratch(f"demand-{count}")
    paths = []
    for index, text in enumerate(demand_file_texts(count, SEED, catalogue)):
        path = folder / f"demand-{index + 1:05d}.json"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def cleanup() -> None:
    """Remove this run's temporary folders."""
    global _ROOT
    if _ROOT is not None:
        import shutil

        shutil.rmtree(_ROOT, ignore_errors=True)
        _ROOT = None
