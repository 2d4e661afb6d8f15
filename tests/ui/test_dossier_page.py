"""The dossier step: first-page preview, folder choice, background export, open after."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from wat_desktop.domain.steps import StepId


def _demo_window(open_window, tmp_path: Path):
    from wat_desktop.__main__ import main

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    return open_window()


def test_preview_then_export_in_english_and_open(
    qtbot, open_window, dialogs, tmp_path: Path
) -> None:
    from wat_desktop.ui.pages.dossier_tasks import PREVIEW_WIDTH

    window = _demo_window(open_window, tmp_path)
    page = window.dossier_page
    with qtbot.waitSignal(page.preview_ready, timeout=120_000):
        window.go_to_step(StepId.DOSSIER)
    pixmap = page.preview.pixmap()
    assert not pixmap.isNull() and pixmap.width() == PREVIEW_WIDTH
    # The cover's dark band is at the top of the preview; the page below is white.
    image = pixmap.toImage()
    assert image.pixelColor(PREVIEW_WIDTH // 2, 5).lightness() < 100
    assert image.pixelColor(PREVIEW_WIDTH // 2, pixmap.height() - 5).lightness() > 240

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    dialogs.folders.append(out_dir)
    page.choose_folder()
    assert page.folder_label.text() == str(out_dir)
    assert page.dossier_language == "it"
    # A name a person would write, in the dossier's language (the dots of S.r.l. go).
    assert page.file_label.text() == "Dossier adesione - Officine Meccaniche Val Chisone Srl.pdf"
    page.language_box.setCurrentIndex(page.language_box.findData("en"))
    with qtbot.waitSignal(page.preview_ready, timeout=120_000):
        pass  # a new language makes a new preview
    # The English copy has its own name: it never replaces the Italian file.
    assert page.file_label.text() == "Membership dossier - Officine Meccaniche Val Chisone Srl.pdf"
    with qtbot.waitSignal(page.export_finished, timeout=120_000) as export:
        assert page.export()
        assert not page.export_button.isEnabled()  # no second export while one runs
    path = export.args[0]
    assert path == out_dir / page.file_label.text()
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "Welfare pact membership dossier" in text and "Page 2 of" in text
    assert dialogs.opened_documents == [path]
    assert page.export_button.isEnabled() and not page.progress.isVisible()
    assert str(path) in page.status.text()


def test_unwritable_folder_is_explained_next_to_the_button(
    qtbot, open_window, dialogs, tmp_path: Path
) -> None:
    window = _demo_window(open_window, tmp_path)
    page = window.dossier_page
    with qtbot.waitSignal(page.preview_ready, timeout=120_000):
        window.go_to_step(StepId.DOSSIER)
    dialogs.folders.append(tmp_path / "missing" / "folder")
    page.choose_folder()
    page.open_after.setChecked(False)
    with qtbot.waitSignal(page.export_finished, timeout=120_000) as export:
        assert page.export()
    assert export.args[0] is None
    assert page.status.text()
    assert dialogs.opened_documents == []  # nothing to open, and the user said no
    assert dialogs.shown and dialogs.shown[-1][0] == "error"
    for widget in (page.language_box, page.folder_button, page.export_button, page.progress):
        assert widget.accessibleName()


def test_italian_by_default_even_under_an_english_interface(qtbot, dialogs, tmp_path: Path) -> None:
    from wat_desktop.__main__ import main
    from wat_desktop.app import open_app
    from wat_desktop.ui.firm_session import FirmSession
    from wat_desktop.ui.pages.dossier_page import DossierPage

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0
    app = open_app(tmp_path / "data")
    try:
        session = FirmSession(app.firms)
        page = DossierPage(session, app.dossiers, dialogs, "en")
        qtbot.addWidget(page)
        session.open(app.firms.list_firms()[0].id)
        assert page.dossier_language == "it"
        assert page.language_box.currentText()  # a visible choice, not a hidden default
        dialogs.folders.append(tmp_path)
        page.choose_folder()
        page.open_after.setChecked(False)
        with qtbot.waitSignal(page.export_finished, timeout=120_000) as export:
            assert page.export()
    finally:
        app.close()
    path = export.args[0]
    assert path == tmp_path / "Dossier adesione - Officine Meccaniche Val Chisone Srl.pdf"
    assert PdfReader(path).trailer["/Root"]["/Lang"] == "it-IT"
    assert dialogs.opened_documents == []  # the user unticked "open afterwards"
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically: no temporary file left
