"""Alembic revision scripts, oldest first: 0001 core tables, 0002 full-text search and PA-X."""
