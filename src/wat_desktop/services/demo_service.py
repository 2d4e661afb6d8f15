"""The demo: the Pinerolese network catalogue and one realistic demo firm."""

from __future__ import annotations

from wat_desktop.domain.firm import (
    Budget,
    CompanyProfile,
    Firm,
    Headcount,
    Measure,
    WelfareRegulation,
    Workforce,
)
from wat_desktop.domain.need_areas import NeedArea, WelfareIndexArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.services.catalogue_service import CatalogueService
from wat_desktop.services.firm_service import FirmService
from wat_desktop.services.plan_service import PlanService

DEMO_PARTITA_IVA = "05628710013"  # fictional, with a valid check digit


def demo_firm() -> Firm:
    """A 24-employee metalworking firm in Val Chisone (fictional)."""
    return Firm(
        profile=CompanyProfile(
            name="Officine Meccaniche Val Chisone S.r.l.",
            partita_iva=DEMO_PARTITA_IVA,
            ateco="25.62.00",
            ccnl="metalmeccanici_industria",
            municipality="Villar Perosa",
            territorial_area="Val Chisone e Germanasca",
            legal_representative="Giulia Bertalot",
            rsu_present=True,
            employers_association="Confindustria Piemonte (fittizia)",
            welfare_regulation=WelfareRegulation.AGREEMENT.value,
            productivity_bonus_agreement=True,
            headcount=Headcount(
                operai=16, impiegati=6, quadri=1, dirigenti=1, part_time=3, fixed_term=2
            ),
        ),
        needs={
            NeedKey.CHILDREN_0_2: 3,
            NeedKey.CHILDREN_3_5: 4,
            NeedKey.CHILDREN_6_10: 6,
            NeedKey.CHILDREN_11_14: 5,
            NeedKey.CHILDREN_15_18: 3,
            NeedKey.CAREGIVERS_ELDERLY: 5,
            NeedKey.CAREGIVERS_DISABLED: 2,
            NeedKey.HEALTH_PREVENTION: 10,
            NeedKey.PSYCHOLOGICAL_SUPPORT: 4,
            NeedKey.ECONOMIC_BILLS: 7,
            NeedKey.ECONOMIC_RENT: 3,
            NeedKey.ECONOMIC_MORTGAGE: 5,
            NeedKey.COMMUTING: 9,
            NeedKey.TRAINING: 8,
            NeedKey.TIME_FLEXIBILITY: 11,
        },
        relevance={
            NeedArea.CHILDCARE: 4,
            NeedArea.EDUCATION: 4,
            NeedArea.ELDER_CARE: 5,
            NeedArea.DISABILITY_CARE: 3,
            NeedArea.HEALTH: 4,
            NeedArea.PSYCHOLOGICAL: 2,
            NeedArea.ECONOMIC: 3,
            NeedArea.MOBILITY: 3,
            NeedArea.TRAINING: 2,
            NeedArea.WORK_LIFE: 4,
        },
        workforce=Workforce(
            age_under_30=4,
            age_30_44=9,
            age_45_54=7,
            age_55_plus=4,
            women=7,
            men=17,
            shift_workers=10,
            commute_under_10km=11,
            commute_10_30km=9,
            commute_over_30km=4,
        ),
        measures={
            # Metasalute, due under the CCNL, covers every employee but the dirigente
            WelfareIndexArea.HEALTH_ASSISTANCE: Measure(in_place=True, staff_share=96),
            WelfareIndexArea.HUMAN_CAPITAL: Measure(in_place=True, staff_share=40),
            WelfareIndexArea.WORKING_CONDITIONS: Measure(in_place=True, staff_share=100),
        },
        budget=Budget(
            year=2027,  # planned in late 2026 for the next year
            yearly_budget_cents=1_200_000,
            productivity_bonus_cents=2_400_000,
            bonus_convertible=True,
            bonus_conversion_percent=40,
        ),
    )


def install_demo(firms: FirmService, catalogues: CatalogueService) -> Firm:
    """Import the demo catalogue and add the demo firm once (idempotent), already
    carrying its recommended plan for its 12,000 € budget, so every screen, the
    dossier and the benchmarks start from a real plan. An existing demo firm is
    returned as the user left it."""
    catalogues.install_demo()
    for summary in firms.list_firms(include_archived=True):
        firm = firms.load(summary.id)
        if firm.profile.partita_iva == DEMO_PARTITA_IVA:
            return firm
    firm = demo_firm()
    firm.selected_offers = PlanService(firms, catalogues).recommend(firm).quantities
    return firms.add_firm(firm)
