"""The words shown before a catalogue is applied, shared by the GUI and the CLI."""

from __future__ import annotations

from wat_desktop.domain.i18n_markers import Translate, fill
from wat_desktop.formatting import format_money
from wat_desktop.services.catalogue_service import ImportPreview

MAX_LINES_PER_KIND = 40  # a preview must stay readable; the rest is summarised


def preview_lines(preview: ImportPreview, tr: Translate, language: str) -> list[str]:
    """A summary of the file, then offers added, removed and repriced."""
    catalogue = preview.catalogue
    lines = [
        fill(
            tr.translate("CatalogueImport", "%1, version %2: %3 offers from %4 providers."),
            catalogue.network.name,
            catalogue.version,
            len(catalogue.offers),
            len(catalogue.providers),
        )
    ]
    if preview.already_current:
        lines.append(tr.translate("CatalogueImport", "This catalogue is already the current one."))
        return lines
    diff = preview.diff
    if diff is None:
        lines.append(
            tr.translate("CatalogueImport", "First catalogue of this network: every offer is new.")
        )
        return lines
    if preview.is_older:
        lines.append(
            fill(
                tr.translate(
                    "CatalogueImport", "Warning: version %1 is older than the current version %2."
                ),
                diff.new_version,
                diff.old_version,
            )
        )
    lines.append(
        fill(
            tr.translate("CatalogueImport", "Changes from version %1 to version %2:"),
            diff.old_version,
            diff.new_version,
        )
    )
    if diff.is_empty:
        lines.append(tr.translate("CatalogueImport", "No offer added, removed or repriced."))
    for offer in diff.added[:MAX_LINES_PER_KIND]:
        lines.append(
            fill(
                tr.translate("CatalogueImport", "+ added: %1 (%2)"),
                offer.title,
                format_money(offer.price_cents, language),
            )
        )
    for offer in diff.removed[:MAX_LINES_PER_KIND]:
        lines.append(fill(tr.translate("CatalogueImport", "− removed: %1"), offer.title))
    for change in diff.repriced[:MAX_LINES_PER_KIND]:
        if change.old_price_cents != change.new_price_cents:
            lines.append(
                fill(
                    tr.translate("CatalogueImport", "~ repriced: %1: %2 → %3"),
                    change.title,
                    format_money(change.old_price_cents, language),
                    format_money(change.new_price_cents, language),
                )
            )
        if change.pooling_changed:
            lines.append(
                fill(
                    tr.translate("CatalogueImport", "~ pooled prices or thresholds changed: %1"),
                    change.title,
                )
            )
    groups = (diff.added, diff.removed, diff.repriced)
    hidden = sum(max(len(group) - MAX_LINES_PER_KIND, 0) for group in groups)
    if hidden:
        lines.append(fill(tr.translate("CatalogueImport", "… and %1 more changes."), hidden))
    return lines
