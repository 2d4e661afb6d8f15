"""The command line works without a window, on its own data folder."""

import json
from pathlib import Path

import pytest

from wat_desktop import __version__
from wat_desktop.__main__ import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_firms_then_dossier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    assert main([*data, "demo"]) == 0  # idempotent
    capsys.readouterr()
    assert main([*data, "firms", "--json"]) == 0
    firms = json.loads(capsys.readouterr().out)
    assert [f["name"] for f in firms] == ["Officine Meccaniche Val Chisone S.r.l."]
    assert "profile" in firms[0]["steps_done"]
    out = tmp_path / "dossier.pdf"
    assert main([*data, "dossier", str(firms[0]["id"]), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_unknown_firm_is_an_italian_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    main([*data, "demo"])
    assert main([*data, "dossier", "999", "--out", str(tmp_path / "x.pdf")]) == 1
    assert "Nessuna azienda con id 999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_second_instance_is_refused_with_a_clear_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wat_desktop.app import open_app

    holder = open_app(tmp_path / "data")
    try:
        assert main(["--data-dir", str(tmp_path / "data"), "--lang", "it", "firms"]) == 2
    finally:
        holder.close()
    assert "già aperto" in capsys.readouterr().err


def test_territory_names_offers_by_title_and_says_what_each_figure_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path / "data"), "--lang", "it"]
    assert main([*data, "demo"]) == 0
    capsys.readouterr()
    assert main([*data, "territory"]) == 0
    out = capsys.readouterr().out
    pooled = out.split("Offerte in aggregazione\n", 1)[1].splitlines()
    assert "  Nido interaziendale Il Girotondo (tempo pieno): già attiva · " in out
    assert "nido-interaziendale" not in out and "[" not in out  # no ids, no bare brackets
    listening = next(line for line in pooled if "ascolto psicologico" in line)
    assert listening.endswith("· utenti di queste aziende: < 5")
    assert all("utenti di queste aziende: " in line for line in pooled if line.strip())
