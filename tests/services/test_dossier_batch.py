"""``wat-desktop dossier --all --out-dir DIR``: every firm, on two processes, with progress."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from wat_desktop.__main__ import main
from wat_desktop.services.dossier_batch import dossier_file_name, safe_file_stem


def test_file_names_are_safe_everywhere() -> None:
    assert safe_file_stem("Caffè & Co. S.r.l.") == "Caffè_Co_S_r_l"
    assert safe_file_stem("///") == "dossier"
    assert dossier_file_name(7, "A/B") == "0007_A_B_dossier.pdf"


def test_batch_export_of_every_firm(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "demo"]) == 0
    assert main([*data, "firms", "--all"]) == 0
    from wat_desktop.app import open_app

    app = open_app(tmp_path / "data")
    try:
        app.settings.language = "en"
        app.save_settings()
        app.firms.create_firm("Seconda Ditta S.r.l.")
        app.firms.create_firm("Terza Ditta S.r.l.")
        firm_id = app.firms.list_firms()[0].id
    finally:
        app.close()
    capsys.readouterr()
    out_dir = tmp_path / "dossiers"
    # No --lang for the dossiers: Italian, although the settings say English.
    args = [*data, "dossier", "--all", "--out-dir", str(out_dir), "--jobs", "2"]
    assert main(args) == 0
    captured = capsys.readouterr()
    files = sorted(out_dir.glob("*.pdf"))
    assert len(files) == 3
    assert all(f.read_bytes().startswith(b"%PDF") for f in files)
    assert all(PdfReader(f).trailer["/Root"]["/Lang"] == "it-IT" for f in files)
    # Progress, one line per firm as its file is written, on stderr.
    progress = [line for line in captured.err.splitlines() if line.startswith("[")]
    assert [line.split("]")[0] for line in progress] == ["[1/3", "[2/3", "[3/3"]
    assert all(str(out_dir) in line for line in progress)
    assert f"3 dossiers written to {out_dir}" in captured.out
    # A worker process renders the same bytes as a single export.
    single = tmp_path / "single.pdf"
    assert main([*data, "dossier", str(firm_id), "--out", str(single)]) == 0
    batch_file = next(f for f in files if f.name.startswith(f"{firm_id:04d}_"))
    assert batch_file.read_bytes() == single.read_bytes()


def test_batch_needs_an_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "en"]
    main([*data, "demo"])
    capsys.readouterr()
    assert main([*data, "dossier", "--all"]) == 1
    assert "--out-dir" in capsys.readouterr().err


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_firm_gets_its_dossier_while_the_next_ones_are_read(
    tmp_path: Path, jobs: int
) -> None:
    """Firms go to the workers one by one as their data is read: more firms than
    workers, every dossier written once, in the firm list's order, each one the bytes
    a single export gives."""
    from wat_desktop.app import open_app
    from wat_desktop.services.dossier_batch import export_all
    from wat_desktop.services.synth import generate_firms, insert_firms
    from wat_desktop.translations import QtTranslate

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    app = open_app(data)
    try:
        insert_firms(app.db, generate_firms(4, seed=11, catalogue=app.catalogues.current()))
        summaries = app.firms.list_firms()
        out_dir = tmp_path / "out"
        written = list(export_all(app.firms, app.dossiers, out_dir, "it", QtTranslate, jobs))
        assert [item.firm_id for item in written] == [s.id for s in summaries]
        assert sorted(out_dir.iterdir()) == sorted(item.path for item in written)
        tr = QtTranslate("it")
        for item in written:
            assert item.path.read_bytes() == app.dossiers.render(item.firm_id, tr), item.firm_name
    finally:
        app.close()
