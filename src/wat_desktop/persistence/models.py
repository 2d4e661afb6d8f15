"""Typed ORM models. Money is integer cents (BigInteger); sections of a firm's
answers are JSON documents so that new wizard fields need no migration."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON}


class FirmRow(Base):
    __tablename__ = "firms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Columns duplicated from the profile so the portfolio can sort and filter in SQL.
    name: Mapped[str] = mapped_column(String(200), default="", index=True)
    partita_iva: Mapped[str] = mapped_column(String(32), default="")
    municipality: Mapped[str] = mapped_column(String(120), default="")
    territorial_area: Mapped[str] = mapped_column(String(120), default="")
    ateco: Mapped[str] = mapped_column(String(16), default="")
    ccnl: Mapped[str] = mapped_column(String(64), default="")
    headcount: Mapped[int] = mapped_column(Integer, default=0)
    steps_done: Mapped[int] = mapped_column(Integer, default=0)
    plan_cost_cents: Mapped[int] = mapped_column(BigInteger, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    workforce: Mapped[dict[str, Any]] = mapped_column(default=dict)
    needs: Mapped[dict[str, Any]] = mapped_column(default=dict)
    relevance: Mapped[dict[str, Any]] = mapped_column(default=dict)
    measures: Mapped[dict[str, Any]] = mapped_column(default=dict)
    budget: Mapped[dict[str, Any]] = mapped_column(default=dict)
    survey: Mapped[dict[str, Any]] = mapped_column(default=dict)
    plan: Mapped[dict[str, Any]] = mapped_column(default=dict)

    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)

    # Optimistic concurrency: an UPDATE carries the revision it read, so two
    # writers to a shared database cannot silently overwrite each other.
    __mapper_args__ = {"version_id_col": revision}


class CatalogueRow(Base):
    __tablename__ = "catalogues"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    network_id: Mapped[str] = mapped_column(String(120), index=True)
    network_name: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))
    document: Mapped[str] = mapped_column(Text)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime)
