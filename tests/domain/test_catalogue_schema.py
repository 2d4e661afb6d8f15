"""The catalogue file format: the demo file is valid, the published JSON Schema
is current, and every hostile file is refused with a message naming what and where."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wat_desktop.domain.catalogue_format import (
    MAX_CATALOGUE_BYTES,
    CatalogueFormatError,
    parse_catalogue_bytes,
)
from wat_desktop.services.catalogue_service import demo_catalogue_bytes

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "data" / "hostile" / "catalogue"
EXPECTED: dict[str, list[str]] = json.loads((HOSTILE / "expected.json").read_text("utf-8"))


def test_published_json_schema_is_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "catalogue_schema.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_published_schema_forbids_unknown_fields_everywhere() -> None:
    schema = json.loads((ROOT / "docs" / "schemas" / "catalogue-v1.schema.json").read_text())
    assert schema["additionalProperties"] is False
    assert all(
        d.get("additionalProperties") is False
        for d in schema["$defs"].values()
        if d.get("type") == "object"
    )
    assert schema["properties"]["schema_version"]["const"] == 1


def test_the_corpus_covers_the_required_cases() -> None:
    names = set(EXPECTED)
    for required in (
        "malformed-truncated.json",
        "wrong-schema-version.json",
        "negative-price.json",
        "unknown-need-area.json",
        "duplicate-offer-id.json",
        "nan.json",
        "duplicate-key.json",
        "deep-nesting.json",
        "huge-integer.json",
        "unknown-field-offer.json",
    ):
        assert required in names
    assert {p.name for p in HOSTILE.glob("*.json")} - {"expected.json"} == names


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_hostile_file_is_refused_with_what_and_where(name: str) -> None:
    where, problem = EXPECTED[name]
    with pytest.raises(CatalogueFormatError) as refused:
        parse_catalogue_bytes((HOSTILE / name).read_bytes())
    issues = refused.value.issues
    assert any(i.where.startswith(where) and problem in i.text() for i in issues), [
        i.text() for i in issues
    ]


def test_oversized_file_is_refused_before_parsing() -> None:
    raw = b'{"format": "wat-catalogue", "padding": "' + b"x" * MAX_CATALOGUE_BYTES + b'"}'
    with pytest.raises(CatalogueFormatError, match="file too large"):
        parse_catalogue_bytes(raw)


def test_byte_order_mark_is_accepted() -> None:
    catalogue = parse_catalogue_bytes(b"\xef\xbb\xbf" + demo_catalogue_bytes())
    assert catalogue.network.id == "rete-welfare-pinerolese"


def test_messages_are_translated_through_the_given_translator() -> None:
    class Shouting:
        language = "xx"

        def __call__(self, context: str, text: str) -> str:
            assert context == "CatalogueFormat"
            return text.upper()

    with pytest.raises(CatalogueFormatError) as refused:
        parse_catalogue_bytes((HOSTILE / "negative-price.json").read_bytes())
    text = refused.value.text(Shouting())  # type: ignore[arg-type]
    assert 'offers[0] (nido-interaziendale).price: AMOUNT "-480.00" MUST NOT BE NEGATIVE' in text


def _depth_by_characters(text: str) -> int:
    """The nesting check as a reader walks the text, one character at a time."""
    depth = deepest = 0
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth -= 1
    return deepest


@given(st.text(alphabet='[]{}"\\ a:,\n', max_size=60))
@settings(max_examples=3000, deadline=None)
def test_nesting_is_measured_as_a_reader_would_outside_strings(text: str) -> None:
    """Brackets inside strings (escaped quotes, backslashes, a string left open) never
    count; the fast check agrees with a character-by-character reader on any text."""
    from wat_desktop.domain.catalogue_format import _max_depth

    assert _max_depth(text) == _depth_by_characters(text)


def test_deep_nesting_is_refused_even_when_hidden_after_strings() -> None:
    deep = "[" * 17 + "]" * 17
    for raw in (
        '{"a": "[[[[", "b": ' + deep + "}",
        '{"a": "x\\"[[[[", "b": ' + deep + "}",
        '{"a": "\\\\", "b": ' + deep + "}",
    ):
        with pytest.raises(CatalogueFormatError, match="nested more than 16 levels"):
            parse_catalogue_bytes(raw.encode("utf-8"))
    shallow = '{"a": "' + "[" * 40 + '"}'  # brackets in a string are text
    with pytest.raises(CatalogueFormatError) as refused:
        parse_catalogue_bytes(shallow.encode("utf-8"))
    assert "nested" not in refused.value.text()
