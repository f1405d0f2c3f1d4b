"""Storage layer: the only package that speaks SQL."""
from .connection import (
    NewerDatabaseError,
    NotADatabaseError,
    StorageError,
    applied_migrations,
    backup_to,
    open_database,
    pending_migrations,
)
from .transaction import transaction

__all__ = [
    "NewerDatabaseError",
    "NotADatabaseError",
    "StorageError",
    "applied_migrations",
    "backup_to",
    "open_database",
    "pending_migrations",
    "transaction",
]
