"""Locust users for bench_web.py: each holds a signed-in session of the admin, browses (dashboard, a section page)
and saves a section through the API. A 409 is the optimistic lock refusing a save from a stale
revision (two users on one section): a correct answer, re-read and counted under its own name."""
from __future__ import annotations

import itertools
import os
import random
import secrets

from locust import HttpUser, between, task

SECTIONS = os.environ["BENCH_SECTIONS"].split(",")
SESSIONS = os.environ["BENCH_SESSIONS"].split(",")  # one signed-in session per user, made by bench_web.py
_slots = itertools.count()


class Member(HttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        slot = next(_slots)
        self.sid = SECTIONS[slot % len(SECTIONS)]
        self.csrf = secrets.token_hex(16)  # Django accepts a 32-character secret as both cookie and header
        self.client.cookies.set("sessionid", SESSIONS[slot % len(SESSIONS)])
        self.client.cookies.set("csrftoken", self.csrf)

    @task(3)
    def bare(self):
        self.client.get("/ping", name="bare")

    @task(2)
    def dashboard(self):
        self.client.get("/", name="page")

    @task(3)
    def section(self):
        self.client.get(f"/s/{random.choice(SECTIONS)}/", name="page")

    @task(2)
    def save(self):
        current = self.client.get(f"/api/sections/{self.sid}", name="read").json()
        body = {"text": current["text"].rstrip("\n") + "\n", "base": current["revision"]}
        headers = {"X-CSRFToken": self.csrf, "Referer": self.host + "/"}
        with self.client.post(f"/api/sections/{self.sid}", json=body, headers=headers, name="save",
                              catch_response=True) as response:
            if response.status_code == 409:
                response.success()
