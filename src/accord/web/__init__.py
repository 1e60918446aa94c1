"""The web app: documents, review, gap matrix, timeline, search and cases over a store.

:func:`create_app` builds the FastAPI app; :func:`serve` runs it (``accord serve``).
"""

from accord.web.app import MAX_UPLOAD, create_app
from accord.web.server import serve

__all__ = ["MAX_UPLOAD", "create_app", "serve"]
