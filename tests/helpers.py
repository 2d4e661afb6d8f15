"""Shared test helpers (imported by tests; not a conftest so imports stay explicit)."""

from __future__ import annotations

from pathlib import Path

from wat_desktop.app import AppContext, open_app


def fresh_app(tmp_path: Path) -> AppContext:
    """An app context on a new, empty data folder."""
    return open_app(tmp_path / "data")
