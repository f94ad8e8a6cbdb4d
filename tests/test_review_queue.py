"""The queue through the web app, on SQLite and PostgreSQL: filters, claims and leases,
decisions opening the next item, undo, the audit log, and bad input answered with a
message and a 4xx."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from lurewatch.storage import Database
from lurewatch.storage.models import AuditEntry, Decision, ReviewItem
from tests.review_support import (
    add_user,
    csrf,
    expire_lease,
    item_id_of,
    login,
    make_client,
    seed,
)

POSTS = [
    "Urgent customer service job in Bangkok, free visa @agent1",  # 0.9 trafficking_lure
    "visa and passport needed, fee 100 @agent1",  # 0.7 job_scam
    "Myawaddy job, visa paid @agent2",  # 0.5 trafficking_lure
    "hello neighbours, lost cat",  # 0.1: not queued
]


@pytest.fixture
def client(tmp_path: Path, db: Database) -> TestClient:
    seed(db, POSTS)
    seed(db, ["ต้องการพนักงาน visa passport fee"], source="fb")  # th, 0.7
    add_user(db, "rita", "reviewer")
    add_user(db, "rob", "reviewer")
    client = make_client(tmp_path, db)
    login(client, "rita")
    return client


def _item_links(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'href="/items/(\d+)', html)]


def test_queue_sorted_by_risk_then_age(client: TestClient) -> None:
    page = client.get("/queue").text
    assert "4 items" in page
    assert _item_links(page) == [1, 2, 4, 3]  # 0.9, 0.7 (older), 0.7, 0.5
    oldest = client.get("/queue?sort=oldest").text
    assert _item_links(oldest) == [1, 2, 3, 4]
    assert _item_links(client.get("/queue?sort=newest").text) == [4, 3, 2, 1]


FILTERS = (
    ("source=fb", [4]),
    ("lang=th", [4]),
    ("lang=en&category=trafficking_lure", [1, 3]),
    ("indicator=passport_requested", [2, 4]),
    ("indicator=hotspot_destination&source=tg", [1, 3]),
    ("status=decided", []),
    ("date_from=2000-01-01&date_to=2999-01-01", [1, 2, 4, 3]),
    ("date_to=2000-01-01", []),
)


def test_queue_filters(client: TestClient) -> None:
    for query, expected in FILTERS:
        response = client.get(f"/queue?{query}")
        assert response.status_code == 200
        assert _item_links(response.text) == expected, query


BAD_FILTERS = (
    ("status=lost", "status: must be one of"),
    ("sort=random", "sort: must be one of"),
    ("date_from=yesterday", "date_from: write a date as YYYY-MM-DD"),
    ("page=0", "page: a whole number"),
    ("page=abc", "page: a whole number"),
    ("indicator=DROP%20TABLE", "indicator: an indicator name"),
    ("category=spam", "category: must be one of"),
)


def test_bad_filters_are_400_with_a_message(client: TestClient) -> None:
    for query, message in BAD_FILTERS:
        response = client.get(f"/queue?{query}")
        assert response.status_code == 400, query
        assert message in response.text and "Traceback" not in response.text


def test_claim_next_decide_opens_the_next_item(client: TestClient, db: Database) -> None:
    token = csrf(client, "/queue")
    first = client.post("/queue/next", data={"csrf_token": token})
    assert first.status_code == 303 and item_id_of(first.headers["location"]) == 1
    page = client.get(first.headers["location"]).text
    assert "Claimed by you until" in page and 'id="decide-form"' in page
    decided = client.post(
        "/items/1/decide",
        data={
            "csrf_token": token,
            "verdict": "confirmed",
            "reason_confirmed": "red_flags",
            "category": "trafficking_lure",
            "note": "seen before",
        },
    )
    assert decided.status_code == 303
    assert item_id_of(decided.headers["location"]) == 2  # the next riskiest, claimed already
    assert "notice=decided" in decided.headers["location"]
    with db.read() as session:
        one = session.get(ReviewItem, 1)
        two = session.get(ReviewItem, 2)
        assert one is not None and (one.status, one.verdict, one.category) == (
            "decided",
            "confirmed",
            "trafficking_lure",
        )
        assert two is not None and two.status == "claimed"
    assert "Decision saved." in client.get(decided.headers["location"]).text


def test_filtered_work_stays_in_the_filter(client: TestClient) -> None:
    token = csrf(client, "/queue")
    first = client.post("/queue/next", data={"csrf_token": token, "queue": "source=fb"})
    assert item_id_of(first.headers["location"]) == 4
    assert "source=fb" in first.headers["location"]
    done = client.post(
        "/items/4/decide",
        data={"csrf_token": token, "verdict": "unsure", "queue": "source=fb"},
    )
    assert done.headers["location"].startswith("/queue?source=fb")
    assert "Nothing left to claim" in client.get(done.headers["location"]).text


def test_leases_keep_items_apart_until_they_expire(
    tmp_path: Path, client: TestClient, db: Database
) -> None:
    token = csrf(client, "/queue")
    mine = item_id_of(client.post("/queue/next", data={"csrf_token": token}).headers["location"])
    other = make_client(tmp_path, db)
    login(other, "rob")
    other_token = csrf(other, "/queue")
    theirs = item_id_of(
        other.post("/queue/next", data={"csrf_token": other_token}).headers["location"]
    )
    assert theirs != mine
    taken = other.post(f"/items/{mine}/claim", data={"csrf_token": other_token})
    assert taken.status_code == 409 and "another reviewer" in taken.text
    refused = other.post(
        f"/items/{mine}/decide", data={"csrf_token": other_token, "verdict": "unsure"}
    )
    assert refused.status_code == 409
    assert "Claimed by rita" in other.get(f"/items/{mine}").text
    expire_lease(db, mine)
    assert other.post(f"/items/{mine}/claim", data={"csrf_token": other_token}).status_code == 303
    assert "Claimed by you" in other.get(f"/items/{mine}").text


def test_release_returns_the_item(client: TestClient, db: Database) -> None:
    token = csrf(client, "/queue")
    client.post("/queue/next", data={"csrf_token": token})
    response = client.post("/items/1/release", data={"csrf_token": token})
    assert response.status_code == 303 and "notice=released" in response.headers["location"]
    with db.read() as session:
        item = session.get(ReviewItem, 1)
        assert item is not None and item.status == "open"


def test_undo_own_last_decision(client: TestClient, db: Database) -> None:
    token = csrf(client, "/queue")
    client.post("/queue/next", data={"csrf_token": token})
    client.post(
        "/items/1/decide",
        data={"csrf_token": token, "verdict": "not_fraud", "reason_not_fraud": "news"},
    )
    undone = client.post("/undo", data={"csrf_token": token})
    assert undone.status_code == 303 and item_id_of(undone.headers["location"]) == 1
    assert "was undone" in client.get(undone.headers["location"]).text
    with db.read() as session:
        item = session.get(ReviewItem, 1)
        assert item is not None and (item.status, item.verdict) == ("claimed", None)
        decision = session.scalars(select(Decision)).one()
        assert decision.undone_at is not None
    nothing = client.post("/undo", data={"csrf_token": token})
    assert nothing.status_code == 409 and "no decision to undo" in nothing.text


def test_audit_log_shows_who_what_before_after(client: TestClient, db: Database) -> None:
    token = csrf(client, "/queue")
    client.post("/queue/next", data={"csrf_token": token})
    client.post(
        "/items/1/decide",
        data={"csrf_token": token, "verdict": "escalate", "reason_escalate": "victim_at_risk"},
    )
    with db.read() as session:
        actions = session.scalars(
            select(AuditEntry.action)
            .where(AuditEntry.object_type == "review_items", AuditEntry.object_id == "1")
            .order_by(AuditEntry.id)
        ).all()
    assert actions == ["queue.claim", "decision.add"]
    page = client.get("/audit?object_type=review_items&object_id=1")
    assert page.status_code == 200
    assert "decision.add" in page.text and "rita" in page.text
    assert "victim_at_risk" in page.text and "&#34;status&#34;: &#34;claimed&#34;" in page.text
    by_user = client.get("/audit?actor=rita&action=decision.add").text
    assert "2 entries" not in by_user and "1 entries" in by_user


BAD_DECISIONS = (
    ({"verdict": "maybe"}, 400, "verdict: choose one of"),
    ({"verdict": "confirmed", "reason_confirmed": "news"}, 400, "reason: for confirmed"),
    ({"verdict": "confirmed", "category": "spam"}, 400, "category: choose one of"),
    ({"verdict": "unsure", "note": "x" * 2001}, 400, "note: at most 2,000"),
)


def test_bad_decisions_are_400(client: TestClient) -> None:
    token = csrf(client, "/queue")
    client.post("/queue/next", data={"csrf_token": token})
    for data, status, message in BAD_DECISIONS:
        response = client.post("/items/1/decide", data=dict(data, csrf_token=token))
        assert response.status_code == status and message in response.text, data


def test_unknown_items_and_bad_ids(client: TestClient) -> None:
    assert client.get("/items/999").status_code == 404
    assert client.get("/items/abc").status_code == 400
    assert client.get("/items/99999999999999999999999").status_code in (400, 404)
    token = csrf(client, "/queue")
    assert client.post("/items/999/claim", data={"csrf_token": token}).status_code == 409
    assert (
        client.post("/queue/next", data={"csrf_token": token, "queue": "x" * 3000}).status_code
        == 400
    )
    assert client.put("/queue").status_code == 405


def test_control_characters_and_extreme_values_never_fail(client: TestClient, db: Database) -> None:
    """NUL bytes (PostgreSQL refuses them in text), odd Unicode and extreme dates."""
    for query in ("source=a%00b", "lang=%00", "indicator=a%00", "date_from=0001-01-01"):
        assert client.get(f"/queue?{query}").status_code in (200, 400), query
    assert client.get("/queue?date_to=9999-12-31").status_code == 200
    assert client.get("/audit?actor=%00&object_id=%F0%9F%98%80").status_code in (200, 400)
    token = csrf(client, "/queue")
    client.post("/queue/next", data={"csrf_token": token})
    decided = client.post(
        "/items/1/decide",
        data={"csrf_token": token, "verdict": "unsure", "note": "nul\x00 byte \u202e ✓"},
    )
    assert decided.status_code == 303
    with db.read() as session:
        note = session.scalar(select(Decision.note))
    assert note == "nul byte \u202e ✓"
    anonymous = TestClient(client.app, follow_redirects=False)
    login_token = csrf(anonymous)
    response = anonymous.post(
        "/login", data={"username": "ri\x00ta", "password": "x\x00", "csrf_token": login_token}
    )
    assert response.status_code == 400
