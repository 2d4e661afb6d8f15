"""File → Export firm… / Import firm…: the firm file, from the main window."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QObject

from wat_desktop.app import AppContext
from wat_desktop.safety_text import write_problem_message
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs

MAX_ISSUES_SHOWN = 12


def suggested_name(firm_name: str) -> Path:
    stem = re.sub(r"[^\w.-]+", "-", firm_name).strip("-") or "azienda"
    return Path(f"{stem[:60]}.wat-firm.json")


class FirmFileActions(QObject):
    def __init__(
        self, app: AppContext, dialogs: Dialogs, language: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.app = app
        self.dialogs = dialogs
        self.language = language

    def export_firm(self, firm_id: int | None, firm_name: str) -> Path | None:
        if firm_id is None:
            return None
        title = self.tr("Export firm")
        path = self.dialogs.save_file(
            title, suggested_name(firm_name), self.tr("Firm files (*.json)")
        )
        if path is None:
            return None
        from wat_desktop.infra.atomic_file import FileWriteError

        try:
            self.app.firm_files.export(firm_id, path)
        except FileWriteError as error:
            self.dialogs.error(title, write_problem_message(error, QtTranslate(self.language)))
            return None
        self.dialogs.info(title, self.tr("Firm exported to %1").replace("%1", str(path)))
        return path

    def import_firm(self) -> int | None:
        """Import a firm file as a new firm; return its id, or None if nothing changed."""
        from wat_desktop.domain.firm_file import FirmFileError

        title = self.tr("Import firm")
        path = self.dialogs.open_file(title, self.tr("Firm files (*.json)"))
        if path is None:
            return None
        try:
            firm = self.app.firm_files.import_file(path)
        except FirmFileError as error:
            tr = QtTranslate(self.language)
            lines = [issue.text(tr) for issue in error.issues[:MAX_ISSUES_SHOWN]]
            if len(error.issues) > MAX_ISSUES_SHOWN:
                lines.append("…")
            self.dialogs.error(
                title,
                self.tr("The firm was not imported and nothing was changed.\n\n%1").replace(
                    "%1", "\n".join(lines)
                ),
            )
            return None
        self.dialogs.info(title, self.tr("Firm %1 imported.").replace("%1", firm.name))
        return firm.id
