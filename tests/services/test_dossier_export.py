"""The demo firm's dossier: every section in order, key figures, fonts, metadata,
determinism, English on request, tables that break cleanly. Expected wording comes
from the same translator, so the tests hold before and after the Italian catalogue
is updated."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.services.dossier_fixtures import DEMO_PLAN_TOTAL, demo_with_plan, pdf_text
from wat_desktop.formatting import format_money
from wat_desktop.reports.dossier_pdf import build_dossier
from wat_desktop.translations import QtTranslate

SECTION_TITLES = [
    ("Dossier", "Welfare pact membership dossier"),
    ("Dossier", "Summary"),
    ("Dossier", "Company profile"),
    ("Dossier", "Needs assessment"),
    ("Dossier", "The welfare plan"),
    ("Dossier", "Economics"),
    ("Dossier", "Implementation timeline"),
    ("Dossier", "Declaration of adhesion"),
    ("Dossier", "Privacy note on the employee survey"),
    ("Dossier", "Annex: rules, sources and data fingerprint"),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict:
    tmp = tmp_path_factory.mktemp("dossier")
    app, firm = demo_with_plan(tmp)
    try:
        it = app.dossiers.export(firm.id, tmp / "it.pdf", QtTranslate("it"))
        en = app.dossiers.export(firm.id, tmp / "en.pdf", QtTranslate("en"))
        data = app.dossiers.data(firm.id, QtTranslate("it"))
        again = app.dossiers.render(firm.id, QtTranslate("it"))
        changed = app.dossiers.last_modified(firm.id)
    finally:
        app.close()
    return {"it": it, "en": en, "data": data, "again": again, "modified": changed}


def _outline(reader: PdfReader) -> list[tuple[str, int]]:
    """Top-level bookmarks as (title, page number)."""
    return [
        (item.title, reader.get_destination_page_number(item) + 1)
        for item in reader.outline
        if not isinstance(item, list)
    ]


def _money(cents: int) -> str:
    return format_money(cents, "it").replace("\xa0", " ")


def _page_of(reader: PdfReader, text: str) -> int:
    """The first page (1-based) whose text holds ``text``."""
    for number, page in enumerate(reader.pages, start=1):
        if text in page.extract_text().replace("\xa0", " "):
            return number
    raise AssertionError(f"{text!r} is on no page")


def test_every_section_in_order_with_a_bookmark_and_a_contents_entry(built: dict) -> None:
    tr = QtTranslate("it")
    expected = [tr.translate(c, t) for c, t in SECTION_TITLES]
    reader = PdfReader(built["it"])
    outline = _outline(reader)
    assert [title for title, _ in outline] == expected
    pages = [page for _, page in outline]
    assert pages == sorted(pages) and pages[0] == 1 and len(set(pages)) == len(pages)
    # Each section starts on the page its bookmark points to, in the body (after the
    # cover, which lists them all in its table of contents).
    for title, page in outline[1:]:
        assert title in reader.pages[page - 1].extract_text(), (title, page)
    cover = reader.pages[0].extract_text(extraction_mode="layout")
    for title, page in outline[1:]:
        entry = re.search(re.escape(title) + r"[ .\n]*(\d+)", cover)  # "Sintesi . . . 2"
        assert entry and int(entry.group(1)) == page, (title, page)


def test_key_figures_of_the_demo_firm(built: dict) -> None:
    reader = PdfReader(built["it"])
    text = pdf_text(reader)
    total = len(reader.pages)
    assert "Officine Meccaniche Val Chisone S.r.l." in text
    assert "Rete Welfare Territoriale del Pinerolese" in text
    assert "Giulia Bertalot" in text  # signature block of the legal representative
    assert f"Pagina 2 di {total}" in text and f"Pagina {total} di {total}" in text
    assert DEMO_PLAN_TOTAL in text
    assert "9.610,00 €" in text  # 22 months of nursery at the active pooled price, + fee
    assert "480,00 €" in text and "430,00 €" in text  # standalone vs pooled unit price
    assert "Nido interaziendale Il Girotondo (tempo pieno)" in text
    # 24,000 € of bonus, 1,000 € per employee: 899.02 € each in cash at the 2027 1% rate.
    assert "21.576,48 €" in text and "24.000,00 €" in text
    data = built["data"]
    assert data.plan_total_cents == 2_375_000
    assert data.annex.fingerprint in text.replace(" ", "").replace("\n", "")


def test_counts_read_with_their_singular_and_plural(built: dict) -> None:
    text = pdf_text(PdfReader(built["it"]))
    assert "16 operai, 6 impiegati, 1 quadro, 1 dirigente" in text
    assert "3 a tempo parziale, 2 a tempo determinato" in text
    # Quantities carry their unit once, beside the number, not under each price.
    for quantity in ("24 dipendenti", "22 mesi", "10 dipendenti", "12 prestazioni"):
        assert quantity in text, quantity
    assert "per dipendente\nall'anno" not in text and "all'anno" not in text


def test_summary_compares_welfare_and_salary_per_hundred_euros(built: dict) -> None:
    reader = PdfReader(built["it"])
    summary = reader.pages[1].extract_text().replace("\xa0", " ")
    facts = built["data"].summary
    cost = facts.yearly_cost_cents
    for cents in (facts.value_to_employees_cents, facts.as_salary_net_cents):
        per_hundred = (cents * 10_000 + cost // 2) // cost
        assert _money(per_hundred) in summary
    # Each figure is stated once, as a card, not repeated as a chart label (the cost is
    # also the plan table's total: the same figure, the same amount).
    assert summary.count(_money(cost)) == 2
    assert summary.count(_money(facts.as_salary_net_cents)) == 1
    assert "4 su 6" in summary  # pooled offers joined, of the plan's offers
    # Top needs follow the needs section's ranking, named without their score: the
    # top area, whose score a hidden count keeps off the chart, is named too, since one
    # of its counts is shown (the ranking is already in the needs section).
    areas = built["data"].needs.areas
    named = [a for a in areas if a.nameable][:3]
    assert areas[0].score is None and named[0] == areas[0]
    flat = " ".join(summary.split())
    tr = QtTranslate("it")
    for area in named:
        label = tr.translate("Dossier", "%1 (relevance %2 of 5)")
        assert label.replace("%1", area.label).replace("%2", str(area.relevance)) in flat


def test_needs_section_reports_the_survey(built: dict) -> None:
    reader = PdfReader(built["it"])
    needs = reader.pages[_page_of(reader, "Tasso di risposta") - 1].extract_text()
    needs = needs.replace("\xa0", " ")
    assert "Hanno risposto 20 dipendenti su 24 (83%)" in needs
    assert "16/11/2026" in needs  # the survey's import date
    assert "< 5" in needs and "nascosto" in needs  # primary and complementary suppression


def test_fonts_embedded_and_no_helvetica(built: dict) -> None:
    reader = PdfReader(built["it"])
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = bool(
                descriptor and descriptor.get_object().get("/FontFile2")
            )
    assert fonts and all(fonts.values()), fonts
    assert not any("Helvetica" in name for name in fonts)


def test_pdffonts_lists_only_embedded_fonts(built: dict) -> None:
    pdffonts = shutil.which("pdffonts")
    assert pdffonts, "pdffonts is missing: scripts/test.sh installs poppler-utils"
    listing = subprocess.run(
        [pdffonts, str(built["it"])], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing
    for line in listing:
        emb = line.split()[-5]  # name type encoding emb sub uni object ID
        assert emb == "yes", line


def test_metadata_and_date_come_from_the_data(built: dict) -> None:
    reader = PdfReader(built["it"])
    meta = reader.metadata
    assert meta.title.startswith("Dossier di adesione")
    assert meta.author == "Officine Meccaniche Val Chisone S.r.l."
    assert meta.subject and "Pinerolese" in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == "it-IT"
    assert reader.trailer["/Root"]["/PageMode"] == "/UseOutlines"
    day = built["modified"].date()
    assert meta["/CreationDate"].startswith(day.strftime("D:%Y%m%d"))
    assert built["data"].cover.issued_on == day
    fingerprint = bytes.fromhex(built["data"].annex.fingerprint)[:16]
    ident = reader.trailer["/ID"][0]
    assert getattr(ident, "original_bytes", ident) == fingerprint


def test_same_data_gives_the_same_bytes(built: dict) -> None:
    assert built["it"].read_bytes() == built["again"]


def test_a_change_in_the_data_changes_the_fingerprint(tmp_path: Path) -> None:
    app, firm = demo_with_plan(tmp_path)
    try:
        day = date(2026, 11, 24)
        before = app.dossiers.data(firm.id, QtTranslate("it"), day).annex.fingerprint
        firm.selected_offers["sportello-caregiver"] = 23
        app.firms.save(firm)
        after = app.dossiers.data(firm.id, QtTranslate("it"), day).annex.fingerprint
    finally:
        app.close()
    assert before != after


def test_english_dossier_on_request(built: dict) -> None:
    reader = PdfReader(built["en"])
    text = pdf_text(reader)
    total = len(reader.pages)
    assert "Welfare pact membership dossier" in text
    assert f"Page 2 of {total}" in text
    assert "€23,750.00" in text
    assert "16 blue-collar workers, 6 white-collar workers, 1 middle manager, 1 executive" in (
        text.replace("\n", " ")
    )
    assert "24 employees" in text and "22 months" in text
    assert reader.trailer["/Root"]["/Lang"] == "en-GB"
    assert [t for t, _ in _outline(reader)][1:4] == [
        "Summary",
        "Company profile",
        "Needs assessment",
    ]
    # Nothing of the dossier's own Italian wording is left (names of offers and
    # providers come from the catalogue and stay as the network wrote them).
    for italian in ("Pagina", "Sintesi", "Indice", "dipendenti", "Firma", "nascosto", "mesi"):
        assert italian not in text, italian


def test_italian_dossier_has_no_english_left(built: dict) -> None:
    text = pdf_text(PdfReader(built["it"]))
    for english in ("Page ", "Summary", "Contents", "employees", "Quantity", "hidden", "months"):
        assert english not in text, english


def test_qpdf_finds_no_error(built: dict) -> None:
    qpdf = shutil.which("qpdf")
    assert qpdf, "qpdf is installed by scripts/setup-env.sh"
    for language in ("it", "en"):
        result = subprocess.run(
            [qpdf, "--check", str(built[language])], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "No syntax or stream encoding errors" in result.stdout


def test_pages_are_a4(built: dict) -> None:
    reader = PdfReader(io.BytesIO(built["it"].read_bytes()))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
            595,
            842,
        )


def test_one_typographic_scale(built: dict) -> None:
    from wat_desktop.reports import dossier_styles as st

    scale = {st.SIZE_SMALL, st.SIZE_CELL, st.SIZE_BODY, st.SIZE_LEAD, st.SIZE_TITLE, st.SIZE_COVER}
    for language in ("it", "en"):
        used = set()
        for page in PdfReader(built[language]).pages:
            stream = page.get_contents().get_data()
            used |= {float(size) for size in re.findall(rb"/F[\w+]+ ([\d.]+) Tf", stream)}
        assert used and used <= scale, used - scale


def test_charts_are_vectors_not_pictures(built: dict) -> None:
    reader = PdfReader(built["it"])
    for page in reader.pages:
        resources = page["/Resources"]
        xobjects = resources.get("/XObject", {})
        assert not any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    # The needs chart is drawn: its bars are filled paths in the accent colour.
    needs = reader.pages[_page_of(reader, "Aree di bisogno per priorità") - 1]
    assert b".164706 .615686 .560784 rg" in needs.get_contents().get_data()


def test_a_long_plan_breaks_across_pages_repeating_the_table_header(tmp_path: Path) -> None:
    app, firm = demo_with_plan(tmp_path)
    try:
        catalogue = app.catalogues.current()
        firm.selected_offers = {offer.id: 20 for offer in catalogue.offers}
        firm = app.firms.save(firm)
        tr = QtTranslate("it")
        data = app.dossiers.data(firm.id, tr)
    finally:
        app.close()
    reader = PdfReader(io.BytesIO(build_dossier(data, tr)))
    outline = dict(_outline(reader))
    plan_first = outline[tr.translate("Dossier", "The welfare plan")]
    plan_last = outline[tr.translate("Dossier", "Economics")] - 1
    assert plan_last > plan_first, "28 offers take more than one page"
    header = tr.translate("Dossier", "Offer, provider, area and beneficiaries")
    own_header = tr.translate("Dossier", "Offer and provider")
    total_page = next(
        number
        for number in range(plan_first, plan_last + 1)
        if _money(data.plan_total_cents)
        in reader.pages[number - 1].extract_text().replace("\xa0", " ")
    )
    for number in range(plan_first, total_page + 1):
        page = " ".join(reader.pages[number - 1].extract_text().split())
        # Every page of the plan's tables opens with the header row (repeated after a break).
        assert header in page or own_header in page, number
    # 20 of everything breaks the plan's rules: the warnings follow the total.
    assert data.warnings
    check = tr.translate("Dossier", "Points to check")
    rest = " ".join(reader.pages[n - 1].extract_text() for n in range(total_page, plan_last + 1))
    assert check in rest
    # The summary stays on one page: the profile still starts on page 3; it shows the
    # five costliest offers and one line for the others.
    assert outline[tr.translate("Dossier", "Company profile")] == 3
    summary = reader.pages[1].extract_text().replace("\xa0", " ")
    assert f"Altre {len(data.plan) - 5} offerte" in summary
    assert _money(data.plan_total_cents) in summary
    costliest = max(data.plan, key=lambda line: line.cost_cents)
    assert costliest.title in " ".join(summary.split())


def test_data_without_survey_says_so(built: dict) -> None:
    data = replace(built["data"], needs=replace(built["data"].needs, surveyed=False))
    tr = QtTranslate("it")
    text = pdf_text(PdfReader(io.BytesIO(build_dossier(data, tr))))
    assert tr.translate(
        "Dossier",
        "This needs assessment uses counts entered by the firm; when employees answer the "
        "network's survey, their answers are collected and protected as follows:",
    ).split(";")[0] in text.replace("\n", " ")


def test_a_failed_export_keeps_the_previous_file(tmp_path: Path, monkeypatch) -> None:
    import wat_desktop.reports.dossier_pdf as dossier_pdf

    app, firm = demo_with_plan(tmp_path)
    target = tmp_path / "dossier.pdf"
    try:
        app.dossiers.export(firm.id, target, QtTranslate("it"))
        before = target.read_bytes()

        def broken(*_args: object) -> bytes:
            raise RuntimeError("renderer crashed")

        monkeypatch.setattr(dossier_pdf, "build_dossier", broken)
        with pytest.raises(RuntimeError):
            app.dossiers.export(firm.id, target, QtTranslate("en"))
    finally:
        app.close()
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".tmp"] == []
