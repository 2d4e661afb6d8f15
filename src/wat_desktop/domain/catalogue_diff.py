"""What changed between two versions of a network's catalogue.

Shown to the user before a newer catalogue replaces the current one: offers
added, removed, and repriced (standalone price, pooled tiers or membership fee).
"""

from __future__ import annotations

from dataclasses import dataclass

from wat_desktop.domain.catalogue import Catalogue, Offer


@dataclass(frozen=True)
class Repricing:
    offer_id: str
    title: str
    old_price_cents: int
    new_price_cents: int
    pooling_changed: bool  # tiers, thresholds or membership fee differ


@dataclass(frozen=True)
class CatalogueDiff:
    old_version: str
    new_version: str
    added: tuple[Offer, ...] = ()
    removed: tuple[Offer, ...] = ()
    repriced: tuple[Repricing, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not (self.added or self.removed or self.repriced)


def diff_catalogues(old: Catalogue, new: Catalogue) -> CatalogueDiff:
    """Offers added, removed and repriced from ``old`` to ``new`` (in ``new``'s order)."""
    old_by_id = {o.id: o for o in old.offers}
    new_ids = {o.id for o in new.offers}
    repriced = []
    for offer in new.offers:
        before = old_by_id.get(offer.id)
        if before is None:
            continue
        pooling_changed = before.pooling != offer.pooling
        if before.price_cents != offer.price_cents or pooling_changed:
            repriced.append(
                Repricing(
                    offer.id, offer.title, before.price_cents, offer.price_cents, pooling_changed
                )
            )
    return CatalogueDiff(
        old_version=old.version,
        new_version=new.version,
        added=tuple(o for o in new.offers if o.id not in old_by_id),
        removed=tuple(o for o in old.offers if o.id not in new_ids),
        repriced=tuple(repriced),
    )


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Orders ``2026.2`` < ``2026.10`` < ``2027.1``: numeric parts as numbers."""
    parts = version.replace("-", ".").split(".")
    return tuple((0, int(p)) if p.isdigit() else (1, p) for p in parts)
