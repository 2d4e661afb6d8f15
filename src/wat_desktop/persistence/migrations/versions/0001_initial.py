"""Initial schema: firms and catalogues.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "firms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("partita_iva", sa.String(32), nullable=False, server_default=""),
        sa.Column("municipality", sa.String(120), nullable=False, server_default=""),
        sa.Column("territorial_area", sa.String(120), nullable=False, server_default=""),
        sa.Column("ateco", sa.String(16), nullable=False, server_default=""),
        sa.Column("ccnl", sa.String(64), nullable=False, server_default=""),
        sa.Column("headcount", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("steps_done", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("plan_cost_cents", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false()),
        *[
            sa.Column(section, sa.JSON(), nullable=False)
            for section in (
                "profile",
                "workforce",
                "needs",
                "relevance",
                "measures",
                "budget",
                "survey",
                "plan",
            )
        ],
        sa.Column("revision", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_firms_name", "firms", ["name"])
    op.create_table(
        "catalogues",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("network_id", sa.String(120), nullable=False),
        sa.Column("network_name", sa.String(200), nullable=False),
        sa.Column("version", sa.String(64), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("document", sa.Text(), nullable=False),
        sa.Column("is_current", sa.Boolean(), nullable=False, server_default=sa.true()),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_catalogues_network_id", "catalogues", ["network_id"])


def downgrade() -> None:
    op.drop_table("catalogues")
    op.drop_table("firms")
