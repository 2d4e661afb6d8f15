"""The short plain-language explanation beside each step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from wat_desktop.domain.steps import HELP_CONTEXT, STEP_HELP, StepId
from wat_desktop.ui.domain_text import step_title


class HelpPanel(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.setMaximumWidth(300)
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Reachable with Tab so screen-reader users hear the help too.
        # (setTextInteractionFlags resets the focus policy, so it comes first.)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Help"))

    def show_step(self, step: StepId) -> None:
        self.title.setText(self.tr("Help: %1").replace("%1", step_title(step)))
        self.text.setText(QCoreApplication.translate(HELP_CONTEXT, STEP_HELP[step]))
        self.text.setAccessibleName(self.text.text())
