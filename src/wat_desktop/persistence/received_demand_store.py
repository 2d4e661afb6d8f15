"""Demand files received by the coordinator, and the key each local firm's files carry.

Both live in the database (migration 0002), not in the data folder, so that two
app instances on one shared PostgreSQL database see the same received files and
export a firm under the same key (two keys for one firm would count it twice).

- ``received_demand``: one row per firm key with the validated demand file as
  JSON text; ``put`` keeps a stored version unless the new one is newer
  (``revision``, then ``exported_on``), inside the transaction, so two
  coordinators importing at once never replace a newer file with an older one;
- ``demand_keys``: firm id → random 128-bit key, made on first export; a key
  goes with its firm (``ON DELETE CASCADE``), so a firm created later never
  inherits the key of a deleted one.

Entries are re-validated by the service when read: this module only stores.
Installations from before 0002 kept two JSON files in the data folder; they are
moved into the database once (``import_legacy_files``) and renamed ``*.imported``.
"""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Table,
    Text,
    delete,
    select,
)
from sqlalchemy.exc import IntegrityError

from wat_desktop.persistence.database import Database
from wat_desktop.persistence.models import Base, FirmRow

LEGACY_RECEIVED_FILE = "received_demand.json"
LEGACY_KEYS_FILE = "demand_keys.json"

received_demand = Table(
    "received_demand",
    Base.metadata,
    Column("firm_key", String(32), primary_key=True),
    Column("revision", Integer, nullable=False),
    Column("exported_on", String(20), nullable=False),
    Column("document", Text, nullable=False),
    Column("received_at", DateTime, nullable=False),
)

demand_keys = Table(
    "demand_keys",
    Base.metadata,
    Column("firm_id", Integer, ForeignKey("firms.id", ondelete="CASCADE"), primary_key=True),
    Column("firm_key", String(32), nullable=False, unique=True),
)


