"""Alembic environment: migrations run on the connection :class:`accord.store.Store` passes in."""

from alembic import context

from accord.store.schema import Base


def run_migrations(config) -> None:  # type: ignore[no-untyped-def]
    """Run the pending migrations on ``config.attributes["connection"]``."""
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


try:
    _config = context.config
except AttributeError:  # imported outside Alembic, e.g. by pytest's doctest collection
    _config = None
if _config is not None:
    run_migrations(_config)
