"""The main window on a small office laptop (1366×768 at 125%: 1093 px wide) and
before the first firm exists."""

from __future__ import annotations

from wat_desktop.domain.steps import StepId

LAPTOP_WIDTH = 1093


def test_every_step_fits_a_1093_px_wide_laptop(open_window, qtbot) -> None:
    window = open_window()
    window.open_demo()
    for step in StepId:
        window.go_to_step(int(step))
        window.resize(LAPTOP_WIDTH, 600)
        qtbot.waitUntil(lambda: window.width() <= LAPTOP_WIDTH)
        assert window.minimumSizeHint().width() <= LAPTOP_WIDTH, step
        # The help panel folds away; the page keeps at least its own minimum width.
        assert window.help_panel.isHidden()
        page = window.pages.currentWidget()
        assert page.width() >= page.minimumSizeHint().width(), step
    assert window.help_panel_action.isChecked()  # it comes back on a wider window
    window.resize(1400, 800)
    qtbot.waitUntil(lambda: not window.help_panel.isHidden())
    assert window.help_panel.width() >= window.HELP_PANEL_WIDTH - 1
    window.help_panel_action.trigger()  # View > Help panel: off by choice
    assert window.help_panel.isHidden()
    window.resize(1500, 800)
    qtbot.wait(50)
    assert window.help_panel.isHidden()
    window.help_panel_action.trigger()
    assert not window.help_panel.isHidden()


def test_with_no_firm_the_actions_that_need_one_are_off(open_window, dialogs) -> None:
    window = open_window()
    assert window.root_stack.currentWidget() is window.welcome_page
    needs_a_firm = (
        window.portfolio_action,
        window.wizard_action,
        window.survey_action,
        window.export_firm_action,
    )
    assert not any(action.isEnabled() for action in needs_a_firm)
    # What a first user can do is still there.
    assert window.simulator_action.isEnabled() and window.territory_action.isEnabled()
    dialogs.texts.append("Prima Ditta S.r.l.")
    window.new_firm()
    assert all(action.isEnabled() for action in needs_a_firm)
