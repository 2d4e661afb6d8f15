"""Firms with small counts: no published cell below the anonymity threshold, the
survey's complementary suppression respected, no chart or ranking that gives a
hidden count away."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from tests.helpers import fresh_app
from tests.services.dossier_fixtures import with_survey
from wat_desktop.domain.firm import Headcount
from wat_desktop.domain.need_areas import NEED_AREA_LABELS
from wat_desktop.domain.need_counts import NEED_KEYS, NeedKey, keys_of_area
from wat_desktop.domain.needs_profile import needs_profile
from wat_desktop.domain.survey.questions import Band
from wat_desktop.reports.dossier_pdf import build_dossier
from wat_desktop.services.demo_service import demo_firm
from wat_desktop.services.dossier_needs import published_counts, shown_count
from wat_desktop.translations import QtTranslate

EN = QtTranslate("en")


def test_shown_count_hides_everything_below_the_threshold() -> None:
    assert [shown_count(n) for n in (0, 1, 4, 5, 12)] == ["< 5", "< 5", "< 5", "5", "12"]
    assert shown_count(9, threshold=10) == "< 10"


def _dossier(tmp_path: Path, firm, name: str):
    """The English view-model and PDF text of ``firm``'s dossier."""
    app = fresh_app(tmp_path / name)
    try:
        app.catalogues.install_demo()
        firm.profile.name = name
        firm = app.firms.add_firm(firm)
        data = app.dossiers.data(firm.id, EN)
        pdf = build_dossier(data, EN)
    finally:
        app.close()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    return firm, data, text.replace("\xa0", " ")


def _table_numbers(text: str) -> list[int]:
    """The numbers in the need-counts table, once every label (they hold digits, as in
    "0-2") and the page footer are taken out."""
    table = text.split("Need counts", 1)[1].split("The welfare plan", 1)[0]
    labels = [info.label for info in NEED_KEYS.values()] + list(NEED_AREA_LABELS.values())
    for label in sorted(labels, key=len, reverse=True):
        table = table.replace(label, " ")
    table = re.sub(r"Page \d+ of \d+|< 5", " ", table)
    return [int(n) for n in re.findall(r"\b\d+\b", table)]


def _charted_areas_reveal_nothing(firm, data) -> None:
    counts = published_counts(firm, data.needs.threshold)
    charted = {a.label for a in data.needs.areas if a.score is not None}
    for score in needs_profile(firm):
        if EN("NeedArea", NEED_AREA_LABELS[score.area]) not in charted:
            continue
        keys = keys_of_area(score.area)
        if all(NEED_KEYS[k].counts_children for k in keys):
            assert all(counts[k] is not None for k in keys), score.area
        else:
            assert score.concerned in [counts[k] for k in keys], score.area
    for line in data.summary.top_needs:
        assert any(line.startswith(label) for label in charted), line


def test_small_counts_entered_by_the_firm_never_appear(tmp_path: Path) -> None:
    firm = demo_firm()
    firm.needs = {key: (i % 4) + 1 for i, key in enumerate(NeedKey)}  # 1-4 each
    firm.needs[NeedKey.HEALTH_PREVENTION] = 9
    firm, data, text = _dossier(tmp_path, firm, "Piccola Officina S.n.c.")
    shown = {row.label: row.shown for row in data.needs.rows}
    health = NEED_KEYS[NeedKey.HEALTH_PREVENTION].label
    assert shown.pop(health) == "9"
    assert set(shown.values()) == {"< 5"}
    # Only the area whose count is published may be charted.
    assert [a.score is not None for a in data.needs.areas].count(True) == 1
    table = text.split("Need counts", 1)[1]
    assert table.count("< 5") == len(NEED_KEYS) - 1
    assert _table_numbers(text) == [9]
    _charted_areas_reveal_nothing(firm, data)
    assert "No employee survey" in text


def _answers(respondents: int, yes: dict[NeedKey, int], children: dict[NeedKey, int]):
    rows = [{} for _ in range(respondents)]
    for key in NEED_KEYS:
        for index, row in enumerate(rows):
            if NEED_KEYS[key].counts_children:
                row[key] = Band.ONE if index < children.get(key, 0) else Band.NONE
            else:
                row[key] = Band.YES if index < yes.get(key, 0) else Band.NO
    return rows


def test_a_small_firms_survey_keeps_its_suppression(tmp_path: Path) -> None:
    firm = demo_firm()
    firm.profile.headcount = Headcount(operai=9, impiegati=3)  # 12 employees
    firm.needs = {NeedKey.TIME_FLEXIBILITY: 6}  # the firm's own figure, before the survey
    answers = _answers(
        10,
        yes={NeedKey.HEALTH_PREVENTION: 5, NeedKey.COMMUTING: 3, NeedKey.TIME_FLEXIBILITY: 6},
        children={NeedKey.CHILDREN_6_10: 2},
    )
    firm = with_survey(firm, answers)
    firm, data, text = _dossier(tmp_path, firm, "Micro Officina S.n.c.")
    assert "10 of 12 employees answered (83%)" in text
    shown = {row.label: row.shown for row in data.needs.rows}
    assert shown[NEED_KEYS[NeedKey.HEALTH_PREVENTION].label] == "5"  # 5 yes, 5 no
    assert shown[NEED_KEYS[NeedKey.COMMUTING].label] == "< 5"  # 3 yes
    # Flexibility: 6 "yes" but only 4 "no", which the survey hides as small; 6 would
    # then give the 4 away (10 - 6), so the survey hides it too, and the dossier shows
    # what step 3 shows: the least the published cells prove, never the exact figure.
    assert shown[NEED_KEYS[NeedKey.TIME_FLEXIBILITY].label] == "at least 6"
    assert shown[NEED_KEYS[NeedKey.CHILDREN_6_10].label] == "hidden"  # floor 1 < 5: no number
    assert "at least 6" in text.split("Need counts", 1)[1]
    assert all(n >= 5 for n in _table_numbers(text)), _table_numbers(text)
    _charted_areas_reveal_nothing(firm, data)


def test_too_few_respondents_publish_nothing_not_even_their_number(tmp_path: Path) -> None:
    firm = demo_firm()
    firm.profile.headcount = Headcount(operai=8)
    firm.needs = {}
    firm = with_survey(firm, _answers(3, yes={NeedKey.TRAINING: 3}, children={}))
    firm, data, text = _dossier(tmp_path, firm, "Bottega S.n.c.")
    assert "Fewer than 5 respondents" in text
    assert "3 of 8" not in text
    assert {row.shown for row in data.needs.rows} == {"withheld"}
    assert _table_numbers(text) == []
    assert all(a.score is None for a in data.needs.areas)
    assert data.summary.top_needs == ()
