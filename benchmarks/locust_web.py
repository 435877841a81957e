"""Locust users for bench_web.py: each signs in as the admin, then browses (dashboard, a section page)
and saves a section through the API. A 409 is the optimistic lock refusing a save from a stale
revision (two users on one section): a correct answer, re-read and counted under its own name."""
from __future__ import annotations

import itertools
import os
import random

from locust import HttpUser, between, task

SECTIONS = os.environ["BENCH_SECTIONS"].split(",")
PASSWORD = os.environ["BENCH_PASSWORD"]
_slots = itertools.count()


class Member(HttpUser):
    wait_time = between(0.5, 1.5)

    def on_start(self):
        self.sid = SECTIONS[next(_slots) % len(SECTIONS)]
        self.client.get("/login/", name="login")
        token = self.client.cookies.get("csrftoken")
        self.client.post("/login/", {"username": "zhuanban", "password": PASSWORD, "csrfmiddlewaretoken": token},
                         name="login", headers={"Referer": self.host + "/login/"})

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
        headers = {"X-CSRFToken": self.client.cookies.get("csrftoken"), "Referer": self.host + "/"}
        with self.client.post(f"/api/sections/{self.sid}", json=body, headers=headers, name="save",
                              catch_response=True) as response:
            if response.status_code == 409:
                response.success()
