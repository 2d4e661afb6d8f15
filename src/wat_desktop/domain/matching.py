"""Which offers of a catalogue answer a firm's needs, best first."""

from __future__ import annotations

from wat_desktop.domain.catalogue import Catalogue, Offer
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import keys_of_area


def area_demand(firm: Firm, area: NeedArea) -> int:
    """People (employees or children) with a need in ``area``."""
    return sum(firm.need(key) for key in keys_of_area(area))


def matching_offers(firm: Firm, catalogue: Catalogue) -> list[Offer]:
    """Offers serving at least one area with demand, ordered by that demand
    (weighted by the firm's 1-5 relevance rating when given), then by price."""

    def weight(offer: Offer) -> int:
        return sum(
            area_demand(firm, area) * firm.relevance.get(area, 3) for area in offer.need_areas
        )

    scored = [(weight(offer), offer) for offer in catalogue.offers]
    return [
        offer
        for score, offer in sorted(scored, key=lambda pair: (-pair[0], pair[1].price_cents))
        if score > 0
    ]
