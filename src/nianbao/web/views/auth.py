"""Login (Django's standard form at /login/) with a limit on failed attempts, and logout."""
from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.core.cache import cache
from django.http import HttpResponse

MAX_FAILURES = 5
WINDOW_SECONDS = 15 * 60


def _keys(request) -> list[str]:
    address = request.META.get("REMOTE_ADDR", "")
    username = request.POST.get("username", "")[:150].lower()
    return [f"login-fail:ip:{address}", f"login-fail:user:{username}"]


def blocked(request) -> bool:
    return any((cache.get(key) or 0) >= MAX_FAILURES for key in _keys(request))


def record_failure(request) -> None:
    for key in _keys(request):
        cache.add(key, 0, WINDOW_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, WINDOW_SECONDS)


class LoginView(auth_views.LoginView):
    template_name = "web/login.html"
    redirect_authenticated_user = True

    def post(self, request, *args, **kwargs):
        if blocked(request):
            return HttpResponse(f"登录失败次数过多，请 {WINDOW_SECONDS // 60} 分钟后再试", status=429,
                                content_type="text/plain; charset=utf-8")
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        record_failure(self.request)
        return super().form_invalid(form)


class LogoutView(auth_views.LogoutView):
    pass
