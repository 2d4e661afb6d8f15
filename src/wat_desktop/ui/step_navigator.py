"""The list of steps beside the pages, with a tick on the completed ones and a
progress indicator ("Steps completed: 3 of 9")."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.steps import StepId
from wat_desktop.ui.domain_text import step_title

STATE_ROLE = 0x0100 + 2  # spare item data role, read by tests


class StepProgress(QWidget):
    """How many steps are complete: a sentence above a thin bar. The text is not
    drawn inside the bar, where a style may clip it or paint it half over the
    chunk and half over the groove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, len(StepId))
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(max(6, self.label.fontMetrics().height() // 2))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 0, 2, 4)
        layout.setSpacing(3)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.show_done(0)

    def show_done(self, done: int) -> None:
        self.bar.setValue(done)
        text = self.tr("Steps completed: %1 of %2").replace("%1", str(done))
        text = text.replace("%2", str(len(StepId)))
        self.label.setText(text)
        for widget in (self, self.bar):
            widget.setAccessibleName(text)

    def value(self) -> int:
        return self.bar.value()

    def maximum(self) -> int:
        return self.bar.maximum()

    def text(self) -> str:
        return self.label.text()


class StepNavigator(QListWidget):
    step_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Steps"))
        self.progress = StepProgress()
        # A little air between the steps: they are read, not scanned like a table.
        self.setSpacing(2)
        for number, step in enumerate(StepId, start=1):
            self.addItem(QListWidgetItem(f"○ {number}. {step_title(step)}"))
        self.setMaximumWidth(260)
        # Wide enough for the longest title, so no step name is ever cut.
        widest = max(
            self.fontMetrics().horizontalAdvance(self.item(i).text()) for i in range(self.count())
        )
        self.setMinimumWidth(min(260, widest + 32))
        self.currentRowChanged.connect(self.step_chosen.emit)
        self._shown: frozenset[StepId] | None = None

    def show_completed(self, completed: set[StepId]) -> None:
        shown = frozenset(completed)
        if shown == self._shown:
            return  # most edits complete no new step: nothing to redo
        self._shown = shown
        for number, step in enumerate(StepId, start=1):
            done = step in completed
            item = self.item(int(step))
            mark = "✓ " if done else "○ "
            item.setText(f"{mark}{number}. {step_title(step)}")
            state = self.tr("completed") if done else self.tr("to do")
            item.setData(STATE_ROLE, state)
            item.setToolTip(state)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{number}. {step_title(step)}, {state}"
            )
        self.progress.show_done(len(completed))
