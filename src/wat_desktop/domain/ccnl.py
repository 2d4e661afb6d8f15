"""Collective agreements (CCNL) the wizard offers, by stable id.

The compulsory welfare each one carries is data in the tax-year files
(``resources/tax_years/``), keyed by these ids; "other" carries none.
"""

from __future__ import annotations

from enum import StrEnum

from wat_desktop.domain.i18n_markers import QT_TRANSLATE_NOOP


class CcnlId(StrEnum):
    METALMECCANICI_INDUSTRIA = "metalmeccanici_industria"  # Federmeccanica
    METALMECCANICI_PMI = "metalmeccanici_pmi"  # Confapi
    ARTIGIANATO_METALMECCANICO = "artigianato_metalmeccanico"  # SanArti, EBAP
    COMMERCIO_TERZIARIO = "commercio_terziario"  # Confcommercio, Fondo EST
    OTHER = "other"


CCNL_NAMES: dict[CcnlId, str] = {
    CcnlId.METALMECCANICI_INDUSTRIA: QT_TRANSLATE_NOOP(
        "Ccnl", "Metalworking industry (Federmeccanica)"
    ),
    CcnlId.METALMECCANICI_PMI: QT_TRANSLATE_NOOP("Ccnl", "Metalworking SMEs (Confapi)"),
    CcnlId.ARTIGIANATO_METALMECCANICO: QT_TRANSLATE_NOOP("Ccnl", "Metalworking crafts"),
    CcnlId.COMMERCIO_TERZIARIO: QT_TRANSLATE_NOOP("Ccnl", "Commerce and services (Confcommercio)"),
    CcnlId.OTHER: QT_TRANSLATE_NOOP("Ccnl", "Other agreement"),
}
