"""Received demand files and the firms' demand keys move into the database.

Before, both lived as JSON files in the data folder, so two app instances on a
shared PostgreSQL database saw different received files and exported one firm
under two keys. New tables only: no existing row is touched (no batch rebuild).

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "received_demand",
        sa.Column("firm_key", sa.String(32), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("exported_on", sa.String(20), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "demand_keys",
        sa.Column(
            "firm_id",
            sa.Integer(),
            sa.ForeignKey("firms.id", ondelete="CASCADE", name="fk_demand_keys_firm_id"),
            primary_key=True,
        ),
        sa.Column("firm_key", sa.String(32), nullable=False),
        sa.UniqueConstraint("firm_key", name="uq_demand_keys_firm_key"),
    )


def downgrade() -> None:
    op.drop_table("demand_keys")
    op.drop_table("received_demand")
