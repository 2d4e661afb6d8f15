"""The year files' texts in the dossier (rule-year status, legal references, sources,
CCNL items) come in the dossier's language: Italian in the Italian dossier, English
in the English one, never the other language's prose."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.services.dossier_fixtures import demo_with_plan, pdf_text
from wat_desktop.domain.rules import Citation, LocalText, ccnl_floor, load_tax_year
from wat_desktop.domain.rules.parameters import Cited, Scale
from wat_desktop.translations import QtTranslate


def _citations(value: object) -> dict[str, Citation]:
    """Every citation of a loaded tax year, by key."""
    if isinstance(value, Citation):
        return {value.key: value}
    if isinstance(value, Cited | Scale):
        return {value.citation.key: value.citation}
    found: dict[str, Citation] = {}
    items = value.values() if isinstance(value, dict) else value
    if isinstance(value, dict | tuple | list):
        for item in items:
            found |= _citations(item)
    elif hasattr(value, "__dataclass_fields__"):
        for name in value.__dataclass_fields__:
            found |= _citations(getattr(value, name))
    return found


@pytest.fixture(scope="module")
def dossiers(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("rule-texts")
    app, firm = demo_with_plan(tmp, survey=False)
    try:
        result = {}
        for lang in ("it", "en"):
            tr = QtTranslate(lang)
            result[lang] = (
                app.dossiers.data(firm.id, tr),
                pdf_text(PdfReader(io.BytesIO(app.dossiers.render(firm.id, tr)))),
            )
        result["ccnl"] = firm.profile.ccnl
        result["headcount"] = firm.profile.headcount.total
    finally:
        app.close()
    return result


@pytest.mark.parametrize("lang", ["it", "en"])
def test_annex_and_ccnl_rows_quote_the_year_file_in_the_dossier_language(
    dossiers: dict, lang: str
) -> None:
    data, _text = dossiers[lang]
    year = data.economics.rule_year
    ty = load_tax_year(year)
    assert ty.status_in(lang) in data.annex.rule_year
    citations = _citations(ty)
    assert data.annex.sources
    for row in data.annex.sources:
        citation = citations[row.parameter]
        assert row.value == citation.ref_in(lang)
        assert row.source.startswith(citation.source_in(lang))
    floor = ccnl_floor(year, dossiers["ccnl"], dossiers["headcount"])
    assert floor, "the demo firm applies a CCNL with compulsory welfare"
    notes = [row.note for row in data.economics.ccnl]
    assert notes == [o.citation.ref_in(lang) for o in floor]
    assert all(any(o.name_in(lang) in row.label for row in data.economics.ccnl) for o in floor)


def test_no_text_of_the_other_language_reaches_the_pdf(dossiers: dict) -> None:
    year = dossiers["it"][0].economics.rule_year
    texts: list[LocalText] = [load_tax_year(year).status]
    for citation in _citations(load_tax_year(year)).values():
        texts += [citation.ref, citation.source]
    prose = [t for t in texts if t.bilingual]
    assert len(prose) > 20

    def flat(text: str) -> str:  # table cells wrap: compare without line breaks
        return " ".join(text.split())

    italian, english = flat(dossiers["it"][1]), flat(dossiers["en"][1])
    shown_it = [t for t in prose if flat(t.it) in italian]
    shown_en = [t for t in prose if flat(t.en) in english]
    assert shown_it and shown_en  # short texts fit in one line of a cell and are found whole
    for text in prose:
        assert flat(text.en) not in italian, text.en
        assert flat(text.it) not in english, text.it


def test_the_italian_pdf_has_the_italian_ccnl_note(dossiers: dict) -> None:
    _data, text = dossiers["it"]
    assert "rinnovo del 22/11/2025" in " ".join(text.split())
    assert "renewal of" not in text and "as amended by" not in text
