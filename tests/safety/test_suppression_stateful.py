"""No survey count below the anonymity threshold ever leaves the machine: not
directly, not by subtraction from a total, and not by comparing two exports of
the same firm made before and after one answer changed.

A hypothesis state machine drives the real app (SQLite on tmpfs) through add,
edit, delete, survey import, one changed answer, one more respondent, backup,
restore and export. Every export (firm file, demand file, dossier needs) is
read back as an outsider would and attacked by brute force, independently of
the app's own interval arithmetic:

- direct: a published cell or need count of 1 to t-1;
- subtraction: a "< 5" cell whose value is the same in every table consistent
  with the markers and the row total;
- differencing: for every pair of exports of a firm with the same name (a
  restore or a delete-and-add-again does not make the old export go away), a
  cell whose change is known to be 1 to t-1 people one way;
- one changed answer (or one more respondent), with the attacker knowing that
  this is all that happened: the old or the new answer of that person must not
  follow from the two exports.

A need count the survey does not publish still has a number on step 3, in the
firm file and in the demand file: the least it can be, worked out from the
published table (``domain/survey/after_import``). Such a number is checked, by
the attacker's own brute force, to be a figure any holder of a release of that
firm computes from the release alone (so it tells nothing more); after every
import it must be exactly the new release's minimum.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    consumes,
    initialize,
    invariant,
    precondition,
    rule,
)

from wat_desktop.app import open_app
from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.survey.csv_schema import COLUMNS
from wat_desktop.domain.survey.questions import QUESTION_BY_KEY, Band
from wat_desktop.domain.survey.suppression import DEFAULT_THRESHOLD
from wat_desktop.services.dossier_needs import needs_section

T = DEFAULT_THRESHOLD
NAMES = ("Alfa Srl", "Beta Snc", "Gamma SpA")
Answers = dict[str, str]  # question id -> band as written in the CSV
FIGURES = {
    "exports": 0,
    "pairs": 0,
    "one_change_pairs": 0,
    "imports": 0,
    "restores": 0,
    "unpublished_counts_checked": 0,  # numbers for a hidden count: each a release's minimum
}


def _bands(question: str) -> list[str]:
    return [b.value for b in QUESTION_BY_KEY[NeedKey(question)].bands]


def _respondent(rng: random.Random) -> Answers:
    # Skewed answers, so that cells near the threshold are common.
    return {q: rng.choice(_bands(q)[:2] * 4 + _bands(q)) for q in COLUMNS}


def _csv(respondents: list[Answers]) -> bytes:
    lines = [",".join(COLUMNS)] + [",".join(r[q] for q in COLUMNS) for r in respondents]
    return ("\n".join(lines) + "\n").encode()


# --- the outsider's attack, by brute force -----------------------------------------------


Marker = int | str  # a published number, or "small" / "hidden" / "withheld"


def _vectors(cells: dict[str, Marker], total: int, t: int) -> list[dict[str, int]] | None:
    """Every table row consistent with the markers and the total (None: no information)."""
    if any(m == "withheld" for m in cells.values()):
        return None
    bounds = {
        b: (m, m) if isinstance(m, int) else (1, t - 1) if m == "small" else (t, total)
        for b, m in cells.items()
    }
    bands = list(bounds)
    found: list[dict[str, int]] = []

    def extend(index: int, rest: int, chosen: dict[str, int]) -> None:
        if index == len(bands):
            if rest == 0:
                found.append(dict(chosen))
            return
        low, high = bounds[bands[index]]
        floor_after = sum(bounds[b][0] for b in bands[index + 1 :])
        for value in range(low, min(high, rest - floor_after) + 1):
            chosen[bands[index]] = value
            extend(index + 1, rest - value, chosen)
        chosen.pop(bands[index], None)

    extend(0, total, {})
    return found


def _need(vector: dict[str, int]) -> int:
    """The need count a row adds up to: "yes" answers, or children (3+ counted as 3)."""
    if "yes" in vector:
        return vector["yes"]
    return vector.get("1", 0) + 2 * vector.get("2", 0) + 3 * vector.get("3+", 0)


def public_figures(survey: dict, key: str) -> set[int]:
    """The need figures of one question that a holder of this release alone can state:
    the published count, or the least the count can be (by brute force)."""
    row = survey.get("rows", {}).get(key)
    if row is None:
        return set()
    if isinstance(row["need"], int):
        return {row["need"]}
    vectors = _vectors(row["cells"], survey["respondents"], survey["threshold"])
    return {min(_need(v) for v in vectors)} if vectors else set()


def _possible(vectors: list[dict[str, int]] | None, band: str, total: int) -> set[int]:
    if vectors is None:
        return set(range(total + 1))
    return {v[band] for v in vectors}


@dataclass
class Export:
    firm: str  # the name: what tells an outsider that two exports are of one firm
    survey: dict  # the firm file's survey section ({} when none)
    numbers: dict[str, int] = field(default_factory=dict)  # every other published count
    _cache: dict = field(default_factory=dict, repr=False)

    def possible(self, key: str, band: str) -> set[int]:
        """The values of one cell consistent with this export alone (cached)."""
        if (key, band) not in self._cache:
            survey = self.survey
            if key not in self._cache:
                cells = survey["rows"][key]["cells"]
                self._cache[key] = _vectors(cells, survey["respondents"], survey["threshold"])
            self._cache[(key, band)] = _possible(self._cache[key], band, survey["respondents"])
        return self._cache[(key, band)]


def attack_one(export: Export) -> list[str]:
    problems = []
    for where, value in export.numbers.items():
        if 0 < value < T:
            problems.append(f"{where} = {value} leaves directly")
    survey = export.survey
    if not survey:
        return problems
    total, t = survey["respondents"], survey["threshold"]
    for key, row in survey["rows"].items():
        for band, marker in [*row["cells"].items(), ("need", row["need"])]:
            if isinstance(marker, int) and 0 < marker < T:
                problems.append(f"{key}.{band} = {marker} leaves directly")
        vectors = _vectors(row["cells"], total, t)
        for band, marker in row["cells"].items():
            if marker == "small" and len(_possible(vectors, band, total)) == 1:
                problems.append(f"{key}.{band} is worked out by subtraction")
    return problems


def attack_pair(first: Export, second: Export) -> list[str]:
    problems = []
    for where in first.numbers.keys() & second.numbers.keys():
        change = second.numbers[where] - first.numbers[where]
        if 0 < abs(change) < T:
            problems.append(f"{where} changed by {change}")
    a, b = first.survey, second.survey
    if not (a and b):
        return problems
    for key in a["rows"].keys() & b["rows"].keys():
        for band in a["rows"][key]["cells"]:
            old, new = first.possible(key, band), second.possible(key, band)
            if old == new and len(old) == 1:
                continue  # the same published number: no change
            changes = {y - x for x in old for y in new}
            if changes and (all(0 < d < T for d in changes) or all(-T < d < 0 for d in changes)):
                problems.append(f"{key}.{band} changed by {sorted(changes)[:3]}")
    return problems


def _moves(before: list | None, after: list | None, bands: list[str], added: bool) -> set:
    """(old band, new band) moves of one person that take a row from before to after."""
    if before is None or after is None:
        olds = [None] if added else bands
        return {(o, n) for o in olds for n in bands if o != n}
    found = set()
    after_set = {tuple(sorted(v.items())) for v in after}
    for vector in before:
        for old in [None] if added else bands:
            for new in bands:
                if old == new or (old is not None and vector[old] == 0):
                    continue
                moved = dict(vector)
                if old is not None:
                    moved[old] -= 1
                moved[new] += 1
                if tuple(sorted(moved.items())) in after_set:
                    found.add((old, new))
    return found


def attack_one_change(first: Export, second: Export, added: bool) -> list[str]:
    """The attacker knows that one person changed one answer (or that one more
    person answered every question): does that person's answer follow?"""
    a, b = first.survey, second.survey
    if not (a and b):
        return []
    worlds: list[set] = []  # per question: the moves consistent with the two tables
    keys = sorted(a["rows"].keys() & b["rows"].keys())
    for key in keys:
        cells_a, cells_b = a["rows"][key]["cells"], b["rows"][key]["cells"]
        before = _vectors(cells_a, a["respondents"], a["threshold"])
        after = _vectors(cells_b, b["respondents"], b["threshold"])
        moves = _moves(before, after, list(cells_a), added)
        if not added:  # this question may also be the one that did not change
            same = before is None or after is None or any(v in after for v in before)
            moves = moves | ({("same", "same")} if same else set())
        worlds.append(moves)
    problems = []
    if added:
        for key, moves in zip(keys, worlds, strict=True):
            answers = {new for _old, new in moves}
            if len(answers) == 1 and not _everyone_alike(b, key):
                problems.append(f"the new respondent's answer to {key} follows: {answers}")
        return problems
    changed = [
        (key, move)
        for index, (key, moves) in enumerate(zip(keys, worlds, strict=True))
        for move in moves
        if move != ("same", "same")
        and all(("same", "same") in w for j, w in enumerate(worlds) if j != index)
    ]
    single_new = changed and len({(k, m[1]) for k, m in changed}) == 1
    if single_new and not _everyone_alike(b, changed[0][0]):
        problems.append(f"the changed answer follows: {changed[0]}")
    single_old = changed and len({(k, m[0]) for k, m in changed}) == 1
    if single_old and not _everyone_alike(a, changed[0][0]):
        problems.append(f"the old answer follows: {changed[0]}")
    return problems


