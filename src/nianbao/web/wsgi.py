"""WSGI entry point for gunicorn/uwsgi: the project and database come from the environment.

    NIANBAO_PROJECT=/srv/report NIANBAO_DATABASE_URL=postgresql://… gunicorn nianbao.web.wsgi
"""
from __future__ import annotations

import os

from django.core.wsgi import get_wsgi_application

from .server import open_workspace

hosts = [h for h in os.environ.get("NIANBAO_ALLOWED_HOSTS", "").split(",") if h]
open_workspace(os.environ["NIANBAO_PROJECT"], os.environ.get("NIANBAO_DATABASE_URL") or None,
               allowed_hosts=hosts or None, public_url=os.environ.get("NIANBAO_PUBLIC_URL") or None)
application = get_wsgi_application()
