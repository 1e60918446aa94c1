"""Alembic migrations of the store, shipped as package data and applied when a store is opened."""
