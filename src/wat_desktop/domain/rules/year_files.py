"""Finding and loading the tax-year files (``resources/tax_years/<year>.toml``).

Years are discovered by listing the folder, so a 2028 file needs no code change.
A malformed or incomplete file is refused with ``TaxYearError`` naming the file
and the field.
"""

from __future__ import annotations

import re
import tomllib
from decimal import Decimal
from functools import cache
from importlib import resources

from wat_desktop.domain.rules.parameters import TaxYear

_YEAR_FILE = re.compile(r"^(\d{4})\.toml$")


class TaxYearError(ValueError):
    """A year file is missing, malformed or incomplete."""

    def __init__(self, file_name: str, field: str, problem: str) -> None:
        super().__init__(f"{file_name}: {field}: {problem}")
        self.file_name = file_name
        self.field = field
        self.problem = problem


def _folder():  # a Traversable: works from a wheel or a zip too
    return resources.files("wat_desktop") / "resources" / "tax_years"


# Folder -> its years. The files ship with the app and are read once, as
# ``load_tax_year`` does; the plan's figures ask for the years at every edit.
_LISTED: dict[str, tuple[int, ...]] = {}


def available_years() -> list[int]:
    """The tax years that have a file, ascending."""
    folder = _folder()
    years = _LISTED.get(str(folder))
    if years is None:
        found = (_YEAR_FILE.match(entry.name) for entry in folder.iterdir())
        years = _LISTED[str(folder)] = tuple(sorted(int(m.group(1)) for m in found if m))
    return list(years)


@cache
def load_tax_year(year: int) -> TaxYear:
    """Load and validate the parameters of ``year``; raises ``TaxYearError``."""
    name = f"{year}.toml"
    entry = _folder() / name
    if not entry.is_file():
        raise TaxYearError(name, "(file)", f"no parameters for {year}; have {available_years()}")
    return parse_tax_year(entry.read_text(encoding="utf-8"), name)


def parse_tax_year(text: str, file_name: str) -> TaxYear:
    """Parse the text of a year file; raises ``TaxYearError`` naming file and field."""
    from wat_desktop.domain.rules.year_schema import build_tax_year

    try:
        document = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise TaxYearError(file_name, "(syntax)", str(error)) from None
    return build_tax_year(document, file_name)


def latest_year() -> int:
    years = available_years()
    if not years:
        raise TaxYearError("tax_years/", "(folder)", "no year files")
    return years[-1]
