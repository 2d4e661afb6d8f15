"""CSV files a spreadsheet cannot turn against its user (formula injection, OWASP).

Excel and LibreOffice run a cell that starts with ``=``, ``+``, ``-``, ``@``, tab,
CR or LF as a formula (PLATFORM-NOTES), and a firm name such as
``=HYPERLINK(...)`` or ``-2+3`` comes from a partner's file or a typing slip.
Every text cell of every CSV the app writes goes through ``neutralise``: a
leading apostrophe makes it plain text, and line breaks inside a cell become
spaces. Numbers stay numbers: ``int`` and ``Decimal`` values are written as they
are (a negative amount is still ``-12``), so callers pass numbers as numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from decimal import Decimal

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r", "\n")
Cell = str | int | Decimal | None


def neutralise(text: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    if text.startswith(DANGEROUS_FIRST):
        text = "'" + text
    return text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ")


def safe_cell(value: Cell) -> str | int | Decimal:
    """Text neutralised; whole numbers and decimals unchanged; None as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int in Python, but not a number here
        return neutralise(str(value))
    if isinstance(value, int | Decimal):
        return value
    return neutralise(str(value))


def csv_bytes(rows: Iterable[Iterable[Cell]], delimiter: str = ";", bom: bool = True) -> bytes:
    """Rows as CSV for spreadsheets: UTF-8 (with BOM for Excel), CRLF, every cell safe.

    ``;`` is what Italian Excel expects when it opens a ``.csv``.
    """
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
    return out.getvalue().encode("utf-8-sig" if bom else "utf-8")
