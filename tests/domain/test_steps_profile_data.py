"""Old stored profiles still load, and ATECO sections are searchable."""

from wat_desktop.domain.ateco import ATECO_SECTIONS, search_sections, section_of
from wat_desktop.domain.firm import Budget, CompanyProfile, Firm, Workforce, is_binding


def test_old_free_text_values_become_ids() -> None:
    profile = CompanyProfile.from_dict(
        {"ccnl": "metalmeccanici_confapi", "territorial_area": "Val Chisone e Germanasca"}
    )
    assert (profile.ccnl, profile.territorial_area) == ("metalmeccanici_pmi", "val_chisone")
    typed = CompanyProfile.from_dict({"ccnl": "CCNL Chimici Farmaceutici", "ateco": "20.14"})
    assert (typed.ccnl, typed.ccnl_other, typed.ateco_section) == (
        "other",
        "CCNL Chimici Farmaceutici",
        "C",
    )
    assert CompanyProfile.from_dict({"territorial_area": "Torino"}).territorial_area == "other"


def test_sections_tolerate_missing_and_unknown_keys() -> None:
    assert Workforce.from_dict(None) == Workforce()
    assert Budget.from_dict({"yearly_budget_cents": 100, "future": 1}).yearly_budget_cents == 100
    assert Firm().budget.co_funding_source == "none"


def test_ateco_has_twenty_two_sections_covering_the_divisions() -> None:
    assert [s.letter for s in ATECO_SECTIONS] == list("ABCDEFGHIJKLMNOPQRSTUV")
    assert section_of("25.62.00").letter == "C"
    assert section_of("47.11").letter == "G"
    assert section_of("45.20") is None  # ATECO 2025 moved motor trade into 46/47
    assert [s.letter for s in search_sections("manifattur")] == ["C"]
    assert [s.letter for s in search_sections("sanità")] == ["R"]
    assert [s.letter for s in search_sections("86")] == ["R"]


def test_only_a_regulation_or_agreement_is_binding() -> None:
    assert is_binding("agreement") and is_binding("binding_regulation")
    assert not is_binding("voluntary") and not is_binding("none")
