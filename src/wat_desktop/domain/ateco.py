"""ATECO 2025 (ISTAT's version of NACE Rev. 2.1): sections A-V and code format.

The section names are ISTAT's official Italian titles; the English names follow
Eurostat's NACE Rev. 2.1. Both are data, shown as they are in each language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AtecoSection:
    letter: str
    first_division: int
    last_division: int
    name_it: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_it if language == "it" else self.name_en


ATECO_SECTIONS: tuple[AtecoSection, ...] = (
    AtecoSection(
        "A", 1, 3, "Agricoltura, silvicoltura e pesca", "Agriculture, forestry and fishing"
    ),
    AtecoSection("B", 5, 9, "Estrazione di minerali da cave e miniere", "Mining and quarrying"),
    AtecoSection("C", 10, 33, "Attività manifatturiere", "Manufacturing"),
    AtecoSection(
        "D",
        35,
        35,
        "Fornitura di energia elettrica, gas, vapore e aria condizionata",
        "Electricity, gas, steam and air conditioning supply",
    ),
    AtecoSection(
        "E",
        36,
        39,
        "Fornitura di acqua; reti fognarie, attività di gestione dei rifiuti e risanamento",
        "Water supply; sewerage, waste management and remediation",
    ),
    AtecoSection("F", 41, 43, "Costruzioni", "Construction"),
    AtecoSection(
        "G", 46, 47, "Commercio all'ingrosso e al dettaglio", "Wholesale and retail trade"
    ),
    AtecoSection("H", 49, 53, "Trasporto e magazzinaggio", "Transportation and storage"),
    AtecoSection(
        "I",
        55,
        56,
        "Attività dei servizi di alloggio e di ristorazione",
        "Accommodation and food service activities",
    ),
    AtecoSection(
        "J",
        58,
        60,
        "Attività editoriali, di trasmissione e di produzione e distribuzione di contenuti",
        "Publishing, broadcasting, and content production and distribution",
    ),
    AtecoSection(
        "K",
        61,
        63,
        "Telecomunicazioni, programmazione e consulenza informatica, infrastrutture "
        "di elaborazione dati e altri servizi di informazione",
        "Telecommunication, computer programming, consulting, computing "
        "infrastructure and other information services",
    ),
    AtecoSection(
        "L", 64, 66, "Attività finanziarie e assicurative", "Financial and insurance activities"
    ),
    AtecoSection("M", 68, 68, "Attività immobiliari", "Real estate activities"),
    AtecoSection(
        "N",
        69,
        75,
        "Attività professionali, scientifiche e tecniche",
        "Professional, scientific and technical activities",
    ),
    AtecoSection(
        "O",
        77,
        82,
        "Attività amministrative e di servizi di supporto",
        "Administrative and support service activities",
    ),
    AtecoSection(
        "P",
        84,
        84,
        "Amministrazione pubblica e difesa; assicurazione sociale obbligatoria",
        "Public administration and defence; compulsory social security",
    ),
    AtecoSection("Q", 85, 85, "Istruzione", "Education"),
    AtecoSection(
        "R", 86, 88, "Sanità e assistenza sociale", "Human health and social work activities"
    ),
    AtecoSection(
        "S",
        90,
        93,
        "Attività artistiche, sportive e di intrattenimento",
        "Arts, sports and recreation",
    ),
    AtecoSection("T", 94, 96, "Altre attività di servizi", "Other service activities"),
    AtecoSection(
        "U",
        97,
        98,
        "Attività di famiglie e convivenze come datori di lavoro per personale domestico",
        "Activities of households as employers",
    ),
    AtecoSection(
        "V",
        99,
        99,
        "Organizzazioni ed organismi extraterritoriali",
        "Activities of extraterritorial organisations",
    ),
)

SECTIONS_BY_LETTER = {section.letter: section for section in ATECO_SECTIONS}

# 25, 25.6, 25.62, 25.62.0 or 25.62.00: division, group, class, category, subcategory.
_CODE = re.compile(r"^\d{2}(\.\d{1,2}(\.\d{1,2})?)?$")


def normalise_ateco(code: str) -> str:
    """Trim spaces and an optional leading section letter ("C 25.62.00")."""
    text = code.strip().upper()
    if len(text) > 1 and text[0].isalpha() and not text[1].isalpha():
        text = text[1:].strip()
    return text


def is_valid_ateco_code(code: str) -> bool:
    """True for a well-formed ATECO 2025 code whose division exists."""
    text = normalise_ateco(code)
    return bool(_CODE.match(text)) and section_of(text) is not None


def section_of(code: str) -> AtecoSection | None:
    """The section a code's division belongs to (None when no section has it)."""
    text = normalise_ateco(code)
    if len(text) < 2 or not text[:2].isdigit():
        return None
    division = int(text[:2])
    for section in ATECO_SECTIONS:
        if section.first_division <= division <= section.last_division:
            return section
    return None


def search_sections(query: str, language: str = "it") -> list[AtecoSection]:
    """Sections whose letter, division range or name match ``query`` (case-insensitive)."""
    text = query.strip().lower()
    if not text:
        return list(ATECO_SECTIONS)
    by_code = section_of(text)
    if by_code is not None:
        return [by_code]
    return [
        s
        for s in ATECO_SECTIONS
        if s.letter.lower() == text or text in s.name_it.lower() or text in s.name_en.lower()
    ]
