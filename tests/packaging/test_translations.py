"""Italian and English are complete, keep their placeholders, and the shipped .qm
files are built from the committed .ts sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
sys.path.insert(0, str(ROOT / "scripts"))

import translations  # noqa: E402


def _messages(ts: Path) -> list[tuple[str, str, list[str]]]:
    found = []
    for context, message in translations.messages(ts):
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        found.append((context, message.findtext("source") or "", forms))
    return found


def test_no_unfinished_italian_translation() -> None:
    assert translations.unfinished(TS_DIR / "wat_it.ts") == []


def test_placeholders_and_accelerators_survive_translation() -> None:
    for context, source, forms in _messages(TS_DIR / "wat_it.ts"):
        wanted = sorted(re.findall(r"%\d|%n", source))
        for index, text in enumerate(forms):
            assert text, (context, source)
            found = sorted(re.findall(r"%\d|%n", text))
            if len(forms) > 1 and index == 0 and "%n" not in text:
                found = sorted([*found, "%n"])  # Italian singular (n = 1) may spell it out
            assert found == wanted, (context, source, text)
            if "&" in source.replace("&&", ""):
                assert "&" in text, (context, source, text)


def test_ts_sources_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """Running lupdate again on a copy finds no new or vanished string."""
    copy = tmp_path / "wat_it.ts"
    shutil.copy(TS_DIR / "wat_it.ts", copy)
    translations.lupdate(copy, "-target-language", "it_IT")
    assert {(c, s) for c, s, _ in _messages(copy)} == {
        (c, s) for c, s, _ in _messages(TS_DIR / "wat_it.ts")
    }
    assert translations.unfinished(copy) == []


def test_shipped_qm_matches_the_ts(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    built = tmp_path / "wat_it.qm"
    subprocess.run(
        [str(lrelease), "-silent", str(TS_DIR / "wat_it.ts"), "-qm", str(built)], check=True
    )
    shipped = ROOT / "src" / "wat_desktop" / "resources" / "i18n" / "wat_it.qm"
    assert shipped.read_bytes() == built.read_bytes(), "run: python scripts/translations.py release"


def test_italian_text_is_used_by_the_app() -> None:
    from wat_desktop.translations import QtTranslate

    assert QtTranslate("it").translate("Dossier", "Page %1 of %2") == "Pagina %1 di %2"
    assert ET.parse(TS_DIR / "wat_it.ts").getroot().get("language") == "it_IT"


def test_no_docstring_opens_with_a_quote() -> None:
    """pyside6-lupdate loses track after a docstring that opens with a quote (\"\"\" "...),
    and silently skips the strings that follow it in the file."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "src" / "wat_desktop").rglob("*.py")
        if '""" "' in path.read_text(encoding="utf-8")
    ]
    assert offenders == []


_EXPLICIT_CONTEXT_CALL = re.compile(
    r"""(?:translate|QT_TRANSLATE_NOOP)\(\s*"([A-Za-z]\w*)",\s*"((?:[^"\\]|\\.)*)"\s*[,)]"""
)
_SELF_TR_CALL = re.compile(r"""self\.tr\(\s*"((?:[^"\\]|\\.)*)"\s*[,)]""")


def _unescape(source: str) -> str:
    text = source.replace('\\"', '"').replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def test_every_string_with_an_explicit_context_reaches_the_ts() -> None:
    """pyside6-lupdate silently skips some calls it cannot parse (a dotted count such as
    ``translate("Ctx", "%n x", None, h.count)``): such a string would stay English."""
    known = {(c, s) for c, s, _ in _messages(TS_DIR / "wat_it.ts")}
    sources = {s for _, s in known}
    missing = []
    for path in (ROOT / "src" / "wat_desktop").rglob("*.py"):
        code = path.read_text(encoding="utf-8")
        for context, source in _EXPLICIT_CONTEXT_CALL.findall(code):
            text = _unescape(source)
            if context != "Ctx" and (context, text) not in known:  # "Ctx": a docstring example
                missing.append(f"{path.relative_to(ROOT)}: {context}: {text}")
        for source in _SELF_TR_CALL.findall(code):  # the context is the class: source only
            if _unescape(source) not in sources:
                missing.append(f"{path.relative_to(ROOT)}: self.tr: {_unescape(source)}")
    assert missing == []
