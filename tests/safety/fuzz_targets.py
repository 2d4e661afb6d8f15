"""What every importer does with the bytes of a file before anything is stored.

One function per importer, shared by the atheris fuzzer (``fuzz_importers``) and
the hypothesis fuzz that runs everywhere (``test_fuzz_importers``). Each must
either accept the input or raise its importer's documented error; any other
exception is a crash, and the input that caused it is kept as a regression file
in ``tests/data/hostile/fuzz/<importer>/``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

from wat_desktop.domain.catalogue_format import CatalogueFormatError, parse_catalogue_bytes
from wat_desktop.domain.demand_file import MAX_BYTES as DEMAND_BYTES
from wat_desktop.domain.demand_file import DemandFileError, parse_demand_file
from wat_desktop.domain.firm_file import MAX_BYTES as FIRM_BYTES
from wat_desktop.domain.firm_file import FirmFileError, from_firm_file, parse_firm_file
from wat_desktop.domain.schema_errors import StrictJsonError, decode_utf8
from wat_desktop.domain.survey.disclosure import release_issues
from wat_desktop.domain.survey.result import SurveyResult
from wat_desktop.services.survey_service import MAX_BYTES as SURVEY_BYTES
from wat_desktop.services.survey_service import SurveyFileError, parse_csv

REGRESSIONS = Path(__file__).resolve().parents[1] / "data" / "hostile" / "fuzz"


def survey(data: bytes) -> None:
    if len(data) <= SURVEY_BYTES:
        parse_csv(data)


def firm(data: bytes) -> None:
    if len(data) > FIRM_BYTES:
        return
    try:
        text = decode_utf8(data)
    except StrictJsonError:
        return
    release = SurveyResult.from_dict(from_firm_file(parse_firm_file(text)).survey)
    if release is not None:
        release_issues(release)


def catalogue(data: bytes) -> None:
    parse_catalogue_bytes(data)


def demand(data: bytes) -> None:
    if len(data) > DEMAND_BYTES:
        return
    try:
        text = decode_utf8(data)
    except StrictJsonError:
        return
    parse_demand_file(text)


TARGETS: dict[str, tuple[Callable[[bytes], None], tuple[type[Exception], ...]]] = {
    "survey": (survey, (SurveyFileError,)),
    "firm": (firm, (FirmFileError, StrictJsonError)),
    "catalogue": (catalogue, (CatalogueFormatError,)),
    "demand": (demand, (DemandFileError,)),
}
SEEDS = {
    "survey": ("survey", "../survey"),
    "firm": ("firm",),
    "catalogue": ("catalogue",),
    "demand": ("demand",),
}


def seeds(importer: str) -> list[bytes]:
    """Valid and hostile example files to start mutating from."""
    base = REGRESSIONS.parent
    found = []
    for folder in SEEDS[importer]:
        for path in sorted((base / folder).glob("*")):
            if path.is_file() and path.name != "expected.json" and path.stat().st_size < 64_000:
                found.append(path.read_bytes())
    return found


def run_one(importer: str, data: bytes) -> None:
    """Run ``data`` through the importer; raise only if it crashed."""
    target, expected = TARGETS[importer]
    with contextlib.suppress(expected):
        target(data)
