"""A private Xvfb display for start-up measurements in a real X11 window."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def x11_display(base: dict[str, str] | None = None) -> Iterator[dict[str, str]]:
    """Yield ``base`` (default: this environment) with DISPLAY on a fresh Xvfb."""
    env = {k: v for k, v in (base or os.environ).items() if k != "QT_QPA_PLATFORM"}
    env["QT_QPA_PLATFORM"] = "xcb"
    if shutil.which("Xvfb") is None:
        raise RuntimeError("Xvfb not installed (Debian package xvfb)")
    for number in range(99, 140):
        if not os.path.exists(f"/tmp/.X11-unix/X{number}") and not os.path.exists(
            f"/tmp/.X{number}-lock"
        ):
            break
    server = subprocess.Popen(
        ["Xvfb", f":{number}", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while not os.path.exists(f"/tmp/.X11-unix/X{number}"):
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("Xvfb did not start")
            time.sleep(0.02)
        env["DISPLAY"] = f":{number}"
        yield env
    finally:
        server.terminate()
        server.wait(timeout=10)
