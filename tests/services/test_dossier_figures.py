"""The dossier's figures and texts a labour consultant checks: rows that add up, the
tax year's status on the page of the figures, no internal keys, the CCNL floor
without the dirigente, the bonus expected as welfare, the filing of the bonus
agreement, warnings where they apply, a file name a person would write."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.services.dossier_fixtures import demo_with_plan, pdf_text
from wat_desktop.formatting import format_money
from wat_desktop.services.dossier_batch import dossier_document_name
from wat_desktop.translations import QtTranslate

IT = QtTranslate("it")


def _money(cents: int) -> str:
    return format_money(cents, "it").replace("\xa0", " ")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def dossier(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("figures")
    app, firm = demo_with_plan(tmp)
    try:
        path = app.dossiers.export(firm.id, tmp / "it.pdf", IT)
        data = app.dossiers.data(firm.id, IT)
    finally:
        app.close()
    reader = PdfReader(path)
    pages = [page.extract_text().replace("\xa0", " ") for page in reader.pages]
    return {"data": data, "pages": pages, "text": pdf_text(reader)}


def test_a_pooled_row_adds_up_and_shows_its_membership_fee(dossier: dict) -> None:
    """12 sessions × 55 € = 660 €: the 710 € of the row include the 50 € fee, said
    under the row as the plan page and the CLI say it."""
    line = next(x for x in dossier["data"].plan if x.title == "Sportello di ascolto psicologico")
    assert line.fee_cents == 5_000 and line.pooled_unit_cents == 5_500
    assert line.cost_cents == line.quantity * line.pooled_unit_cents + line.fee_cents
    assert "di cui quota di adesione alla rete: 50,00 €" in dossier["text"]
    assert "di cui quota di adesione alla rete: 150,00 €" in dossier["text"]  # the nursery


def test_the_plan_total_is_the_cost_to_the_firm_with_its_solidarity_row(dossier: dict) -> None:
    data = dossier["data"]
    assert data.solidarity_cents == 72_000  # 10% of the 7,200 € health fund
    assert data.plan_total_cents == data.summary.yearly_cost_cents
    assert "Contributo di solidarietà del 10% sui fondi sanitari" in _flat(dossier["text"])


def test_economics_open_with_the_rules_status_and_the_estimate(dossier: dict) -> None:
    page = next(p for p in dossier["pages"] if "Costo, valore e confronto" in p)
    flat = _flat(page)
    assert "Importi calcolati con le regole fiscali del 2027 (norme vigenti al 25/11/2026" in flat
    assert "ancora all'esame del Parlamento" in flat
    assert "Stima, non consulenza fiscale." in flat
    # The whole section, tables and notes, stays on its page.
    assert "Note fiscali e deducibilità" in flat and "deducibile" in flat


def test_the_ccnl_floor_leaves_the_dirigente_out(dossier: dict) -> None:
    rows = dossier["data"].economics.ccnl
    assert [row.cents for row in rows] == [575_000, 394_680]  # 23 × 250 €; 23 × 171,60 €
    assert all("23 dipendenti" in row.label for row in rows)
    assert "1 dirigente ha un contratto e un fondo propri" in dossier["data"].economics.ccnl_note


def test_the_bonus_expected_as_welfare_and_the_contributions_saved(dossier: dict) -> None:
    """40% of the 24,000 € bonus is expected as welfare: 9,600 € reaching employees
    whole, on which the firm pays no employer contributions (about 30%: 2,880 €)."""
    rows = {row.label: row.cents for row in dossier["data"].economics.bonus}
    assert rows["Quota attesa in welfare (40%)"] == 960_000
    assert rows["Contributi a carico dell'azienda risparmiati su questa quota"] == 288_000


def test_the_annex_names_each_parameter_in_words_not_by_its_key(dossier: dict) -> None:
    pages = dossier["pages"]
    start = next(i for i, p in enumerate(pages) if "Fonti dei parametri" in p)
    annex = _flat(" ".join(pages[start:]))
    for key in ("inps.employee", "ccnl.metalmeccanici_industria[0]", "fringe.cliff", "irpef"):
        assert key not in annex, key
    # The 10% solidarity contribution behind the Metasalute figure is cited.
    assert "solidarity.health_and_pension" in {s.parameter for s in dossier["data"].annex.sources}
    assert "art. 9-bis D.L. 103/1991" in annex
    # The municipal rate is a placeholder, not "Pinerolo's" for a firm in Villar Perosa.
    assert "aliquota del comune non impostata: segnaposto 0,8%" in annex
    assert "Pinerolo non trovata" not in annex


def test_the_cover_gives_the_revision_and_the_annex_the_fingerprint(dossier: dict) -> None:
    data = dossier["data"]
    cover = dossier["pages"][0]
    assert "Revisione " in cover and data.annex.fingerprint[:8] not in cover
    assert data.annex.fingerprint[:8] in dossier["text"].replace(" ", "")


def test_the_timeline_files_the_bonus_agreement_within_30_days(dossier: dict) -> None:
    steps = [step.title for step in dossier["data"].timeline]
    assert "Depositare l'accordo sul premio di risultato" in steps
    assert "procedura telematica del Ministero del Lavoro" in _flat(dossier["text"])


def test_top_needs_name_the_firms_first_needs_without_their_scores(dossier: dict) -> None:
    """The summary names the top areas of the needs section, whose ranking is already
    published there, even when a hidden count keeps their score off the chart."""
    data = dossier["data"]
    assert data.summary.top_needs[0] == "Istruzione dei figli e centri estivi (rilevanza 4 su 5)"
    assert data.needs.areas[0].score is None


def test_a_cover_for_some_employees_shows_the_generality_warning(tmp_path: Path) -> None:
    """Long-term-care cover for 7 employees chosen by need is ad personam: the dossier
    says so in its plan, as the plan page and the CLI do."""
    app, firm = demo_with_plan(tmp_path, survey=False)
    try:
        firm.selected_offers = {"ltc-fondo": 7}
        firm = app.firms.save(firm)
        data = app.dossiers.data(firm.id, IT)
        pdf = app.dossiers.export(firm.id, tmp_path / "ltc.pdf", IT)
    finally:
        app.close()
    [warning] = data.warnings
    assert "copre 7 dei 24 dipendenti" in warning and "categoria omogenea" in warning
    text = _flat(pdf_text(PdfReader(pdf)))
    assert "Punti da verificare" in text and "copre 7 dei 24 dipendenti" in text


def test_the_file_name_reads_as_a_person_would_write_it() -> None:
    name = "Officine Meccaniche Val Chisone S.r.l."
    assert dossier_document_name(name, IT) == (
        "Dossier adesione - Officine Meccaniche Val Chisone Srl.pdf"
    )
    assert dossier_document_name(name, QtTranslate("en")) == (
        "Membership dossier - Officine Meccaniche Val Chisone Srl.pdf"
    )
    assert dossier_document_name('A/B: "C"?', IT) == "Dossier adesione - A B C.pdf"
    assert dossier_document_name("...", IT) == "Dossier adesione - dossier.pdf"
