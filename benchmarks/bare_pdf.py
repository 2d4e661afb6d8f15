"""The dossier's floor: a bare ReportLab document of 8 pages with charts, built to a file.

Text, a table and a bar chart on every page, no app code. ``python bare_pdf.py FILE``
times the first document in a fresh process (imports included) and prints JSON.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

START = time.perf_counter()

PAGES = 8
TEXT = (
    "Il piano di welfare territoriale raccoglie i bisogni dei dipendenti e le offerte "
    "della rete. Le quote sono calcolate sulle adesioni delle imprese del territorio. "
) * 6


def build(path: Path) -> None:
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table

    styles = getSampleStyleSheet()
    story: list[object] = []
    for page in range(PAGES):
        story.append(Paragraph(f"Sezione {page + 1}", styles["Heading1"]))
        story.append(Paragraph(TEXT, styles["BodyText"]))
        rows = [["Offerta", "Unità", "Prezzo", "Totale"]] + [
            [f"Offerta {i}", str(i + 1), f"{(i + 1) * 12},50 €", f"{(i + 1) ** 2 * 12},50 €"]
            for i in range(10)
        ]
        table = Table(rows, colWidths=[6 * cm, 3 * cm, 3 * cm, 3 * cm])
        table.setStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey)])
        story.extend([Spacer(1, 12), table, Spacer(1, 12)])
        drawing = Drawing(15 * cm, 6 * cm)
        chart = VerticalBarChart()
        chart.x, chart.y, chart.width, chart.height = 30, 20, 13 * cm, 4.5 * cm
        chart.data = [[(i * 7 + page) % 23 + 3 for i in range(12)]]
        chart.categoryAxis.categoryNames = [f"B{i}" for i in range(12)]
        drawing.add(chart)
        story.append(drawing)
        if page < PAGES - 1:
            story.append(PageBreak())
    SimpleDocTemplate(str(path), pagesize=A4).build(story)


if __name__ == "__main__":
    out = Path(sys.argv[1])
    begin = time.perf_counter()
    build(out)
    done = time.perf_counter()
    print(json.dumps({"first_s": done - begin, "process_s": done - START}))
