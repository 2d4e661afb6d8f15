"""Where start-up time goes: options, Qt, data folder, window, database, first paint.

The launcher marks each step of the start; this probe notices the window's first
paint, then starts the deferred work (the database, opened in a worker thread, then
the workspace and the firm list on the GUI thread) and, when that work says it is
done, repaints. With ``--measure-start`` it prints one JSON line and quits: the
benchmark reads it, and a user can paste it into a bug report (it holds timings and
module names, no data).

Between the first paint and "usable" a heartbeat timer ticks on the GUI thread every
``HEARTBEAT_MS``: the longest gap between two ticks is the longest time the window
could not react to the user (``gui_blocked_max_ms``), whatever blocked it (our
code, Qt, or a worker thread holding the GIL).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from wat_desktop import START_PERF as _START

# Libraries whose import is slow enough to matter before the first paint.
HEAVY_MODULES = (
    "sqlalchemy",
    "alembic",
    "reportlab",
    "pydantic",
    "jsonschema",
    "babel",
    "stdnum",
    "asyncio",
    "logging.handlers",  # with socket and pickle, ~13 ms
)


HEARTBEAT_MS = 5


def rss_anon_mb() -> float:
    """Private resident memory (Linux RssAnon); 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def seconds_since_process_start() -> float | None:
    """Wall time since the OS started this process (Linux, 10 ms steps), interpreter
    start included: both figures count from boot, so no clock is compared."""
    try:
        with open("/proc/self/stat", encoding="ascii") as stat:
            started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
        with open("/proc/uptime", encoding="ascii") as uptime:
            now = float(uptime.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return now - started


class StartTimeline:
    """Named moments of the start, in order (``time.perf_counter`` values)."""

    def __init__(self) -> None:
        self.marks: list[tuple[str, float]] = [("start", _START)]
        # Inside the "firm_list" step (after the first paint): its own parts.
        self.after_paint: list[tuple[str, float]] = []

    def mark(self, name: str, at: float | None = None) -> None:
        self.marks.append((name, time.perf_counter() if at is None else at))

    def mark_after_paint(self, name: str) -> None:
        """A part of the work between the first paint and the firm list."""
        self.after_paint.append((name, time.perf_counter()))

    def after_paint_phases(self) -> dict[str, float]:
        """Each part's duration, from the first paint (or the previous part) to its end."""
        previous = next((v for k, v in self.marks if k == "first_paint"), None)
        phases = {}
        for name, value in self.after_paint:
            if previous is not None:
                phases[name] = round(value - previous, 4)
            previous = value
        return phases

    def at(self, name: str) -> float:
        return next(value for key, value in self.marks if key == name) - _START

    def phases(self) -> dict[str, float]:
        """Each step's duration: the time from the previous mark to its own."""
        return {
            name: round(value - previous, 4)
            for (_, previous), (name, value) in zip(self.marks, self.marks[1:], strict=False)
        }


class StartupProbe(QObject):
    """Watches the window's first paint, then runs the deferred start-up work.

    ``deferred(done)`` starts that work and calls ``done()`` when the firm list (or
    the open firm) is on screen; it may return before, while a worker thread runs.
    """

    def __init__(
        self,
        window: QWidget,
        deferred: Callable[[Callable[[], None]], None],
        measure: bool,
        timeline: StartTimeline | None = None,
        database_seconds: Callable[[], float | None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._deferred = deferred
        self._measure = measure
        self.timeline = timeline or StartTimeline()
        self._database_seconds = database_seconds
        self._painted = False
        self.database_before_paint = False
        self.heavy_before_paint: list[str] = []
        self.modules_before_paint = 0
        self.gaps_ms: list[float] = []
        self._gap_ends: list[float] = []  # when each gap ended (perf_counter)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._last_beat = 0.0
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._painted and event.type() == QEvent.Type.Paint:
            self._painted = True
            self.timeline.mark("first_paint")
            self.first_paint_epoch = time.time()
            self.since_process_start = seconds_since_process_start()
            self.rss_at_first_paint = rss_anon_mb()
            self.database_before_paint = self._database_seconds() is not None
            self.heavy_before_paint = [m for m in HEAVY_MODULES if m in sys.modules]
            self.modules_before_paint = len(sys.modules)
            self._window.removeEventFilter(self)
            # Let the paint finish before the slow work starts.
            QTimer.singleShot(0, self._run_deferred)
        return False

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps_ms.append((now - self._last_beat) * 1000)
        self._gap_ends.append(now)
        self._last_beat = now

    def _run_deferred(self) -> None:
        self._last_beat = time.perf_counter()
        self._heartbeat.start()
        self._deferred(self._deferred_done)

    def _deferred_done(self) -> None:
        self.timeline.mark("firm_list")
        # Usable = the firm is on screen: paint it now rather than guess when Qt will.
        self._window.repaint()
        self.timeline.mark("usable")
        self._beat()  # the stretch up to "usable" counts too
        self._heartbeat.stop()
        self.usable_epoch = time.time()
        self.rss_at_usable = rss_anon_mb()
        if self._measure:
            print(json.dumps(self.report()), flush=True)
            QTimer.singleShot(0, QApplication.quit)

    def longest_gaps(self, count: int = 3) -> list[dict[str, float]]:
        """What filled the ``count`` longest gaps, longest first (see ``gap_parts``)."""
        order = sorted(range(len(self.gaps_ms)), key=self.gaps_ms.__getitem__, reverse=True)
        return [self.gap_parts(index) for index in order[:count]]

    def gap_parts(self, index: int) -> dict[str, float]:
        """What filled a gap: the after-paint parts that ended in it, each with its ms
        inside the gap, and "other" for the rest (Qt's layout and painting, or a worker
        thread holding the GIL)."""
        end = self._gap_ends[index]
        start = end - self.gaps_ms[index] / 1000
        previous = next(v for k, v in self.timeline.marks if k == "first_paint")
        parts: dict[str, float] = {}
        for name, at in self.timeline.after_paint:
            if start < at <= end:
                parts[name] = round((at - max(previous, start)) * 1000, 1)
            previous = at
        parts["other"] = round(self.gaps_ms[index] - sum(parts.values()), 1)
        return parts

    def report(self) -> dict[str, object]:
        since = self.since_process_start
        interpreter = None if since is None else since - self.timeline.at("first_paint")
        database = self._database_seconds()
        return {
            "first_paint_s": round(self.timeline.at("first_paint"), 4),
            "usable_s": round(self.timeline.at("usable"), 4),
            # Before the app's first line runs: interpreter start and site imports.
            "interpreter_s": None if interpreter is None else round(interpreter, 3),
            "phases_s": self.timeline.phases(),
            "after_paint_s": self.timeline.after_paint_phases(),
            # The longest the window could not react between the first paint and usable.
            "gui_blocked_max_ms": round(max(self.gaps_ms, default=0.0), 1),
            "gui_blocked_longest_ms": self.longest_gaps(),
            "gui_heartbeat_ms": HEARTBEAT_MS,
            "database_s": None if database is None else round(database, 4),
            "database_before_paint": self.database_before_paint,
            "heavy_modules_before_paint": self.heavy_before_paint,
            "modules_before_paint": self.modules_before_paint,
            "modules_at_usable": len(sys.modules),
            # Objects kept out of cycle collections once the start is over (infra.heap).
            "gc_frozen_objects": gc.get_freeze_count(),
            "gc_enabled": gc.isenabled(),
            "rss_anon_mb": round(self.rss_at_first_paint, 1),
            "rss_anon_usable_mb": round(self.rss_at_usable, 1),
            "first_paint_epoch": self.first_paint_epoch,
            "usable_epoch": self.usable_epoch,
            "python": sys.version.split()[0],
            "qt": qVersion(),
            "platform": QGuiApplication.platformName(),
            "pid": os.getpid(),
        }
