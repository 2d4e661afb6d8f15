"""Employee survey: empty CSV template out, anonymous answers in.

The import reads a file of bounded size, decodes it as UTF-8 (with or without
BOM) or Windows-1252 as Italian Excel writes it, finds the ``;`` or ``,``
separator from the header, validates every row, and stores only the
suppressed, publishable result (never the rows or the raw counts). A file
with any bad row imports nothing unless the caller accepts the valid rows.

The import is two steps, so that the GUI can run the long one off its thread:
``prepare_import`` reads, validates, counts and suppresses (no database, no
ledger write: a worker may run it, and a Cancel drops its result), then
``apply_import`` records the release and saves the firm (the GUI thread, the
database's one user). ``import_file`` does both, for the command line.
"""

from __future__ import annotations

import copy
import csv
import io
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from wat_desktop.domain.csv_safety import csv_bytes as safe_csv_bytes
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP, Translate, fill
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.after_import import (
    counts_after_import,
    plan_fingerprint,
    plan_predates_survey,
)
from wat_desktop.domain.survey.aggregate import aggregate
from wat_desktop.domain.survey.csv_schema import (
    TEMPLATE_COLUMNS,
    Answers,
    RowIssue,
    check_header,
    parse_row,
)
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.domain.survey.suppression import DEFAULT_THRESHOLD, publish
from wat_desktop.infra.atomic_file import write_bytes_atomic
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.release_guard import ReleaseGuard

CONTEXT = "SurveyImport"
MAX_BYTES = 4 * 1024 * 1024  # 10,000 respondents take about 0.5 MB
TEMPLATE_DELIMITER = ";"  # what Italian Excel expects when it opens a .csv
STEP_ROWS = 250  # rows between two calls of an import's ``step``

# ``step(done, total)`` is told how far an import is; it may raise (a Cancel) to stop it.
Step = Callable[[int, int], None]

MSG_TOO_LARGE = QT_TRANSLATE_NOOP("SurveyImport", "The file is larger than %1 MB.")
MSG_UNREADABLE = QT_TRANSLATE_NOOP("SurveyImport", "The file cannot be read: %1")
MSG_NOT_TEXT = QT_TRANSLATE_NOOP(
    "SurveyImport", "The file is not a CSV text file in UTF-8 or Windows-1252."
)
MSG_EMPTY = QT_TRANSLATE_NOOP("SurveyImport", "The file is empty: it has no header row.")
MSG_NO_ANSWERS = QT_TRANSLATE_NOOP("SurveyImport", "The file has a header but no answers.")
MSG_BAD_CSV = QT_TRANSLATE_NOOP("SurveyImport", "The file is not a valid CSV file (line %1).")
MSG_TOO_FEW = QT_TRANSLATE_NOOP(
    "SurveyImport",
    "Fewer than %1 answers: no figure could be shown without the risk of identifying "
    "someone, so nothing was imported. Run the survey together with other firms of your "
    "territorial network (pooled at network level).",
)
MSG_MORE_THAN_STAFF = QT_TRANSLATE_NOOP(
    "SurveyImport",
    "The file has %1 answers but the firm has %2 employees: check that it is this firm's "
    "file, or correct the headcount in the company profile first.",
)


class SurveyFileError(ValueError):
    """The whole file is unusable; ``message`` is a source string (context "SurveyImport")
    or, for header problems, the issues are in ``issues`` (context "SurveyCsv")."""

    def __init__(self, message: str, *args: str, issues: list[RowIssue] | None = None) -> None:
        super().__init__(fill(message, *args))
        self.message = message
        self.args_ = tuple(args)
        self.issues = issues or []


@dataclass
class ParsedSurvey:
    """A read and validated file: the good rows' answers and every rejected row."""

    responses: list[Answers] = field(default_factory=list)
    rejected: list[RowIssue] = field(default_factory=list)
    blank_rows: int = 0
    encoding: str = "utf-8"
    delimiter: str = ","


class RejectedRowsError(ValueError):
    """Some rows are bad and the caller did not accept the valid ones: nothing changed."""

    def __init__(self, parsed: ParsedSurvey) -> None:
        super().__init__(f"{len(parsed.rejected)} rejected rows")
        self.parsed = parsed


