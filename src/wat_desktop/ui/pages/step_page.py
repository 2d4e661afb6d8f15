"""What every wizard page shares: a heading, a scrolling column of a readable width,
autosave through the session, a guard while loading, and field errors shown as text
next to the field (and given to screen readers)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from wat_desktop.domain.firm import Firm
from wat_desktop.domain.glossary import GLOSSARY, Term
from wat_desktop.domain.steps import StepId, step_issues
from wat_desktop.domain.validation import FieldIssue
from wat_desktop.ui.domain_text import issue_text, step_title
from wat_desktop.ui.firm_session import FirmSession
from wat_desktop.ui.form_helpers import chars_wide, error_label, set_field_description, show_error

READABLE_CHARS = 120  # beyond this a line of text is hard to follow


def term_tip(term: Term) -> str:
    """The plain-language explanation of a legal term, in the UI language."""
    return QCoreApplication.translate("Glossary", GLOSSARY[term])


def heading_label(step: StepId) -> QLabel:
    """The step's number and title ("3. Needs"), larger, at the top of its page."""
    label = QLabel(f"{int(step) + 1}. {step_title(step)}")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    label.setAccessibleName(label.text())
    return label


def build_page(owner: QWidget, step: StepId, intro: str, parts: Iterable[QWidget]) -> QLabel:
    """Lay ``owner`` out as a step page: heading, intro, then ``parts`` in a column
    that scrolls and keeps a readable width on wide screens. Returns the intro label."""
    content = QWidget()
    content.setMaximumWidth(chars_wide(content, READABLE_CHARS))
    column = QVBoxLayout(content)
    column.setContentsMargins(12, 8, 12, 12)
    column.setSpacing(10)
    column.addWidget(heading_label(step))
    intro_label = QLabel(intro)
    intro_label.setWordWrap(True)
    intro_label.setVisible(bool(intro))
    column.addWidget(intro_label)
    status = getattr(owner, "status_label", None)
    if isinstance(status, QWidget):
        column.addWidget(status)
    for part in parts:
        column.addWidget(part)
    column.addStretch(1)
    holder = QWidget()  # keeps the column on the left when the window is wide
    holder_layout = QHBoxLayout(holder)
    holder_layout.setContentsMargins(0, 0, 0, 0)
    holder_layout.addWidget(content, 1)
    holder_layout.addStretch(0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(holder)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(scroll)
    return intro_label


class StepPage(QWidget):
    """Subclasses set ``step``, build widgets, then implement ``load`` and ``issues``.

    Under the heading a status line says what still stops the step from being
    complete (the same rule as the tick in the navigator); red messages next to
    the fields say what is wrong with what was typed, or with a field the user
    has already been to.
    """

    step: StepId

    def __init__(self, session: FirmSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._loading = False
        self.started = False  # the user has changed something on this page
        self.touched: set[str] = set()  # fields the user has changed since the page loaded
        # field name -> (error label, widget whose description carries the error, name)
        self._error_fields: dict[str, tuple[QLabel, QWidget | None, str]] = {}
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # read by screen readers
        session.firm_changed.connect(self._load_guarded)

    def _edit(self, change: Callable[[Firm], None], field: str = "") -> None:
        if not self._loading and self.session.firm is not None:
            self.started = True
            if field:
                self.touched.add(field)
            self.session.edit(change)
            self.show_issues()

    def _load_guarded(self) -> None:
        self._loading = True
        self.started = False
        self.touched.clear()
        try:
            self.load()
        finally:
            self._loading = False
        self.show_issues()

    def load(self) -> None:
        """Put the current firm's answers in the widgets (signals are ignored)."""

    def issues(self, firm: Firm) -> list[FieldIssue]:
        return []

    def error_row(
        self, form: QFormLayout, field: str, widget: QWidget | None, name: str = ""
    ) -> QLabel:
        """An error label under ``widget``, filled when ``field`` has an issue;
        ``name`` is how the status line calls the field (default: its accessible name)."""
        label = error_label()
        label.setMinimumWidth(chars_wide(label, 56))  # wraps into lines, not into a column
        form.addRow("", label)
        self.register_error(field, label, widget, name)
        return label

    def register_error(
        self, field: str, label: QLabel, widget: QWidget | None, name: str = ""
    ) -> None:
        self._error_fields[field] = (label, widget, name)

    def should_show(self, issue: FieldIssue) -> bool:
        """Hook: pages hide "required" errors on fields the user has not reached."""
        return True

    def show_issues(self) -> None:
        firm = self.session.firm
        issues = {issue.field: issue for issue in self.issues(firm)} if firm else {}
        for field, (label, widget, _name) in self._error_fields.items():
            issue = issues.get(field)
            text = issue_text(issue) if issue and self.should_show(issue) else ""
            show_error(label, text)
            if widget is not None:
                # Screen readers announce the description with the field.
                set_field_description(widget, text)
        self._show_status(firm)

    def _show_status(self, firm: Firm | None) -> None:
        if firm is None or not hasattr(self, "step"):
            self.status_label.setText("")
            return
        missing = []
        for issue in step_issues(firm, self.step):
            _label, widget, name = self._error_fields.get(issue.field, (None, None, ""))
            name = name or (widget.accessibleName() if widget is not None else "")
            missing.append(name or issue_text(issue))
        if missing:
            text = self.tr("To complete this step: %1").replace(
                "%1", "; ".join(dict.fromkeys(missing))
            )
        else:
            text = self.tr("✓ Step complete.")
        self.status_label.setText(text)
        self.status_label.setAccessibleName(text)
        # A tinted box, readable on light and dark palettes; the words carry the meaning.
        tint = "rgba(230, 160, 0, 45)" if missing else "rgba(40, 150, 70, 45)"
        style = f"QLabel {{ background: {tint}; border-radius: 3px; padding: 4px 8px; }}"
        if self.status_label.styleSheet() != style:  # setting it re-polishes and lays out (~1 ms)
            self.status_label.setStyleSheet(style)
