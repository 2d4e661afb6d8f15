"""Export a firm to its JSON firm file, and import one as a new firm."""

from __future__ import annotations

from pathlib import Path

from wat_desktop import __version__
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.firm_file import (
    MAX_BYTES,
    FirmFileError,
    dump_firm_file,
    from_firm_file,
    parse_firm_file,
    to_firm_file,
)
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.schema_errors import FormatIssue, StrictJsonError, decode_utf8
from wat_desktop.domain.survey.disclosure import release_issues
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.infra.atomic_file import write_bytes_atomic
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.release_guard import ReleaseGuard

__all__ = ["FirmFileError", "FirmFileService"]

MSG_TOO_LARGE = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is larger than %1 MB")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("CatalogueFormat", "the file cannot be read: %1")
MSG_NOT_UTF8 = QT_TRANSLATE_NOOP("CatalogueFormat", "the file is not UTF-8 text")


def read_text(path: Path) -> str:
    """The file as text, refused before reading when it is too large."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FirmFileError([FormatIssue("", MSG_TOO_LARGE, (str(MAX_BYTES // 2**20),))])
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as error:
        issue = FormatIssue("", MSG_UNREADABLE, (error.strerror or str(error),))
        raise FirmFileError([issue]) from error
    if len(data) > MAX_BYTES:
        raise FirmFileError([FormatIssue("", MSG_TOO_LARGE, (str(MAX_BYTES // 2**20),))])
    try:
        return decode_utf8(data)  # the message names the line of the first bad byte
    except StrictJsonError as error:
        raise FirmFileError(error.issues) from None


class FirmFileService:
    def __init__(self, firms: FirmService, guard: ReleaseGuard | None = None) -> None:
        self._firms = firms
        self._guard = guard  # remembers an imported survey release (differencing)

    def export(self, firm_id: int, path: Path) -> Path:
        """Write the whole firm (every section and the published survey) to ``path``."""
        document = to_firm_file(self._firms.load(firm_id), __version__)
        write_bytes_atomic(path, dump_firm_file(document).encode("utf-8"))
        return path

    def check(self, path: Path) -> Firm:
        """Read and validate a file without storing it; raise ``FirmFileError``."""
        firm = from_firm_file(parse_firm_file(read_text(path)))
        survey = SurveyResult.from_dict(firm.survey)
        # The survey travels on when the firm is exported again: it must be safe to publish.
        issues = release_issues(survey) if survey is not None else []
        if issues:
            raise FirmFileError(issues)
        return firm

    def import_file(self, path: Path) -> Firm:
        """Store the file's firm as a new firm (existing firms are never overwritten).

        An invalid file raises ``FirmFileError`` and changes nothing.
        """
        firm = self._firms.add_firm(self.check(path))
        if self._guard is not None:
            self._guard.record(firm, firm.survey)
        return firm
