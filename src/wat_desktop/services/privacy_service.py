"""The firm's privacy rights: everything held about it, in one readable archive,
and erasing it for good (with the older copies that still hold it).

Export: a ZIP written atomically with the firm file (readable JSON, importable
again), the database row exactly as stored (ids, revision, dates, every
section), the firm's demand key, the survey tables recorded in the release
ledger, two CSV tables for a spreadsheet, and a text that says what is inside
and where else the firm still appears (backups, catalogues of the network).

Erase: the firm's row goes (its demand key with it, by foreign key), with
``secure_delete`` on and a checkpoint and ``VACUUM`` after, so the deleted
bytes are overwritten in the database file and its ``-wal``, not merely marked
free. Older backups and copies kept aside by a restore still hold the firm
until they rotate out; ``copies_holding`` lists them and ``purge`` deletes them
(only the app's own files) and takes one fresh verified backup. The release
ledger keeps the firm's published, already suppressed survey tables under
salted fingerprints, without the firm id: a firm added again under the same
name must not be able to publish a table that differs from an old one by one
person (``services/release_guard``).
"""

from __future__ import annotations

import io
import json
import logging
import re
import shutil
import zipfile
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, select

from wat_desktop import __version__
from wat_desktop.domain.csv_safety import csv_bytes
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.need_counts import NEED_KEYS
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.infra.atomic_file import write_bytes_atomic
from wat_desktop.persistence.backup import list_backups, parse_backup_name
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.encryption import WrongPassphraseError, database_errors, open_file
from wat_desktop.persistence.models import FirmRow
from wat_desktop.services.backup_service import BackupService
from wat_desktop.services.firm_file_service import FirmFileService
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.release_guard import ReleaseGuard

log = logging.getLogger(__name__)
CONTEXT = "Privacy"
_ASIDE = re.compile(r"\.before-restore-\d{8}T\d{12}Z$")

README = QT_TRANSLATE_NOOP(
    "Privacy",
    "Everything WAT Desktop holds about the firm \u201c%1\u201d, exported on %2.\n\n"
    "firm.json: the firm file (the whole self-assessment; it can be imported again).\n"
    "database-row.json: the firm's record exactly as the database stores it.\n"
    "needs.csv: the need counts. survey.csv: the published employee survey, if any; "
    "only figures that passed anonymity suppression are ever stored.\n"
    "demand-key.json: the random key that the firm's anonymous demand files carry.\n"
    "survey-releases.json: every survey table published for this firm.\n\n"
    "Elsewhere, until they rotate out: backups that still hold this firm: %3; copies kept "
    "aside by a restore: %4. No employee names or individual answers are kept anywhere.",
)

HEAD_NEED = QT_TRANSLATE_NOOP("Privacy", "Need")
HEAD_COUNT = QT_TRANSLATE_NOOP("Privacy", "Count")
HEAD_QUESTION = QT_TRANSLATE_NOOP("Privacy", "Question")
HEAD_ANSWER = QT_TRANSLATE_NOOP("Privacy", "Answer")
HEAD_RESPONDENTS = QT_TRANSLATE_NOOP("Privacy", "Respondents")


@dataclass(frozen=True)
class EraseResult:
    firm_id: int
    copies_holding: list[Path]  # older backups and restore copies that still hold the firm


@dataclass(frozen=True)
class PurgeResult:
    deleted: list[Path]
    fresh_backup: Path | None


def _json(data: Any) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n").encode("utf-8")


