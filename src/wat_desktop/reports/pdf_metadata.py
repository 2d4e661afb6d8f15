"""Document metadata that depends only on the data, never on the clock.

ReportLab's ``invariant`` mode fixes the timestamp to 2000-01-01 and derives the
document ID from the content; here the creation date is the dossier's own date
and the ID is the data fingerprint, so a file can be checked against its annex.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from reportlab.pdfbase.pdfdoc import DummyDoc, PDFText
from reportlab.pdfgen.canvas import Canvas

PRODUCER = "WAT Desktop (ReportLab)"


@dataclass(frozen=True)
class PdfMetadata:
    title: str
    author: str
    subject: str
    keywords: str
    language: str  # BCP 47, e.g. "it-IT"
    created_on: date
    fingerprint: str  # sha256 hex of the source data

    def doc_kwargs(self) -> dict[str, object]:
        """Keyword arguments for ``BaseDocTemplate``."""
        return {
            "title": self.title,
            "author": self.author,
            "subject": self.subject,
            "keywords": self.keywords,
            "lang": self.language,
            "creator": "WAT Desktop",
            "producer": PRODUCER,
            "invariant": 1,
        }


def pdf_language(language: str) -> str:
    return {"it": "it-IT", "en": "en-GB"}.get(language, language)


def pin_canvas(metadata: PdfMetadata) -> Callable[[Canvas], None]:
    """A canvas hook setting CreationDate/ModDate and /ID from ``metadata``."""
    stamp = metadata.created_on.strftime("D:%Y%m%d120000+00'00'")
    digest = bytes.fromhex(metadata.fingerprint)[:16]

    def hook(canvas: Canvas) -> None:
        canvas.setDateFormatter(lambda *_: stamp)
        ident = PDFText(digest, enc="raw").format(DummyDoc())
        # ReportLab writes ``_ID`` verbatim into the trailer once set.
        canvas._doc._ID = b"\n[" + ident + ident + b"]\n"

    return hook
