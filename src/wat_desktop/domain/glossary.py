"""Plain-language explanations of the legal terms the wizard uses (tooltips)."""

from __future__ import annotations

from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP

CONTEXT = "Glossary"


class Term(StrEnum):
    CCNL = "ccnl"
    RSU = "rsu"
    PRODUCTIVITY_BONUS = "productivity_bonus"
    FRINGE_BENEFIT = "fringe_benefit"
    LETT_F = "lett_f"
    ATECO = "ateco"
    WELFARE_REGULATION = "welfare_regulation"


GLOSSARY: dict[Term, str] = {
    Term.CCNL: QT_TRANSLATE_NOOP(
        "Glossary",
        "CCNL: the national collective labour agreement your firm applies (you find it on "
        "the payslip). Some CCNLs oblige the firm to give welfare every year, such as "
        "flexible benefits or a health fund.",
    ),
    Term.RSU: QT_TRANSLATE_NOOP(
        "Glossary",
        "RSU or RSA: the workers' union representatives inside the firm. With them you can "
        "sign a company agreement; without them you can adopt the territorial agreement of "
        "your employers' association.",
    ),
    Term.PRODUCTIVITY_BONUS: QT_TRANSLATE_NOOP(
        "Glossary",
        "Premio di risultato: a bonus tied to measurable gains in productivity, set by a "
        "company or territorial agreement. Paid in cash it has a reduced tax; if the "
        "agreement allows it, employees can take it as welfare, free of tax and contributions.",
    ),
    Term.FRINGE_BENEFIT: QT_TRANSLATE_NOOP(
        "Glossary",
        "Fringe benefit: goods, services or vouchers given to employees. They are tax-free "
        "only up to a yearly ceiling; above it, the whole amount is taxed, not just the excess.",
    ),
    Term.LETT_F: QT_TRANSLATE_NOOP(
        "Glossary",
        "Art. 51, paragraph 2, letter f of the income tax code (TUIR): services for education, "
        "recreation, social and health care offered to all staff or to whole categories. "
        "They are tax-free with no ceiling, but only in kind, never as cash.",
    ),
    Term.ATECO: QT_TRANSLATE_NOOP(
        "Glossary",
        "ATECO: ISTAT's classification of economic activities. Your code is on the chamber "
        "of commerce certificate (visura camerale).",
    ),
    Term.WELFARE_REGULATION: QT_TRANSLATE_NOOP(
        "Glossary",
        "A voluntary plan the firm can revoke is deductible only up to 5 per mille of labour "
        "costs; a binding regulation or an agreement makes welfare fully deductible.",
    ),
}