class PrivacyService:
    def __init__(
        self,
        db: Database,
        firms: FirmService,
        firm_files: FirmFileService,
        backups: BackupService,
        guard: ReleaseGuard,
        data_root: Path,
    ) -> None:
        self._db = db
        self._firms = firms
        self._firm_files = firm_files
        self._backups = backups
        self._guard = guard
        self._root = data_root

    # --- what is held where ----------------------------------------------------------

    def _row(self, firm_id: int) -> dict[str, Any]:
        with self._db.session() as session:
            row = session.execute(select(FirmRow).where(FirmRow.id == firm_id)).scalar_one()
            return {c.key: getattr(row, c.key) for c in inspect(FirmRow).mapper.column_attrs}

    def _demand_key(self, firm_id: int) -> str | None:
        from wat_desktop.persistence.received_demand_store import ReceivedDemandStore

        return ReceivedDemandStore(self._db).firm_keys().get(firm_id)

    def aside_copies(self) -> list[Path]:
        """Folders a restore moved the previous database into (the app's own names)."""
        return sorted(
            p for p in self._root.iterdir() if p.is_dir() and _ASIDE.search(p.name) is not None
        )

    def _old_copies(self) -> list[Path]:
        database_files = [b.path for b in list_backups(self._backups.folder)]
        for folder in self.aside_copies():
            database_files += [p for p in folder.iterdir() if p.suffix == ".sqlite3"]
        return database_files

    def copies_holding(self, firm_id: int, name: str) -> list[Path]:
        """Backups and restore copies whose database holds this firm (same id and name)."""
        holding = []
        for path in self._old_copies():
            try:
                connection = open_file(path, readonly=True)
            except (*database_errors(), WrongPassphraseError):
                holding.append(path)  # cannot tell: count it, never hide a copy
                continue
            try:
                found = connection.execute(
                    "SELECT 1 FROM firms WHERE id = ? AND name = ?", (firm_id, name)
                ).fetchone()
            except database_errors():
                found = True
            finally:
                connection.close()
            if found:
                holding.append(path)
        return holding

    # --- export ------------------------------------------------------------------------

    def export_archive(self, firm_id: int, path: Path, tr: Translate | None = None) -> Path:
        """Write the readable ZIP described in the module docstring; raise ``FileWriteError``."""
        tr = tr or Translate()
        firm = self._firms.load(firm_id)
        staging = io.BytesIO()
        firm_file = path.with_name(f".{path.name}.firm.tmp")
        try:
            self._firm_files.export(firm_id, firm_file)
            firm_json = firm_file.read_bytes()
        finally:
            firm_file.unlink(missing_ok=True)
        holding = self.copies_holding(firm_id, firm.name)
        asides = sum(1 for p in holding if p.parent != self._backups.folder)
        readme = fill(
            tr(CONTEXT, README),
            firm.name,
            date.today().isoformat(),
            len(holding) - asides,
            asides,
        )
        needs = [[tr(CONTEXT, HEAD_NEED), tr(CONTEXT, HEAD_COUNT)]] + [
            [tr("NeedKey", NEED_KEYS[key].label), count]
            for key, count in sorted(firm.needs.items())
        ]
        with zipfile.ZipFile(staging, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("README.txt", readme + "\n")
            archive.writestr("firm.json", firm_json)
            archive.writestr("database-row.json", _json(self._row(firm_id)))
            archive.writestr("needs.csv", csv_bytes(needs))
            archive.writestr("survey.csv", csv_bytes(self._survey_rows(firm.survey, tr)))
            archive.writestr("demand-key.json", _json({"firm_key": self._demand_key(firm_id)}))
            archive.writestr("survey-releases.json", _json(self._guard_releases(firm_id)))
            archive.writestr(
                "about.json",
                _json({"app_version": __version__, "exported_at": datetime.now(UTC).isoformat()}),
            )
        write_bytes_atomic(path, staging.getvalue())
        log.info("privacy archive of firm %d written", firm_id)
        return path

    def _guard_releases(self, firm_id: int) -> list[dict[str, Any]]:
        firm = self._firms.load(firm_id)
        return [r.to_dict() for r in self._guard.earlier(firm)]

    @staticmethod
    def _survey_rows(survey: dict[str, Any], tr: Translate) -> list[list[Any]]:
        result = SurveyResult.from_dict(survey)
        rows: list[list[Any]] = [
            [tr(CONTEXT, HEAD_QUESTION), tr(CONTEXT, HEAD_ANSWER), tr(CONTEXT, HEAD_RESPONDENTS)]
        ]
        if result is None:
            return rows
        for key, row in result.rows.items():
            label = tr("NeedKey", NEED_KEYS[key].label)
            for band, cell in row.cells.items():
                shown = cell.value if cell.value is not None else cell.text(result.threshold, tr)
                rows.append([label, band.value or "-", shown])
        return rows

    # --- erase ----------------------------------------------------------------------

    def erase(self, firm_id: int) -> EraseResult:
        """Delete the firm for good; the result lists the older copies that still hold it."""
        firm = self._firms.load(firm_id)  # FirmNotFoundError if there is none
        holding = self.copies_holding(firm_id, firm.name)
        with self._db.session() as session:
            if self._db.is_sqlite:  # overwrite the deleted bytes, not just free them
                session.connection().exec_driver_sql("PRAGMA secure_delete=ON")
            session.delete(session.get(FirmRow, firm_id))
        if self._db.is_sqlite:
            with self._db.raw_sqlite() as connection:
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.execute("VACUUM")
                connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                connection.execute("PRAGMA secure_delete=OFF")
        self._guard.forget_firm_id(firm_id)
        log.info("firm %d erased; %d older copies still hold it", firm_id, len(holding))
        return EraseResult(firm_id, holding)

    def purge(self, copies: list[Path] | None = None) -> PurgeResult:
        """Delete ``copies`` (default: every older backup and restore copy), only files the
        app made, after taking one fresh verified backup, so that one good copy remains
        (a full disk stops the purge before anything is deleted)."""
        targets = self._old_copies() if copies is None else copies
        fresh = self._backups.create("manual").path if self._backups.supported else None
        deleted: list[Path] = []
        for path in targets:
            if path == fresh:
                continue
            in_aside = _ASIDE.search(path.parent.name) is not None
            if parse_backup_name(path) is not None and path.parent == self._backups.folder:
                path.unlink(missing_ok=True)
                deleted.append(path)
            elif in_aside and path.parent.parent == self._root:
                shutil.rmtree(path.parent, ignore_errors=True)  # the db with its -wal/-shm
                deleted.append(path)
        log.info("privacy purge: %d old copies deleted", len(deleted))
        return PurgeResult(deleted, fresh)


def scan_for(path: Path, needle: bytes) -> bool:
    """True if ``needle`` occurs in the file ``path`` or its ``-wal`` (for the checks)."""
    for candidate in (path, path.with_name(path.name + "-wal")):
        if candidate.exists() and needle in candidate.read_bytes():
            return True
    return False


__all__ = ["EraseResult", "PrivacyService", "PurgeResult", "scan_for"]
