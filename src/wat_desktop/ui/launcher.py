"""Start the GUI: lock the data folder, paint a light window, then open the database
(in a worker thread), build the workspace and show the firm."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wat_desktop.app import AppContext
    from wat_desktop.ui.main_window import MainWindow
    from wat_desktop.ui.startup_probe import StartTimeline


def launch_gui(
    data_dir: Path | None,
    database_url: str | None,
    language: str | None,
    measure_start: bool = False,
) -> int:
    import time

    options_done = time.perf_counter()  # imports of the entry point, options, log file
    from wat_desktop.infra.heap import pause_collection

    pause_collection()  # until the start and its warm-up are over (``heap.settle``)
    from PySide6.QtWidgets import QApplication

    from wat_desktop import APP_NAME
    from wat_desktop.app import open_app
    from wat_desktop.infra.instance_lock import AlreadyRunningError
    from wat_desktop.persistence.encryption import EncryptionUnavailableError, WrongPassphraseError
    from wat_desktop.persistence.health import NetworkShareError
    from wat_desktop.translations import install_translators, resolve_language

    qt_app = QApplication.instance() or QApplication(sys.argv)
    qt_app.setApplicationName(APP_NAME)
    qt_app.setOrganizationName("WAT Desktop")
    qt_app.setStyle("Fusion")
    qt_app.setDesktopFileName("it.wat.WatDesktop")  # Wayland matches the .desktop file
    from wat_desktop.ui.startup_probe import StartTimeline

    timeline = StartTimeline()
    timeline.mark("options", options_done)
    timeline.mark("qt")
    try:
        try:
            app = open_app(data_dir, database_url, None)  # a plain database: no question
        except (WrongPassphraseError, EncryptionUnavailableError):
            from wat_desktop.ui.database_check import open_with_passphrase

            app = open_with_passphrase(  # an encrypted one: ask for its passphrase
                lambda ask: open_app(data_dir, database_url, ask),
                qt_app,
                resolve_language(language or "auto"),
            )
            if app is None:
                return 2
    except AlreadyRunningError:
        from PySide6.QtWidgets import QMessageBox

        keep = install_translators(qt_app, resolve_language(language or "auto"))
        QMessageBox.warning(
            None,
            APP_NAME,
            qt_app.translate(
                "Cli",
                "WAT Desktop is already open on this data folder. Close the other window "
                "(or wait for the other command to finish) and try again.",
            ),
        )
        del keep
        return 2
    except NetworkShareError:
        from PySide6.QtWidgets import QMessageBox

        from wat_desktop.safety_text import network_share_message
        from wat_desktop.translations import QtTranslate

        tr = QtTranslate(resolve_language(language or "auto"))
        QMessageBox.critical(None, APP_NAME, network_share_message(tr))
        return 2
    timeline.mark("data_folder")  # lock, settings, network-share check
    lang = resolve_language(language or app.settings.language)
    translators = install_translators(qt_app, lang)
    timeline.mark("translations")
    # The crash reporter's dialog needs Qt's enums, slow to make (~50 ms): it comes
    # right after the first paint; until then an uncaught error is logged with its stack.
    crash_reporter = _CrashReporterLater(app)
    timeline.mark("crash_reporter")

    from wat_desktop.ui.main_window import MainWindow
    from wat_desktop.ui.startup_probe import StartupProbe

    timeline.mark("window_import")
    # Only the frame before the first paint; the database, the workspace and the
    # firm come right after it (``_finish_start``).
    window = MainWindow(app, lang, defer_workspace=True)
    screen = qt_app.primaryScreen()
    if screen is not None:  # never larger than the screen (1366×768 at 125%: 1093×614 px)
        window.resize(window.size().boundedTo(screen.availableGeometry().size()))
    timeline.mark("window_build")
    probe = StartupProbe(
        window,
        lambda done: _finish_start(app, window, timeline, crash_reporter, done, measure_start),
        measure_start,
        timeline,
        lambda: app.db_open_seconds,
    )
    window.show()
    auto_backup = _start_auto_backups(app, window)
    try:
        return qt_app.exec()
    finally:
        from PySide6.QtCore import QThreadPool

        # Workers may still be reading the database (a preview, a list): let them end
        # before it closes and the data folder is unlocked.
        QThreadPool.globalInstance().waitForDone()
        warm_up = sys.modules.get("wat_desktop.ui.startup_warmup")
        if warm_up is not None:
            warm_up.warm_up_pool().waitForDone()
        auto_backup.stop()
        _auto_backup(app)  # a last automatic backup on the way out (if one is due)
        crash_reporter.uninstall()
        del translators, probe
        app.close()


class _CrashReporterLater:
    """Logs an uncaught exception (pure Python) until ``install`` puts the crash
    reporter, with its dialog, in its place; ``uninstall`` undoes both."""

    def __init__(self, app: AppContext) -> None:
        self._app = app
        self._reporter: object | None = None
        self._previous = sys.excepthook
        sys.excepthook = self._log

    def _log(self, kind: type[BaseException], error: BaseException, tb: object) -> None:
        import logging

        logging.getLogger("wat_desktop.crash").critical(
            "uncaught exception", exc_info=(kind, error, tb)
        )
        self._previous(kind, error, tb)  # type: ignore[arg-type]

    def install(self) -> None:
        from wat_desktop.infra.logging_setup import current_log_file
        from wat_desktop.ui.exception_hook import install_exception_hook

        log_file = current_log_file()
        self._reporter = install_exception_hook(
            log_file.parent if log_file else self._app.paths.logs
        )

    def uninstall(self) -> None:
        if self._reporter is not None:
            self._reporter.uninstall()  # type: ignore[attr-defined]
        if sys.excepthook == self._log:
            sys.excepthook = self._previous


def _finish_start(
    app: AppContext,
    window: MainWindow,
    timeline: StartTimeline,
    crash_reporter: _CrashReporterLater,
    done: Callable[[], None],
    measuring: bool = False,
) -> None:
    """After the first paint: the crash reporter, then the database opened in a
    worker thread (the window keeps painting "Opening…"), then the workspace and the
    firm, each in its own turn of the event loop so the window stays responsive."""
    from PySide6.QtWidgets import QApplication

    from wat_desktop.infra.logging_setup import start_rotating
    from wat_desktop.ui.database_opener import open_database
    from wat_desktop.ui.task_runner import BackgroundTask, in_a_later_turn

    def set_icon() -> None:
        # After the paint too, in a turn of its own: the window shows it a moment later,
        # and the first paint does not wait for eight sizes of it (~20 ms, ~4 MB).
        from wat_desktop.ui.app_icon import app_icon

        QApplication.instance().setWindowIcon(app_icon())  # type: ignore[union-attr]

    def open_in_worker() -> None:
        task = BackgroundTask(lambda _control: open_database(app), window)
        task.succeeded.connect(opened)
        task.failed.connect(failed)
        task.start()
        in_a_later_turn(set_icon)  # while the database opens

    # Each step in its own turn of the event loop: the window repaints and takes
    # input between them (none takes 100 ms on an office PC). Before the database:
    before_database = [
        ("qt_names", _import_qt_names),
        ("crash_reporter", crash_reporter.install),
    ]
    # Once it is open:
    after_database = [
        ("log_rotation", start_rotating),  # its module was loaded by the worker
        ("workspace", window.build_workspace),
        ("first_page_modules", _import_first_page),
        # The profile, where a start opens: made, then put in the window (and painted).
        ("first_page_made", lambda: window.make_page(0)),
        ("first_page", lambda: window.page(0)),
        ("firm", window.reload_firms),
    ]

    def run_steps(steps: list[tuple[str, Callable[[], object]]], then: Callable[[], None]) -> None:
        def next_step() -> None:
            name, step = steps.pop(0)
            step()
            timeline.mark_after_paint(name)
            in_a_later_turn(next_step if steps else then)

        next_step()

    def opened(_result: object) -> None:
        timeline.mark_after_paint("database")
        in_a_later_turn(lambda: run_steps(after_database, finished))

    def finished() -> None:
        from wat_desktop.infra.heap import settle

        if measuring:  # ``--measure-start`` quits now: nothing to warm up for
            settle()  # before the report, which says how many objects it set aside
            done()
            return
        done()
        from wat_desktop.ui.startup_warmup import start_warm_up

        # Whether it loads everything, fails or is stopped, the start is over then.
        start_warm_up(app, window).finished.connect(settle)

    def failed(error: object) -> None:
        from wat_desktop.infra.heap import settle

        settle()
        window.show_start_failure(str(error))
        raise error  # type: ignore[misc]  # the crash reporter logs and shows it

    run_steps(before_database, open_in_worker)


def _import_qt_names() -> None:
    """The ``Qt`` namespace: its first import takes ~20 ms, in a turn of its own."""
    from PySide6.QtCore import Qt  # noqa: F401


def _import_first_page() -> None:
    """The profile page's modules (Qt widgets: imported on the GUI thread)."""
    import wat_desktop.ui.pages.profile_page  # noqa: F401


def _auto_backup(app: object) -> None:
    import logging

    try:
        app.backups.auto_backup()  # type: ignore[attr-defined]
    except Exception:  # a failed automatic backup must never stop the app
        logging.getLogger(__name__).exception("automatic backup failed")


def _start_auto_backups(app: object, parent: object) -> object:
    """Every few minutes, take an automatic backup if the interval has passed."""
    from PySide6.QtCore import QTimer

    timer = QTimer(parent)  # type: ignore[arg-type]
    timer.setInterval(5 * 60 * 1000)
    timer.timeout.connect(lambda: _auto_backup(app))
    timer.start()
    return timer
