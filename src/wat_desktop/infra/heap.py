"""Python's cycle collector in a long-running window.

A full collection walks every object the collector tracks, on whichever thread
triggers it and holding the GIL, so the window cannot react meanwhile. Once the
app has started and warmed up it tracks ~170,000 objects (modules, classes, Qt
wrappers, the catalogue): a full collection took 0.1 s here, and one came along
every few refreshes of the territorial dashboard.

Almost all of them live as long as the app. So the collector is paused during the
start (imports make little cyclic garbage: 883 objects, 360 KiB by
``sys.getsizeof``, after a full start and warm-up here) and, once it is over, those
objects are moved out of its sight (``gc.freeze``): later collections walk only
what came after. The price is that the start's few cyclic leftovers are never freed.
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    """No cycle collection until ``settle`` (the start is running)."""
    gc.disable()


def settle() -> None:
    """The start is over: what it made is kept out of later collections, which
    resume (idempotent; objects made since the last call join the frozen ones)."""
    gc.freeze()
    gc.enable()