def _everyone_alike(survey: dict, key: str) -> bool:
    """One release alone says that every respondent gave the same answer (say, 12 "yes",
    0 "no"): what it says of the whole group, not something the comparison revealed.
    Threshold suppression does not hide it (see the README's "what leaves the machine")."""
    vectors = _vectors(survey["rows"][key]["cells"], survey["respondents"], survey["threshold"])
    if vectors is None:
        return False
    return len({b for v in vectors for b, n in v.items() if n > 0}) == 1


# --- the state machine ---------------------------------------------------------------------


class SurveyPrivacy(RuleBasedStateMachine):
    firms = Bundle("firms")

    def __init__(self) -> None:
        super().__init__()
        base = Path("/dev/shm") if Path("/dev/shm").is_dir() else None
        self.folder = Path(tempfile.mkdtemp(prefix="wat-privacy-", dir=base))
        self.app = open_app(self.folder / "data")
        self.answers: dict[int, list[Answers]] = {}  # firm id -> the truth, never exported
        self.backups: list[tuple[Path, dict[int, list[Answers]]]] = []
        self.exports: list[Export] = []
        self.releases: dict[str, list[dict]] = {}  # firm name -> every table it published
        self.tr = Translate()

    def teardown(self) -> None:
        self.app.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _alive(self, firm_id: int) -> bool:
        return any(f.id == firm_id for f in self.app.firms.list_firms(include_archived=True))

    @initialize(target=firms, name=st.sampled_from(NAMES), headcount=st.integers(30, 40))
    def first_firm(self, name: str, headcount: int) -> int:
        return self.add_firm(name, headcount)

    @rule(target=firms, name=st.sampled_from(NAMES), headcount=st.integers(30, 40))
    def add_firm(self, name: str, headcount: int) -> int:
        firm = self.app.firms.create_firm(name)
        firm.profile.headcount.operai = headcount
        return self.app.firms.save(firm).id  # type: ignore[return-value]

    @rule(
        firm_id=firms, headcount=st.integers(30, 40), town=st.sampled_from(["Pinerolo", "Luserna"])
    )
    def edit_firm(self, firm_id: int, headcount: int, town: str) -> None:
        if self._alive(firm_id):
            firm = self.app.firms.load(firm_id)
            firm.profile.headcount.operai = headcount
            firm.profile.municipality = town
            self.app.firms.save(firm)

    @rule(firm_id=consumes(firms))
    def delete_firm(self, firm_id: int) -> None:
        if self._alive(firm_id):
            self.app.firms.delete(firm_id)
            self.answers.pop(firm_id, None)

    def _import(self, firm_id: int, respondents: list[Answers]) -> None:
        from wat_desktop.services.survey_service import SurveyFileError

        path = self.folder / "answers.csv"
        path.write_bytes(_csv(respondents))
        if len(respondents) < T:  # too few to show anything: refused, nothing stored
            before = self.app.firms.load(firm_id).survey
            with pytest.raises(SurveyFileError):
                self.app.surveys.import_file(firm_id, path)
            assert self.app.firms.load(firm_id).survey == before
            return
        self.app.surveys.import_file(firm_id, path)
        self.answers[firm_id] = respondents
        FIGURES["imports"] += 1
        firm = self.app.firms.load(firm_id)
        self.releases.setdefault(firm.name, []).append(firm.survey)
        for key in firm.survey["rows"]:
            expected = public_figures(firm.survey, key)
            if expected:  # a withheld question leaves the count as it was
                assert {firm.needs.get(NeedKey(key), 0)} == expected, key

    @rule(firm_id=firms, count=st.integers(2, 24), seed=st.integers(0, 2**32))
    def import_survey(self, firm_id: int, count: int, seed: int) -> None:
        if self._alive(firm_id):
            rng = random.Random(seed)
            self._import(firm_id, [_respondent(rng) for _ in range(count)])

    def _export(self, firm_id: int) -> Export:
        firm_file = json.loads(
            self.app.firm_files.export(firm_id, self.folder / "firm.json").read_text()
        )
        demand = json.loads(self.app.territory.export(firm_id, self.folder / "d.json").read_text())
        # The dossier PDF prints exactly this section (services/dossier_data.py).
        dossier = needs_section(self.app.firms.load(firm_id), self.tr, T)
        survey = firm_file.get("survey") or {}
        name = firm_file["profile"]["name"]
        numbers = {f"firm file needs.{k}": v for k, v in firm_file["needs"].items()}
        numbers.update(
            {f"demand needs.{k}": v for k, v in demand["needs"].items() if isinstance(v, int)}
        )
        for key, row in survey.get("rows", {}).items():
            if isinstance(row["need"], int):
                continue  # a published count: attacked as a number like any other
            # Not published: the number must be a figure some release of this firm states.
            stated = {0}.union(*(public_figures(r, key) for r in self.releases.get(name, [])))
            for where in (f"firm file needs.{key}", f"demand needs.{key}"):
                if where in numbers:
                    assert numbers.pop(where) in stated, (where, stated)
                    FIGURES["unpublished_counts_checked"] += 1
        numbers.update(
            {f"dossier {r.label}": int(r.shown) for r in dossier.rows if r.shown.isdigit()}
        )
        export = Export(name, survey, numbers)
        problems = attack_one(export)
        for earlier in self.exports:
            if earlier.firm == export.firm:
                problems += attack_pair(earlier, export)
                FIGURES["pairs"] += 1
        assert not problems, problems
        self.exports.append(export)
        FIGURES["exports"] += 1
        return export

    @rule(firm_id=firms)
    def export(self, firm_id: int) -> None:
        if self._alive(firm_id):
            self._export(firm_id)

    @precondition(lambda self: bool(self.answers))
    @rule(data=st.data())
    def change_one_answer(self, data: st.DataObject) -> None:
        firm_id = data.draw(st.sampled_from(sorted(self.answers)))
        if not self._alive(firm_id):
            return
        before = self._export(firm_id)
        respondents = [dict(r) for r in self.answers[firm_id]]
        person = data.draw(st.integers(0, len(respondents) - 1))
        question = data.draw(st.sampled_from(COLUMNS))
        others = [b for b in _bands(question) if b != respondents[person][question]]
        respondents[person][question] = data.draw(st.sampled_from(others))
        self._import(firm_id, respondents)
        after = self._export(firm_id)
        assert not attack_one_change(before, after, added=False)
        FIGURES["one_change_pairs"] += 1

    @precondition(lambda self: bool(self.answers))
    @rule(data=st.data(), seed=st.integers(0, 2**32))
    def one_more_respondent(self, data: st.DataObject, seed: int) -> None:
        firm_id = data.draw(st.sampled_from(sorted(self.answers)))
        if not self._alive(firm_id):
            return
        before = self._export(firm_id)
        self._import(firm_id, [*self.answers[firm_id], _respondent(random.Random(seed))])
        after = self._export(firm_id)
        assert not attack_one_change(before, after, added=True)
        FIGURES["one_change_pairs"] += 1

    @rule()
    def backup(self) -> None:
        info = self.app.backups.create("manual")
        self.backups.append((info.path, {k: list(v) for k, v in self.answers.items()}))

    @precondition(lambda self: bool(self.backups))
    @rule(data=st.data())
    def restore(self, data: st.DataObject) -> None:
        path, answers = data.draw(st.sampled_from(self.backups))
        if path.exists():
            self.app.backups.restore(path)
            self.answers = {k: list(v) for k, v in answers.items()}
            FIGURES["restores"] += 1

    @invariant()
    def the_database_is_sound(self) -> None:
        assert self.app.backups.check().ok


