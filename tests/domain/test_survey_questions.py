"""The questionnaire asks exactly the need counts, with coarse bands only."""

from wat_desktop.domain.need_counts import NEED_KEYS
from wat_desktop.domain.survey.csv_schema import (
    COLUMNS,
    MSG_BAD_CHILDREN,
    MSG_BAD_YES_NO,
    MSG_CELL_COUNT,
    MSG_MISSING_COLUMNS,
    MSG_UNKNOWN_COLUMNS,
    RowIssue,
    check_header,
    parse_row,
)
from wat_desktop.domain.survey.questions import QUESTIONS, Band


def test_one_question_per_need_count() -> None:
    assert [q.key for q in QUESTIONS] == list(NEED_KEYS)
    assert all(q.bands[-1] is Band.BLANK for q in QUESTIONS)  # "prefer not to answer"


def test_header_must_hold_exactly_the_question_columns() -> None:
    assert check_header(list(COLUMNS)) == []
    assert check_header([c.upper() for c in reversed(COLUMNS)]) == []
    issues = check_header([*COLUMNS[1:], "nome"])
    assert [i.message for i in issues] == [MSG_MISSING_COLUMNS, MSG_UNKNOWN_COLUMNS]
    assert all(i.line == 1 for i in issues)


def test_rows_accept_italian_and_english_spellings() -> None:
    header = ["children_0_2", "training", "commuting", "economic_rent"]
    answers = parse_row(header, ["3", "Sì", "no", ""], 2)
    assert not isinstance(answers, RowIssue)
    assert [answers[k] for k in answers] == [Band.THREE_PLUS, Band.YES, Band.NO, Band.BLANK]


def test_bad_cells_are_reported_with_line_and_column() -> None:
    header = ["children_0_2", "training"]
    bad_child = parse_row(header, ["4 figli", "si"], 7)
    assert bad_child == RowIssue(7, MSG_BAD_CHILDREN, ("children_0_2", "4 figli"))
    bad_yes = parse_row(header, ["0", "forse"], 8)
    assert bad_yes == RowIssue(8, MSG_BAD_YES_NO, ("training", "forse"))
    assert parse_row(header, ["0"], 9) == RowIssue(9, MSG_CELL_COUNT, ("1", "2"))


def test_long_free_text_is_not_echoed_back_whole() -> None:
    issue = parse_row(["training"], ["x" * 500], 2)
    assert isinstance(issue, RowIssue)
    assert len(issue.args[1]) <= 30
