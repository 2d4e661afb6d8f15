"""Synthetic exchange files for tests and benchmarks: catalogues, survey CSVs, demand files.

Like ``synth`` (the firms), every function here takes a seed and gives the same
bytes for the same arguments, so any figure measured on them can be rebuilt.
The files are what real users exchange, and pass the app's own validation:
a catalogue is the demo network's offers repeated with other sites and prices,
a survey is the CSV Italian Excel writes (``;``, BOM, CRLF), a demand file is
sealed with its checksum like an exported one.
"""

from __future__ import annotations

import copy
import csv
import io
import json
import random
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from wat_desktop import __version__
from wat_desktop.domain.demand_file import dump_demand_file, employee_band, seal, suppress_count
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.domain.pooling import users_for_units
from wat_desktop.domain.survey.csv_schema import COLUMNS
from wat_desktop.domain.survey.questions import QUESTION_BY_KEY
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.synth import generate_firms

if TYPE_CHECKING:
    from wat_desktop.domain.catalogue import Catalogue

MAX_OFFERS = 5000  # what the catalogue schema accepts
CENT = Decimal("0.01")


def _scaled(price: str, factor: Decimal) -> str:
    return str((Decimal(price) * factor).quantize(CENT, rounding=ROUND_HALF_UP))


def _variant(base: dict[str, Any], copy_number: int, rng: random.Random) -> dict[str, Any]:
    """Another site of a demo offer: its own id, title and prices (tiers scaled alike)."""
    offer = copy.deepcopy(base)
    offer["id"] = f"{base['id']}-{copy_number + 1}"[:64]
    offer["title"] = f"{base['title']} (sede {copy_number + 1})"[:200]
    factor = Decimal(rng.randint(85, 120)) / 100
    offer["price"] = _scaled(base["price"], factor)
    pooling = offer.get("pooling")
    if pooling:
        for tier in pooling.get("tiers", []):
            tier["price"] = _scaled(tier["price"], factor)
    return offer


def synthetic_catalogue_bytes(offers: int, seed: int) -> bytes:
    """A valid network catalogue with ``offers`` offers (the demo's, then variants)."""
    if not 1 <= offers <= MAX_OFFERS:
        raise ValueError(f"offers must be between 1 and {MAX_OFFERS}")
    rng = random.Random(seed)
    document = json.loads(demo_catalogue_bytes())
    demo_offers = document["offers"]
    chosen = [
        demo_offers[i]
        if i < len(demo_offers)
        else _variant(demo_offers[i % len(demo_offers)], i // len(demo_offers), rng)
        for i in range(offers)
    ]
    kept = {o["id"] for o in chosen}
    for firm in document["network"]["member_firms"]:  # commitments to dropped offers go too
        firm["commitments"] = [c for c in firm["commitments"] if c["offer"] in kept]
    document["offers"] = chosen
    document["version"] = f"{document['version']}.{offers}"
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def survey_csv_bytes(rows: int, seed: int) -> bytes:
    """A filled-in survey of ``rows`` respondents, as Italian Excel saves it."""
    rng = random.Random(seed)
    # Each question has its own share of "yes" (or of parents); some leave cells blank.
    shares = {column: rng.uniform(0.05, 0.45) for column in COLUMNS}
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for _ in range(rows):
        cells = []
        for column in COLUMNS:
            draw = rng.random()
            if draw < 0.03:
                cells.append("")
            elif QUESTION_BY_KEY[NeedKey(column)].counts_children:
                cells.append(rng.choice(("1", "1", "2", "3+")) if draw < shares[column] else "0")
            else:
                cells.append("sì" if draw < shares[column] else "no")
        writer.writerow(cells)
    return buffer.getvalue().encode("utf-8-sig")


def demand_file_texts(count: int, seed: int, catalogue: Catalogue, threshold: int = 5) -> list[str]:
    """``count`` demand files from fictional firms, as their owners would export them."""
    rng = random.Random(seed)
    texts = []
    for index, synthetic in enumerate(generate_firms(count, seed, catalogue, min_stage=4)):
        firm = synthetic.firm
        offers = []
        for offer_id, quantity in sorted(firm.selected_offers.items()):
            offer = catalogue.offer(offer_id)
            if offer is not None and offer.is_pooled and quantity > 0:
                users = users_for_units(offer, quantity)
                offers.append({"offer": offer_id, "users": users, "quantity": quantity})
        data = {
            "firm_key": f"{rng.getrandbits(128):032x}",
            "revision": 1 + index % 7,
            "exported_on": f"2026-11-{1 + index % 28:02d}T09:{index % 60:02d}:00Z",
            "app_version": __version__,
            "territorial_area": firm.profile.territorial_area,
            "municipality": firm.profile.municipality,
            "employees": employee_band(firm.profile.headcount.total),
            "threshold": threshold,
            "needs": {
                k.value: suppress_count(v, threshold) for k, v in sorted(firm.needs.items()) if v
            },
            "relevance": {k.value: v for k, v in firm.relevance.items()},
            "catalogue": {"id": catalogue.network.id, "version": catalogue.version},
            "offers": offers,
        }
        texts.append(dump_demand_file(seal(data)))
    return texts
