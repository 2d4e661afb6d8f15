"""What a plan edit no longer works out again gives the same answers as before: the
network's demand per catalogue, the completed steps, the tax years on disk."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from wat_desktop.domain.catalogue_format import parse_catalogue_bytes
from wat_desktop.domain.firm import Firm
from wat_desktop.domain.pooling import NetworkDemand, network_demand
from wat_desktop.domain.rules import year_files
from wat_desktop.domain.steps import StepId, completed_steps, step_issues
from wat_desktop.services.catalogue_service import demo_catalogue_bytes
from wat_desktop.services.demo_service import demo_firm


def test_the_demand_is_each_catalogues_own_and_the_callers_own_copy() -> None:
    catalogue = parse_catalogue_bytes(demo_catalogue_bytes())
    demand = network_demand(catalogue)
    assert demand and any(d.users for d in demand.values())
    offer_id = next(iter(demand))
    demand[offer_id] = NetworkDemand(999, 999)  # a caller's change stays its own
    assert network_demand(catalogue)[offer_id] != NetworkDemand(999, 999)

    nobody = dataclasses.replace(catalogue.network, member_firms=())
    alone = dataclasses.replace(catalogue, network=nobody)  # another catalogue, same offers
    assert set(network_demand(alone)) == set(demand)
    assert all(d == NetworkDemand(0, 0) for d in network_demand(alone).values())
    assert network_demand(catalogue) != network_demand(alone)


def _complete() -> Firm:
    firm = demo_firm()
    firm.selected_offers = {"sportello-caregiver": 5}
    return firm


def _half_done() -> Firm:
    firm = demo_firm()
    firm.selected_offers = {}
    firm.profile.ccnl = ""
    return firm


@pytest.mark.parametrize("make", [Firm, _complete, _half_done])
def test_completed_steps_are_the_steps_without_issues(make) -> None:
    firm = make()
    expected = {step for step in StepId if not step_issues(firm, step)}
    assert completed_steps(firm) == expected
    if make is _complete:
        assert expected == set(StepId)
    if make is _half_done:
        assert StepId.PROFILE not in expected and StepId.PLAN not in expected
        assert StepId.DOSSIER not in expected and StepId.WORKFORCE in expected


def test_each_folder_of_year_files_is_listed_for_itself(tmp_path: Path, monkeypatch) -> None:
    shipped = year_files.available_years()
    assert shipped and shipped == sorted(shipped)
    folder = tmp_path / "tax_years"
    folder.mkdir()
    (folder / "2031.toml").write_text("", encoding="utf-8")
    (folder / "notes.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(year_files, "_folder", lambda: folder)
    assert year_files.available_years() == [2031]
    years = year_files.available_years()
    years.append(1999)  # the caller's own list
    assert year_files.available_years() == [2031]
