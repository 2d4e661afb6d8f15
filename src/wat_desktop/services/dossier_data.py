"""Builds the dossier's view-model (``reports.dossier_model.DossierData``) from a
firm, the network catalogue and the rules engine. All translation, money
resolution and anonymity suppression happen here; the report only lays it out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wat_desktop import __version__
from wat_desktop.domain.catalogue import Catalogue
from wat_desktop.domain.ccnl import CCNL_NAMES, CcnlId
from wat_desktop.domain.firm import (
    TERRITORIAL_AREA_LABELS,
    WELFARE_REGULATION_LABELS,
    Firm,
    TerritorialArea,
    WelfareRegulation,
)
from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.domain.plan.figures import (
    PlanFigures,
    plan_figures,
    plan_line_figures,
    rules_year,
    solidarity_rate,
)
from wat_desktop.domain.plan.reasons import OVER_BUDGET, render
from wat_desktop.domain.plan.recommendation import plan_year
from wat_desktop.domain.rules import TaxYearError
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_model import (
    Annex,
    Cover,
    Declaration,
    DossierData,
    ProfileGroup,
    SummaryFacts,
    TimelineStep,
)
from wat_desktop.services.dossier_economics import build_economics
from wat_desktop.services.dossier_fingerprint import fingerprint
from wat_desktop.services.dossier_needs import ANONYMITY_THRESHOLD, needs_section, top_needs
from wat_desktop.services.dossier_plan import plan_lines
from wat_desktop.services.dossier_sources import with_labels
from wat_desktop.services.dossier_texts import commitments, timeline


@dataclass(frozen=True)
class DossierOptions:
    issued_on: date
    document_version: str
    threshold: int = ANONYMITY_THRESHOLD


def _yes_no(value: bool, tr: Translate) -> str:
    return tr.translate("Dossier", "Yes") if value else tr.translate("Dossier", "No")


def _ccnl(firm: Firm, tr: Translate) -> str:
    ccnl = firm.profile.ccnl
    if ccnl == CcnlId.OTHER:
        return firm.profile.ccnl_other or tr("Ccnl", CCNL_NAMES[CcnlId.OTHER])
    if ccnl in {c.value for c in CcnlId}:
        return tr("Ccnl", CCNL_NAMES[CcnlId(ccnl)])
    return "\u2014"


def _area(value: str, tr: Translate) -> str:
    if value in {a.value for a in TerritorialArea}:
        return tr("TerritorialArea", TERRITORIAL_AREA_LABELS[TerritorialArea(value)])
    return value


def _categories(firm: Firm, tr: Translate) -> str:
    """Counted nouns ("16 operai, 1 quadro"); empty categories left out."""
    h = firm.profile.headcount
    # Plain names as counts: pyside6-lupdate skips a call whose count is ``h.operai``.
    operai, impiegati, quadri, dirigenti = h.operai, h.impiegati, h.quadri, h.dirigenti
    parts = [
        tr.translate("Dossier", "%n blue-collar workers", None, operai) if operai else "",
        tr.translate("Dossier", "%n white-collar workers", None, impiegati) if impiegati else "",
        tr.translate("Dossier", "%n middle managers", None, quadri) if quadri else "",
        tr.translate("Dossier", "%n executives", None, dirigenti) if dirigenti else "",
    ]
    return ", ".join(part for part in parts if part)


def _contracts(firm: Firm, tr: Translate) -> str:
    h = firm.profile.headcount
    part_time, fixed_term = h.part_time, h.fixed_term
    parts = [
        tr.translate("Dossier", "%n part-time", None, part_time) if part_time else "",
        tr.translate("Dossier", "%n fixed-term", None, fixed_term) if fixed_term else "",
    ]
    shown = ", ".join(part for part in parts if part)
    return shown or tr.translate("Dossier", "all full-time and permanent")


def _bonus(firm: Firm, tr: Translate) -> str:
    budget = firm.budget
    if not firm.profile.productivity_bonus_agreement:
        return tr.translate("Dossier", "No")
    if budget.productivity_bonus_cents <= 0:
        return tr.translate("Dossier", "Yes")
    amount = format_money(budget.productivity_bonus_cents, tr.language)
    if budget.bonus_convertible and budget.bonus_conversion_percent:
        return fill(
            tr.translate("Dossier", "Yes: %1 a year, convertible into welfare (%2% expected)"),
            amount,
            budget.bonus_conversion_percent,
        )
    if budget.bonus_convertible:
        return fill(tr.translate("Dossier", "Yes: %1 a year, convertible into welfare"), amount)
    return fill(tr.translate("Dossier", "Yes: %1 a year, paid in cash"), amount)


def profile_groups(firm: Firm, tr: Translate) -> tuple[ProfileGroup, ...]:
    p = firm.profile
    regulation = (
        WelfareRegulation(p.welfare_regulation)
        if p.welfare_regulation in {r.value for r in WelfareRegulation}
        else WelfareRegulation.NONE
    )
    dash = "\u2014"
    budget = firm.budget.yearly_budget_cents
    return (
        ProfileGroup(
            tr.translate("Dossier", "The company"),
            (
                (tr.translate("Dossier", "Company name"), p.name),
                (tr.translate("Dossier", "Partita IVA"), p.partita_iva or dash),
                (tr.translate("Dossier", "ATECO code"), p.ateco or p.ateco_section or dash),
                (tr.translate("Dossier", "Municipality"), p.municipality or dash),
                (
                    tr.translate("Dossier", "Territorial area"),
                    _area(p.territorial_area, tr) or dash,
                ),
                (tr.translate("Dossier", "Legal representative"), p.legal_representative or dash),
                (
                    tr.translate("Dossier", "Employers' association"),
                    p.employers_association or dash,
                ),
            ),
        ),
        ProfileGroup(
            tr.translate("Dossier", "Staff and industrial relations"),
            (
                (tr.translate("Dossier", "Collective agreement (CCNL)"), _ccnl(firm, tr)),
                (tr.translate("Dossier", "Employees"), str(p.headcount.total)),
                (tr.translate("Dossier", "By category"), _categories(firm, tr) or dash),
                (tr.translate("Dossier", "Contracts"), _contracts(firm, tr)),
                (
                    tr.translate("Dossier", "Union representatives (RSU/RSA)"),
                    _yes_no(p.rsu_present, tr),
                ),
            ),
        ),
        ProfileGroup(
            tr.translate("Dossier", "Company welfare"),
            (
                (
                    tr.translate("Dossier", "Welfare regulation or agreement"),
                    tr("WelfareRegulation", WELFARE_REGULATION_LABELS[regulation]),
                ),
                (tr.translate("Dossier", "Productivity bonus agreement"), _bonus(firm, tr)),
                (
                    tr.translate("Dossier", "Yearly welfare budget"),
                    format_money(budget, tr.language) if budget > 0 else dash,
                ),
            ),
        ),
    )


def dossier_figures(firm: Firm, catalogue: Catalogue, issued_on: date) -> PlanFigures | None:
    """The plan's figures as the plan page computes them, for the plan year as of
    ``issued_on`` (None when no tax-year file can be loaded)."""
    try:
        year = rules_year(plan_year(firm, issued_on))
        return plan_figures(
            firm, catalogue, firm.selected_offers, year, firm.budget.yearly_budget_cents
        )
    except (TaxYearError, ValueError):
        return None


def build_dossier_data(
    firm: Firm, catalogue: Catalogue, tr: Translate, options: DossierOptions
) -> DossierData:
    """Everything the dossier shows for ``firm``, in ``tr``'s language."""
    figures = dossier_figures(firm, catalogue, options.issued_on)
    line_figures = figures.lines if figures else plan_line_figures(catalogue, firm.selected_offers)
    rate = solidarity_rate(figures.year) if figures else None
    lines = plan_lines(line_figures, catalogue, tr, rate)
    year = figures.year if figures else None
    eco = build_economics(firm, figures, sum(line.cost_cents for line in lines), tr)
    needs = needs_section(firm, tr, options.threshold)
    network = catalogue.network
    digest = fingerprint(firm, catalogue, tr.language, options.issued_on, year)
    pooled = tuple(line.title for line in lines if line.pool_active)
    waiting = tuple(
        line.title for line in lines if line.pooled_unit_cents is not None and not line.pool_active
    )

    def money(cents: int) -> str:
        return format_money(cents, tr.language)

    # The plan page's legal warnings (generality, fringe ceiling), not the budget: the
    # dossier goes to the network, the budget is the firm's own business.
    legal = [w for w in figures.warnings if w.template != OVER_BUDGET] if figures else []
    warnings = tuple(render(w, tr, money) for w in legal)
    return DossierData(
        language=tr.language,
        cover=Cover(
            network.name,
            network.coordinator,
            firm.name,
            options.issued_on,
            options.document_version,
        ),
        summary=SummaryFacts(
            top_needs=top_needs(needs, tr),
            plan=tuple(line.title for line in lines),
            yearly_cost_cents=eco.firm_cost_cents,
            value_to_employees_cents=eco.value_to_employees_cents,
            as_salary_net_cents=eco.salary_net_cents,
            pooled_joined=pooled,
            headcount=firm.profile.headcount.total,
            pooled_waiting=waiting,
        ),
        profile=profile_groups(firm, tr),
        needs=needs,
        plan=lines,
        economics=eco.economics,
        timeline=timeline(firm, options.issued_on, tr),
        declaration=Declaration(
            commitments(firm, network.name, tr),
            firm.profile.legal_representative,
            network.coordinator,
            firm.profile.municipality,
            firm.profile.partita_iva,
        ),
        annex=Annex(
            rule_year=eco.year_label,
            sources=with_labels(eco.sources, tr),
            catalogue=fill(
                tr.translate("Dossier", "%1, version %2"), network.name, catalogue.version
            ),
            fingerprint=digest,
            fingerprint_scope=tr.translate(
                "Dossier",
                "SHA-256 of the firm's answers, the network catalogue, the language, the "
                "date and the tax year this dossier was made from (canonical JSON); its "
                "first 32 digits are the PDF's document ID. Rebuilding the dossier from the "
                "same data gives a byte-identical file, so a copy can be checked with "
                "\u201cwat-desktop dossier FIRM --verify FILE.pdf\u201d.",
            ),
            generator=f"WAT Desktop {__version__}",
        ),
        warnings=warnings,
    )


__all__ = ["DossierOptions", "TimelineStep", "build_dossier_data"]
