"""Translating the source strings the domain marks (see ``domain/i18n_markers``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_areas import CONTEXT as AREA_CONTEXT
from wat_desktop.domain.need_areas import NEED_AREA_LABELS, NeedArea
from wat_desktop.domain.need_counts import CONTEXT as KEY_CONTEXT
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey
from wat_desktop.domain.steps import CONTEXT as STEP_CONTEXT
from wat_desktop.domain.steps import STEP_TITLES, StepId
from wat_desktop.domain.validation import CONTEXT as VALIDATION_CONTEXT
from wat_desktop.domain.validation import FieldIssue


def translate(context: str, text: str, *args: object) -> str:
    result = QCoreApplication.translate(context, text)
    for index in range(len(args), 0, -1):
        result = result.replace(f"%{index}", str(args[index - 1]))
    return result


def area_label(area: NeedArea) -> str:
    return translate(AREA_CONTEXT, NEED_AREA_LABELS[area])


def need_label(key: NeedKey) -> str:
    return translate(KEY_CONTEXT, NEED_KEYS[key].label)


def step_title(step: StepId) -> str:
    return translate(STEP_CONTEXT, STEP_TITLES[step])


def issue_text(issue: FieldIssue) -> str:
    """Validation messages live in context ``Validation``; step messages in ``Step``."""
    for context in (VALIDATION_CONTEXT, STEP_CONTEXT):
        # Compare before filling the placeholders: "%1" filled in is not a translation.
        if QCoreApplication.translate(context, issue.message) != issue.message:
            return translate(context, issue.message, *issue.args)
    return translate(STEP_CONTEXT, issue.message, *issue.args)


class InstalledTranslate(Translate):
    """The domain's ``Translate`` backed by the translators installed in the app,
    for widgets that show domain text in the interface language."""

    def __call__(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)

    def numerus(self, context: str, text: str, n: int) -> str:
        return QCoreApplication.translate(context, text, None, n)
