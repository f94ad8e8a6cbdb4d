"""Exports (CSV and JSONL, formula guard, redaction) and the JSON API with its tokens,
error shape and OpenAPI schema."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from lurewatch.storage import Database
from lurewatch.storage.models import AuditEntry
from lurewatch.storage.queue import claim_next, decide
from lurewatch.storage.users import add_token, revoke_token
from tests.review_support import add_user, login, make_client, seed

TOKEN = "lw_test_token_0123456789abcdef"
FORMULA = '=HYPERLINK("http://evil.example","urgent visa") call @agent7 or +66812345678'


@pytest.fixture
def client(tmp_path: Path, sqlite_db: Database) -> TestClient:
    seed(sqlite_db, ["Urgent job in Bangkok, free visa @agent1", FORMULA, "visa passport fee"])
    rita = add_user(sqlite_db, "rita", "reviewer")
    add_token(sqlite_db, rita, "partner", TOKEN, actor="test")
    claim = claim_next(sqlite_db, rita, 15)
    assert claim is not None
    decide(sqlite_db, claim.item_id, rita, "confirmed", "red_flags", note="-1+1 looks like maths")
    return make_client(tmp_path, sqlite_db)


def auth(token: str = TOKEN) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def test_export_csv_guards_formulas(client: TestClient, sqlite_db: Database) -> None:
    login(client, "rita")
    response = client.get("/export/download?format=csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment;" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3
    texts = {r["text"] for r in rows}
    assert "'" + FORMULA in texts and FORMULA not in texts
    assert {r["note"] for r in rows} >= {"'-1+1 looks like maths"}
    with sqlite_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "export")).one()
    assert entry.after is not None and entry.after["rows"] == 3 and entry.actor.startswith("user:")


def test_export_jsonl_with_filter_and_redaction(client: TestClient) -> None:
    login(client, "rita")
    response = client.get("/export/download?format=jsonl&redact=1&verdict=confirmed")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    rows = [json.loads(line) for line in response.text.splitlines()]
    assert len(rows) == 1 and rows[0]["verdict"] == "confirmed"
    assert "@agent1" not in rows[0]["text"] and "[telegram]" in rows[0]["text"]
    assert rows[0]["author"] is None
    everything = client.get("/export/download?format=jsonl&redact=on").text
    assert "agent7" not in everything and "+66812345678" not in everything


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("format=xlsx", "format: must be one of"),
        ("min_risk=2", "min_risk: a number from 0.0 to 1.0"),
        ("since=last-week", "since: write a date"),
        ("limit=-1", "limit: a whole number"),
    ],
)
def test_export_bad_filters(client: TestClient, query: str, message: str) -> None:
    login(client, "rita")
    response = client.get(f"/export/download?{query}")
    assert response.status_code == 400 and message in response.text


def test_api_needs_a_valid_token(client: TestClient, sqlite_db: Database) -> None:
    for headers in ({}, auth("wrong"), {"Authorization": "Basic cml0YTpw"}):
        response = client.get("/api/v1/items", headers=headers)
        assert response.status_code == 401
        assert response.headers["www-authenticate"] == "Bearer"
        body = response.json()
        assert set(body) == {"error"} and body["error"]["code"] == "unauthenticated"
    assert client.get("/api/v1/items", headers=auth()).status_code == 200
    revoke_token(sqlite_db, 1, actor="test")
    assert client.get("/api/v1/items", headers=auth()).status_code == 401
    # a browser session is not an API credential
    login(client, "rita")
    assert client.get("/api/v1/items").status_code == 401


def test_api_items_item_decisions(client: TestClient) -> None:
    listing = client.get("/api/v1/items?status=all&sort=risk", headers=auth()).json()
    assert listing["total"] == 3 and listing["items"][0]["risk"] >= listing["items"][1]["risk"]
    first = listing["items"][0]
    assert first["verdict"] == "confirmed" and "travel_paid" in first["indicators"]
    item = client.get(f"/api/v1/items/{first['id']}", headers=auth()).json()
    assert item["post"]["text"].startswith("Urgent job in Bangkok")
    assert item["score"]["result"]["indicators"][0]["start"] >= 0
    assert item["decisions"][0]["user"] == "rita"
    assert item["decisions"][0]["note"] == "-1+1 looks like maths"
    decisions = client.get("/api/v1/decisions", headers=auth()).json()
    assert [d["verdict"] for d in decisions["decisions"]] == ["confirmed"]
    after = decisions["next_after_id"]
    assert (
        client.get(f"/api/v1/decisions?after_id={after}", headers=auth()).json()["decisions"] == []
    )
    filtered = client.get("/api/v1/items?indicator=upfront_fee", headers=auth()).json()
    assert [i["id"] for i in filtered["items"]] == [3]


def test_api_export(client: TestClient) -> None:
    response = client.get("/api/v1/export?format=csv&redact=true", headers=auth())
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "agent7" not in response.text and "'=HYPERLINK" in response.text
    jsonl = client.get("/api/v1/export?status=decided", headers=auth())
    assert [json.loads(line)["status"] for line in jsonl.text.splitlines()] == ["decided"]


def test_api_check(client: TestClient) -> None:
    response = client.post(
        "/api/v1/check",
        json={"text": "Urgent: customer service in Myawaddy, visa free"},
        headers=auth(),
    )
    assert response.status_code == 200
    body = response.json()
    assert body["flagged"] is True and body["category"] == "trafficking_lure"
    assert {i["name"] for i in body["indicators"]} >= {"urgency", "hotspot_destination"}
    assert "explanation" in body and "category_probs" in body  # the whole stored document
    assert client.post("/api/v1/check", json={"text": "x"}).status_code == 401


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("get", "/api/v1/items/999", {}, 404, "not_found"),
        ("get", "/api/v1/items/abc", {}, 422, "bad_input"),
        ("get", "/api/v1/items?limit=100000", {}, 422, "bad_input"),
        ("get", "/api/v1/items?status=lost", {}, 422, "bad_input"),
        ("get", "/api/v1/items?indicator=a%27b", {}, 422, "bad_input"),
        ("get", "/api/v1/export?format=pdf", {}, 422, "bad_input"),
        ("post", "/api/v1/check", {"json": {"text": ""}}, 422, "bad_input"),
        ("post", "/api/v1/check", {"json": {"text": "x" * 20_001}}, 422, "bad_input"),
        ("post", "/api/v1/check", {"json": {"txt": "hello"}}, 422, "bad_input"),
        (
            "post",
            "/api/v1/check",
            {"content": b"{not json", "headers": {"content-type": "application/json"}},
            422,
            "bad_input",
        ),
        ("get", "/api/v1/nothing", {}, 404, "not_found"),
        ("delete", "/api/v1/items", {}, 405, "method_not_allowed"),
    ],
)
def test_api_errors_have_one_shape(
    client: TestClient, method: str, path: str, kwargs: dict, status: int, code: str
) -> None:
    headers = {**auth(), **kwargs.pop("headers", {})}
    response = client.request(method, path, headers=headers, **kwargs)
    assert response.status_code == status
    body = response.json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert body["error"]["message"] and "Traceback" not in body["error"]["message"]


def test_api_check_is_rate_limited(tmp_path: Path, sqlite_db: Database) -> None:
    rob = add_user(sqlite_db, "rob", "viewer")
    add_token(sqlite_db, rob, "t", "lw_rob_token_abcdefabcdef", actor="test")
    client = make_client(tmp_path, sqlite_db, check_per_minute=2)
    for _ in range(2):
        ok = client.post(
            "/api/v1/check", json={"text": "hello"}, headers=auth("lw_rob_token_abcdefabcdef")
        )
        assert ok.status_code == 200
    limited = client.post(
        "/api/v1/check", json={"text": "hello"}, headers=auth("lw_rob_token_abcdefabcdef")
    )
    assert limited.status_code == 429 and limited.json()["error"]["code"] == "rate_limited"
    assert int(limited.headers["retry-after"]) > 0


def test_openapi_schema_describes_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    assert set(paths) == {
        "/api/v1/items",
        "/api/v1/items/{item_id}",
        "/api/v1/decisions",
        "/api/v1/export",
        "/api/v1/check",
    }
    check = paths["/api/v1/check"]["post"]
    assert check["requestBody"]["content"]["application/json"]["schema"]["$ref"].endswith("CheckIn")
    assert check["responses"]["422"]["content"]["application/json"]["schema"]["$ref"].endswith(
        "ErrorOut"
    )
    assert "ItemOut" in schema["components"]["schemas"]
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
