from wat_desktop.domain.validation import (
    MSG_REQUIRED,
    MSG_VAT_CHECKSUM,
    MSG_VAT_DIGITS,
    MSG_VAT_LENGTH,
    check_partita_iva,
    normalise_partita_iva,
)


def test_valid_partita_iva_passes_in_the_forms_people_type() -> None:
    for typed in ("05628710013", "IT05628710013", "056 2871 0013", " it 05628710013 "):
        assert check_partita_iva(typed) is None, typed


def test_wrong_check_digit_is_refused_with_the_checksum_message() -> None:
    issue = check_partita_iva("05628710014")
    assert issue is not None and issue.message == MSG_VAT_CHECKSUM


def test_length_digits_and_empty_are_told_apart() -> None:
    assert check_partita_iva("1234").message == MSG_VAT_LENGTH  # type: ignore[union-attr]
    assert check_partita_iva("0562871001A").message == MSG_VAT_DIGITS  # type: ignore[union-attr]
    assert check_partita_iva("").message == MSG_REQUIRED  # type: ignore[union-attr]


def test_normalise_strips_prefix_and_separators() -> None:
    assert normalise_partita_iva("IT 056.287.100-13") == "05628710013"
