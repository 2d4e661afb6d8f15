"""``wat-desktop dossier``: Italian unless English is asked for (``--lang en``, before or
after the command), whatever the language of the settings, and ``--verify`` tells
whether a file still matches the data."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from wat_desktop.__main__ import main


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Global options of a data folder holding the demo, with English in the settings."""
    from wat_desktop.app import open_app

    options = ["--data-dir", str(tmp_path / "data")]
    assert main([*options, "demo"]) == 0
    app = open_app(tmp_path / "data")
    try:
        app.settings.language = "en"
        app.save_settings()
    finally:
        app.close()
    capsys.readouterr()
    return options


def _language(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_dossier_is_italian_by_default_and_english_on_request(
    demo: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    italian, english = tmp_path / "it.pdf", tmp_path / "en.pdf"
    assert main([*demo, "dossier", "1", "--out", str(italian)]) == 0
    out = capsys.readouterr().out
    assert _language(italian) == "it-IT"
    assert "Pagina 2 di" in PdfReader(italian).pages[1].extract_text()
    # The messages follow the settings' language; the fingerprint is printed.
    assert f"Dossier written to {italian}" in out
    assert "Data fingerprint (SHA-256): " in out
    digest = out.rsplit(": ", 1)[1].strip()
    assert len(digest) == 64
    annex = "".join(page.extract_text() for page in PdfReader(italian).pages)
    assert digest in "".join(annex.split())  # printed in groups of eight in the annex
    assert main([*demo, "dossier", "1", "--out", str(english), "--lang", "en"]) == 0
    assert _language(english) == "en-GB"


def test_verify_tells_a_matching_file_from_an_outdated_one(
    demo: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    signed = tmp_path / "signed.pdf"
    assert main([*demo, "dossier", "1", "--out", str(signed), "--lang", "en"]) == 0
    capsys.readouterr()
    assert main([*demo, "dossier", "1", "--verify", str(signed)]) == 0
    assert "matches the firm's current data byte for byte" in capsys.readouterr().out

    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(signed.read_bytes().replace(b"/Producer", b"/Produced", 1))
    assert main([*demo, "dossier", "1", "--verify", str(tampered)]) == 1
    assert "does not match" in capsys.readouterr().err

    from wat_desktop.app import open_app

    app = open_app(Path(demo[1]))
    try:
        firm = app.firms.load(1)
        firm.profile.legal_representative = "Marco Bertalot"
        app.firms.save(firm)
    finally:
        app.close()
    assert main([*demo, "dossier", "1", "--verify", str(signed)]) == 1
    assert "does not match" in capsys.readouterr().err


def test_out_and_verify_are_one_or_the_other(
    demo: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["--out", str(tmp_path / "a.pdf"), "--verify", str(tmp_path / "b.pdf")]
    assert main([*demo, "dossier", "1", *args]) == 1
    assert "--verify" in capsys.readouterr().err
    assert not (tmp_path / "a.pdf").exists()
