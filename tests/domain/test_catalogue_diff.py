"""What a newer catalogue version changes: offers added, removed, repriced."""

from __future__ import annotations

from dataclasses import replace

from wat_desktop.domain.catalogue import PoolingRule
from wat_desktop.domain.catalogue_diff import diff_catalogues, version_key
from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.services.catalogue_service import demo_catalogue_bytes


def test_same_catalogue_has_no_changes() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    diff = diff_catalogues(catalogue, catalogue)
    assert diff.is_empty


def test_added_removed_and_repriced() -> None:
    old = parse_catalogue_bytes(demo_catalogue_bytes())
    offers = list(old.offers)
    removed = offers.pop(0)
    offers[0] = replace(offers[0], price_cents=offers[0].price_cents + 500)
    pooled = next(i for i, o in enumerate(offers) if o.pooling and i > 0)
    offers[pooled] = replace(offers[pooled], pooling=PoolingRule(min_users=1))
    added = replace(offers[-1], id="nuova-offerta", title="Nuova offerta")
    new = replace(old, version="2027.2", offers=(*offers, added))
    diff = diff_catalogues(old, new)
    assert [o.id for o in diff.added] == ["nuova-offerta"]
    assert [o.id for o in diff.removed] == [removed.id]
    assert [(r.offer_id, r.pooling_changed) for r in diff.repriced] == [
        (offers[0].id, False),
        (offers[pooled].id, True),
    ]
    first = diff.repriced[0]
    assert first.new_price_cents - first.old_price_cents == 500
    assert (diff.old_version, diff.new_version) == ("2027.1", "2027.2")


def test_versions_order_numerically() -> None:
    assert version_key("2026.2") < version_key("2026.10") < version_key("2027.1")
    assert version_key("2027.1") == version_key("2027.1")
