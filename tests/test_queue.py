"""The review queue in storage: leases, decisions, undo, audit; concurrency on PostgreSQL."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from lurewatch.storage import (
    Database,
    NewPost,
    ScoreRecord,
    enqueue_flagged,
    ensure_source,
    insert_posts,
    posts_to_score,
    save_scores,
)
from lurewatch.storage.models import AuditEntry, PostContact, ReviewItem, utcnow
from lurewatch.storage.queue import (
    QueueError,
    QueueFilter,
    claim_item,
    claim_next,
    decide,
    release,
    undo_last,
)
from lurewatch.storage.users import create_user


def fill(
    db: Database, n: int, risk_of: Callable[[int], float] = lambda i: 0.5 + i % 50 / 100
) -> None:
    source = ensure_source(db, "tg", "telegram")
    insert_posts(db, source, [NewPost(f"id{i}", f"text {i} call @agent{i % 3}") for i in range(n)])
    pending = posts_to_score(db, "m", limit=n)
    save_scores(
        db,
        [
            ScoreRecord(
                p.id,
                "m",
                risk_of(i),
                "trafficking_lure",
                "th" if i % 2 else "en",
                True,
                {"contacts": [{"kind": "telegram", "value": f"agent{i % 3}"}]},
            )
            for i, p in enumerate(pending)
        ],
    )


def users(db: Database, n: int) -> list[int]:
    return [create_user(db, f"r{i}", "x", "reviewer", "test") for i in range(n)]


def test_enqueue_is_idempotent_and_indexes_contacts(db: Database) -> None:
    fill(db, 10)
    assert enqueue_flagged(db, "m", 0.5) == 10
    assert enqueue_flagged(db, "m", 0.5) == 0
    with db.read() as session:
        contacts = session.scalars(select(PostContact.value)).all()
    assert sorted(set(contacts)) == ["agent0", "agent1", "agent2"] and len(contacts) == 10


def test_threshold_selects_items(db: Database) -> None:
    fill(db, 10, risk_of=lambda i: i / 10)
    assert enqueue_flagged(db, "m", 0.7) == 3


def test_claim_order_lease_and_expiry(db: Database) -> None:
    fill(db, 5, risk_of=lambda i: [0.6, 0.9, 0.7, 0.95, 0.8][i])
    enqueue_flagged(db, "m", 0.5)
    a, b = users(db, 2)
    first = claim_next(db, a, 15)
    assert first is not None
    with db.read() as session:
        assert session.get(ReviewItem, first.item_id).priority == 0.95  # type: ignore[union-attr]
    again = claim_next(db, a, 15)  # a reviewer keeps their current item
    assert again is not None and again.item_id == first.item_id
    second = claim_next(db, b, 15)
    assert second is not None and second.item_id != first.item_id
    with pytest.raises(QueueError, match="another reviewer"):
        claim_item(db, first.item_id, b, 15)
    # the lease runs out: the item returns to the queue and b may take it
    with db.write() as session:
        session.execute(
            update(ReviewItem)
            .where(ReviewItem.id == first.item_id)
            .values(lease_expires_at=utcnow() - timedelta(minutes=1))
        )
    assert claim_item(db, first.item_id, b, 15).item_id == first.item_id
    release(db, first.item_id, b)
    with db.read() as session:
        assert session.get(ReviewItem, first.item_id).status == "open"  # type: ignore[union-attr]


def test_filters(db: Database) -> None:
    fill(db, 6)
    enqueue_flagged(db, "m", 0.5)
    (a,) = users(db, 1)
    claim = claim_next(db, a, 15, QueueFilter(lang="th"))
    assert claim is not None
    with db.read() as session:
        from lurewatch.storage.models import Score

        item = session.get(ReviewItem, claim.item_id)
        assert item is not None
        assert session.get(Score, item.score_id).lang == "th"  # type: ignore[union-attr]
    assert claim_next(db, a, 15, QueueFilter(source="nope")) is not None  # own claim first
    release(db, claim.item_id, a)
    assert claim_next(db, a, 15, QueueFilter(source="nope")) is None


def test_decide_undo_and_audit(db: Database) -> None:
    fill(db, 2)
    enqueue_flagged(db, "m", 0.5)
    a, b = users(db, 2)
    claim = claim_next(db, a, 15)
    assert claim is not None
    with pytest.raises(QueueError, match="claimed by another"):
        decide(db, claim.item_id, b, "confirmed", "red_flags")
    with pytest.raises(QueueError, match="reason for confirmed"):
        decide(db, claim.item_id, a, "confirmed", "awareness")
    with pytest.raises(QueueError, match="verdict must be"):
        decide(db, claim.item_id, a, "maybe", "other")
    decide(db, claim.item_id, a, "confirmed", "red_flags", category="job_scam", note="<b>x</b>")
    with db.read() as session:
        item = session.get(ReviewItem, claim.item_id)
        assert item is not None and (item.status, item.verdict, item.category) == (
            "decided",
            "confirmed",
            "job_scam",
        )
    with pytest.raises(QueueError, match="no decision to undo"):
        undo_last(db, b, 15)
    undo_last(db, a, 15)
    with db.read() as session:
        item = session.get(ReviewItem, claim.item_id)
        assert item is not None and (item.status, item.claimed_by, item.verdict) == (
            "claimed",
            a,
            None,
        )
        actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-3:] == ["queue.claim", "decision.add", "decision.undo"]
    with pytest.raises(QueueError, match="no decision to undo"):
        undo_last(db, a, 15)


@pytest.mark.postgres
def test_twenty_reviewers_never_share_an_item(pg_url: str) -> None:
    """20 reviewers claim at once over 1,000 items: FOR UPDATE SKIP LOCKED."""
    db = Database(pg_url)
    db.upgrade()
    fill(db, 1000)
    enqueue_flagged(db, "m", 0.5)
    reviewers = users(db, 20)
    taken: dict[int, list[int]] = {r: [] for r in reviewers}
    barrier = threading.Barrier(20)
    errors: list[BaseException] = []

    def work(user_id: int) -> None:
        try:
            barrier.wait()
            while True:
                claim = claim_next(db, user_id, 15)
                if claim is None:
                    return
                taken[user_id].append(claim.item_id)
                decide(db, claim.item_id, user_id, "unsure", "not_enough_info")
        except BaseException as exc:  # surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(r,)) for r in reviewers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    all_items = [i for items in taken.values() for i in items]
    assert len(all_items) == 1000 and len(set(all_items)) == 1000
    assert sum(1 for items in taken.values() if items) > 1  # the work really was shared
    db.dispose()
