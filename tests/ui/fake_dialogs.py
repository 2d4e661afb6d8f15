"""A stand-in for ``ui.dialogs.Dialogs`` that answers from a script, with no window."""

from __future__ import annotations

from pathlib import Path


class FakeDialogs:
    def __init__(self) -> None:
        self.texts: list[str] = []
        self.save_paths: list[Path] = []
        self.open_paths: list[Path] = []
        self.folders: list[Path] = []
        self.open_file_lists: list[list[Path]] = []
        self.confirmations: list[bool] = []
        self.shown: list[tuple[str, str, str]] = []  # (kind, title, text)
        self.opened_documents: list[Path] = []  # files "opened in the system's viewer"

    def save_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        return self.save_paths.pop(0) if self.save_paths else None

    def open_file(self, title: str, file_filter: str) -> Path | None:
        return self.open_paths.pop(0) if self.open_paths else None

    def open_files(self, title: str, file_filter: str) -> list[Path]:
        return self.open_file_lists.pop(0) if self.open_file_lists else []

    def choose_folder(self, title: str, start: Path) -> Path | None:
        return self.folders.pop(0) if self.folders else None

    def ask_text(self, title: str, label: str) -> str | None:
        return self.texts.pop(0) if self.texts else None

    def confirm(self, title: str, text: str) -> bool:
        return self.confirmations.pop(0) if self.confirmations else False

    def info(self, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def open_document(self, path: Path) -> bool:
        self.opened_documents.append(path)
        return True
