"""Year files: discovered by listing the folder, every value cited, bad files refused."""

import re
from decimal import Decimal
from importlib import resources
from pathlib import Path

import pytest

from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.rules import (
    TaxYearError,
    available_years,
    load_tax_year,
    parse_tax_year,
    year_files,
)
from wat_desktop.domain.rules.parameters import Citation, Cited, LocalText, Scale
from wat_desktop.domain.rules.year_schema import ENGLISH_WORDS

FOLDER = resources.files("wat_desktop") / "resources" / "tax_years"


def _text(year: int) -> str:
    return (FOLDER / f"{year}.toml").read_text(encoding="utf-8")


def _citations(value: object) -> list[Citation]:
    found = []
    if isinstance(value, Citation):
        return [value]
    if isinstance(value, Cited | Scale):
        return [value.citation]
    if isinstance(value, dict):
        for item in value.values():
            found += _citations(item)
    elif isinstance(value, tuple | list):
        for item in value:
            found += _citations(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found += _citations(getattr(value, name))
    return found


def test_2025_to_2027_are_there() -> None:
    assert {2025, 2026, 2027} <= set(available_years())


def _texts(value: object) -> list[LocalText]:
    """Every user-visible text of a loaded year: status, refs, sources, CCNL names."""
    if isinstance(value, LocalText):
        return [value]
    if isinstance(value, dict):
        return [t for item in value.values() for t in _texts(item)]
    if isinstance(value, tuple | list):
        return [t for item in value for t in _texts(item)]
    if hasattr(value, "__dataclass_fields__"):
        return [t for name in value.__dataclass_fields__ for t in _texts(getattr(value, name))]
    return []


# Italian function words that mark Italian prose; an English text quoting an Italian
# title puts it in “quotes”, which are left out of the check, as are proper names.
ITALIAN_WORDS = re.compile(
    r"\b(del|della|dello|dei|delle|dal|dalla|con|come|oltre|fino|anche|non|sono|è|"
    r"lavoratore|dipendenti|rinnovo|modificato|vigenti|segnaposto|deroga)\b",
    re.IGNORECASE,
)


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_every_value_names_its_law_and_source(year: int) -> None:
    tax_year = load_tax_year(year)
    assert tax_year.year == year and tax_year.status.bilingual
    citations = _citations(tax_year)
    assert len(citations) > 20
    for language in ("it", "en"):
        assert all(c.ref_in(language).strip() and c.source_in(language).strip() for c in citations)
    assert set(tax_year.ccnl) == {c.value for c in CcnlId}
    assert {"exemption", "productivity.conversion"} <= {c.key for c in citations}


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_every_text_users_read_is_in_italian_and_in_english(year: int) -> None:
    texts = _texts(load_tax_year(year))
    assert len(texts) > 50
    for text in texts:
        assert text.it.strip() and text.en.strip()
        # The Italian dossier shows .it: no English prose in it, even in a citation.
        assert not ENGLISH_WORDS.search(text.it), text.it
        if text.bilingual:  # prose: the English variant is English
            unquoted = re.sub(r"“[^”]*”|Agenzia delle Entrate", "", text.en)
            assert not ITALIAN_WORDS.search(unquoted), text.en
    assert sum(t.bilingual for t in texts) > 25  # most refs carry Italian and English prose


def test_texts_pick_the_language_asked() -> None:
    y2027 = load_tax_year(2027)
    assert "Parlamento" in y2027.status_in("it") and "Parliament" in y2027.status_in("en")
    assert y2027.status_in("it_IT") == y2027.status.it
    assert y2027.status_in("fr") == y2027.status.en  # any other language reads English
    floor = {o.kind: o for o in y2027.ccnl["metalmeccanici_industria"]}
    note = floor["flexible_benefits"].citation
    assert "dal 2027 da riconoscere entro il 1° giugno" in note.ref_in("it")
    assert "from 2027 due by 1 June" in note.ref_in("en")
    metasalute = floor["health_fund"].citation
    assert "nuovo piano sanitario" in metasalute.ref_in("it")
    assert "new health plan" in metasalute.ref_in("en") and metasalute.assumption
    irpef = load_tax_year(2026).irpef.scale.citation
    assert irpef.ref_in("it").startswith("art. 11 TUIR, come modificato dalla L. 199/2025")
    assert irpef.ref_in("en").startswith("art. 11 TUIR as amended by L. 199/2025")
    fringe = load_tax_year(2026).fringe.ceiling_general.citation
    assert "deroga 2025-2027" in fringe.ref_in("it")
    assert "2025-2027 derogation" in fringe.ref_in("en")


def test_year_values_differ_where_the_law_changed() -> None:
    y2025, y2026 = load_tax_year(2025), load_tax_year(2026)
    assert y2025.meal_electronic_daily.value == Decimal(8)
    assert y2026.meal_electronic_daily.value == Decimal(10)
    assert y2025.pension_fund_cap.value == Decimal("5164.57")
    assert y2026.pension_fund_cap.value == Decimal(5300)
    assert y2025.irpef.scale.bands[1].rate == Decimal("0.35")
    assert y2026.irpef.scale.bands[1].rate == Decimal("0.33")
    assert y2025.productivity.cap.value == 3000 and y2026.productivity.cap.value == 5000
    assert y2025.productivity.tax_rate.value == Decimal("0.05")
    assert y2026.productivity.tax_rate.value == Decimal("0.01")
    assert load_tax_year(2027).productivity.tax_rate.value == Decimal("0.01")
    assert y2025.irpef.deduction_cut == 0 and y2026.irpef.deduction_cut == 440
    assert y2026.irpef.deduction_cut_above == 200_000
    assert y2025.inps.employee_extra_threshold == Decimal("55448.00")
    assert y2026.inps.employee_extra_threshold == Decimal("56224.00")
    assert y2026.inps.employee_extra.value == Decimal("0.01")


def _broken(old: str, new: str, year: int = 2026) -> str:
    text = _text(year)
    assert old in text
    return text.replace(old, new, 1)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('ref = "art. 51 c.3 TUIR"\n', "", "fringe.ordinary_ceiling.ref"),
        ("value = 5000.00", 'value = "5000"', "productivity.cap.value"),
        (
            "[productivity.income_limit]",
            "[productivity.income_limits]",
            "productivity.income_limit",
        ),
        ("value = 9.19", "value = 919", "inps.employee.value"),
        ("{ up_to = 50000, percent = 33 }", "{ up_to = 20000, percent = 33 }", "irpef.brackets[1]"),
        ("[ccnl]\nother = []", "[ccnl]\nother = []\nunknown_ccnl = []", "ccnl.unknown_ccnl"),
        ('kind = "bilateral_body"', 'kind = "gift"', "ccnl.artigianato_metalmeccanico[1].kind"),
        ("value = 13.5", "value = 0", "tfr.divisor.value"),
        ("year = 2026", "year = 2029", "meta.year"),
        # Texts users read: both languages, nothing else, no English in a shared text.
        ('status.en = "law in force', 'status.fr = "law in force', "meta.status.fr"),
        ('status.en = "law in force on 25 Nov 2026', "status.en = 2026 #", "meta.status.en"),
        ('ref.en = "art. 13 c.1 and c.1.1 TUIR"\n', "", "work_deduction.ref.en"),
        (
            'ref.it = "art. 13 c.1 e c.1.1 TUIR"\nref.en = "art. 13 c.1 and c.1.1 TUIR"',
            'ref = "art. 13 c.1 and c.1.1 TUIR"',
            "work_deduction.ref",
        ),
        ('ref.it = "art. 13 c.1 e c.1.1 TUIR"', 'ref.it = " "', "work_deduction.ref.it"),
        ('ref.it = "art. 13 c.1 e c.1.1 TUIR"', "ref.it = 13", "work_deduction.ref.it"),
        ('ref.it = "art. 13 c.1 e c.1.1 TUIR"', 'ref.de = "Art. 13"', "work_deduction.ref.de"),
        ('name = "SanArti"', 'name = ""', "ccnl.artigianato_metalmeccanico[0].name"),
        (
            'categories = ["operai", "impiegati", "quadri"]',
            'categories = ["operai", "apprendisti"]',
            "ccnl.metalmeccanici_industria[0].categories",
        ),
        ("[exemption]", "[exemptions]", "exemption"),
        ("[productivity.conversion]", "[productivity.conversions]", "productivity.conversion"),
    ],
)
def test_a_broken_file_is_refused_naming_file_and_field(old: str, new: str, field: str) -> None:
    with pytest.raises(TaxYearError) as error:
        parse_tax_year(_broken(old, new), "2026.toml")
    assert error.value.file_name == "2026.toml"
    assert error.value.field.startswith(field), str(error.value)
    assert str(error.value).startswith(f"2026.toml: {field}")


