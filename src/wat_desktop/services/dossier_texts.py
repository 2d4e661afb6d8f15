"""The dossier's fixed texts that depend on the firm: timeline and commitments."""

from __future__ import annotations

from datetime import date

from wat_desktop.domain.firm import Firm, WelfareRegulation
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.reports.dossier_model import TimelineStep


def _with_owner(step: TimelineStep, owner: str) -> TimelineStep:
    return TimelineStep(step.when, step.title, step.detail, owner)


def _agreement_step(firm: Firm, tr: Translate) -> TimelineStep:
    step = _agreement_text(firm, tr)
    owner = (
        tr.translate("Dossier", "The firm with the RSU")
        if firm.profile.rsu_present
        else tr.translate("Dossier", "The firm")
    )
    if firm.profile.welfare_regulation == WelfareRegulation.BINDING_REGULATION:
        owner = tr.translate("Dossier", "The firm")
    return _with_owner(step, owner)


def _agreement_text(firm: Firm, tr: Translate) -> TimelineStep:
    regulation = firm.profile.welfare_regulation
    when = tr.translate("Dossier", "Within 30 days")
    if regulation == WelfareRegulation.AGREEMENT:
        return TimelineStep(
            when,
            tr.translate("Dossier", "Extend the company or territorial agreement"),
            tr.translate(
                "Dossier",
                "Add the plan's services to the agreement in force, so the whole cost stays "
                "deductible (art. 95 TUIR) and the productivity bonus can be converted.",
            ),
        )
    if regulation == WelfareRegulation.BINDING_REGULATION:
        return TimelineStep(
            when,
            tr.translate("Dossier", "Update the binding company regulation"),
            tr.translate(
                "Dossier",
                "Add the plan's services to the regulation; it must stay non-revocable for the "
                "cost to be fully deductible (art. 95 TUIR).",
            ),
        )
    return TimelineStep(
        when,
        tr.translate("Dossier", "Adopt a binding regulation or sign an agreement"),
        tr.translate(
            "Dossier",
            "A unilateral plan the firm can revoke is deductible only up to 5 per mille of "
            "labour cost; a binding regulation or an agreement makes it fully deductible.",
        ),
    )


def _bonus_filing(firm: Firm, tr: Translate) -> tuple[TimelineStep, ...]:
    """A productivity bonus agreement must be filed within 30 days of signing, or the
    substitute tax and the conversion into welfare do not apply (D.M. 25 March 2016, art. 5)."""
    if not firm.profile.productivity_bonus_agreement:
        return ()
    return (
        TimelineStep(
            tr.translate("Dossier", "Within 30 days"),
            tr.translate("Dossier", "File the productivity bonus agreement"),
            tr.translate(
                "Dossier",
                "File the agreement on the productivity bonus within 30 days of signing it, "
                "through the Ministry of Labour's online procedure: without it the "
                "substitute tax and the conversion into welfare do not apply.",
            ),
            tr.translate("Dossier", "The firm"),
        ),
    )


def timeline(firm: Firm, issued_on: date, tr: Translate) -> tuple[TimelineStep, ...]:
    """Regulation or agreement, the bonus agreement's filing, information, activation,
    monitoring."""
    del issued_on  # steps are relative to signing, which the dossier does not fix
    inform = (
        tr.translate(
            "Dossier",
            "Present the plan to the RSU and to all employees: services, who may use them, "
            "how to ask for them; the survey results are shared in aggregate form only.",
        )
        if firm.profile.rsu_present
        else tr.translate(
            "Dossier",
            "Present the plan to all employees at a staff meeting and in writing: services, "
            "who may use them, how to ask for them.",
        )
    )
    return (
        _agreement_step(firm, tr),
        *_bonus_filing(firm, tr),
        TimelineStep(
            tr.translate("Dossier", "Month 2"),
            tr.translate("Dossier", "Inform employees and their representatives"),
            inform,
            tr.translate("Dossier", "The firm"),
        ),
        TimelineStep(
            tr.translate("Dossier", "Month 3"),
            tr.translate("Dossier", "Activate the services"),
            tr.translate(
                "Dossier",
                "Sign the orders with the providers; pooled offers start as soon as the "
                "network reaches their activation thresholds.",
            ),
            tr.translate("Dossier", "The firm, the network and the providers"),
        ),
        TimelineStep(
            tr.translate("Dossier", "Every 6 months"),
            tr.translate("Dossier", "Monitor and review"),
            tr.translate(
                "Dossier",
                "Check take-up and satisfaction with the network coordinator, and update the "
                "needs assessment and the plan every year.",
            ),
            tr.translate("Dossier", "The firm and the network coordinator"),
        ),
    )


def commitments(firm: Firm, network_name: str, tr: Translate) -> tuple[str, ...]:
    del firm, network_name  # the declaration's opening sentence names the network
    return (
        tr.translate(
            "Dossier",
            "take part in the life of the pact and in the network's coordination meetings;",
        ),
        tr.translate(
            "Dossier",
            "offer the plan's services to all employees or to homogeneous categories of them, "
            "as art. 51 TUIR requires;",
        ),
        tr.translate(
            "Dossier",
            "buy the pooled services through the network at the agreed prices, and pay the "
            "membership fees where due;",
        ),
        tr.translate(
            "Dossier",
            "share with the network only anonymous, aggregate data on needs and take-up;",
        ),
        tr.translate(
            "Dossier",
            "review the plan with the network every year.",
        ),
    )
