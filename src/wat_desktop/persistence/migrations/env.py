"""Alembic environment: always run programmatically by ``persistence.migrator``.

On SQLite, foreign keys are switched off outside the migration transaction
(a batch table rebuild with them on fires ON DELETE CASCADE and silently
deletes child rows), checked with ``foreign_key_check`` before commit, and
switched back on afterwards. DDL is transactional (``BEGIN IMMEDIATE`` from
``Database``), so a migration that fails halfway leaves the previous revision.
"""

from alembic import context

from wat_desktop.infra.crash_points import crash_point
from wat_desktop.persistence.models import Base

config = context.config
connection = config.attributes["connection"]
is_sqlite = connection.dialect.name == "sqlite"

if is_sqlite:
    # Raw DBAPI call: no transaction is open yet, and PRAGMA foreign_keys is a
    # no-op inside one.
    connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
try:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=is_sqlite,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
        crash_point("migration-in-transaction")  # crash tests: killed before the commit
        if is_sqlite:
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise RuntimeError(f"foreign_key_check failed after migration: {broken[:5]}")
finally:
    if is_sqlite:
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
