"""Validation of a year file's content into a ``TaxYear``.

Each check names the file and the dotted field, e.g.
``2026.toml: productivity.cap.source: missing``, so a labour consultant editing
the file sees what to fix.

Texts users read are Italian and English: ``ref.it = "..."`` and ``ref.en =
"..."`` (both required), or one plain string for a citation or a proper name
that reads the same in both languages. A plain string with English words in it
is refused: it would show English in the Italian dossier. ``meta.status`` is a
sentence, so it always needs both.
"""

from __future__ import annotations

import re
from dataclasses import fields
from decimal import Decimal
from typing import Any

from wat_desktop.domain.ccnl import CcnlId
from wat_desktop.domain.rules.parameters import (
    EMPLOYEE_CATEGORIES,
    LANGUAGES,
    Band,
    CcnlObligationRule,
    Citation,
    Cited,
    Fringe,
    Inps,
    Irpef,
    LocalText,
    Productivity,
    Scale,
    TaxWedge,
    TaxYear,
    WorkDeduction,
)
from wat_desktop.domain.rules.year_files import TaxYearError

OBLIGATION_KINDS = ("flexible_benefits", "health_fund", "bilateral_body")
HUNDRED = Decimal(100)
# Words that mark English prose; Italian legal citations never contain them.
ENGLISH_WORDS = re.compile(
    r"\b(the|of|and|by|with|from|for|above|below|until|not|amended|employee|employees|"
    r"employer|yearly|page|renewal|placeholder|unverified|confirmed|unknown)\b",
    re.IGNORECASE,
)


class _Reader:
    def __init__(self, document: dict[str, Any], file_name: str) -> None:
        self.document = document
        self.file_name = file_name

    def fail(self, field: str, problem: str) -> TaxYearError:
        return TaxYearError(self.file_name, field, problem)

    def node(self, path: str, kind: type = dict) -> Any:
        current: Any = self.document
        walked = []
        for part in path.split("."):
            walked.append(part)
            if not isinstance(current, dict) or part not in current:
                raise self.fail(".".join(walked), "missing")
            current = current[part]
        if not isinstance(current, kind) or isinstance(current, bool) != (kind is bool):
            raise self.fail(path, f"expected {kind.__name__}")
        return current

    def text(self, table: dict[str, Any], path: str, key: str) -> str:
        value = table.get(key)
        if value is None:
            raise self.fail(f"{path}.{key}", "missing")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{path}.{key}", "expected non-empty text")
        return value

    def number(self, table: dict[str, Any], path: str, key: str) -> Decimal:
        value = table.get(key)
        if value is None:
            raise self.fail(f"{path}.{key}", "missing")
        if isinstance(value, bool) or not isinstance(value, int | Decimal):
            raise self.fail(f"{path}.{key}", "expected a number")
        if value < 0:
            raise self.fail(f"{path}.{key}", "must not be negative")
        return Decimal(value)

    def local_text(
        self, table: dict[str, Any], path: str, key: str, *, prose: bool = False
    ) -> LocalText:
        """``key = "same in both"`` or ``key.it = "..."`` + ``key.en = "..."``.

        ``prose``: a sentence, so both languages are required."""
        value = table.get(key)
        field = f"{path}.{key}"
        if isinstance(value, str) and not prose:
            text = self.text(table, path, key)
            word = ENGLISH_WORDS.search(text)
            if word:
                raise self.fail(
                    field,
                    f"English words ({word.group(0)!r}) in a text shared by both languages: "
                    f"write {key}.it and {key}.en",
                )
            return LocalText.same(text)
        if not isinstance(value, dict):
            if value is None:
                raise self.fail(field, "missing")
            raise self.fail(field, f"expected {key}.it and {key}.en")
        extra = sorted(set(value) - set(LANGUAGES))
        if extra:
            raise self.fail(f"{field}.{extra[0]}", "only it and en are allowed")
        return LocalText(self.text(value, field, "it"), self.text(value, field, "en"))

    def citation(self, table: dict[str, Any], path: str) -> Citation:
        assumption = table.get("assumption", False)
        if not isinstance(assumption, bool):
            raise self.fail(f"{path}.assumption", "expected true or false")
        return Citation(
            path,
            self.local_text(table, path, "ref"),
            self.local_text(table, path, "source"),
            assumption,
        )

    def cited(self, path: str, *, percent: bool = False) -> Cited:
        table = self.node(path)
        value = self.number(table, path, "value")
        if percent and value > HUNDRED:
            raise self.fail(f"{path}.value", "a percentage cannot exceed 100")
        return Cited(value / HUNDRED if percent else value, self.citation(table, path))

    def bands(self, table: dict[str, Any], path: str, key: str) -> tuple[Band, ...]:
        rows = table.get(key)
        field = f"{path}.{key}"
        if not isinstance(rows, list) or not rows:
            raise self.fail(field, "missing" if rows is None else "expected a list of bands")
        bands = []
        previous = Decimal(0)
        for index, row in enumerate(rows):
            where = f"{field}[{index}]"
            if not isinstance(row, dict):
                raise self.fail(where, "expected { up_to = ..., percent = ... }")
            rate = self.number(row, where, "percent") / HUNDRED
            up_to = None if "up_to" not in row else self.number(row, where, "up_to")
            if up_to is not None and up_to <= previous:
                raise self.fail(f"{where}.up_to", "bands must rise")
            if up_to is None and index != len(rows) - 1:
                raise self.fail(f"{where}.up_to", "only the last band may be open-ended")
            bands.append(Band(up_to, rate))
            previous = up_to or previous
        return tuple(bands)

    def scale(self, path: str) -> Scale:
        table = self.node(path)
        bands = self.bands(table, path, "bands")
        if bands[-1].up_to is not None:
            raise self.fail(f"{path}.bands", "the last band must have no up_to")
        return Scale(bands, self.citation(table, path))


