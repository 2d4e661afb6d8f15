"""Write the hostile corpus of the survey CSV and firm file importers, and files
that no importer may take (``tests/data/hostile/{survey,firm,any}``).

Run ``python -m tests.safety.make_hostile_corpus`` after changing a case; the files
are committed so that the corpus is plain data anyone can open. Each folder has an
``expected.json``: file name -> [where the message points, words it must contain],
in the shape of the catalogue and demand corpora (``where`` is a line such as
``Line 3`` for a CSV, a field path for JSON, "" for the whole file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from wat_desktop.domain.survey.csv_schema import COLUMNS as SURVEY_COLUMNS

ROOT = Path(__file__).resolve().parents[2] / "tests" / "data" / "hostile"
COLUMNS = list(SURVEY_COLUMNS)
ROW = ["1", "0", "0", "0", "0", "no", "no", "no", "no", "sì", "sì", "no", "no", "", "no"]


def _csv(rows: list[list[str]], sep: str = ",", encoding: str = "utf-8") -> bytes:
    return ("\r\n".join(sep.join(r) for r in rows) + "\r\n").encode(encoding)


def _good_rows(count: int = 6) -> list[list[str]]:
    return [COLUMNS] + [list(ROW) for _ in range(count)]


def _with_cell(column: str, value: str, line: int = 3) -> list[list[str]]:
    rows = _good_rows()
    rows[line - 1][COLUMNS.index(column)] = value
    return rows


def survey_cases() -> dict[str, tuple[bytes, list[str]]]:
    many = ",".join(f"col{i}" for i in range(20_000))
    unclosed = _good_rows()
    unclosed[2][0] = '"1'
    return {
        "empty.csv": (b"", ["", "empty"]),
        "bom-only.csv": (b"\xef\xbb\xbf", ["", "empty"]),
        "blank-lines-only.csv": (b"\r\n\r\n\r\n", ["", "empty"]),
        "header-only.csv": (_csv([COLUMNS]), ["", "no answers"]),
        "utf16.csv": (_csv(_good_rows()).decode().encode("utf-16"), ["", "not a CSV text"]),
        "nul-bytes.csv": (_csv(_good_rows())[:40] + b"\x00\x00" + b"1,0", ["", "not a CSV text"]),
        "png-renamed.csv": (
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 32,
            ["", "not a CSV"],
        ),
        "zip-renamed.csv": (
            b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + b"\x00" * 40,
            ["", "not a CSV"],
        ),
        "undefined-cp1252-byte.csv": (_csv(_good_rows()) + b"\x81\x8d", ["", "not a CSV text"]),
        "names-column.csv": (
            _csv([[*COLUMNS, "nome"]] + [[*ROW, "Mario Rossi"]] * 5),
            ["", "Unknown columns: nome"],
        ),
        "names-column-cp1252.csv": (
            _csv([[*COLUMNS, "dipendente"]] + [[*ROW, "Niccolò"]] * 5, ";", "cp1252"),
            ["", "Unknown columns: dipendente"],
        ),
        "missing-column.csv": (
            _csv([COLUMNS[:-1]] + [ROW[:-1]] * 5),
            ["", "Missing columns: time_flexibility"],
        ),
        "repeated-column.csv": (
            _csv([[*COLUMNS, "training"]] + [[*ROW, "no"]] * 5),
            ["", "Repeated columns: training"],
        ),
        "twenty-thousand-columns.csv": (
            (many + "\r\n" + many + "\r\n").encode(),
            ["", "Unknown columns"],
        ),
        "bad-yes-no.csv": (_csv(_with_cell("training", "forse")), ["Line 3", "forse"]),
        "bad-children.csv": (_csv(_with_cell("children_3_5", "7")), ["Line 3", "children_3_5"]),
        "nan-cell.csv": (_csv(_with_cell("children_0_2", "NaN", 4)), ["Line 4", "NaN"]),
        "huge-number.csv": (
            _csv(_with_cell("children_0_2", "9" * 5000, 5)),
            ["Line 5", "children_0_2"],
        ),
        "negative-children.csv": (_csv(_with_cell("children_6_10", "-1")), ["Line 3", "-1"]),
        "formula-cell.csv": (
            _csv(_with_cell("commuting", '=HYPERLINK("http://x.example";"click")', 6)),
            ["Line 6", "commuting"],
        ),
        "free-text-answer.csv": (
            _csv(_with_cell("psychological_support", "sì: mia moglie Anna è in cura", 2)),
            ["Line 2", "psychological_support"],
        ),
        "too-many-cells.csv": (_csv([*_good_rows()[:3], [*ROW, "extra"]]), ["Line 4", "16 cells"]),
        "mixed-separators.csv": (
            _csv([COLUMNS], ";") + _csv([ROW] * 5, ","),
            ["Line 2", "1 cells instead of 15"],
        ),
        "unclosed-quote.csv": (_csv(unclosed), ["Line", "cells instead of"]),
        "cell-over-csv-limit.csv": (
            _csv(_with_cell("training", "x" * 140_000)),
            ["", "not a valid CSV file (line 3)"],
        ),
        "json-instead.csv": (
            json.dumps({"format": "wat-desktop-firm", "profile": {"name": "x"}}).encode(),
            ["", "Unknown columns"],
        ),
    }


def _firm(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = {
        "format": "wat-desktop-firm",
        "schema_version": 1,
        "profile": {"name": "Officine Esempio Srl", "headcount": {"operai": 24}},
        "needs": {"children_0_2": 6, "commuting": 11},
        "relevance": {"childcare": 4},
    }
    document.update(changes)
    return document


def _json(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False, indent=1).encode()


def _nested(depth: int) -> dict[str, Any]:
    node: dict[str, Any] = {"x": 1}
    for _ in range(depth):
        node = {"x": node}
    return node


def _small_survey() -> dict[str, Any]:
    cells = {"yes": 2, "no": 20, "": 0}
    return {
        "version": 1,
        "respondents": 22,
        "headcount": 24,
        "threshold": 5,
        "imported_on": "2026-11-20",
        "rows": {"commuting": {"cells": cells, "need": 2}},
    }


def _computable_survey() -> dict[str, Any]:
    cells = {"yes": "small", "no": 19, "": 0}  # 22 - 19 - 0 = 3: the "< 5" is known
    return {**_small_survey(), "rows": {"commuting": {"cells": cells, "need": "small"}}}


def firm_cases() -> dict[str, tuple[bytes, list[str]]]:
    valid = _json(_firm())
    duplicate = valid.replace(b'"name": "Officine Esempio Srl"', b'"name": "A", "name": "B"')
    profile_extra = {"name": "X Srl", "codice_fiscale_dipendente": "RSSMRA80A01H501U"}
    return {
        "empty.json": (b"", ["", "not a JSON file (line 1, column 1)"]),
        "whitespace.json": (b"  \n\n  ", ["", "not a JSON file (line 3"]),
        "not-an-object.json": (b"[1, 2, 3]", ["", "one JSON object"]),
        "truncated.json": (valid[: len(valid) // 2], ["", "not a JSON file (line"]),
        "trailing-garbage.json": (valid + b"\n{}", ["", "not a JSON file (line"]),
        "deep-nesting.json": (b"[" * 100_000 + b"]" * 100_000, ["", "nested too deeply"]),
        "deep-objects.json": (_json(_firm(profile=_nested(40))), ["", "nested too deeply"]),
        "duplicate-key.json": (duplicate, ["", '"name" appears twice']),
        "nan.json": (valid.replace(b'"commuting": 11', b'"commuting": NaN'), ["", "NaN"]),
        "infinity.json": (valid.replace(b"11", b"-Infinity"), ["", "-Infinity"]),
        "huge-integer.json": (valid.replace(b"11", b"9" * 5000), ["", "is too large"]),
        "huge-exponent.json": (valid.replace(b"11", b"1e400"), ["", "is too large"]),
        "big-count.json": (valid.replace(b"11", b"99999999999"), ["needs.commuting", "too large"]),
        "float-count.json": (valid.replace(b"11", b"11.5"), ["needs.commuting", "whole number"]),
        "string-count.json": (valid.replace(b"11", b'"11"'), ["needs.commuting", "whole number"]),
        "bool-count.json": (valid.replace(b"11", b"true"), ["needs.commuting", "whole number"]),
        "negative-count.json": (valid.replace(b"11", b"-4"), ["needs.commuting", "too small"]),
        "unknown-need.json": (
            _json(_firm(needs={"nome_dipendente_malato": 1})),
            ["needs.nome_dipendente_malato", ""],
        ),
        "unknown-field.json": (
            _json(_firm(profile=profile_extra)),
            ["profile.codice_fiscale_dipendente", "unknown field"],
        ),
        "employee-list.json": (
            _json(_firm(employees=[{"name": "Mario Rossi", "children": 2}])),
            ["employees", "unknown field"],
        ),
        "too-many-fields.json": (
            _json(_firm(needs={f"k{i}": 1 for i in range(5000)})),
            ["", "5000 fields"],
        ),
        "wrong-format.json": (_json(_firm(format="wat-catalogue")), ["format", "wat-desktop-firm"]),
        "wrong-version.json": (_json(_firm(schema_version=7)), ["schema_version", "version 7"]),
        "name-too-long.json": (
            _json(_firm(profile={"name": "S" * 5000})),
            ["profile.name", "too long"],
        ),
        "name-missing.json": (
            b"\xef\xbb\xbf" + _json(_firm(profile={})),
            ["profile.name", "missing"],
        ),
        "relevance-out-of-range.json": (
            _json(_firm(relevance={"childcare": 9})),
            ["relevance.childcare", "9"],
        ),
        "latin1-text.json": (
            _json(_firm()).replace(b"Officine", "Società".encode("latin-1")),
            ["", "not UTF-8 text (line 5)"],
        ),
        "utf16.json": (valid.decode().encode("utf-16"), ["", "not UTF-8"]),
        "survey-count-below-threshold.json": (
            _json(_firm(survey=_small_survey())),
            ["survey.rows.commuting.cells.yes", "anonymity threshold"],
        ),
        "survey-count-by-subtraction.json": (
            _json(_firm(survey=_computable_survey())),
            ["survey.rows.commuting", "worked out"],
        ),
    }


def any_cases() -> dict[str, tuple[bytes, list[str]]]:
    """Files that are not exchange files at all: every importer refuses each."""
    return {
        "random-bytes.bin": (bytes((i * 7919 + 13) % 256 for i in range(4096)), ["", ""]),
        "pdf-renamed.json": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", ["", ""]),
        "zip-bomb-header.json": (b"PK\x03\x04" + b"\x00" * 26 + b"x" * 64, ["", ""]),
        "utf16-bom-text.csv": ("ciao, mondo\n".encode("utf-16"), ["", ""]),
        "only-a-bom.json": (b"\xef\xbb\xbf", ["", ""]),
        "script.json": (b"<script>alert(1)</script>", ["", ""]),
        # Found while building this corpus: 20,000 unknown keys (209 KB, under the
        # demand cap) took the demand importer 120 s; the shared field cap refuses it.
        "twenty-thousand-keys.json": (
            json.dumps(
                {"format": "wat-demand", "schema_version": 1, **{f"k{i}": 1 for i in range(20_000)}}
            ).encode(),
            ["", ""],
        ),
    }


def write() -> int:
    total = 0
    for folder, cases in (
        ("survey", survey_cases()),
        ("firm", firm_cases()),
        ("any", any_cases()),
    ):
        target = ROOT / folder
        target.mkdir(parents=True, exist_ok=True)
        expected = {}
        for name, (data, words) in cases.items():
            (target / name).write_bytes(data)
            expected[name] = words
            total += 1
        text = json.dumps(expected, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
        (target / "expected.json").write_text(text, encoding="utf-8")
    return total


if __name__ == "__main__":
    print(f"{write()} hostile files written under {ROOT}")
