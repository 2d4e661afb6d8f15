"""``--lang`` means the same before and after the command, and an Italian run always
speaks Italian, even while the translation file is being rewritten."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wat_desktop.__main__ import main
from wat_desktop.cli.main import parse
from wat_desktop.translations import QM_FOLDER, QtTranslate, app_translator

ITALIAN_HEADER = " offerte)"  # "Rete …, versione 2027.1 (28 offerte)"
ENGLISH_HEADER = " offers)"


@pytest.fixture
def data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    options = ["--data-dir", str(tmp_path / "data")]
    assert main([*options, "demo"]) == 0
    capsys.readouterr()
    return options


@pytest.mark.parametrize(
    "argv",
    [
        ["plan", "1", "--lang", "en"],
        ["simulate", "--year", "2026", "--ral", "30000", "--amount", "1000", "--lang", "en"],
        ["territory", "--lang", "en"],
        ["catalogue", "list", "--lang", "en"],
        ["catalogue", "--lang", "en", "list"],
        ["firms", "--lang=en"],
        ["backup", "list", "--lang", "en"],
    ],
)
def test_lang_after_any_command_sets_the_language(argv: list[str]) -> None:
    assert parse(["--lang", "it", *argv]).lang == "en"  # after the command wins
    assert parse(argv).lang == "en"


def test_lang_anywhere_is_both_the_messages_and_the_dossier_language() -> None:
    before = parse(["--lang", "en", "dossier", "1", "--out", "x.pdf"])
    after = parse(["dossier", "1", "--out", "x.pdf", "--lang", "en"])
    assert (before.lang, before.dossier_lang) == ("en", "en")
    assert (after.lang, after.dossier_lang) == ("en", "en")
    # Without --lang the messages follow the settings and the dossier stays Italian.
    plain = parse(["dossier", "1", "--out", "x.pdf"])
    assert (plain.lang, plain.dossier_lang) == (None, "it")
    # The questionnaire follows the one --lang too.
    questionnaire = parse(["--lang", "en", "survey", "questionnaire", "1", "--out", "q.pdf"])
    assert questionnaire.pdf_lang == "en"
    assert parse(["survey", "questionnaire", "1", "--out", "q.pdf", "--lang", "it"]).lang == "it"


def test_a_bad_language_after_the_command_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse(["plan", "1", "--lang", "de"])
    assert exit_info.value.code == 2
    assert "--lang" in capsys.readouterr().err


def test_plan_in_italian_with_lang_after_the_command(
    data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*data, "plan", "1", "--lang", "it"]) == 0
    assert capsys.readouterr().out.startswith("Piano consigliato per ")
    assert main([*data, "--lang", "it", "plan", "1", "--lang", "en"]) == 0
    assert capsys.readouterr().out.startswith("Recommended plan for ")


def _pdf_language(path: Path) -> str:
    from pypdf import PdfReader

    return str(PdfReader(path).trailer["/Root"]["/Lang"])


def test_english_dossier_messages_and_pdf_agree(
    data: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for where, argv in (
        ("before", ["--lang", "en", "dossier", "1"]),
        ("after", ["dossier", "1", "--lang", "en"]),
    ):
        out = tmp_path / f"{where}.pdf"
        assert main([*data, *argv, "--out", str(out)]) == 0
        assert capsys.readouterr().out.startswith("Dossier written to ")
        assert _pdf_language(out) == "en-GB"
    out = tmp_path / "italian.pdf"
    assert main([*data, "--lang", "it", "dossier", "1", "--out", str(out)]) == 0
    italian = QtTranslate("it").translate("Cli", "Dossier written to %1").split("%1")[0]
    assert capsys.readouterr().out.startswith(italian)
    assert _pdf_language(out) == "it-IT"


def test_catalogue_list_is_italian_every_time(
    data: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """The review saw English in 1 run out of 15: each run loads its translator afresh."""
    for _run in range(15):
        assert main([*data, "--lang", "it", "catalogue", "list"]) == 0
        out = capsys.readouterr().out
        first_line = out.splitlines()[0]
        assert ITALIAN_HEADER in first_line and ENGLISH_HEADER not in first_line
        assert "al mese" in out and "a month" not in out


class _FileBeingRewritten:
    """A .qm path whose first reads catch lrelease half-way through rewriting it."""

    def __init__(self, data: bytes, cut_reads: int) -> None:
        self.data = data
        self.reads = 0
        self.cut_reads = cut_reads

    def __truediv__(self, name: str) -> _FileBeingRewritten:
        return self

    def is_file(self) -> bool:
        return True

    def read_bytes(self) -> bytes:
        self.reads += 1
        if self.reads == 1:
            return b""  # truncated to zero, not written yet
        if self.reads <= self.cut_reads:
            return self.data[: len(self.data) * self.reads // (self.cut_reads + 2)]
        return self.data


@pytest.mark.parametrize("block", ["language", "hashes", "messages"])
def test_a_translation_file_cut_anywhere_is_never_loaded(block: str) -> None:
    """Qt itself accepts a .qm file cut right after a block (and may crash later)."""
    data = (QM_FOLDER / "wat_it.qm").read_bytes()
    ends = {"language": 16 + 5 + 5, "hashes": None, "messages": len(data) - 7}
    end = ends[block]
    if end is None:  # right after the hashes block, wherever it ends
        offset = 16 + 5 + int.from_bytes(data[17:21], "big")
        end = offset + 5 + int.from_bytes(data[offset + 1 : offset + 5], "big")
    half_written = _FileBeingRewritten(data[:end], cut_reads=0)
    assert app_translator("it", half_written) is None  # type: ignore[arg-type]


def test_a_file_being_rewritten_is_read_again_until_whole() -> None:
    data = (QM_FOLDER / "wat_it.qm").read_bytes()
    rewriting = _FileBeingRewritten(data, cut_reads=3)
    translator = app_translator("it", rewriting)  # type: ignore[arg-type]
    assert translator is not None
    assert rewriting.reads == 4
    assert translator.translate("Cli", "Nothing changed.") == "Nessuna modifica."


def test_the_loaded_translation_does_not_depend_on_the_file_afterwards(tmp_path: Path) -> None:
    """Loaded by name, Qt maps the file: rewriting it under a running command crashed it
    (SIGBUS) or lost its texts. Run in a child process, so a crash is a plain failure."""
    qm = tmp_path / "wat_it.qm"
    qm.write_bytes((QM_FOLDER / "wat_it.qm").read_bytes())
    script = (
        "import sys; from pathlib import Path\n"
        "from wat_desktop.translations import app_translator\n"
        f"folder = Path({str(tmp_path)!r})\n"
        "translator = app_translator('it', folder)\n"
        "(folder / 'wat_it.qm').write_bytes(b'')  # lrelease truncates before writing\n"
        "print(translator.translate('Cli', 'Nothing changed.'))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "Nessuna modifica."
