"""Qt Linguist tool chain for WAT Desktop.

    python scripts/translations.py update        # lupdate: refresh the .ts sources
    python scripts/translations.py fill F.json   # merge {"Context": {"source": "traduzione"}}
    python scripts/translations.py missing       # list unfinished Italian strings
    python scripts/translations.py release       # lrelease: build the shipped .qm files
    python scripts/translations.py sync          # update + fill every pending/*.json + release

The ``.ts`` files in ``resources/translations`` are the source of truth (edit
them with ``pyside6-linguist`` or with ``fill``); the ``.qm`` files built from
them ship inside the package.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "src" / "wat_desktop"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = SOURCES / "resources" / "i18n"
ITALIAN = TS_DIR / "wat_it.ts"
ENGLISH = TS_DIR / "wat_en.ts"


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).parent / name
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def source_files() -> list[str]:
    return sorted(str(p) for p in SOURCES.rglob("*.py"))


def lupdate(target: Path, *extra: str) -> None:
    """Refresh ``target`` from the code. ``-pluralonly`` keeps only the ``%n`` strings."""
    plurals_only = "-pluralonly" in extra
    extra = tuple(option for option in extra if option != "-pluralonly")
    # lupdate reads our numerus strings as plain ones and drops their plural forms.
    kept = _plural_forms(target) if target.exists() else {}
    # A file list, not a folder: lupdate only scans .py files it is given.
    handle, name = tempfile.mkstemp(suffix=".lst")
    os.close(handle)
    listing = Path(name)
    listing.write_text("\n".join(source_files()) + "\n", encoding="utf-8")
    try:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                "-silent",
                "-no-obsolete",
                "-locations",
                "none",
                *extra,
                f"@{listing}",
                "-ts",
                str(target),
            ],
            check=True,
            cwd=ROOT,
        )
    finally:
        listing.unlink(missing_ok=True)
    _drop_contextless(target)
    _mark_plurals(target, plurals_only, kept)


def _drop_contextless(ts: Path) -> None:
    """lupdate reads ``translate("Ctx", variable)`` as the source "Ctx" with no context;
    such entries are never looked up, so they are removed rather than translated."""
    tree = ET.parse(ts)
    root = tree.getroot()
    empty = [c for c in root.findall("context") if not (c.findtext("name") or "")]
    if not empty:
        return
    for context in empty:
        root.remove(context)
    _write_ts(tree, ts)


def _plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The finished plural forms in ``ts``, by (context, source)."""
    forms = {}
    for context, message in messages(ts):
        translation = message.find("translation")
        if message.get("numerus") == "yes" and translation is not None:
            texts = [form.text or "" for form in translation.iter("numerusform")]
            if translation.get("type") is None and all(texts):
                forms[(context, message.findtext("source") or "")] = texts
    return forms


def _mark_plurals(ts: Path, plurals_only: bool, kept: dict[tuple[str, str], list[str]]) -> None:
    """Every ``%n`` string is translated with a count (``translate(ctx, text, None, n)``),
    but pyside6-lupdate flags numerus only for ``self.tr(text, "", n)``: flag the rest,
    with the plural forms they had before lupdate ran."""
    tree = ET.parse(ts)
    root = tree.getroot()
    for context in root.findall("context"):
        for message in context.findall("message"):
            if "%n" not in (message.findtext("source") or ""):
                if plurals_only:
                    context.remove(message)
                continue
            translation = message.find("translation")
            if message.get("numerus") == "yes" or translation is None:
                continue
            message.set("numerus", "yes")
            previous = kept.get((context.findtext("name") or "", message.findtext("source")))
            text, translation.text = translation.text, None
            for form in previous or ([text, text] if text else [""]):
                ET.SubElement(translation, "numerusform").text = form
            if previous:
                translation.attrib.pop("type", None)
        if plurals_only and context.find("message") is None:
            root.remove(context)
    _write_ts(tree, ts)


def update() -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    lupdate(ITALIAN, "-target-language", "it_IT")
    lupdate(ENGLISH, "-pluralonly", "-target-language", "en_GB")


def release() -> None:
    QM_DIR.mkdir(parents=True, exist_ok=True)
    for ts, qm in ((ITALIAN, "wat_it.qm"), (ENGLISH, "wat_en.qm")):
        # Built aside and renamed: a running app maps the .qm it loaded.
        aside = QM_DIR / f".{qm}.tmp"
        try:
            subprocess.run(
                [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(aside)], check=True
            )
            os.replace(aside, QM_DIR / qm)
        finally:
            aside.unlink(missing_ok=True)


PENDING = TS_DIR / "pending"


def sync() -> None:
    """update, merge every ``pending/*.json`` and release, one run at a time (several
    people may add strings at once; lupdate keeps the translations already there)."""
    import fcntl

    with open(Path(tempfile.gettempdir()) / "wat-translations.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        update()
        # Oldest first, so a later correction of a string wins over an earlier file.
        for pending in sorted(PENDING.glob("*.json"), key=lambda p: p.stat().st_mtime):
            fill(pending)
        for pending in sorted((PENDING / "en").glob("*.json")):  # English plural forms
            fill(pending, ENGLISH)
        release()


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    tree = ET.parse(ts)
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def unfinished(ts: Path) -> list[tuple[str, str]]:
    result = []
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None:
            continue
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            result.append((context, message.findtext("source") or ""))
    return result


def fill(mapping_file: Path, ts: Path = ITALIAN) -> int:
    mapping: dict[str, dict[str, str]] = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = mapping.get(name, {}).get(source)
            translation = message.find("translation")
            if text is None or translation is None:
                continue
            if message.get("numerus") == "yes":
                forms = text if isinstance(text, list) else [text, text]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            elif isinstance(text, list):
                # Plural forms for a string the code does not translate with a count.
                print(f"{mapping_file.name}: {name}: {source!r} is not a plural here; skipped")
                continue
            else:
                translation.text = text
            translation.attrib.pop("type", None)
            filled += 1
    _write_ts(tree, ts)
    return filled


def _write_ts(tree: ET.ElementTree, ts: Path) -> None:
    """Write the whole file aside, then rename: a failure never leaves half a .ts."""
    ET.indent(tree)
    handle, name = tempfile.mkstemp(dir=ts.parent, suffix=".ts.tmp")
    os.close(handle)
    temporary = Path(name)
    try:
        tree.write(temporary, encoding="utf-8", xml_declaration=True)
        _restore_doctype(temporary)
        os.replace(temporary, ts)
    finally:
        temporary.unlink(missing_ok=True)


def _restore_doctype(ts: Path) -> None:
    text = ts.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        ts.write_text(text, encoding="utf-8")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
        print(f"{len(unfinished(ITALIAN))} unfinished Italian strings")
    elif command == "fill":
        print(f"{fill(Path(argv[1]))} strings filled")
    elif command == "missing":
        pending = unfinished(ITALIAN)
        print(
            json.dumps(
                {
                    c: {s: "" for cc, s in pending if cc == c}
                    for c in sorted({c for c, _ in pending})
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    elif command == "release":
        release()
    elif command == "sync":
        sync()
        print(f"{len(unfinished(ITALIAN))} unfinished Italian strings")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