@dataclass(frozen=True)
class PreparedImport:
    """A checked, counted and suppressed import, not stored yet (``apply_import``)."""

    firm: Firm  # the firm as read before the import; saved with the new survey
    result: SurveyResult  # already protected against the firm's earlier releases
    parsed: ParsedSurvey
    counts: dict[NeedKey, int]  # every need count after the import
    updated_needs: dict[NeedKey, int]
    plan_outdated: bool


@dataclass(frozen=True)
class SurveyImport:
    result: SurveyResult
    parsed: ParsedSurvey
    updated_needs: dict[NeedKey, int]  # the counts the import changed, with their new value
    plan_outdated: bool = False  # the firm's saved plan was made for the old counts


def decode(data: bytes) -> tuple[str, str]:
    """Text and encoding name; UTF-8 first (a BOM is dropped), then Windows-1252."""
    if b"\x00" in data:
        raise SurveyFileError(MSG_NOT_TEXT)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise SurveyFileError(MSG_NOT_TEXT)


def parse_csv(data: bytes, step: Step | None = None) -> ParsedSurvey:
    """Validate every row; raise ``SurveyFileError`` when the file as a whole is unusable.

    ``step(line, lines)`` is called every ``STEP_ROWS`` rows (``lines`` counts the
    line breaks, so it is an estimate when a quoted cell holds one)."""
    text, encoding = decode(data)
    lines = max(text.count("\n"), 1)
    first_line = text.split("\n", 1)[0]
    if not first_line.strip():
        raise SurveyFileError(MSG_EMPTY)
    # The header holds known ids with no separator inside, so counting is reliable.
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    parsed = ParsedSurvey(encoding=encoding, delimiter=delimiter)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
        issues = check_header(header)
        if issues:
            raise SurveyFileError(issues[0].message, *issues[0].args, issues=issues)
        for cells in reader:
            if step is not None and reader.line_num % STEP_ROWS == 0:
                step(min(reader.line_num, lines), lines)
            if not any(cell.strip() for cell in cells):
                parsed.blank_rows += 1  # Excel leaves ";;;;" lines behind
                continue
            answers = parse_row(header, cells, reader.line_num)
            if isinstance(answers, RowIssue):
                parsed.rejected.append(answers)
            else:
                parsed.responses.append(answers)
    except csv.Error as error:
        raise SurveyFileError(MSG_BAD_CSV, str(reader.line_num)) from error
    if not parsed.responses and not parsed.rejected:
        raise SurveyFileError(MSG_NO_ANSWERS)
    return parsed


