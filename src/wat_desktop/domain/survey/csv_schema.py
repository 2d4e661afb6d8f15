"""The survey CSV: one row per anonymous respondent, one column per question.

The header names every question once, in any order, either by its Italian column
name (what the template writes: ``d01_figli_0_2`` … ``d15_orario_flessibile``,
numbered as on the paper questionnaire, so whoever types in the forms in Excel
sees which question a column is) or by its question id (``children_0_2`` …
``time_flexibility``, the ``NeedKey`` values the template had until 0.x and
files made from it still carry). Every question must be present and no other
column is allowed, so a file with names or comments in it is refused rather
than stored. Cells hold coarse bands only. ``schema_text()`` is the readable
schema in ``docs/schemas/survey-answers-csv.md``.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cache

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.questions import QUESTION_BY_KEY, QUESTIONS, Band

CONTEXT = "SurveyCsv"

# The question ids, as earlier templates wrote them (still accepted).
COLUMNS: tuple[str, ...] = tuple(q.key.value for q in QUESTIONS)

# The template's Italian column names, numbered as the paper questionnaire's questions.
HEADERS: dict[NeedKey, str] = {
    NeedKey.CHILDREN_0_2: "d01_figli_0_2",
    NeedKey.CHILDREN_3_5: "d02_figli_3_5",
    NeedKey.CHILDREN_6_10: "d03_figli_6_10",
    NeedKey.CHILDREN_11_14: "d04_figli_11_14",
    NeedKey.CHILDREN_15_18: "d05_figli_15_18",
    NeedKey.CAREGIVERS_ELDERLY: "d06_familiare_anziano",
    NeedKey.CAREGIVERS_DISABLED: "d07_familiare_disabile",
    NeedKey.HEALTH_PREVENTION: "d08_salute_prevenzione",
    NeedKey.PSYCHOLOGICAL_SUPPORT: "d09_supporto_psicologico",
    NeedKey.ECONOMIC_BILLS: "d10_bollette",
    NeedKey.ECONOMIC_RENT: "d11_affitto",
    NeedKey.ECONOMIC_MORTGAGE: "d12_mutuo",
    NeedKey.COMMUTING: "d13_tragitto_casa_lavoro",
    NeedKey.TRAINING: "d14_formazione",
    NeedKey.TIME_FLEXIBILITY: "d15_orario_flessibile",
}
TEMPLATE_COLUMNS: tuple[str, ...] = tuple(HEADERS[q.key] for q in QUESTIONS)
# Every accepted column name (lower case) and its question.
QUESTION_OF_COLUMN: dict[str, NeedKey] = {
    **{q.key.value: q.key for q in QUESTIONS},
    **{HEADERS[q.key]: q.key for q in QUESTIONS},
}

# Spellings people type in Excel, Italian and English, mapped to the bands.
_YES_NO: dict[str, Band] = {
    "yes": Band.YES,
    "y": Band.YES,
    "si": Band.YES,
    "sì": Band.YES,
    "s": Band.YES,
    "1": Band.YES,
    "no": Band.NO,
    "n": Band.NO,
    "0": Band.NO,
    "": Band.BLANK,
}
_CHILDREN: dict[str, Band] = {
    "0": Band.NONE,
    "1": Band.ONE,
    "2": Band.TWO,
    "3+": Band.THREE_PLUS,
    "3": Band.THREE_PLUS,
    ">=3": Band.THREE_PLUS,
    "": Band.BLANK,
}

MSG_MISSING_COLUMNS = QT_TRANSLATE_NOOP("SurveyCsv", "Missing columns: %1.")
MSG_UNKNOWN_COLUMNS = QT_TRANSLATE_NOOP(
    "SurveyCsv", "Unknown columns: %1. The file may hold more than anonymous answers."
)
MSG_DUPLICATE_COLUMNS = QT_TRANSLATE_NOOP("SurveyCsv", "Repeated columns: %1.")
MSG_CELL_COUNT = QT_TRANSLATE_NOOP("SurveyCsv", "%1 cells instead of %2.")
MSG_BAD_YES_NO = QT_TRANSLATE_NOOP("SurveyCsv", 'Column %1: "%2" is not yes, no or empty.')
MSG_BAD_CHILDREN = QT_TRANSLATE_NOOP("SurveyCsv", 'Column %1: "%2" is not 0, 1, 2, 3+ or empty.')


@dataclass(frozen=True)
class RowIssue:
    """One rejected row: ``line`` is the line number in the file (header is 1)."""

    line: int
    message: str  # untranslated source, context "SurveyCsv"
    args: tuple[str, ...] = ()


Answers = dict[NeedKey, Band]


def check_header(header: list[str]) -> list[RowIssue]:
    """Problems with the header row (line 1); an empty list means it is usable."""
    names = [name.strip().lower() for name in header]
    issues: list[RowIssue] = []
    # Counter, not list.count: a hostile header of 150,000 cells took 868 s (quadratic).
    counts = Counter(names)
    asked = Counter(QUESTION_OF_COLUMN[n] for n in names if n in QUESTION_OF_COLUMN)
    repeated = sorted(
        n for n, count in counts.items() if count > 1 or asked.get(QUESTION_OF_COLUMN.get(n), 0) > 1
    )
    if repeated:
        issues.append(RowIssue(1, MSG_DUPLICATE_COLUMNS, (_listed(repeated),)))
    # Missing columns are named as the file names the others: the old ids, or Italian.
    old_ids = any(n in COLUMNS for n in counts) and not any(n in TEMPLATE_COLUMNS for n in counts)
    missing = [key.value if old_ids else HEADERS[key] for key in HEADERS if key not in asked]
    if missing:
        issues.append(RowIssue(1, MSG_MISSING_COLUMNS, (", ".join(missing),)))
    unknown = [n for n in counts if n not in QUESTION_OF_COLUMN]
    if unknown:
        issues.append(RowIssue(1, MSG_UNKNOWN_COLUMNS, (_listed(unknown),)))
    return issues


def _listed(names: list[str], limit: int = 10) -> str:
    """At most ``limit`` shortened names: a message must stay readable."""
    shown = ", ".join(_shorten(n) for n in names[:limit])
    return shown + (", …" if len(names) > limit else "")


@cache
def _column_specs(header: tuple[str, ...]) -> tuple[tuple[NeedKey, dict[str, Band], str], ...]:
    """Per column: its question, the spellings it accepts and its error message."""
    specs = []
    for name in header:
        key = QUESTION_OF_COLUMN[name.strip().lower()]
        if QUESTION_BY_KEY[key].counts_children:
            specs.append((key, _CHILDREN, MSG_BAD_CHILDREN))
        else:
            specs.append((key, _YES_NO, MSG_BAD_YES_NO))
    return tuple(specs)


def parse_row(header: list[str], cells: list[str], line: int) -> Answers | RowIssue:
    """One respondent's answers, or the first problem found in the row.

    ``header`` must have passed ``check_header``.
    """
    if len(cells) != len(header):
        return RowIssue(line, MSG_CELL_COUNT, (str(len(cells)), str(len(header))))
    answers: Answers = {}
    specs = _column_specs(tuple(header))
    for (key, spellings, message), name, raw in zip(specs, header, cells, strict=True):
        band = spellings.get(raw.strip().lower())
        if band is None:  # the column as the file names it
            return RowIssue(line, message, (_shorten(name.strip()), _shorten(raw.strip())))
        answers[key] = band
    return answers


def _shorten(text: str, limit: int = 30) -> str:
    """Echo at most a little of a bad cell: a report must not copy free text around."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def schema_text() -> str:
    """The readable schema of the answers CSV (``docs/schemas/survey-answers-csv.md``)."""
    lines = [
        "# Survey answers CSV, version 1",
        "",
        "Generated from `src/wat_desktop/domain/survey/csv_schema.py`"
        " (`python -m wat_desktop.domain.survey.csv_schema`): do not edit by hand.",
        "",
        "- One header row, then one row per anonymous paper form; no other rows.",
        "- Encoding UTF-8 (with or without BOM) or Windows-1252; separator `;` or `,`.",
        "- Every question exactly once, in any order, named by its column name (what",
        "  `wat-desktop survey template` writes) or by its question id (the header of",
        "  earlier templates); upper or lower case. Any other column makes the whole file",
        "  invalid, so a file with names or comments in it is refused.",
        f"- Yes/no questions: {_spellings(Band.YES, _YES_NO)} for yes,",
        f"  {_spellings(Band.NO, _YES_NO)} for no, or empty (no answer).",
        f"- Children questions: {_spellings(Band.NONE, _CHILDREN)}, "
        f"{_spellings(Band.ONE, _CHILDREN)}, {_spellings(Band.TWO, _CHILDREN)},",
        f"  {_spellings(Band.THREE_PLUS, _CHILDREN)} (counted as 3 children), or empty.",
        "",
        "| # | Column name | Question id (also accepted) | Question | Answers |",
        "|---|---|---|---|---|",
    ]
    for number, question in enumerate(QUESTIONS, 1):
        answers = "0, 1, 2, 3+, empty" if question.counts_children else "sì, no, empty"
        lines.append(
            f"| {number} | `{HEADERS[question.key]}` | `{question.key.value}` "
            f"| {question.text} | {answers} |"
        )
    return "\n".join(lines) + "\n"


def _spellings(band: Band, spellings: dict[str, Band]) -> str:
    return "/".join(f"`{text}`" for text, b in spellings.items() if b is band)


if __name__ == "__main__":
    print(schema_text(), end="")