SurveyPrivacy.TestCase.settings = settings(
    max_examples=60,
    stateful_step_count=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestSurveyPrivacy = SurveyPrivacy.TestCase


def test_zz_report_the_suppression_figures() -> None:
    """Printed for the README (pytest -s); runs after the state machine above."""
    print("suppression cases:", json.dumps(FIGURES))
    assert FIGURES["exports"] > 0 or FIGURES["imports"] == 0


def test_the_attacker_catches_an_unprotected_release() -> None:
    """The brute-force attacker is not a pushover: one changed answer published as is."""
    yes_no = {"yes": 12, "no": 8, "": 0}
    first = Export("Alfa Srl", _release(yes_no, 20))
    moved = Export("Alfa Srl", _release({"yes": 13, "no": 7, "": 0}, 20))
    assert attack_pair(first, moved)
    assert attack_one_change(first, moved, added=False)
    small = Export("Alfa Srl", _release({"yes": "small", "no": 17, "": 0}, 20))
    assert any("subtraction" in p for p in attack_one(small))
    assert attack_one(Export("Alfa Srl", {}, {"needs.commuting": 3}))


def _release(cells: dict[str, Marker], respondents: int) -> dict:
    return {
        "respondents": respondents,
        "threshold": T,
        "rows": {"commuting": {"cells": cells, "need": cells["yes"]}},
    }


assert Band.YES.value == "yes"  # the CSV spelling is the band value