def test_a_status_must_be_written_in_both_languages() -> None:
    text = _text(2026)
    start = text.index("status.it =")
    end = text.index("\n", text.index("status.en ="))
    single = text[:start] + 'status = "norme vigenti al 25/11/2026"' + text[end:]
    with pytest.raises(TaxYearError) as error:
        parse_tax_year(single, "2026.toml")
    assert error.value.field == "meta.status"
    assert "status.it and status.en" in error.value.problem


def test_a_shared_text_with_english_words_says_what_to_write() -> None:
    broken = _broken(
        'ref = "CCNL Metalmeccanici PMI Confapi"',
        'ref = "CCNL Metalmeccanici PMI Confapi, renewal of 2024"',
    )
    with pytest.raises(TaxYearError) as error:
        parse_tax_year(broken, "2026.toml")
    assert error.value.field == "ccnl.metalmeccanici_pmi[0].ref"
    assert "write ref.it and ref.en" in error.value.problem


def test_a_syntax_error_is_refused_naming_the_file() -> None:
    with pytest.raises(TaxYearError, match=r"^2026\.toml: \(syntax\)"):
        parse_tax_year("[meta\nyear = 2026", "2026.toml")


def test_a_missing_year_is_refused() -> None:
    with pytest.raises(TaxYearError, match=r"1999\.toml"):
        load_tax_year(1999)


def test_a_2028_file_needs_no_code_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for year in (2026, 2027):
        (tmp_path / f"{year}.toml").write_text(_text(year), encoding="utf-8")
    (tmp_path / "2028.toml").write_text(
        _text(2027).replace("year = 2027", "year = 2028"), encoding="utf-8"
    )
    (tmp_path / "notes.txt").write_text("not a year", encoding="utf-8")
    monkeypatch.setattr(year_files, "_folder", lambda: tmp_path)
    load_tax_year.cache_clear()
    try:
        assert available_years() == [2026, 2027, 2028]
        from wat_desktop.domain.rules import salary_vs_welfare

        assert salary_vs_welfare(2028, Decimal(28000), Decimal(1000)).year == 2028
    finally:
        load_tax_year.cache_clear()
