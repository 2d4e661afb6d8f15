"""The dossier's economics, from the same domain functions as the plan page and the
CLI: ``plan_figures`` (cost, value, fees, salary, fringe check), ``plan_funding``
(the CCNL's welfare and the bonus expected as welfare) and the rules engine.

When no year file can be loaded the rows say "not computed" rather than show a
guess.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from wat_desktop.domain.firm import Firm, is_binding
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.plan.figures import PlanFigures
from wat_desktop.domain.plan.funding import plan_funding
from wat_desktop.domain.rules import (
    DISCLAIMER,
    ROUNDING_RULE,
    Citation,
    TaxYearError,
    deductibility,
    load_tax_year,
    productivity_bonus,
    salary_vs_welfare,
    to_cents,
)
from wat_desktop.domain.rules.ccnl_floor import CcnlObligation
from wat_desktop.domain.rules.fringe import FRINGE_MESSAGES
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_model import Economics, MoneyRow, SourceRow

EXAMPLE_BONUS = Decimal(1000)
EXAMPLE_RAL = Decimal(28000)


@dataclass(frozen=True)
class EconomicsResult:
    economics: Economics
    firm_cost_cents: int
    value_to_employees_cents: int | None
    salary_net_cents: int | None
    sources: tuple[SourceRow, ...]
    year_label: str


def _cents(value: Decimal) -> int:
    return to_cents(value)


def _totals(figures: PlanFigures, tr: Translate) -> tuple[MoneyRow, ...]:
    return (
        MoneyRow(
            tr.translate("Dossier", "Cost to the firm"),
            figures.cost_cents,
            tr.translate(
                "Dossier",
                "Services at the prices paid now, plus the network membership fees and the "
                "10% solidarity contribution where due",
            ),
        ),
        MoneyRow(
            tr.translate("Dossier", "Value to employees"),
            figures.value_cents,
            tr.translate("Dossier", "Services received free of tax and contributions"),
        ),
        MoneyRow(
            tr.translate("Dossier", "The same money as salary (net to employees)"),
            figures.salary_net_cents,
            fill(
                tr.translate(
                    "Dossier",
                    "Cost paid as gross salary instead, net of tax and contributions at a "
                    "gross annual salary of %1",
                ),
                format_money(EXAMPLE_RAL, tr.language, cents=False),
            ),
        ),
    )


def _bonus_rows(firm: Firm, year: int, tr: Translate) -> tuple[tuple[MoneyRow, ...], list]:
    budget = firm.budget
    headcount = firm.profile.headcount.total
    if budget.productivity_bonus_cents > 0 and headcount:
        per_head = Decimal(budget.productivity_bonus_cents) / 100 / headcount
        result = productivity_bonus(year, EXAMPLE_RAL, per_head)
        label = tr.translate("Dossier", "Productivity bonus of the firm")
        amount, times = budget.productivity_bonus_cents, headcount
    else:
        result = productivity_bonus(year, EXAMPLE_RAL, EXAMPLE_BONUS)
        label = tr.translate("Dossier", "Example: 1,000 \u20ac of productivity bonus")
        amount, times = 100000, 1
    rate = f"{(result.rate * 100).normalize():f}%"
    rows = [
        MoneyRow(label, amount, tr.translate("Dossier", "Gross, per year")),
        MoneyRow(
            tr.translate("Dossier", "Paid in cash: net to employees"),
            _cents(result.cash.employee_value) * times,
            fill(tr.translate("Dossier", "%1 substitute tax and employee contributions"), rate),
        ),
        MoneyRow(
            tr.translate("Dossier", "Converted into welfare: value to employees"),
            _cents(result.welfare.employee_value) * times,
            tr.translate("Dossier", "No tax and no contributions (L. 208/2015 c.184)"),
        ),
    ]
    funding = plan_funding(firm, year)
    if funding.bonus_welfare_cents:
        rows += [
            MoneyRow(
                fill(
                    tr.translate("Dossier", "Expected to be taken as welfare (%1%)"),
                    funding.bonus_percent,
                ),
                funding.bonus_welfare_cents,
                tr.translate(
                    "Dossier",
                    "Reaches employees whole; they may spend it on the plan's services too",
                ),
            ),
            MoneyRow(
                tr.translate("Dossier", "Employer contributions saved on that share"),
                funding.contributions_saved_cents,
                tr.translate("Dossier", "Compared with paying the same share of the bonus in cash"),
            ),
        ]
    return tuple(rows), list(result.citations)


def _ccnl_rows(obligations: tuple[CcnlObligation, ...], tr: Translate) -> tuple[MoneyRow, ...]:
    rows = []
    for o in obligations:
        people = o.headcount  # a plain name: pyside6-lupdate skips a count like o.headcount
        who = fill(
            tr.translate("Dossier", "%1 \u00d7 %2"),
            tr.translate("Dossier", "%n employees", None, people),
            format_money(o.per_employee_cost, tr.language),
        )
        label = _obligation_label(tr("CcnlObligation", o.label), o.name_in(tr.language))
        rows.append(MoneyRow(f"{label} ({who})", o.firm_cost_cents, o.citation.ref_in(tr.language)))
    return tuple(rows)


def _ccnl_note(obligations: tuple[CcnlObligation, ...], tr: Translate) -> str:
    """Who the CCNL's items leave out (executives have a contract of their own)."""
    left_out = max((o.left_out for o in obligations), default=0)
    if not left_out:
        return ""
    return tr.translate(
        "Dossier",
        "The CCNL's welfare is due for blue-collar and white-collar workers and middle "
        "managers: %n executives are under a contract and a fund of their own.",
        None,
        left_out,
    )


