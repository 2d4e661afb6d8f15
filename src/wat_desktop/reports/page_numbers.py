"""A canvas that knows the page count, for "Pagina X di Y" footers.

Pages are held back until the document ends, so the footer can print the total.
Because the real PDF page objects only exist then, outline entries (bookmarks)
requested while a page is laid out are recorded with the page and replayed when
it is finally emitted. The same holds for page references (a table of contents'
numbers): they are written once every section's page is known, so one layout
pass is enough.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.pdfgen.canvas import Canvas

Footer = Callable[[Canvas, int, int], None]


@dataclass(frozen=True)
class PageRef:
    """A page number to write right-aligned at ``(x, y)`` (page coordinates), linked
    to the bookmark ``key``."""

    key: str
    x: float
    y: float
    font_name: str
    font_size: float
    color: Any

    def draw(self, canvas: Canvas, page: int) -> None:
        text = str(page)
        canvas.saveState()
        canvas.setFont(self.font_name, self.font_size)
        canvas.setFillColor(self.color)
        canvas.drawRightString(self.x, self.y, text)
        width = canvas.stringWidth(text, self.font_name, self.font_size)
        canvas.linkRect("", self.key, (self.x - width, self.y - 2, self.x, self.y + self.font_size))
        canvas.restoreState()


def numbered_canvas(
    footer: Footer,
    font_name: str,
    *,
    on_init: Callable[[Canvas], None] | None = None,
) -> type[Canvas]:
    """A Canvas class that defers each page until the total is known.

    ``font_name`` replaces ReportLab's initial Helvetica, which would otherwise
    be referenced, unembedded, on every page. ``on_init`` runs once on the new
    canvas (e.g. to pin the creation date and document ID)."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font_name
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []
            self._page_outline: list[tuple[str, str, int, float | None]] = []
            self._page_refs: list[PageRef] = []
            if on_init is not None:
                on_init(self)

        def add_outline(
            self, key: str, title: str, level: int = 0, top: float | None = None
        ) -> None:
            """Bookmark the current page under ``title`` (replayed at save time);
            ``top`` is the absolute height the reader scrolls to."""
            self._page_outline.append((key, title, level, top))

        def add_page_ref(self, ref: PageRef) -> None:
            """Write, at save time, the page number of the bookmark ``ref.key``."""
            self._page_refs.append(ref)

        def showPage(self) -> None:
            self._saved_pages.append(dict(self.__dict__))
            self._page_outline = []
            self._page_refs = []
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            pages = {
                key: number
                for number, state in enumerate(self._saved_pages, start=1)
                for key, *_ in state["_page_outline"]
            }
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                for key, title, level, top in state["_page_outline"]:
                    self.bookmarkPage(key, fit="XYZ", top=top)
                    self.addOutlineEntry(title, key, level=level, closed=False)
                for ref in state["_page_refs"]:
                    if ref.key in pages:
                        ref.draw(self, pages[ref.key])
                footer(self, number, total)
                super().showPage()
            super().save()

    return NumberedCanvas
