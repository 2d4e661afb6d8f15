"""Step 6: the needs profile, ranked and explained, with a chart and the
indicative self-check level."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from wat_desktop.domain.need_areas import WelfareIndexArea
from wat_desktop.domain.needs_profile import (
    LEVEL_THRESHOLDS,
    MIN_AREAS,
    SELF_CHECK_DISCLAIMER,
    AreaScore,
    SelfCheck,
    needs_profile,
    self_check,
)
from wat_desktop.domain.steps import StepId
from wat_desktop.ui.domain_text import area_label, translate
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import note_label
from wat_desktop.ui.needs_chart import NeedsChart
from wat_desktop.ui.pages.step_page import build_page


def reason_text(score: AreaScore) -> str:
    return translate("NeedsProfile", score.reason, *score.args)


class NeedsProfilePage(QWidget):
    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.chart = NeedsChart()
        self.ranking = QLabel()
        self.ranking.setWordWrap(True)
        self.ranking.setTextFormat(Qt.TextFormat.RichText)
        self.ranking.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.ranking.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.ranking.setAccessibleName(self.tr("Needs ranked, with reasons"))
        self.level = QLabel()
        self.level.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        font = self.level.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.level.setFont(font)
        self.level.setWordWrap(True)
        self.level_detail = QLabel()
        self.level_detail.setWordWrap(True)
        self.level_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.level_detail.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by screen readers
        self.level_limit = QLabel()
        self.level_limit.setWordWrap(True)
        self.level_rule = note_label(self._rule_text())
        self.disclaimer = QLabel(QCoreApplication.translate("NeedsProfile", SELF_CHECK_DISCLAIMER))
        self.disclaimer.setWordWrap(True)
        disclaimer_font = self.disclaimer.font()
        disclaimer_font.setItalic(True)
        self.disclaimer.setFont(disclaimer_font)
        self.score_note = note_label(
            self.tr(
                "Score 0-100 = share of employees concerned × relevance (1-5) ÷ 5, minus the "
                "part already reached by your measures."
            )
        )

        chart_box = QGroupBox(self.tr("Your needs, ranked"))
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.score_note)
        level_box = QGroupBox(self.tr("Indicative self-check level"))
        level_layout = QVBoxLayout(level_box)
        for widget in (
            self.level,
            self.disclaimer,
            self.level_limit,
            self.level_detail,
            self.level_rule,
        ):
            level_layout.addWidget(widget)
        reasons_box = QGroupBox(self.tr("Why, need by need"))
        reasons_layout = QVBoxLayout(reasons_box)
        reasons_layout.addWidget(self.ranking)

        build_page(
            self,
            StepId.NEEDS_PROFILE,
            self.tr(
                "Worked out from your answers: nothing to fill in here. The higher a need, "
                "the more a welfare plan should start from it."
            ),
            (chart_box, level_box, reasons_box),
        )
        session.firm_changed.connect(self.refresh)
        session.firm_edited.connect(self.refresh)

    def refresh(self) -> None:
        firm = self.session.firm
        if firm is None:
            self.chart.set_bars([])
            self.ranking.setText("")
            self.level.setText("")
            return
        ranked = needs_profile(firm)
        self.chart.set_bars([(area_label(s.area), s.score) for s in ranked])
        score_word = self.tr("score %1")
        items = "".join(
            f'<li style="margin-bottom: 6px"><b>{escape(area_label(s.area))}</b> — '
            f"{escape(score_word.replace('%1', str(s.score)))}<br>{escape(reason_text(s))}</li>"
            for s in ranked
        )
        self.ranking.setText(f"<ol>{items}</ol>")
        check = self_check(firm)
        self.level.setText(
            self.tr("Indicative level %1 (index %2 of 100, scale 1W to 5W)")
            .replace("%1", check.label)
            .replace("%2", str(check.index))
        )
        self.level.setAccessibleName(self.level.text())
        self.level_limit.setText(self._limit_text(check))
        self.level_limit.setVisible(check.limited_by_breadth)
        self.level_detail.setText(self._detail_text(check))
        self.level_detail.setAccessibleName(self.level_detail.text())

    def _detail_text(self, check: SelfCheck) -> str:
        areas = len(WelfareIndexArea)
        lines = (
            self.tr("Areas with a measure in place: %1 of %2, %3 of 35 points.")
            .replace("%1", str(check.areas))
            .replace("%2", str(areas))
            .replace("%3", str(check.area_points)),
            self.tr("Share of staff those measures reach: %1 of 35 points.").replace(
                "%1", str(check.reach_points)
            ),
            self.tr(
                "Management (binding plan or agreement, convertible bonus, anonymous "
                "survey): %1 of 20 points."
            ).replace("%1", str(check.management)),
            self.tr(
                "Originality, the last 10 points of the Welfare Index PMI method, cannot be "
                "judged by a self-check and is never counted. Only what is already in place "
                "counts: the offers chosen in step 7 do not."
            ),
        )
        return "\n".join(lines)

    def _limit_text(self, check: SelfCheck) -> str:
        if not check.limited_by_breadth:
            return ""
        next_level = check.level + 1
        return (
            self.tr(
                "The index alone would give %1, but the areas with a measure in place (%2 of "
                "%3) stop the level at %4: %5 needs measures in at least %6 areas."
            )
            .replace("%1", f"{check.index_level}W")
            .replace("%2", str(check.areas))
            .replace("%3", str(len(WelfareIndexArea)))
            .replace("%4", check.label)
            .replace("%5", f"{next_level}W")
            .replace("%6", str(MIN_AREAS[next_level]))
        )

    def _rule_text(self) -> str:
        limits = [str(limit) for limit in LEVEL_THRESHOLDS]
        text = self.tr(
            "How the level is set: index up to %1 1W, up to %2 2W, up to %3 3W, up to %4 4W, "
            "above %4 5W. Each level also needs measures in enough areas: 2W at least %5, "
            "3W %6, 4W %7, 5W %8."
        )
        for number, value in enumerate([*limits, *(str(MIN_AREAS[n]) for n in (2, 3, 4, 5))], 1):
            text = text.replace(f"%{number}", value)
        return text