def build_tax_year(document: dict[str, Any], file_name: str) -> TaxYear:
    """Check every field and build the ``TaxYear``; raises ``TaxYearError``."""
    r = _Reader(document, file_name)
    meta = r.node("meta")
    year = meta.get("year")
    if not isinstance(year, int) or isinstance(year, bool):
        raise r.fail("meta.year", "missing" if year is None else "expected a year")
    if file_name[:4].isdigit() and int(file_name[:4]) != year:
        raise r.fail("meta.year", f"{year} does not match the file name")
    return TaxYear(
        year=year,
        in_force_on=r.text(meta, "meta", "in_force_on"),
        status=r.local_text(meta, "meta", "status", prose=True),
        file_name=file_name,
        fringe=_fringe(r),
        meal_paper_daily=r.cited("meal_vouchers.paper_daily"),
        meal_electronic_daily=r.cited("meal_vouchers.electronic_daily"),
        health_fund_cap=r.cited("caps.health_fund"),
        pension_fund_cap=r.cited("caps.pension_fund"),
        solidarity_rate=r.cited("solidarity.health_and_pension", percent=True),
        voluntary_deduction_rate=_per_mille(r, "deductibility.voluntary_per_mille"),
        productivity=Productivity(
            r.cited("productivity.tax_rate", percent=True),
            r.cited("productivity.cap"),
            r.cited("productivity.income_limit"),
            r.citation(r.node("productivity.conversion"), "productivity.conversion"),
        ),
        irpef=_irpef(r),
        work_deduction=_work_deduction(r),
        tax_wedge=_tax_wedge(r),
        inps=_inps(r),
        tfr_divisor=_positive(r, "tfr.divisor"),
        exemption=r.citation(r.node("exemption"), "exemption"),
        regional=_regional(r),
        municipal=r.cited("surcharges.municipal", percent=True),
        ccnl=_ccnl(r),
    )


def _per_mille(r: _Reader, path: str) -> Cited:
    cited = r.cited(path)
    return Cited(cited.value / 1000, cited.citation)


def _positive(r: _Reader, path: str) -> Cited:
    cited = r.cited(path)
    if cited.value == 0:
        raise r.fail(f"{path}.value", "must be greater than zero")
    return cited


def _fringe(r: _Reader) -> Fringe:
    cliff_table = r.node("fringe.cliff")
    cliff = cliff_table.get("value")
    if not isinstance(cliff, bool):
        raise r.fail("fringe.cliff.value", "expected true or false")
    items_table = r.node("fringe.derogation_items")
    items = items_table.get("value")
    if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
        raise r.fail("fringe.derogation_items.value", "expected a list of item names")
    return Fringe(
        r.cited("fringe.ordinary_ceiling"),
        r.cited("fringe.ceiling_general"),
        r.cited("fringe.ceiling_with_children"),
        cliff,
        r.citation(cliff_table, "fringe.cliff"),
        tuple(items),
        r.citation(items_table, "fringe.derogation_items"),
    )


