import pytest

from wat_desktop.formatting import MoneyParseError, format_money, parse_money


def test_italian_money_has_grouping_comma_decimals_and_euro_after() -> None:
    assert format_money(123456) == "1.234,56\xa0€"
    assert format_money(5) == "0,05\xa0€"


def test_english_money() -> None:
    assert format_money(123456, "en") == "€1,234.56"


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1.234,56", 123456),
        ("1234,56", 123456),
        ("1.234,56 €", 123456),
        ("0,1", 10),
        ("7", 700),
    ],
)
def test_parse_italian_money_exactly(text: str, cents: int) -> None:
    assert parse_money(text) == cents


@pytest.mark.parametrize("text", ["", "abc", "1,234", "1,001", "-5", "1,2345"])
def test_parse_refuses_ambiguous_or_invalid(text: str) -> None:
    with pytest.raises(MoneyParseError):
        parse_money(text)
