"""Importing a catalogue from the GUI: choose a file, validate it, show what
changes, and apply only after the user agrees. A bad file changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QObject

from wat_desktop.services.catalogue_preview_text import preview_lines
from wat_desktop.services.catalogue_service import CatalogueFormatError, CatalogueService
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs


class CatalogueImporter(QObject):
    def __init__(
        self,
        catalogues: CatalogueService,
        dialogs: Dialogs,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalogues = catalogues
        self.dialogs = dialogs
        self.language = language

    def run(self) -> bool:
        """Ask for a file and import it; True when the current catalogue changed."""
        title = self.tr("Import catalogue")
        path = self.dialogs.open_file(title, self.tr("Catalogue files (*.json)"))
        if path is None:
            return False
        not_imported = self.tr("The catalogue was not imported and nothing was changed.")
        tr = QtTranslate(self.language)
        try:
            preview = self.catalogues.preview_file(path)
        except CatalogueFormatError as error:
            self.dialogs.error(title, f"{not_imported}\n\n{path.name}:\n{error.text(tr)}")
            return False
        except OSError as error:
            self.dialogs.error(title, f"{not_imported}\n\n{path}: {error.strerror or error}")
            return False
        summary = "\n".join(preview_lines(preview, tr, self.language))
        if preview.already_current:
            self.dialogs.info(title, summary)
            return False
        question = self.tr("Apply these changes?")
        if not self.dialogs.confirm(title, f"{summary}\n\n{question}"):
            return False
        imported = self.catalogues.apply(preview)
        self.dialogs.info(
            title,
            self.tr("Catalogue %1 (version %2) imported.")
            .replace("%1", imported.catalogue.network.name)
            .replace("%2", imported.catalogue.version),
        )
        return True
