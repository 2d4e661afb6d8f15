"""Modal prompts behind one small object, so controllers are testable
(tests replace it with a fake that answers without a window)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        return Path(path) if path else None

    def open_file(self, title: str, file_filter: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, title, "", file_filter)
        return Path(path) if path else None

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        paths, _ = QFileDialog.getOpenFileNames(self.parent, title, "", file_filter)
        return [Path(p) for p in paths]

    def choose_folder(self, title: str, start: Path) -> Path | None:
        path = QFileDialog.getExistingDirectory(self.parent, title, str(start))
        return Path(path) if path else None

    def ask_text(self, title: str, label: str) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self.parent, title, label)
        return text.strip() if ok and text.strip() else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def info(self, title: str, text: str) -> None:
        QMessageBox.information(self.parent, title, text)

    def error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.parent, title, text)

    def open_document(self, path: Path) -> bool:
        """Open a file the app wrote (a PDF) in the system's viewer; False if none could."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
