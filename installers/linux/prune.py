"""Linux bundle: leave out the Qt plugins an office app never loads, and the libraries
that only those plugins needed.

PyInstaller's PySide6 hook collects every platform plugin and their dependencies:
embedded-device back-ends (eglfs, linuxfb, vnc, evdev input) that drag in QtNetwork
and Kerberos, and the GTK 3 theme, which on a build machine without GTK bundles half
of GTK's stack (pango, cairo, gdk-pixbuf, atk) that can then clash with the user's
own GTK. The app keeps xcb (X11), wayland, offscreen (the smoke start) and the
xdg-desktop-portal theme.

A library is dropped only when no kept file needs it (ELF ``NEEDED`` entries, read
with ``readelf`` from binutils, which PyInstaller itself needs on Linux), so the
pruning can never remove something the app loads; tests/installers checks the
finished bundle the same way.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterable

QT_PLUGINS = "PySide6/Qt/plugins/"
UNUSED_QT_PLUGINS = (
    "platforms/libqeglfs.so",
    "platforms/libqlinuxfb.so",
    "platforms/libqminimalegl.so",
    "platforms/libqvkkhrdisplay.so",
    "platforms/libqvnc.so",
    "egldeviceintegrations/",  # eglfs only
    "generic/",  # evdev/tuio input for eglfs and linuxfb
    "platformthemes/libqgtk3.so",
)

_NEEDED = re.compile(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")

TocEntry = tuple[str, str, str]  # (destination, source, typecode)


def needed_libraries(path: str) -> set[str]:
    """The sonames an ELF file asks the dynamic loader for (not transitive)."""
    result = subprocess.run(
        ["readelf", "--dynamic", "--wide", path],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "LC_ALL": "C"},  # readelf's labels are translated otherwise
    )
    return set(_NEEDED.findall(result.stdout))


def is_unused_plugin(destination: str) -> bool:
    dest = destination.replace(os.sep, "/")
    if not dest.startswith(QT_PLUGINS):
        return False
    return dest[len(QT_PLUGINS) :].startswith(UNUSED_QT_PLUGINS)


def prune_binaries(binaries: Iterable[TocEntry]) -> tuple[list[TocEntry], list[TocEntry]]:
    """Split ``binaries`` into (kept, dropped): the unused plugins, then every library
    reachable only from them."""
    entries = list(binaries)
    by_name: dict[str, list[TocEntry]] = {}
    for entry in entries:
        by_name.setdefault(os.path.basename(entry[0]), []).append(entry)
    needs = {entry[0]: needed_libraries(entry[1]) for entry in entries}

    def closure(roots: Iterable[TocEntry]) -> set[str]:
        """Bundle file names reachable from ``roots`` through NEEDED entries."""
        seen: set[str] = set()
        todo = [name for root in roots for name in needs[root[0]]]
        while todo:
            name = todo.pop()
            if name in seen or name not in by_name:
                continue
            seen.add(name)
            todo.extend(n for entry in by_name[name] for n in needs[entry[0]])
        return seen

    plugins = [entry for entry in entries if is_unused_plugin(entry[0])]
    candidates = closure(plugins)
    roots = [
        entry
        for entry in entries
        if not is_unused_plugin(entry[0]) and os.path.basename(entry[0]) not in candidates
    ]
    still_needed = closure(roots)
    orphans = candidates - still_needed
    dropped = [
        entry
        for entry in entries
        if is_unused_plugin(entry[0]) or os.path.basename(entry[0]) in orphans
    ]
    dropped_set = set(dropped)
    return [entry for entry in entries if entry not in dropped_set], dropped


def drop_symlinks_to(datas: Iterable[TocEntry], dropped: Iterable[TocEntry]) -> list[TocEntry]:
    """PyInstaller adds top-level symlinks to libraries in sub-folders; drop those whose
    target was dropped."""
    gone = {os.path.basename(entry[0]) for entry in dropped}
    return [
        entry
        for entry in datas
        if not (entry[2] == "SYMLINK" and os.path.basename(entry[1]) in gone)
    ]
