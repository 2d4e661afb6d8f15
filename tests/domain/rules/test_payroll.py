"""The payroll under "the same money as salary", checked against DOMAIN-FACTS sec. 4
with figures worked out by hand: IRPEF brackets, the 2026 cut of deductions above
200,000 €, the cuneo fiscale bands and cliffs, INPS +1%, surcharges as parameters."""

from decimal import ROUND_HALF_UP, Decimal

import pytest

from wat_desktop.domain.rules import load_tax_year, parse_tax_year
from wat_desktop.domain.rules.payroll import payslip, progressive, taxable_cliffs, wedge
from wat_desktop.domain.rules.year_files import _folder

D = Decimal


def _cent(value: Decimal) -> Decimal:
    return value.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def _edited(year: int, old: str, new: str):
    text = (_folder() / f"{year}.toml").read_text(encoding="utf-8")
    assert text.count(old) == 1
    return parse_tax_year(text.replace(old, new), f"{year}.toml")


def test_irpef_2026_middle_rate_is_33_percent() -> None:
    y2025, y2026 = load_tax_year(2025), load_tax_year(2026)
    # 28,000 at 23% = 6,440; the next 12,000 at 35% (2025) or 33% (2026).
    assert progressive(D(40000), y2025.irpef.scale.bands) == D(6440) + D(4200)
    assert progressive(D(40000), y2026.irpef.scale.bands) == D(6440) + D(3960)
    # Above 50,000: 43% in both years.
    assert progressive(D(60000), y2026.irpef.scale.bands) == D(6440) + D(7260) + D(4300)
    assert progressive(D(20000), y2026.irpef.scale.bands) == D(4600)


def test_the_440_euro_cut_applies_only_above_the_threshold() -> None:
    y2026 = load_tax_year(2026)
    # Above 200,000 € of income no work or cuneo deduction is left to cut: the cut
    # cannot turn into extra tax.
    rich = payslip(y2026, D(250000))
    assert rich.work_deduction == 0 and rich.wedge_deduction == 0
    assert rich.net_tax == rich.gross_tax
    # With the threshold moved down to 30,000 €, a taxable 34,509 € (gross 38,000 €)
    # keeps 1,992 € of deductions and loses exactly 440 € of them.
    lowered = _edited(2026, "deduction_cut_above = 200000", "deduction_cut_above = 30000")
    normal, cut = payslip(y2026, D(38000)), payslip(lowered, D(38000))
    assert normal.work_deduction + normal.wedge_deduction > 440
    assert cut.net_tax - normal.net_tax == D(440)
    assert (
        payslip(load_tax_year(2025), D(250000)).net_tax
        == payslip(load_tax_year(2025), D(250000)).gross_tax
    )  # 2025: no cut at all (deduction_cut = 0)


@pytest.mark.parametrize(
    ("income", "tax_free_sum", "deduction"),
    [
        ("8000", "568.00", "0"),  # 7.1%
        ("8500", "603.50", "0"),  # 7.1% of the whole income: the top of the first band
        ("8500.01", "450.50", "0"),  # the cliff: 5.3% of the whole income
        ("15000", "795.00", "0"),
        ("15000.01", "720.00", "0"),  # 4.8%
        ("20000", "960.00", "0"),
        ("20000.01", "0", "1000.00"),  # from a sum to a 1,000 € deduction
        ("32000", "0", "1000.00"),
        ("36000", "0", "500.00"),  # tapering: 1,000 x (40,000 - 36,000) / 8,000
        ("39999", "0", "0.13"),
        ("40000", "0", "0"),
    ],
)
def test_cuneo_fiscale_bands_and_cliffs(income: str, tax_free_sum: str, deduction: str) -> None:
    for year in (2025, 2026, 2027):  # permanent measure: the same every year
        assert wedge(load_tax_year(year), D(income)) == (D(tax_free_sum), D(deduction))


def test_the_cliffs_of_the_law_are_listed() -> None:
    assert taxable_cliffs(load_tax_year(2026)) == [
        D(8500),
        D(15000),
        D(20000),
        D(25000),
        D(35000),
        D(200000),
    ]
    assert D(200000) not in taxable_cliffs(load_tax_year(2025))  # no cut in 2025


def test_inps_employee_rate_adds_1_percent_above_the_threshold() -> None:
    # 9.19% of 60,000 = 5,514.00, plus 1% of what exceeds the first pension band.
    assert payslip(load_tax_year(2026), D(60000)).employee_contributions == D("5551.76")
    assert payslip(load_tax_year(2025), D(60000)).employee_contributions == D("5559.52")
    below = payslip(load_tax_year(2026), D(56224))
    assert below.employee_contributions == _cent(D(56224) * D("0.0919"))
    assert payslip(load_tax_year(2026), D(30000)).employer_contributions == D("9000.00")


def test_regional_and_municipal_surcharges_are_parameters() -> None:
    y2026 = load_tax_year(2026)
    slip = payslip(y2026, D(30000))  # taxable 27,243 €
    assert slip.taxable == D("27243.00")
    # Piemonte by bands: 15,000 at 1.62% + 12,243 at 2.13%.
    assert slip.regional_surcharge == _cent(D(15000) * D("0.0162") + D(12243) * D("0.0213"))
    assert slip.municipal_surcharge == _cent(D(27243) * D("0.008"))
    assert payslip(y2026, D(30000), "base").regional_surcharge == _cent(D(27243) * D("0.0123"))
    # Set the municipal rate to 0 in the file: the net rises by exactly that surcharge.
    no_municipal = _edited(2026, "value = 0.8\n", "value = 0\n")
    assert payslip(no_municipal, D(30000)).net - slip.net == slip.municipal_surcharge
    with pytest.raises(ValueError, match="atlantide"):
        payslip(y2026, D(30000), "atlantide")


def test_no_surcharges_where_no_irpef_is_due() -> None:
    slip = payslip(load_tax_year(2026), D(8000))  # taxable 7,264.80: in the no-tax area
    assert slip.net_tax == 0 and slip.regional_surcharge == 0 and slip.municipal_surcharge == 0
    assert slip.wedge_tax_free_sum == _cent(D("7264.80") * D("0.071"))
    assert slip.net == slip.taxable + slip.wedge_tax_free_sum


def test_tfr_accrues_gross_over_13_5() -> None:
    assert payslip(load_tax_year(2026), D(27000)).tfr == D("2000.00")
    assert payslip(load_tax_year(2026), D(28000)).tfr == D("2074.07")
