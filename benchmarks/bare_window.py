"""The floor: a bare PySide6 QMainWindow with one label, timed to its first paint.

Prints one JSON line like the app's ``--measure-start`` probe and exits.
"""

import json
import os
import sys
import time

START = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402


def rss_anon_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("RssAnon:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = time.perf_counter()
            self.epoch = time.time()
            QTimer.singleShot(0, QApplication.quit)
        return False


app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("WAT Desktop")
window.setCentralWidget(label)
probe = FirstPaint()
window.installEventFilter(probe)  # as the app's probe: the window's own first paint
window.resize(1100, 720)
window.show()
app.exec()
print(
    json.dumps(
        {
            "first_paint_s": probe.done - START,
            "first_paint_epoch": probe.epoch,
            "rss_anon_mb": rss_anon_mb(),
            "pid": os.getpid(),
        }
    )
)
