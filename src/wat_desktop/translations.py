"""Qt Linguist translations for the GUI, the command line and the reports.

Source strings are English; ``resources/translations/wat_it.ts`` holds the
Italian and ``wat_en.ts`` the English plural forms. The compiled ``.qm``
files ship inside the package (``resources/i18n``).
"""

from __future__ import annotations

import locale
import logging
import os
import time
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from wat_desktop.domain.i18n_markers import Translate

LANGUAGES = ("it", "en")


def system_language() -> str:
    """Italian when the system locale is Italian, else English."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value:
            return "it" if value.lower().startswith("it") else "en"
    try:
        name = QLocale.system().name()
    except Exception:
        name = locale.getlocale()[0] or ""
    return "it" if name.lower().startswith("it") else "en"


def resolve_language(setting: str) -> str:
    return setting if setting in LANGUAGES else system_language()


QM_FOLDER = resources.files("wat_desktop") / "resources" / "i18n"
LOAD_ATTEMPTS = 5
_log = logging.getLogger(__name__)


class _InMemoryTranslator(QTranslator):
    """A translator loaded from bytes it keeps: Qt does not copy them."""

    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._data = data

    def load_data(self) -> bool:
        # Qt loads a file cut at a block boundary without complaint (and may crash on
        # its lookups), so the whole file is checked first.
        return _complete_qm(self._data) and self.load(self._data)


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
QM_HASHES, QM_MESSAGES, QM_NUMERUS_RULES = 0x42, 0x69, 0x88


def _complete_qm(data: bytes) -> bool:
    """A whole ``.qm`` file: the magic number, then tagged blocks (tag, 32-bit length)
    that end exactly at the end of the file, with the hashes, the messages and the
    plural rules that lrelease writes last."""
    if not data.startswith(QM_MAGIC):
        return False
    tags, offset = set(), len(QM_MAGIC)
    while offset + 5 <= len(data):
        tags.add(data[offset])
        offset += 5 + int.from_bytes(data[offset + 1 : offset + 5], "big")
    return offset == len(data) and {QM_HASHES, QM_MESSAGES, QM_NUMERUS_RULES} <= tags


def app_translator(language: str, folder: Traversable | Path = QM_FOLDER) -> QTranslator | None:
    """The app's translator for ``language``, or None when there is no such file.

    The ``.qm`` file is read into memory in one go and loaded from there. Loaded by
    name, Qt maps the file into memory instead: while the file is being rewritten
    (``lrelease`` rewrites it in place) a run then loads a truncated file and prints
    English, or crashes on a later lookup. A file that does not load is read again
    a few times before giving up.
    """
    path = folder / f"wat_{language}.qm"
    if not path.is_file():
        return None
    for attempt in range(LOAD_ATTEMPTS):
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        translator = _InMemoryTranslator(data)
        if translator.load_data():
            return translator
        time.sleep(0.05 * (attempt + 1))  # being rewritten: give the writer a moment
    _log.warning("translation file %s did not load; texts stay in English", path)
    return None


def qt_base_translator(language: str) -> QTranslator | None:
    """Qt's own strings (standard buttons such as "Annulla")."""
    translator = QTranslator()
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", path):
        return translator
    return None


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install app and Qt translators; keep the returned list alive."""
    installed = [t for t in (app_translator(language), qt_base_translator(language)) if t]
    for translator in installed:
        app.installTranslator(translator)
    return installed


class QtTranslate(Translate):
    """A translator for one language that does not depend on the app's installed
    translators, so an English dossier can be made while the UI is Italian."""

    def __init__(self, language: str) -> None:
        self.language = language
        self._translator = app_translator(language)

    def __call__(self, context: str, text: str) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text) or text

    def numerus(self, context: str, text: str, n: int) -> str:
        if self._translator is None:
            return text
        return self._translator.translate(context, text, None, n) or text
