"""PDF reports built with ReportLab. No Qt; text comes translated from above."""

from __future__ import annotations


def warm_up() -> None:
    """Load what the first dossier would otherwise wait for: ReportLab and the
    dossier's modules (about 0.2-0.3 s of imports), its fonts (the TrueType files are
    parsed when registered) and the money formats. Safe to call more than once and
    from a worker thread (e.g. the window's, after its first paint): everything it
    loads is kept per process and changes no output."""
    from wat_desktop.formatting import format_money
    from wat_desktop.reports import dossier_pdf
    from wat_desktop.reports.fonts import register_fonts

    del dossier_pdf  # imported for its modules (sections, styles, charts)
    register_fonts()
    for language in ("it", "en"):
        format_money(0, language)  # Babel reads its locale data on first use
