"""``wat-desktop plan FIRM --budget EUROS [--json] [--save]`` on the demo."""

from __future__ import annotations

import json
from pathlib import Path

from wat_desktop.__main__ import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_demo_plan_within_budget_joins_a_pool_and_is_explained(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(
        capsys, "--data-dir", data, "--lang", "en", "plan", "1", "--budget", "6000", "--json"
    )
    assert code == 0
    plan = json.loads(out)
    assert plan["budget_cents"] == 600_000
    assert 0 < plan["cost_cents"] <= 600_000
    lines = sum(line["cost_cents"] + line["solidarity_cents"] for line in plan["lines"])
    assert lines == plan["cost_cents"]
    assert any(line["pool_state"] in ("active", "activates_if_you_join") for line in plan["lines"])
    assert all(line["explanation"].startswith("Covers ") for line in plan["lines"])
    assert 0 < plan["same_money_as_salary_cents"] < plan["cost_cents"]

    code, out, _ = run(
        capsys, "--data-dir", data, "--lang", "it", "plan", "1", "--budget", "6.000,00", "--save"
    )
    assert code == 0
    assert "6.000,00" in out  # Italian amounts, parsed and printed

    from wat_desktop.app import open_app

    app = open_app(tmp_path / "data")
    try:
        stored = app.firms.load(1).selected_offers
    finally:
        app.close()
    assert stored == {line["offer_id"]: line["quantity"] for line in plan["lines"]}


def test_bad_budget_and_unknown_firm_fail_with_a_message(tmp_path: Path, capsys) -> None:
    data = str(tmp_path / "data")
    run(capsys, "--data-dir", data, "demo")
    code, _, err = run(capsys, "--data-dir", data, "--lang", "en", "plan", "1", "--budget", "lots")
    assert code == 1 and "lots" in err
    code, _, err = run(capsys, "--data-dir", data, "--lang", "en", "plan", "99", "--budget", "10")
    assert code == 1 and "99" in err


def test_the_demo_firm_already_carries_its_recommended_plan(tmp_path: Path, capsys) -> None:
    """After ``wat-desktop demo`` the GUI, the dossier and the benchmarks start from a
    real plan: the recommendation for the demo firm's own 12,000 € budget."""
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "en", "plan", "1", "--json")
    assert code == 0
    plan = json.loads(out)
    assert plan["budget_cents"] == 1_200_000  # the firm's budget, no --budget given
    assert 0 < plan["cost_cents"] <= 1_200_000
    assert any(line["pool_state"] in ("active", "activates_if_you_join") for line in plan["lines"])
    assert all(line["explanation"].startswith("Covers ") for line in plan["lines"])
    assert not any("more than the budget" in w for w in plan["warnings"])

    from wat_desktop.app import open_app

    app = open_app(tmp_path / "data")
    try:
        stored = app.firms.load(1).selected_offers
        # The demo is idempotent: a second run keeps the plan as the user left it.
        firm = app.firms.load(1)
        firm.selected_offers = {"sportello-caregiver": 24}
        app.firms.save(firm)
    finally:
        app.close()
    assert stored == {line["offer_id"]: line["quantity"] for line in plan["lines"]}
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    app = open_app(tmp_path / "data")
    try:
        assert app.firms.load(1).selected_offers == {"sportello-caregiver": 24}
        assert len(app.firms.list_firms()) == 1
    finally:
        app.close()


def test_the_cli_the_plan_page_and_the_dossier_report_the_same_figures(
    tmp_path: Path, capsys
) -> None:
    """One domain function per figure: the CLI ``plan``, the plan page's figures (the
    plan service) and the dossier agree on cost, value, fees, salary, each line, the
    pooled states, the CCNL floor and the fringe check, for the demo firm's plan."""
    from wat_desktop.app import open_app
    from wat_desktop.formatting import format_money
    from wat_desktop.translations import QtTranslate

    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "it", "plan", "1", "--json")
    assert code == 0
    cli = json.loads(out)
    app = open_app(tmp_path / "data")
    try:
        firm = app.firms.load(1)
        page = app.plans.figures(firm, firm.selected_offers)  # what the plan page shows
        floor_cents, _health_fund = app.plans.ccnl_floor_cents(firm)
        dossier = app.dossiers.data(1, QtTranslate("it"))
    finally:
        app.close()
    assert firm.selected_offers == {line["offer_id"]: line["quantity"] for line in cli["lines"]}

    # Cost to the firm, value to employees (membership fees are a cost, not value), salary.
    summary = dossier.summary
    assert cli["cost_cents"] == page.cost_cents == summary.yearly_cost_cents
    assert dossier.plan_total_cents == page.cost_cents
    assert cli["value_to_employees_cents"] == page.value_cents == summary.value_to_employees_cents
    assert page.fee_cents > 0 and cli["fee_cents"] == page.fee_cents
    assert page.value_cents == page.cost_cents - page.fee_cents - page.solidarity_cents
    assert cli["same_money_as_salary_cents"] == page.salary_net_cents
    assert summary.as_salary_net_cents == page.salary_net_cents

    # Each line: the same cost, the fee shown with it, and the row adds up.
    by_title = {line.title: line for line in dossier.plan}
    for line in cli["lines"]:
        row = by_title[line["title"]]
        assert (row.cost_cents, row.fee_cents) == (line["cost_cents"], line["fee_cents"])
        assert row.cost_cents == line["quantity"] * line["unit_price_cents"] + row.fee_cents
        if line["pooled"]:
            assert row.pooled_state == line["pool_state_text"]  # one wording of the state
    # Only offers active with the firm count as bought through the network.
    active = {
        line["title"]
        for line in cli["lines"]
        if line["pool_state"] in ("active", "activates_if_you_join")
    }
    waiting = {line["title"] for line in cli["lines"] if line["pool_state"] == "needs_more"}
    assert set(summary.pooled_joined) == active and set(summary.pooled_waiting) == waiting
    assert waiting, "the demo's bus pass still waits for users and a firm"

    # The CCNL welfare already due leaves the dirigente out: 23 × 250 € + 23 × 171.60 €.
    assert floor_cents == sum(row.cents for row in dossier.economics.ccnl) == 969_680

    # The fringe check per employee who receives the benefit, never a workforce average:
    # the concierge costs 960 € for its 8 users, 120 € each.
    assert page.fringe is not None and cli["fringe_per_user_cents"] == page.fringe.per_user_cents
    assert page.fringe.per_user_cents == 12_000
    per_user = format_money(page.fringe.per_user_cents, "it")
    assert any(f"fino a {per_user}" in note for note in dossier.economics.notes)


def test_no_plan_reason_states_a_total_that_other_screens_hide(tmp_path: Path, capsys) -> None:
    """Psychological support (4) and children aged 0-5 (3 + 4) read "< 5" on the
    territory screens and in the dossier: the CLI's reasons do not give them away."""
    data = str(tmp_path / "data")
    assert run(capsys, "--data-dir", data, "demo")[0] == 0
    code, out, _ = run(capsys, "--data-dir", data, "--lang", "it", "plan", "1")
    assert code == 0
    assert "su 4 dipendenti" not in out and "su 7 figli" not in out
    assert "su 15 dipendenti" not in out  # bills, rent and mortgage are not added up
    assert "numeri non mostrati per tutelare l'anonimato" in out
    assert "Copre tutti i 24 dipendenti" in out  # the long-term-care cover insures everyone
    assert "Stima, non consulenza fiscale." in out
