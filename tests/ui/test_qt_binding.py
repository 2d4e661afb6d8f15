"""The installed PySide6 keeps Python's reference counts straight.

PySide6 6.12.0 dropped a reference to ``None`` on every Qt call that returns
nothing (``setText``, ``setEnabled``, ``currentData()`` of an empty combo...). On
Python 3.11 ``None`` can then be freed, and the app aborted with "none_dealloc"
after a few thousand clicks. pyproject.toml excludes that release; this test
fails if a broken binding comes back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QLabel


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_qt_calls_returning_nothing_do_not_leak_none_references(qtbot) -> None:
    label, combo = QLabel(), QComboBox()
    qtbot.addWidget(label)
    qtbot.addWidget(combo)
    model = QStandardItemModel(1, 1)
    before = sys.getrefcount(None)
    for _ in range(2_000):
        label.setText("x")
        label.setEnabled(True)
        combo.currentData()
        model.index(0, 0).data()
    # A broken binding loses 8,000 references here; a sound one none (give or take caching).
    assert before - sys.getrefcount(None) < 100
