"""Run the web app with uvicorn (``retold serve``)."""

from __future__ import annotations

import uvicorn

from retold.store.postgres import shown
from retold.web.app import create_app


def serve(db_path: str, host: str, port: int, allow_writes: bool, token: str | None) -> None:
    """Serve ``db_path`` at http://host:port/ until interrupted."""
    app = create_app(db_path, allow_writes=allow_writes, token=token)
    print(f"retold: serving {shown(db_path)} at http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
