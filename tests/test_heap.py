"""infra.heap: the start's objects leave the cycle collector's sight; later ones do not."""

from __future__ import annotations

import gc

from wat_desktop.infra.heap import pause_collection, settle


class _Marker:
    pass


def _tracked(obj: object) -> bool:
    return any(o is obj for o in gc.get_objects())


def test_settle_freezes_what_the_start_made_and_resumes_collection() -> None:
    try:
        pause_collection()
        assert not gc.isenabled()
        from_the_start = _Marker()
        assert _tracked(from_the_start)
        settle()
        assert gc.isenabled()
        assert not _tracked(from_the_start)  # frozen: no collection walks it
        later = _Marker()
        assert _tracked(later)
        # A cycle made after the start is still collected.
        cycle = [_Marker()]
        cycle.append(cycle)  # type: ignore[arg-type]
        del cycle
        assert gc.collect() > 0
    finally:
        gc.unfreeze()
        gc.enable()
