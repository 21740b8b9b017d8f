"""Bulk loading below SQLAlchemy's per-row work: DB-API executemany on SQLite, COPY on PostgreSQL.

A store write builds plain tuples; these helpers send them in as few round trips as the engine
allows, inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import Connection


def _quoted(names: Sequence[str]) -> str:
    return ", ".join(f'"{n}"' for n in names)


def insert_rows(conn: Connection, table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Insert rows (tuples in ``columns`` order): PostgreSQL COPY, else one executemany."""
    if not rows:
        return
    if conn.dialect.name == "postgresql":
        driver: Any = conn.connection.driver_connection  # psycopg 3, in the same transaction
        cursor = driver.cursor()
        with cursor.copy(f'COPY "{table}" ({_quoted(columns)}) FROM STDIN') as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f'INSERT INTO "{table}" ({_quoted(columns)}) VALUES ({marks})', rows)


def add_counts(conn: Connection, table: str, keys: Sequence[str], column: str, rows: list[tuple[Any, ...]]) -> None:
    """Upsert rows (``keys`` then ``column``): add ``column`` to the row with the same keys."""
    if not rows:
        return
    mark = "%s" if conn.dialect.name == "postgresql" else "?"
    names = [*keys, column]
    sql = (
        f'INSERT INTO "{table}" ({_quoted(names)}) VALUES ({", ".join(mark for _ in names)}) '
        f'ON CONFLICT ({_quoted(keys)}) DO UPDATE SET "{column}" = "{table}"."{column}" + excluded."{column}"'
    )
    conn.exec_driver_sql(sql, rows)