def _order(document: dict[str, Any]) -> tuple[int, str]:
    revision = document.get("revision")
    exported = document.get("exported_on")
    return (
        revision if isinstance(revision, int) else -1,
        exported if isinstance(exported, str) else "",
    )


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class ReceivedDemandStore:
    def __init__(self, db: Database) -> None:
        self._db = db

    # --- received demand files --------------------------------------------------------
    def load(self) -> list[dict[str, Any]]:
        """The stored demand files as plain JSON objects, by firm key."""
        query = select(received_demand.c.document).order_by(received_demand.c.firm_key)
        with self._db.session() as session:
            texts = session.execute(query).scalars().all()
        documents = []
        for text in texts:
            try:
                data = json.loads(text)
            except ValueError:
                continue  # the service skips what does not validate; so do we
            if isinstance(data, dict):
                documents.append(data)
        return documents

    def put(self, documents: list[dict[str, Any]]) -> int:
        """Store each document unless the stored one of its firm key is as new or newer;
        return how many were stored. One transaction: all or nothing."""
        return self._retry_once(lambda: self._put(documents))

    def _put(self, documents: list[dict[str, Any]]) -> int:
        # One upsert for every file (an executemany), not a read and a write per file:
        # the database keeps a stored row unless the new file is newer, atomically per
        # row, so two coordinators importing at once still never go backwards.
        newest: dict[str, dict[str, Any]] = {}
        for document in documents:  # the same firm twice in one batch: its newest file
            key = str(document["firm_key"])
            if key not in newest or _order(document) > _order(newest[key]):
                newest[key] = document
        if not newest:
            return 0
        now = _now()
        rows = [
            {
                "firm_key": key,
                "revision": _order(document)[0],
                "exported_on": _order(document)[1],
                "document": json.dumps(document, ensure_ascii=False, sort_keys=True),
                "received_at": now,
            }
            for key, document in newest.items()
        ]
        with self._db.session() as session:
            dialect = session.get_bind().dialect.name
            statement = _newer_wins_upsert(dialect)
            if dialect == "postgresql":  # its executemany reports no row count: ask back
                stored = statement.returning(received_demand.c.firm_key)
                return len(session.execute(stored, rows).all())
            return int(session.execute(statement, rows).rowcount)

    def remove(self, firm_key: str) -> bool:
        """Forget one received firm; True if there was one."""
        statement = delete(received_demand).where(received_demand.c.firm_key == firm_key)
        with self._db.session() as session:
            return bool(session.execute(statement).rowcount)

    # --- this database's own firms' keys ---------------------------------------------------
    def firm_keys(self) -> dict[int, str]:
        query = select(demand_keys.c.firm_id, demand_keys.c.firm_key)
        with self._db.session() as session:
            return {firm_id: key for firm_id, key in session.execute(query)}

    def key_for(self, firm_id: int) -> str:
        """The firm's key, made (random, 128 bits) and stored on first use. Two
        instances asking at once get the same key: the loser of the insert reads it."""
        return self._retry_once(lambda: self._key_for(firm_id))

    def _key_for(self, firm_id: int) -> str:
        query = select(demand_keys.c.firm_key).where(demand_keys.c.firm_id == firm_id)
        with self._db.session() as session:
            key = session.execute(query).scalar()
            if key is None:
                key = secrets.token_hex(16)
                session.execute(demand_keys.insert().values(firm_id=firm_id, firm_key=key))
        return key

    @staticmethod
    def _retry_once(work):  # type: ignore[no-untyped-def]
        # A concurrent writer inserted the same key first: run again, it is there now.
        try:
            return work()
        except IntegrityError:
            return work()

    # --- installations from before migration 0002 -------------------------------------------
    def import_legacy_files(self, folder: Path) -> int:
        """Move the two JSON files older versions kept in the data folder into the
        database (once); return how many entries were moved. Unreadable files stay."""
        moved = 0
        keys_file = folder / LEGACY_KEYS_FILE
        keys = _legacy_field(keys_file, "keys")
        if isinstance(keys, dict):
            existing = {firm_id for (firm_id,) in self._select_all(select(FirmRow.id))}
            taken = self.firm_keys()
            with self._db.session() as session:
                for firm_id, key in keys.items():
                    if not (str(firm_id).isdigit() and isinstance(key, str) and len(key) == 32):
                        continue
                    number = int(firm_id)
                    if number in existing and number not in taken and key not in taken.values():
                        session.execute(demand_keys.insert().values(firm_id=number, firm_key=key))
                        moved += 1
            keys_file.rename(keys_file.with_name(keys_file.name + ".imported"))
        received_file = folder / LEGACY_RECEIVED_FILE
        files = _legacy_field(received_file, "files")
        if isinstance(files, list):
            usable = [
                f
                for f in files
                if isinstance(f, dict)
                and isinstance(f.get("firm_key"), str)
                and len(f["firm_key"]) == 32
            ]
            moved += self.put(usable)
            received_file.rename(received_file.with_name(received_file.name + ".imported"))
        return moved

    def _select_all(self, query):  # type: ignore[no-untyped-def]
        with self._db.session() as session:
            return session.execute(query).all()


def _newer_wins_upsert(dialect: str) -> Any:
    """``INSERT ... ON CONFLICT (firm_key) DO UPDATE ... WHERE`` the new file is newer:
    a higher revision, or the same revision exported later (as ``_order``)."""
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(received_demand)
    new, old = statement.excluded, received_demand.c
    new_exported, old_exported = new.exported_on, old.exported_on
    if dialect == "postgresql":  # compare as Python does (code points), not by locale
        new_exported, old_exported = new_exported.collate("C"), old_exported.collate("C")
    newer = (new.revision > old.revision) | (
        (new.revision == old.revision) & (new_exported > old_exported)
    )
    return statement.on_conflict_do_update(
        index_elements=[old.firm_key],
        set_={
            "revision": new.revision,
            "exported_on": new.exported_on,
            "document": new.document,
            "received_at": new.received_at,
        },
        where=newer,
    )


def _legacy_field(path: Path, field: str) -> Any:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get(field) if isinstance(data, dict) else None
