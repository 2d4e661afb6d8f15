from wat_desktop.domain.firm import Firm
from wat_desktop.domain.matching import matching_offers
from wat_desktop.domain.need_areas import NeedArea
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.services.catalogue_service import demo_catalogue_bytes, parse_catalogue_bytes


def test_only_offers_for_needs_present_are_listed_most_needed_first() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    firm = Firm(needs={NeedKey.CAREGIVERS_ELDERLY: 6, NeedKey.PSYCHOLOGICAL_SUPPORT: 2})
    offers = matching_offers(firm, catalogue)
    assert offers, "the demo catalogue serves elder care"
    areas = {area for offer in offers for area in offer.need_areas}
    assert areas <= {NeedArea.ELDER_CARE, NeedArea.DISABILITY_CARE, NeedArea.PSYCHOLOGICAL}
    assert NeedArea.ELDER_CARE in offers[0].need_areas


def test_a_firm_without_needs_matches_nothing() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    assert matching_offers(Firm(), catalogue) == []
