"""Each step's page is built the first time it is shown: the window opens with the
first step only, yet a page built later fills in the open firm, saves what is typed,
and keeps the keyboard order of a page built with the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from tests.ui.wizard_steps import type_into
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.steps import StepId


def _built_steps(window) -> set[int]:
    placeholders = {
        step
        for step in range(window.pages.count())
        if window.pages.widget(step).objectName().startswith("step_placeholder_")
    }
    return set(range(window.pages.count())) - placeholders


def test_only_the_step_shown_is_built_and_a_late_page_shows_the_firm(open_window) -> None:
    window = open_window()
    window.open_demo()
    assert _built_steps(window) == {int(StepId.PROFILE)}  # where a start opens
    assert window.pages.count() == len(StepId)  # the stack index is still the step
    demo = window.session.firm
    window.navigator.setCurrentRow(int(StepId.NEEDS))  # a click on step 3
    assert _built_steps(window) == {int(StepId.PROFILE), int(StepId.NEEDS)}
    page = window.pages.currentWidget()
    assert page is window.needs_page and window.pages.currentIndex() == StepId.NEEDS
    shown = {key: spin.value() for key, spin in page.spins.items()}
    assert shown == {key: demo.needs.get(key, 0) for key in page.spins}
    assert any(shown.values())  # the demo firm's answers, not an empty form


def test_typing_on_a_page_built_late_is_saved_and_found_after_a_restart(
    qtbot, open_window, dialogs
) -> None:
    window = open_window()
    dialogs.texts.append("Falegnameria Rossi S.n.c.")
    window.new_firm()
    window.go_to_step(StepId.NEEDS)
    window.needs_page.spins[NeedKey.TRAINING].setValue(7)
    window.go_to_step(StepId.PROFILE)
    type_into(qtbot, window.profile_page.municipality, "Pinerolo")

    again = open_window()  # closed and opened again, on the same data folder
    assert again.session.firm.needs[NeedKey.TRAINING] == 7
    assert again.session.firm.profile.municipality == "Pinerolo"
    again.go_to_step(StepId.NEEDS)  # built now, after the restart
    assert again.needs_page.spins[NeedKey.TRAINING].value() == 7
    assert again.profile_page.municipality.text() == "Pinerolo"


def _next_stops(start: QWidget, count: int) -> list[QWidget]:
    """The next ``count`` widgets Tab would reach from ``start`` (visible, enabled)."""
    stops, widget = [], start.nextInFocusChain()
    for _ in range(5000):
        if len(stops) == count or widget is start:
            break
        usable = widget.isVisible() and widget.isEnabled()
        if usable and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.isWindow():
            proxy = widget.focusProxy()
            if proxy is None or not proxy.isAncestorOf(widget):  # a box's own line edit
                stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def test_from_the_steps_tab_walks_a_page_built_late_then_goes_on(open_window, dialogs) -> None:
    """Tab from the list of steps goes through every input of the page, in the page's
    own order, before anything else of the window: as for a page built with it."""
    window = open_window()
    dialogs.texts.append("Alfa S.r.l.")
    window.new_firm()
    window.resize(1400, 800)  # the help panel beside the page
    # The help text is meant to be reached with Tab after the page (its own setup
    # leaves it to the mouse for now): make it a stop, so the order shows.
    window.help_panel.text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    for step in (StepId.BUDGET, StepId.WORKFORCE):  # built in this order, out of order
        window.go_to_step(step)
        page = window.pages.currentWidget()
        stops = _next_stops(window.navigator, 300)
        inside = [w for w in stops if page.isAncestorOf(w)]
        assert len(inside) >= 3, step
        assert stops[: len(inside)] == inside, step  # first, and all together
        assert stops[len(inside)] is window.help_panel.text, step  # then the help


def test_the_dossier_step_fits_a_laptop_at_125_percent(open_window, qtbot) -> None:
    """1366×768 at 125%: about 580 px of height for the window. The dossier page with
    its preview scrolls instead of making the window taller."""
    window = open_window()
    window.open_demo()
    window.go_to_step(StepId.DOSSIER)
    page = window.dossier_page
    assert page.preview.height() > 400  # the preview keeps its size…
    assert page.minimumSizeHint().height() < 200  # …and the page scrolls it
    assert window.minimumSizeHint().height() <= 580
    window.resize(1093, 580)
    qtbot.waitUntil(lambda: window.height() <= 580)
    assert page.height() < page.preview.height() + 100  # the page is cut: it scrolls
