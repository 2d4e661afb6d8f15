"""Shared set-up for the dossier tests: the demo firm with a plan of own and pooled
offers and an imported employee survey (20 of its 24 employees answered).

Run as a script to regenerate the README's pictures of the Italian demo dossier::

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.services.dossier_fixtures docs/screenshots
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.helpers import fresh_app
from wat_desktop.app import AppContext
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.aggregate import aggregate
from wat_desktop.domain.survey.csv_schema import Answers
from wat_desktop.domain.survey.questions import Band
from wat_desktop.domain.survey.suppression import publish
from wat_desktop.services.demo_service import install_demo

DEMO_PLAN = {
    "sportello-caregiver": 24,  # own offer: 24 × 30 €
    "piano-sanitario-plus": 24,  # own offer with the 10% solidarity contribution
    "nido-interaziendale": 22,  # pooled, active in the demo network
    "checkup-prevenzione": 10,  # pooled, active
    "centro-estivo-rete": 24,  # pooled, activates if the firm joins: 6 children × 4 weeks
    "ascolto-psicologico": 12,  # pooled, activates if the firm joins (+ 50 € fee)
}
# The cost to the firm: 720 + 7,200 + 9,610 + 950 + 3,840 + 710 for the lines (fees
# included), plus the 10% solidarity contribution on the health fund's 7,200.
DEMO_PLAN_TOTAL = "23.750,00 €"

RESPONDENTS = 20
SURVEY_DATE = "2026-11-16"
# How many respondents answered "yes", or how many have children of an age (and how
# many each: 3 with one child aged 0-2, 2 with two aged 3-5...). The small ones show
# the suppression at work: "< 5" and, beside them, complementary "hidden" cells.
SURVEY_YES = {
    NeedKey.CAREGIVERS_ELDERLY: 5,
    NeedKey.CAREGIVERS_DISABLED: 2,
    NeedKey.HEALTH_PREVENTION: 10,
    NeedKey.PSYCHOLOGICAL_SUPPORT: 4,
    NeedKey.ECONOMIC_BILLS: 7,
    NeedKey.ECONOMIC_RENT: 3,
    NeedKey.ECONOMIC_MORTGAGE: 5,
    NeedKey.COMMUTING: 9,
    NeedKey.TRAINING: 8,
    NeedKey.TIME_FLEXIBILITY: 11,
}
SURVEY_CHILDREN = {
    NeedKey.CHILDREN_0_2: (3, Band.ONE),
    NeedKey.CHILDREN_3_5: (2, Band.TWO),
    NeedKey.CHILDREN_6_10: (6, Band.ONE),
    NeedKey.CHILDREN_11_14: (5, Band.ONE),
    NeedKey.CHILDREN_15_18: (3, Band.ONE),
}


def survey_answers() -> list[Answers]:
    """The demo survey's anonymous answers, one dict per respondent."""
    answers: list[Answers] = [{} for _ in range(RESPONDENTS)]
    for key, yes in SURVEY_YES.items():
        for index, row in enumerate(answers):
            row[key] = Band.YES if index < yes else Band.NO
    for key, (parents, band) in SURVEY_CHILDREN.items():
        for index, row in enumerate(answers):
            row[key] = band if index < parents else Band.NONE
    return answers


def with_survey(firm: Firm, answers: list[Answers]) -> Firm:
    """Store a published survey in ``firm`` as the survey import does."""
    result = publish(
        aggregate(answers), headcount=firm.profile.headcount.total, imported_on=SURVEY_DATE
    )
    firm.survey = result.to_dict()
    firm.needs = {**firm.needs, **result.published_needs()}
    return firm


def demo_with_plan(tmp_path: Path, survey: bool = True) -> tuple[AppContext, Firm]:
    app = fresh_app(tmp_path)
    firm = install_demo(app.firms, app.catalogues)
    firm.selected_offers = dict(DEMO_PLAN)
    if survey:
        firm = with_survey(firm, survey_answers())
    return app, app.firms.save(firm)


def pdf_text(reader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages).replace("\xa0", " ")


def render_screenshots(out_dir: Path, dpi: int = 75) -> list[Path]:
    """The Italian demo dossier, one PNG per page (stale pages beyond the count removed)."""
    from wat_desktop.translations import QtTranslate

    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app, firm = demo_with_plan(Path(tmp))
        try:
            pdf = app.dossiers.export(firm.id, Path(tmp) / "dossier.pdf", QtTranslate("it"))
        finally:
            app.close()
        for old in out_dir.glob("dossier-page-*.png"):
            old.unlink()
        prefix = out_dir / "dossier-page"
        subprocess.run(["pdftoppm", "-png", "-r", str(dpi), str(pdf), str(prefix)], check=True)
    from PIL import Image  # ReportLab's own dependency

    for page in sorted(out_dir.glob("dossier-page-*.png")):
        # pdftoppm writes "-1" or "-01" depending on the count; 64 colours keep the
        # pictures small (text, rules and flat fills need no more).
        number = int(page.stem.rsplit("-", 1)[1])
        target = out_dir / f"dossier-page-{number:02d}.png"
        with Image.open(page) as image:
            small = image.convert("RGB").quantize(colors=64)
        page.unlink()
        small.save(target, optimize=True)
    return sorted(out_dir.glob("dossier-page-*.png"))


if __name__ == "__main__":
    for path in render_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