def read_file(path: Path) -> bytes:
    """The file's bytes, refusing it before reading when it is too large."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise SurveyFileError(MSG_TOO_LARGE, str(MAX_BYTES // (1024 * 1024)))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)  # the file may grow after stat()
    except OSError as error:
        raise SurveyFileError(MSG_UNREADABLE, error.strerror or str(error)) from error
    if len(data) > MAX_BYTES:
        raise SurveyFileError(MSG_TOO_LARGE, str(MAX_BYTES // (1024 * 1024)))
    return data


def _counting(responses: list[Answers], step: Step | None) -> Iterable[Answers]:
    """The responses, telling ``step`` how many were counted (the second half of the work)."""
    if step is None:
        return responses
    total = len(responses)

    def each() -> Iterator[Answers]:
        for number, answers in enumerate(responses):
            if number % STEP_ROWS == 0:
                step(total + number, 2 * total)
            yield answers
        step(2 * total, 2 * total)

    return each()


def template_bytes() -> bytes:
    """The empty template: the Italian header only (``d01_figli_0_2`` …, numbered as the
    paper questionnaire), UTF-8 with BOM and ``;`` for Excel (written by the shared,
    formula-safe CSV writer like every CSV export)."""
    return safe_csv_bytes([TEMPLATE_COLUMNS], delimiter=TEMPLATE_DELIMITER)


class SurveyService:
    def __init__(
        self,
        firms: FirmService,
        threshold: Callable[[], int] | int = DEFAULT_THRESHOLD,
        guard: ReleaseGuard | None = None,
    ):
        self._firms = firms
        self._threshold = threshold
        self._guard = guard  # differencing protection against earlier releases

    @property
    def threshold(self) -> int:
        value = self._threshold() if callable(self._threshold) else self._threshold
        return max(int(value), DEFAULT_THRESHOLD)  # a setting may raise it, never lower it

    def export_template(self, path: Path) -> Path:
        write_bytes_atomic(path, template_bytes())
        return path

    def export_questionnaire(self, firm_id: int, path: Path, tr: Translate) -> Path:
        """The blank one-page questionnaire PDF, in ``tr``'s language."""
        from wat_desktop.reports.questionnaire_pdf import build_questionnaire

        firm = self._firms.load(firm_id)
        write_bytes_atomic(path, build_questionnaire(firm.name, self.threshold, tr))
        return path

    def check_file(self, path: Path) -> ParsedSurvey:
        """Read and validate without storing anything (the GUI's preview)."""
        return parse_csv(read_file(path))

    def import_file(self, firm_id: int, path: Path, accept_valid: bool = False) -> SurveyImport:
        """Store the published survey in the firm and set its need counts from the
        published table (``domain/survey/after_import``: published figures, else the
        least each count can be; a withheld question keeps the firm's own figure).

        Raises ``SurveyFileError`` or, when some rows are bad and ``accept_valid``
        is false, ``RejectedRowsError``; in both cases nothing is changed.
        """
        return self.apply_import(self.prepare_import(self._firms.load(firm_id), path, accept_valid))

    def prepare_import(
        self, firm: Firm, path: Path, accept_valid: bool = False, step: Step | None = None
    ) -> PreparedImport:
        """Everything of ``import_file`` but storing: read, validate, count, suppress.

        ``firm`` is the firm as loaded (it is not changed); the work reads the file and
        the release ledger, never the database, so it may run in a worker thread.
        ``step(done, total)`` follows the rows read and then counted; an exception it
        raises stops the import with nothing changed. Raises as ``import_file``.
        """
        parse_step = None if step is None else (lambda done, total: step(done, 2 * total))
        parsed = parse_csv(read_file(path), parse_step)
        if parsed.rejected and not accept_valid:
            raise RejectedRowsError(parsed)
        if not parsed.responses:
            raise SurveyFileError(MSG_NO_ANSWERS)
        if len(parsed.responses) < self.threshold:
            # Nothing could be shown but how many answered, and that number, compared with
            # an earlier survey of the firm, can say how a small group changed (a "yes" cell
            # of 3 or 4 among 7 answers, then 2 answers in all): so nothing is stored.
            raise SurveyFileError(MSG_TOO_FEW, str(self.threshold))
        firm = copy.deepcopy(firm)  # the caller's copy stays as it is until it is stored
        headcount = firm.profile.headcount.total
        if headcount and len(parsed.responses) > headcount:
            # One anonymous form per employee: more forms than staff is the wrong file.
            raise SurveyFileError(MSG_MORE_THAN_STAFF, str(len(parsed.responses)), str(headcount))
        tally = aggregate(_counting(parsed.responses, step))
        result = publish(
            tally,
            headcount=headcount,
            threshold=self.threshold,
            imported_on=date.today().isoformat(),
        )
        if self._guard is not None:
            result = self._guard.protected(firm, tally, result)
        counts = counts_after_import(result, firm.needs)
        updated = {key: n for key, n in counts.items() if n != firm.need(key)}
        # A plan chosen for the old counts is out of date until it changes (not kept
        # in the release ledger: it is not part of the published table).
        outdated = plan_predates_survey(firm) or bool(
            updated and plan_fingerprint(firm.selected_offers)
        )
        if outdated:
            result.plan_at_import = plan_fingerprint(firm.selected_offers)
        return PreparedImport(firm, result, parsed, counts, updated, outdated)

    def apply_import(self, prepared: PreparedImport) -> SurveyImport:
        """Record the release in the ledger, then store the survey and the counts in the
        firm (a crash between the two leaves an extra constraint, never a missing one).
        Raises ``EditConflictError`` when another writer saved the firm meanwhile."""
        firm, result = prepared.firm, prepared.result
        if self._guard is not None:
            self._guard.record(firm, result)
        firm.survey = result.to_dict()
        firm.needs = dict(prepared.counts)
        self._firms.save(firm)
        return SurveyImport(result, prepared.parsed, prepared.updated_needs, prepared.plan_outdated)

    def result(self, firm: Firm) -> SurveyResult | None:
        return SurveyResult.from_dict(firm.survey)
