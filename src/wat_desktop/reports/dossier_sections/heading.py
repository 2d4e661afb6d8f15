"""Section headings that also become bookmarks in the PDF outline."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from wat_desktop.reports.dossier_styles import escape, styles

# A subheading needs this much room below it on its page, else it starts the next
# one: it must never sit alone at the foot of a page, yet a long table after it
# should start right below it and break across pages (``keepWithNext`` would
# instead push a heading and its whole table to a new page).
SUBHEADING_ROOM = 32 * mm


class SectionHeading(Paragraph):
    """A heading that bookmarks its page (through ``NumberedCanvas.add_outline``)."""

    def __init__(
        self, key: str, title: str, level: int = 0, style: str = "", room: float = 0
    ) -> None:
        super().__init__(escape(title), styles()[style or ("h1" if level == 0 else "h2")])
        self.key = key
        self.title = title
        self.level = level
        self.room = room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        width, height = super().wrap(availWidth, availHeight)
        if availHeight < self.room:
            return width, availHeight + 1  # does not fit here: see ``split``
        return width, height

    def split(self, availWidth: float, availHeight: float) -> list:
        if availHeight < self.room:
            return []  # nothing fits on this page: the frame moves on to the next
        return super().split(availWidth, availHeight)

    def draw(self) -> None:
        add_outline = getattr(self.canv, "add_outline", None)
        if add_outline is not None:
            _, top = self.canv.absolutePosition(0, self.height)
            add_outline(self.key, self.title, self.level, top + 6)
        super().draw()


def heading(key: str, title: str) -> SectionHeading:
    return SectionHeading(key, title, 0)


def subheading(key: str, title: str) -> SectionHeading:
    return SectionHeading(key, title, 1, room=SUBHEADING_ROOM)
