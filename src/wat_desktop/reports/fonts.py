"""Embedded TrueType fonts with full Italian and euro coverage.

ReportLab's bundled Bitstream Vera family is always present (wheel and frozen
build alike), so no system font is needed. Registering the family makes
``<b>`` and ``<i>`` work and leaves no unembedded Helvetica behind.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

REGULAR = "WatSans"
BOLD = "WatSans-Bold"
ITALIC = "WatSans-Italic"
BOLD_ITALIC = "WatSans-BoldItalic"


@cache
def register_fonts() -> str:
    """Register the family once per process; return the regular font's name."""
    import reportlab
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    for name, file in (
        (REGULAR, "Vera.ttf"),
        (BOLD, "VeraBd.ttf"),
        (ITALIC, "VeraIt.ttf"),
        (BOLD_ITALIC, "VeraBI.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(folder / file)))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
