"""The offers browser's detail panel: the offer, its provider, tax treatment and pooling."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from wat_desktop.domain.benefit_types import BENEFIT_TREATMENTS, BenefitType
from wat_desktop.domain.benefit_types import CONTEXT as BENEFIT_CONTEXT
from wat_desktop.domain.catalogue import (
    BENEFICIARY_LABELS,
    CONTEXT,
    PROVIDER_KIND_LABELS,
    UNIT_LABELS,
    Catalogue,
    Offer,
)
from wat_desktop.domain.i18n_markers import fill
from wat_desktop.domain.pooling import PoolStatus
from wat_desktop.formatting import format_date, format_money
from wat_desktop.ui.domain_text import area_label, translate
from wat_desktop.ui.offers_table_model import pool_state_text


def _row(label: str, value: str) -> str:
    return f"<tr><th align='left' valign='top'>{escape(label)}</th><td>{value}</td></tr>"


def _yes_no(flag: bool) -> str:
    if flag:
        return QCoreApplication.translate("OfferDetail", "yes")
    return QCoreApplication.translate("OfferDetail", "no")


def tax_rows(offer: Offer) -> list[str]:
    try:
        treatment = BENEFIT_TREATMENTS[BenefitType(offer.benefit_type)]
    except (ValueError, KeyError):
        return [
            _row(
                QCoreApplication.translate("OfferDetail", "Tax treatment"),
                escape(offer.benefit_type),
            )
        ]
    label = translate(BENEFIT_CONTEXT, treatment.label)
    return [
        _row(
            QCoreApplication.translate("OfferDetail", "Tax treatment"),
            f"{escape(label)} ({escape(treatment.legal_basis)})",
        ),
        _row(
            QCoreApplication.translate("OfferDetail", "Cash reimbursement allowed"),
            _yes_no(treatment.reimbursable),
        ),
        _row(
            QCoreApplication.translate("OfferDetail", "Counts toward the fringe-benefit ceiling"),
            _yes_no(treatment.counts_to_fringe_ceiling),
        ),
        _row(
            QCoreApplication.translate("OfferDetail", "Must be offered to all staff or a category"),
            _yes_no(treatment.generality_required),
        ),
    ]


def pooling_rows(offer: Offer, status: PoolStatus | None, language: str) -> list[str]:
    rule = offer.pooling
    if rule is None:
        return []
    tier_text = QCoreApplication.translate("OfferDetail", "from %1 users: %2")
    tiers = ", ".join(
        fill(tier_text, tier.min_volume, format_money(tier.unit_price_cents, language))
        for tier in rule.tiers
    )
    rows = [
        _row(
            QCoreApplication.translate("OfferDetail", "Activation"),
            escape(
                fill(
                    QCoreApplication.translate("OfferDetail", "at least %1 users and %2 firms"),
                    rule.min_users,
                    rule.min_firms,
                )
            ),
        ),
        _row(QCoreApplication.translate("OfferDetail", "Pooled prices"), escape(tiers or "—")),
    ]
    if rule.membership_fee_cents:
        rows.append(
            _row(
                QCoreApplication.translate("OfferDetail", "Membership fee per firm"),
                format_money(rule.membership_fee_cents, language),
            )
        )
    if status is not None:
        rows += [
            _row(
                QCoreApplication.translate("OfferDetail", "Network now"),
                escape(
                    fill(
                        QCoreApplication.translate("OfferDetail", "%1 users from %2 firms"),
                        status.network_users,
                        status.network_firms,
                    )
                ),
            ),
            _row(
                QCoreApplication.translate("OfferDetail", "Your expected users"),
                str(status.firm_users),
            ),
            _row(
                QCoreApplication.translate("OfferDetail", "State if you join"),
                f"<b>{escape(pool_state_text(status))}</b>",
            ),
            _row(
                QCoreApplication.translate("OfferDetail", "Your yearly cost alone"),
                format_money(status.cost_alone_cents, language),
            ),
            _row(
                QCoreApplication.translate("OfferDetail", "Your yearly cost pooled"),
                format_money(status.cost_pooled_cents, language),
            ),
        ]
    return rows


def offer_html(catalogue: Catalogue, offer: Offer, status: PoolStatus | None, language: str) -> str:
    """Rich text for a QTextBrowser (escaped: catalogue text is untrusted)."""
    provider = catalogue.provider_of(offer)
    unit = translate(CONTEXT, UNIT_LABELS[offer.unit])
    rows = [
        _row(
            QCoreApplication.translate("OfferDetail", "Price"),
            f"{format_money(offer.price_cents, language)} {escape(unit)}",
        ),
        _row(
            QCoreApplication.translate("OfferDetail", "Need areas"),
            escape(", ".join(area_label(a) for a in offer.need_areas)),
        ),
        _row(
            QCoreApplication.translate("OfferDetail", "Who can use it"),
            escape(
                ", ".join(translate(CONTEXT, BENEFICIARY_LABELS[b]) for b in offer.beneficiaries)
            ),
        ),
    ]
    if provider is not None:
        kind = translate(CONTEXT, PROVIDER_KIND_LABELS[provider.kind])
        where = f", {escape(provider.municipality)}" if provider.municipality else ""
        rows.append(
            _row(
                QCoreApplication.translate("OfferDetail", "Provider"),
                f"{escape(provider.name)} ({escape(kind)}{where})",
            )
        )
        accreditation = (
            escape(provider.accreditation or QCoreApplication.translate("OfferDetail", "yes"))
            if provider.accredited
            else QCoreApplication.translate("OfferDetail", "no")
        )
        rows.append(
            _row(
                QCoreApplication.translate("OfferDetail", "Accredited by the network"),
                accreditation,
            )
        )
    if offer.valid_from or offer.valid_to:
        start = format_date(offer.valid_from, language) if offer.valid_from else "…"
        end = format_date(offer.valid_to, language) if offer.valid_to else "…"
        rows.append(_row(QCoreApplication.translate("OfferDetail", "Valid"), f"{start} – {end}"))
    if offer.capacity_users:
        rows.append(
            _row(
                QCoreApplication.translate("OfferDetail", "Capacity (users per year)"),
                str(offer.capacity_users),
            )
        )
    # Two columns: what and who on the left, where the network stands and the tax
    # treatment on the right, so the panel under the list reads with little scrolling.
    right = pooling_rows(offer, status, language) + tax_rows(offer)
    return (
        f"<h3>{escape(offer.title)}</h3><p>{escape(offer.description)}</p>"
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='50%' valign='top'>{_table(rows)}</td>"
        f"<td width='50%' valign='top'>{_table(right)}</td>"
        "</tr></table>"
    )


def _table(rows: list[str]) -> str:
    return f"<table cellspacing='3'>{''.join(rows)}</table>"
