"""PostgreSQL through the web app: 20 reviewers, each with a browser session over real
HTTP, claim and decide at once; no item is ever handed to two of them
(`SELECT ... FOR UPDATE SKIP LOCKED` behind /queue/next and the next-item redirect)."""

from __future__ import annotations

import re
import threading
from collections import Counter

import httpx
import pytest
from sqlalchemy import func, select

from lurewatch.storage import Database
from lurewatch.storage.models import Decision, ReviewItem
from review.app import create_app
from tests.review_support import (
    PASSWORD,
    SECRET,
    FakeScorer,
    LiveServer,
    add_user,
    make_config,
    seed,
)

REVIEWERS = 20
ITEMS = 300
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


def _review_until_empty(url: str, username: str, taken: list[int]) -> None:
    with httpx.Client(base_url=url, follow_redirects=False, timeout=60) as client:
        token = TOKEN.search(client.get("/login").text)
        assert token is not None
        signed_in = client.post(
            "/login",
            data={"username": username, "password": PASSWORD, "csrf_token": token.group(1)},
        )
        assert signed_in.status_code == 303
        token = TOKEN.search(client.get("/queue").text)
        assert token is not None
        response = client.post("/queue/next", data={"csrf_token": token.group(1)})
        while True:
            assert response.status_code == 303, response.text[:300]
            match = re.match(r"^/items/(\d+)", response.headers["location"])
            if match is None:
                assert "notice=empty" in response.headers["location"]
                return
            item_id = int(match.group(1))
            taken.append(item_id)
            response = client.post(
                f"/items/{item_id}/decide",
                data={"csrf_token": token.group(1), "verdict": "unsure"},
            )


@pytest.mark.postgres
@pytest.mark.slow
def test_reviewers_claiming_at_once_never_share_an_item(pg_url: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = Database(pg_url)
    db.upgrade()
    seed(db, [f"urgent visa job number {i} in Bangkok" for i in range(ITEMS)])
    names = [f"reviewer{i}" for i in range(REVIEWERS)]
    for name in names:
        add_user(db, name, "reviewer")
    app = create_app(make_config(tmp_path, db), db, lambda _c: FakeScorer(), secret_key=SECRET)
    taken: dict[str, list[int]] = {name: [] for name in names}
    errors: list[BaseException] = []

    def work(name: str) -> None:
        try:
            _review_until_empty(server.url, name, taken[name])
        except BaseException as exc:  # reported below, with the thread's name
            errors.append(exc)

    with LiveServer(app) as server:
        threads = [threading.Thread(target=work, args=(name,)) for name in names]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=300)
    assert not errors, errors[0]
    everything = [item for items in taken.values() for item in items]
    duplicates = [item for item, n in Counter(everything).items() if n > 1]
    assert duplicates == [] and len(everything) == ITEMS
    assert sum(1 for items in taken.values() if items) > REVIEWERS // 2  # really concurrent
    with db.read() as session:
        assert session.scalar(select(func.count(Decision.id))) == ITEMS
        assert (
            session.scalar(select(func.count(ReviewItem.id)).where(ReviewItem.status != "decided"))
            == 0
        )
    db.dispose()
