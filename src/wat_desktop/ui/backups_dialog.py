"""The Backups dialog: list the verified backups, take one now, restore one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.i18n_markers import fill
from wat_desktop.infra.atomic_file import FileWriteError
from wat_desktop.persistence.backup import BackupInfo
from wat_desktop.persistence.restore import RestoreError
from wat_desktop.safety_text import format_moment, write_problem_message
from wat_desktop.services.backup_service import BackupService, kind_label
from wat_desktop.translations import QtTranslate
from wat_desktop.ui.dialogs import Dialogs


class BackupsDialog(QDialog):
    restored = Signal()  # the database was replaced: reload everything

    def __init__(
        self,
        service: BackupService,
        dialogs: Dialogs,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.dialogs = dialogs
        self.language = language
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 380)
        intro = QLabel(
            self.tr(
                "Backups are verified copies of all your data, taken automatically. "
                "Restoring one replaces the current data; the current database is kept aside."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Data as of"), self.tr("Kind"), self.tr("Size")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # The date takes the room; kind and size keep the width of their contents.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Backup status"))
        self.create_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.create_button.clicked.connect(self.create_backup)
        self.restore_button.clicked.connect(self.restore_selected)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backups: list[BackupInfo] = []
        self.refresh()

    def _kind(self, reason: str) -> str:
        return kind_label(reason, QtTranslate(self.language))

    def _size(self, size: int) -> str:
        from babel.numbers import format_decimal

        locale = "it_IT" if self.language == "it" else "en_GB"
        if size < 1_000_000:
            return f"{format_decimal(max(size, 1000) / 1000, '0', locale=locale)} kB"
        return f"{format_decimal(size / 1_000_000, '0.0', locale=locale)} MB"

    def refresh(self) -> None:
        self.backups = self.service.list_backups()
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            cells = (
                format_moment(info.taken_at, self.language),
                self._kind(info.reason),
                self._size(info.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        else:
            self.status.setText(self.tr("No backups yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.currentRow() >= 0 and bool(self.backups))

    def create_backup(self) -> None:
        try:
            info = self.service.create("manual")
        except FileWriteError as error:
            message = write_problem_message(error, QtTranslate(self.language))
            self.status.setText(message)
            self.dialogs.error(self.tr("Backups"), message)
            return
        self.refresh()
        self.status.setText(
            fill(
                self.tr("Backup taken and verified: data as of %1."),
                format_moment(info.taken_at, self.language),
            )
        )

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.backups):
            return
        info = self.backups[row]
        when = format_moment(info.taken_at, self.language)
        question = fill(
            self.tr(
                "Replace all current data with the backup of %1? Changes made after that "
                "moment will not be in the app (the current database is kept aside)."
            ),
            when,
        )
        if not self.dialogs.confirm(self.tr("Restore backup"), question):
            return
        try:
            result = self.service.restore(info.path)
        except RestoreError:
            self.dialogs.error(
                self.tr("Restore backup"),
                self.tr("This backup is damaged and was not restored; nothing was changed."),
            )
            return
        except FileWriteError as error:
            self.dialogs.error(
                self.tr("Restore backup"), write_problem_message(error, QtTranslate(self.language))
            )
            return
        message = fill(
            self.tr("Backup restored. The data you see now is from %1."),
            format_moment(result.data_from, self.language),
        )
        self.status.setText(message)
        self.restored.emit()
        self.dialogs.info(self.tr("Restore backup"), message)
        self.refresh()