def _obligation_label(kind: str, name: str) -> str:
    return name if name.lower().startswith(kind.lower()) else f"{kind}: {name}"


def _sources(citations: list[Citation], tr: Translate) -> tuple[SourceRow, ...]:
    seen: dict[str, Citation] = {}
    for citation in citations:
        seen.setdefault(citation.key, citation)
    assumption = tr.translate("Dossier", "[assumption]")
    return tuple(
        SourceRow(
            c.key,
            c.ref_in(tr.language),
            f"{c.source_in(tr.language)} {assumption}".strip()
            if c.assumption
            else c.source_in(tr.language),
        )
        for c in sorted(seen.values(), key=lambda c: c.key)
    )


def _fringe_note(figures: PlanFigures, tr: Translate) -> str:
    """Per employee who receives the benefits, as the plan page checks it: the worst
    case of one user taking every fringe-benefit line, not a workforce average."""
    fringe = figures.fringe
    if fringe is None:
        return tr.translate(
            "Dossier", "No offer of the plan counts toward the fringe-benefit ceiling."
        )
    return fill(
        tr.translate(
            "Dossier",
            "Fringe benefits per employee who receives them: up to %1 against a ceiling "
            "of %2 (%3 with dependent children). %4",
        ),
        format_money(fringe.per_user_cents, tr.language),
        format_money(fringe.ceiling_cents, tr.language),
        format_money(fringe.ceiling_with_children_cents, tr.language),
        tr("Rules", FRINGE_MESSAGES[fringe.status]),
    )


def _unavailable(tr: Translate, total_cents: int) -> EconomicsResult:
    why = tr.translate("Dossier", "No tax-year file available")
    rows = (
        MoneyRow(tr.translate("Dossier", "Cost to the firm"), total_cents),
        MoneyRow(tr.translate("Dossier", "Value to employees"), None, why),
        MoneyRow(tr.translate("Dossier", "The same money as salary (net to employees)"), None, why),
    )
    return EconomicsResult(
        Economics(None, rows, (), (), (), caveats=(tr("Rules", DISCLAIMER),)),
        total_cents,
        None,
        None,
        (),
        tr.translate("Dossier", "none"),
    )


def build_economics(
    firm: Firm, figures: PlanFigures | None, services_cents: int, tr: Translate
) -> EconomicsResult:
    """Cost, value, salary comparison, bonus, CCNL floor, notes and their sources.

    ``figures`` is None when no tax-year file could be loaded; ``services_cents`` is
    then the plan's cost without the rules engine."""
    if figures is None or firm.profile.headcount.total == 0:
        return _unavailable(tr, figures.cost_cents if figures else services_cents)
    year = figures.year
    try:
        ty = load_tax_year(year)
        funding = plan_funding(firm, year)
        bonus, bonus_citations = _bonus_rows(firm, year, tr)
        deduction = deductibility(
            is_binding(firm.profile.welfare_regulation), Decimal(0), Decimal(0), year
        )
        payroll = salary_vs_welfare(year, EXAMPLE_RAL, EXAMPLE_BONUS).citations
    except TaxYearError:
        return _unavailable(tr, figures.cost_cents)
    ccnl = _ccnl_rows(funding.ccnl, tr)
    fringe = ty.fringe
    notes = (_fringe_note(figures, tr), tr("Rules", deduction.message))
    caveats = (tr("Rules", ROUNDING_RULE), tr("Rules", DISCLAIMER))
    solidarity_used = figures.solidarity_cents or any(o.solidarity for o in funding.ccnl)
    citations = [
        *payroll,
        *bonus_citations,
        *(o.citation for o in funding.ccnl),
        *([ty.solidarity_rate.citation] if solidarity_used else []),
        fringe.ceiling_general.citation,
        fringe.ceiling_with_children.citation,
        fringe.cliff_citation,
        fringe.derogation_citation,
        deduction.citation,
    ]
    # The year file's own status says whether the law was final (e.g. a budget
    # law still before Parliament); it is data, quoted as written.
    status = ty.status_in(tr.language)
    return EconomicsResult(
        Economics(
            year,
            _totals(figures, tr),
            bonus,
            ccnl,
            notes,
            status,
            _ccnl_note(funding.ccnl, tr),
            caveats,
        ),
        figures.cost_cents,
        figures.value_cents,
        figures.salary_net_cents,
        _sources(citations, tr),
        fill(tr.translate("Dossier", "%1 (%2)"), year, status),
    )