def _irpef(r: _Reader) -> Irpef:
    table = r.node("irpef")
    bands = r.bands(table, "irpef", "brackets")
    if bands[-1].up_to is not None:
        raise r.fail("irpef.brackets", "the last bracket must have no up_to")
    return Irpef(
        Scale(bands, r.citation(table, "irpef")),
        r.number(table, "irpef", "deduction_cut_above"),
        r.number(table, "irpef", "deduction_cut"),
    )


def _work_deduction(r: _Reader) -> WorkDeduction:
    path = "work_deduction"
    table = r.node(path)
    names = [f.name for f in fields(WorkDeduction) if f.name != "citation"]
    values = {name: r.number(table, path, name) for name in names}
    if not values["low_limit"] < values["mid_limit"] < values["high_limit"]:
        raise r.fail(f"{path}.mid_limit", "limits must rise: low < mid < high")
    return WorkDeduction(**values, citation=r.citation(table, path))


def _tax_wedge(r: _Reader) -> TaxWedge:
    path = "tax_wedge"
    table = r.node(path)
    sum_bands = r.bands(table, path, "sum_bands")
    if sum_bands[-1].up_to is None:
        raise r.fail(f"{path}.sum_bands", "the last band needs an up_to")
    names = ["deduction_above", "deduction_full_up_to", "deduction", "deduction_ends_at"]
    values = {name: r.number(table, path, name) for name in names}
    if not values["deduction_above"] < values["deduction_full_up_to"] < values["deduction_ends_at"]:
        raise r.fail(f"{path}.deduction_full_up_to", "limits must rise")
    return TaxWedge(sum_bands, **values, citation=r.citation(table, path))


def _inps(r: _Reader) -> Inps:
    extra = r.cited("inps.employee_extra", percent=True)
    threshold = r.number(r.node("inps.employee_extra"), "inps.employee_extra", "threshold")
    return Inps(
        r.cited("inps.employee", percent=True),
        extra,
        threshold,
        r.cited("inps.employer", percent=True),
    )


def _regional(r: _Reader) -> dict[str, Scale]:
    regions = r.node("surcharges.regional")
    if not regions:
        raise r.fail("surcharges.regional", "at least one region is needed")
    return {name: r.scale(f"surcharges.regional.{name}") for name in regions}


def _ccnl(r: _Reader) -> dict[str, tuple[CcnlObligationRule, ...]]:
    table = r.node("ccnl")
    known = {c.value for c in CcnlId}
    for key in table:
        if key not in known:
            raise r.fail(f"ccnl.{key}", f"unknown CCNL id; known: {sorted(known)}")
    result = {}
    for ccnl_id in CcnlId:
        path = f"ccnl.{ccnl_id.value}"
        rows = r.node(path, list)
        result[ccnl_id.value] = tuple(
            _obligation(r, row, f"{path}[{index}]") for index, row in enumerate(rows)
        )
    return result


def _obligation(r: _Reader, row: Any, path: str) -> CcnlObligationRule:
    if not isinstance(row, dict):
        raise r.fail(path, "expected a table")
    kind = r.text(row, path, "kind")
    if kind not in OBLIGATION_KINDS:
        raise r.fail(f"{path}.kind", f"expected one of {list(OBLIGATION_KINDS)}")
    if ("per_employee_year" in row) == ("per_employee_month" in row):
        raise r.fail(f"{path}.per_employee_year", "give per_employee_year or per_employee_month")
    if "per_employee_year" in row:
        yearly = r.number(row, path, "per_employee_year")
    else:
        yearly = r.number(row, path, "per_employee_month") * 12
    solidarity = row.get("solidarity")
    if not isinstance(solidarity, bool):
        raise r.fail(f"{path}.solidarity", "expected true or false")
    categories = row.get("categories", list(EMPLOYEE_CATEGORIES))
    if (
        not isinstance(categories, list)
        or not categories
        or any(c not in EMPLOYEE_CATEGORIES for c in categories)
        or len(set(categories)) != len(categories)
    ):
        raise r.fail(f"{path}.categories", f"expected a list of {list(EMPLOYEE_CATEGORIES)}")
    return CcnlObligationRule(
        kind,
        r.local_text(row, path, "name"),
        yearly,
        solidarity,
        r.citation(row, path),
        tuple(categories),
    )
