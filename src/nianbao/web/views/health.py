"""A bare Django view: no database, no template. The load benchmark's baseline (benchmarks/bench_web.py)
and a health check for a proxy or monitor."""
from __future__ import annotations

from django.http import HttpResponse


def ping(request):
    return HttpResponse("ok", content_type="text/plain")
