"""SIGKILL harness: kill a process that edits firms through the real services,
at random moments, and check after every kill that nothing was lost or torn.

Run: ``python -m tests.safety.kill_harness --dir DIR --kills 200 [--broken]``;
prints one JSON object with the figures. Per round the harness forks a
writer (modules already imported, so a round costs milliseconds), lets it
run for a random few milliseconds, SIGKILLs it, then checks the database:

- ``PRAGMA integrity_check`` and ``foreign_key_check``;
- domain invariants on every firm row: name, headcount and needs come from
  one and the same write (the writer derives them all from one number), and
  no need count exceeds the headcount;
- every commit the writer acknowledged is there: after ``FirmService``
  returned, the writer printed ``id revision headcount`` to a pipe (short
  pipe writes are atomic), so an acknowledged firm must exist at that
  revision or a later one, and an acknowledged delete must be gone. Before
  each operation the writer also announces it (``W A``, ``W S id``, ``W D id``):
  the one operation in flight at the kill may have committed or not, so for it
  either outcome is right, and the harness then adopts what it finds.

``--broken`` swaps in a writer whose save is split into two transactions
(profile first, needs second): the harness must report a torn firm, which
proves it can fail. The database may live on tmpfs: a SIGKILL does not drop
the page cache, so it tests the same thing there, only faster (power-cut
durability comes from ``synchronous=FULL``, which a kill cannot test).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import signal
import sqlite3
import sys
import time
from pathlib import Path

from wat_desktop.domain.firm import CompanyProfile, Firm, Headcount
from wat_desktop.domain.need_counts import NeedKey
from wat_desktop.persistence.database import Database
from wat_desktop.persistence.firm_repository import FirmRepository
from wat_desktop.persistence.migrator import migrate
from wat_desktop.services.firm_service import FirmService, steps_bitmask

KEYS = list(NeedKey)[:6]
MAX_FIRMS = 25


def shape(firm: Firm, h: int) -> None:
    """Name, headcount and needs all derived from ``h``: a torn write shows."""
    firm.profile.name = f"Firm h{h}"
    firm.profile.headcount = Headcount(operai=h)
    firm.needs = {key: h // (index + 1) for index, key in enumerate(KEYS)}


class SplitCommitFirmService(FirmService):
    """Deliberately broken: one save becomes two transactions."""

    def save(self, firm: Firm) -> Firm:
        with self._db.session() as session:
            repository = FirmRepository(session)
            half = repository.get(firm.id)  # type: ignore[arg-type]
            half.profile = firm.profile  # profile (name, headcount) without the needs
            stored = repository.save(half, steps_bitmask(half))
        firm.revision = stored.revision
        return super().save(firm)


def writer(db: Database, fd: int, seed: int, broken: bool) -> None:
    """Edit firms forever, acknowledging each commit after it returned."""
    out = os.fdopen(fd, "w", buffering=1)
    firms = (SplitCommitFirmService if broken else FirmService)(db)
    rng = random.Random(seed)
    ids = [f.id for f in firms.list_firms(include_archived=True)]
    out.write("ready\n")
    while True:
        roll = rng.random()
        if (roll < 0.25 and len(ids) < MAX_FIRMS) or not ids:
            h = rng.randint(1, 60)
            firm = Firm(profile=CompanyProfile())
            shape(firm, h)
            out.write("W A\n")
            stored = firms.add_firm(firm)
            ids.append(stored.id)  # type: ignore[arg-type]
            out.write(f"S {stored.id} {stored.revision} {h}\n")
        elif roll < 0.9:
            firm = firms.load(rng.choice(ids))
            h = rng.randint(1, 60)
            shape(firm, h)
            out.write(f"W S {firm.id}\n")
            stored = firms.save(firm)
            out.write(f"S {stored.id} {stored.revision} {h}\n")
        else:
            firm_id = ids.pop(rng.randrange(len(ids)))
            out.write(f"W D {firm_id}\n")
            firms.delete(firm_id)
            out.write(f"D {firm_id}\n")


Acks = dict[int, tuple[int, int] | None]
Pending = tuple[str, int | None] | None  # the operation in flight at the kill, if any


def check(path: Path, acked: Acks, pending: Pending = None) -> list[str]:
    """Problems found in the database after a kill (empty: all good).

    Where there are none, ``acked`` adopts the outcome of the pending operation."""
    problems: list[str] = []
    connection = sqlite3.connect(path)
    try:
        integrity = [r[0] for r in connection.execute("PRAGMA integrity_check")]
        if integrity != ["ok"]:
            problems.append(f"integrity_check: {integrity[:3]}")
        broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        if broken_keys:
            problems.append(f"foreign_key_check: {broken_keys[:3]}")
        rows = {
            r[0]: r[1:]
            for r in connection.execute(
                "SELECT id, revision, name, headcount, profile, needs FROM firms"
            )
        }
    finally:
        connection.close()
    for firm_id, (revision, name, headcount, profile, needs) in rows.items():
        profile, needs = json.loads(profile), json.loads(needs)
        total = sum(profile["headcount"][k] for k in ("operai", "impiegati", "quadri", "dirigenti"))
        expected = {key.value: headcount // (i + 1) for i, key in enumerate(KEYS)}
        if (
            name != f"Firm h{headcount}"
            or profile["name"] != name
            or total != headcount
            or needs != expected
            or any(v > headcount for v in needs.values())
        ):
            problems.append(f"firm {firm_id} rev {revision} torn: {name!r} {headcount} {needs}")
    op, pending_id = pending or ("", None)
    for firm_id, ack in acked.items():
        if ack is None:
            # An add in flight may have committed under a deleted firm's id (SQLite
            # reuses the highest rowid).
            if firm_id in rows and op != "A":
                problems.append(f"firm {firm_id}: acknowledged delete is undone")
            continue
        revision, h = ack
        if firm_id not in rows:
            if not (op == "D" and pending_id == firm_id):  # else the delete committed
                problems.append(f"firm {firm_id}: acknowledged revision {revision} lost")
        elif rows[firm_id][0] < revision:
            problems.append(f"firm {firm_id}: revision {rows[firm_id][0]} < acked {revision}")
        elif rows[firm_id][0] == revision and rows[firm_id][2] != h:
            problems.append(f"firm {firm_id}: acked headcount {h} != {rows[firm_id][2]}")
    if not problems:
        _adopt_pending_outcome(acked, rows, op, pending_id)
    return problems


def _adopt_pending_outcome(acked: Acks, rows: dict, op: str, pending_id: int | None) -> None:
    """The in-flight operation's outcome is now known: later checks hold it to it."""
    if op == "D" and pending_id not in rows:
        acked[pending_id] = None  # type: ignore[index]
    for firm_id, (revision, _name, headcount, _profile, _needs) in rows.items():
        ack = acked.get(firm_id)
        if (op == "A" and ack is None) or (ack is not None and revision > ack[0]):
            acked[firm_id] = (revision, headcount)


