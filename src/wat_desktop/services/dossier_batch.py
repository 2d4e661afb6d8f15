"""Dossiers for every firm in the database, rendered on several cores.

The database has one connection in one process, so the main process reads each
firm's view-model (quick) and worker processes only render PDFs (the slow part).
Each firm goes to the pool as soon as its view-model is built, so the workers start
on the first firm while the main process reads the next ones. ReportLab is imported
and the fonts registered before the pool starts: forked workers inherit them, and
started ones (Windows, macOS) load them once each, not once per dossier.
Files are written by the main process, atomically, as results arrive (in order).
"""

from __future__ import annotations

import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from wat_desktop.domain.i18n_markers import Translate
from wat_desktop.infra.atomic_file import write_bytes_atomic
from wat_desktop.reports.dossier_model import DossierData
from wat_desktop.services.dossier_service import DossierService
from wat_desktop.services.firm_service import FirmService

TranslatorFactory = Callable[[str], Translate]


def safe_file_stem(name: str) -> str:
    """A file name part that every OS accepts: letters, digits, ``-`` and ``_``."""
    stem = re.sub(r"[^\w\-]+", "_", name, flags=re.UNICODE).strip("_")
    return stem[:80] or "dossier"


def dossier_file_name(firm_id: int, firm_name: str) -> str:
    return f"{firm_id:04d}_{safe_file_stem(firm_name)}_dossier.pdf"


# Characters no common file system accepts in a name (Windows is the strictest).
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f]')


def readable_file_part(name: str) -> str:
    """The firm's name as a person writes it in a file name: spaces kept, the dots of
    "S.r.l." dropped ("Srl"), characters Windows refuses replaced by a space."""
    part = _FORBIDDEN.sub(" ", name.replace(".", ""))
    part = " ".join(part.split())[:80].strip(" .")
    return part or "dossier"


def dossier_document_name(firm_name: str, tr: Translate) -> str:
    """The dossier's file name in its language, e.g. ``Dossier adesione - Officine
    Meccaniche Val Chisone Srl.pdf`` (the English copy has an English name, so it
    never replaces the Italian one)."""
    title = tr.translate("Dossier", "Membership dossier - %1")
    return title.replace("%1", readable_file_part(firm_name)) + ".pdf"


@dataclass(frozen=True)
class BatchItem:
    firm_id: int
    firm_name: str
    path: Path


_TRANSLATORS: dict[str, Translate] = {}  # per worker process, one per language


def _render(data: DossierData, make_tr: TranslatorFactory) -> bytes:
    # Runs in a worker process: a translator cannot be pickled, so it is made here.
    from wat_desktop.reports.dossier_pdf import build_dossier

    if data.language not in _TRANSLATORS:
        _TRANSLATORS[data.language] = make_tr(data.language)
    return build_dossier(data, _TRANSLATORS[data.language])


def _prepare_worker() -> None:
    """What every dossier needs, loaded once per process: ReportLab, the dossier's
    modules and its fonts."""
    from wat_desktop.reports import warm_up

    warm_up()


def export_all(
    firms: FirmService,
    dossiers: DossierService,
    out_dir: Path,
    language: str,
    make_tr: TranslatorFactory,
    jobs: int | None = None,
    include_archived: bool = False,
) -> Iterator[BatchItem]:
    """Write one dossier per firm into ``out_dir``; yields each item once written,
    so callers can report progress (``len(firms.list_firms())`` is the total)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    tr = make_tr(language)
    summaries = firms.list_firms(include_archived)
    workers = max(1, min(jobs or os.cpu_count() or 1, len(summaries)))

    def item_of(firm_id: int, name: str) -> BatchItem:
        return BatchItem(firm_id, name, out_dir / dossier_file_name(firm_id, name))

    if workers == 1:
        for summary in summaries:
            data = dossiers.data(summary.id, tr)
            item = item_of(summary.id, summary.name)
            write_bytes_atomic(item.path, _render(data, make_tr))
            yield item
        return
    _prepare_worker()  # before the pool forks its workers
    pending: deque[tuple[BatchItem, Future[bytes]]] = deque()
    with ProcessPoolExecutor(max_workers=workers, initializer=_prepare_worker) as pool:
        for summary in summaries:
            data = dossiers.data(summary.id, tr)
            pending.append((item_of(summary.id, summary.name), pool.submit(_render, data, make_tr)))
            while pending and pending[0][1].done():  # write what is ready meanwhile
                yield _write(*pending.popleft())
        while pending:
            yield _write(*pending.popleft())


def _write(item: BatchItem, rendered: Future[bytes]) -> BatchItem:
    write_bytes_atomic(item.path, rendered.result())
    return item
