"""Filling wizard steps through their widgets, as a user would (shared by UI tests)."""

from __future__ import annotations

from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.steps import StepId


def type_into(qtbot, widget, text: str) -> None:
    """Type ASCII text with real key events (non-ASCII keys abort Qt, see PLATFORM-NOTES)."""
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def fill_profile_classification(qtbot, window) -> None:
    """ATECO code, CCNL and territorial area: what step 1 needs besides name, VAT, headcount."""
    page = window.profile_page
    type_into(qtbot, page.ateco, "25.62.00")
    choose(page.ccnl, "metalmeccanici_pmi")
    choose(page.territorial_area, "pinerolo")


def fill_workforce(window, ages=(2, 4, 3, 1), genders=(4, 6, 0)) -> None:
    window.go_to_step(StepId.WORKFORCE)
    page = window.workforce_page
    for name, value in zip(
        ("age_under_30", "age_30_44", "age_45_54", "age_55_plus"), ages, strict=True
    ):
        page.spins[name].setValue(value)
    for name, value in zip(("women", "men", "gender_not_stated"), genders, strict=True):
        page.spins[name].setValue(value)


def fill_relevance(window, rating: int = 3) -> None:
    window.go_to_step(StepId.RELEVANCE)
    for area in NeedArea:
        window.relevance_page.ratings[area].setValue(rating)


def fill_budget(qtbot, window, amount: str = "5000") -> None:
    window.go_to_step(StepId.BUDGET)
    window.budget_page.money["yearly_budget_cents"].clear()
    type_into(qtbot, window.budget_page.money["yearly_budget_cents"], amount)


def tab_stops(page) -> list:
    """The page's inputs in the order Tab reaches them (visible and enabled only)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit

    kinds = (QLineEdit, QAbstractSpinBox, QComboBox, QAbstractButton)
    stops, widget = [], page.nextInFocusChain()
    for _ in range(2000):
        inside = page.isAncestorOf(widget)
        if inside and isinstance(widget, kinds) and widget not in stops:
            usable = widget.isVisibleTo(page) and widget.isEnabled()
            # A spin box's or combo box's own line edit is part of it, not a stop.
            owned = isinstance(widget.parent(), (QAbstractSpinBox, QComboBox))
            if usable and not owned and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget is page:
            break
    return stops


def reads_before(page, first, second, same_row: int = 8) -> bool:
    """Whether ``first`` comes before ``second`` in reading order on ``page``."""
    from PySide6.QtCore import QPoint

    a = first.mapTo(page, QPoint(0, first.height() // 2))
    b = second.mapTo(page, QPoint(0, second.height() // 2))
    if abs(a.y() - b.y()) <= same_row:
        return a.x() < b.x()
    return a.y() < b.y()