def _read_lines(fd: int, count: int) -> str:
    """Block until ``count`` lines other than announcements arrived (or the writer died)."""
    data = b""
    while sum(not line.startswith(b"W ") for line in data.split(b"\n")[:-1]) < count:
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    return data.decode()


def _read_all(fd: int) -> str:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    return b"".join(chunks).decode()


def run(folder: Path, kills: int, seed: int, broken: bool, stop_on_problem: bool) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "harness.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    # One engine, warmed up here (mappers configured, statements compiled) and
    # with no connection open at fork time: each writer opens its own.
    db = Database(f"sqlite:///{path}")
    migrate(db, None)
    warm = FirmService(db)
    firm = Firm(profile=CompanyProfile())
    shape(firm, 1)
    firm = warm.add_firm(firm)
    firm = warm.save(warm.load(firm.id))  # type: ignore[arg-type]
    warm.list_firms(include_archived=True)
    db.dispose()
    gc.freeze()  # forked writers then copy fewer pages (no GC walk over old objects)
    rng = random.Random(seed)
    acked: dict[int, tuple[int, int] | None] = {firm.id: (firm.revision, 1)}  # type: ignore[dict-item]
    problems: list[str] = []
    done, acks, caught_at = 0, 0, None
    started = time.monotonic()
    while done < kills:
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the writer
            os.close(read_fd)
            try:
                writer(db, write_fd, rng.randrange(1 << 30), broken)
            except BaseException as error:  # a bug in the writer must not pass unnoticed
                os.write(write_fd, f"E {type(error).__name__}: {error}\n".encode())
            os._exit(3)
        os.close(write_fd)
        # Kill after a random number of acknowledged commits, then a random
        # moment later: mid-commit, between commits, or between commit and ack.
        text = _read_lines(read_fd, 1 + rng.randint(0, 4))
        time.sleep(rng.uniform(0.0, 0.004))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        done += 1
        text += _read_all(read_fd)
        os.close(read_fd)
        pending: Pending = None
        for line in text.splitlines():
            parts = line.split()
            if not parts or parts[0] == "ready":
                continue
            if parts[0] == "E":
                problems.append(f"writer failed: {line}")
            elif parts[0] == "W":
                pending = (parts[1], int(parts[2]) if len(parts) > 2 else None)
            elif parts[0] == "S" and len(parts) == 4:
                acked[int(parts[1])] = (int(parts[2]), int(parts[3]))
                acks += 1
                pending = None
            elif parts[0] == "D" and len(parts) == 2:
                acked[int(parts[1])] = None
                acks += 1
                pending = None
        found = check(path, acked, pending)
        if found and caught_at is None:
            caught_at = done
            problems.extend(found[:5])
        if found and stop_on_problem:
            break
    return {
        "kills": done,
        "acknowledged_commits": acks,
        "problems": problems,
        "caught_at_kill": caught_at,
        "seconds": round(time.monotonic() - started, 1),
        "broken": broken,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, required=True)
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--broken", action="store_true")
    args = parser.parse_args()
    result = run(args.dir, args.kills, args.seed, args.broken, stop_on_problem=args.broken)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
