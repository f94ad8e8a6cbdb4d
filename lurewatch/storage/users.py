"""Accounts and API tokens. Passwords arrive already hashed (review.auth hashes them)."""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from lurewatch.errors import LurewatchError
from lurewatch.storage.audit import record
from lurewatch.storage.database import Database
from lurewatch.storage.models import ApiToken, User, utcnow

ROLES = ("admin", "reviewer", "viewer")


class UserError(LurewatchError):
    """An account cannot be created or changed as asked."""


def create_user(db: Database, username: str, password_hash: str, role: str, actor: str) -> int:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    if not username or len(username) > 64 or not username.isprintable() or " " in username:
        raise UserError("username must be 1-64 printable characters without spaces")
    with db.write() as session:
        if session.scalar(select(User.id).where(User.username == username)) is not None:
            raise UserError(f"user {username!r} exists already")
        user = User(username=username, password_hash=password_hash, role=role)
        session.add(user)
        session.flush()
        record(
            session, actor, "user.add", "users", user.id, after={"username": username, "role": role}
        )
        return user.id


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_token(db: Database, user_id: int, name: str, token: str, actor: str) -> int:
    """Store only the SHA-256 of a token; the token itself is shown once to its owner."""
    with db.write() as session:
        row = ApiToken(user_id=user_id, name=name[:64], token_hash=token_digest(token))
        session.add(row)
        session.flush()
        record(
            session,
            actor,
            "token.add",
            "api_tokens",
            row.id,
            after={"user_id": user_id, "name": name},
        )
        return row.id


def user_for_token(db: Database, token: str) -> User | None:
    with db.write() as session:
        row = session.scalar(
            select(ApiToken).where(
                ApiToken.token_hash == token_digest(token), ApiToken.revoked.is_(False)
            )
        )
        if row is None:
            return None
        row.last_used_at = utcnow()
        user = session.get(User, row.user_id)
        return user if user is not None and user.active else None


# --- managing accounts (the review app's admin pages) -----------------------------------


def get_user(db: Database, user_id: int) -> User | None:
    with db.read() as session:
        return session.get(User, user_id)


def user_by_name(db: Database, username: str) -> User | None:
    with db.read() as session:
        return session.scalar(select(User).where(User.username == username))


def list_users(db: Database) -> list[User]:
    with db.read() as session:
        return list(session.scalars(select(User).order_by(User.username)))


def _other_active_admins(session: Session, user_id: int) -> int:
    return len(
        session.scalars(
            select(User.id).where(User.role == "admin", User.active.is_(True), User.id != user_id)
        ).all()
    )


def _change(db: Database, user_id: int, actor: str, action: str, **values: object) -> None:
    with db.write() as session:
        user = session.get(User, user_id)
        if user is None:
            raise UserError(f"no user with id {user_id}")
        demoting = values.get("role", "admin") != "admin" or values.get("active") is False
        if user.role == "admin" and demoting and not _other_active_admins(session, user_id):
            raise UserError("this is the last active admin; make another admin first")
        before = {k: getattr(user, k) for k in values if k != "password_hash"}
        for key, value in values.items():
            setattr(user, key, value)
        after = {k: v for k, v in values.items() if k != "password_hash"}
        record(session, actor, action, "users", user_id, before=before or None, after=after or None)


def set_role(db: Database, user_id: int, role: str, actor: str) -> None:
    if role not in ROLES:
        raise UserError(f"role must be one of {', '.join(ROLES)}")
    _change(db, user_id, actor, "user.role", role=role)


def set_active(db: Database, user_id: int, active: bool, actor: str) -> None:
    """Deactivated users cannot sign in or use their tokens; their history stays."""
    _change(db, user_id, actor, "user.activate" if active else "user.deactivate", active=active)


def set_password(db: Database, user_id: int, password_hash: str, actor: str) -> None:
    """Replace a password hash (the audit entry never contains it)."""
    _change(db, user_id, actor, "user.password", password_hash=password_hash)


def note_login(db: Database, user_id: int, password_hash: str | None = None) -> None:
    """Record a successful sign-in; `password_hash` upgrades an outdated hash."""
    with db.write() as session:
        user = session.get(User, user_id)
        if user is None:
            return
        user.last_login_at = utcnow()
        if password_hash:
            user.password_hash = password_hash
        record(session, f"user:{user_id}", "auth.login", "users", user_id)


def list_tokens(db: Database) -> list[ApiToken]:
    with db.read() as session:
        return list(session.scalars(select(ApiToken).order_by(ApiToken.user_id, ApiToken.id)))


def revoke_token(db: Database, token_id: int, actor: str) -> None:
    with db.write() as session:
        row = session.get(ApiToken, token_id)
        if row is None:
            raise UserError(f"no API token with id {token_id}")
        if not row.revoked:
            row.revoked = True
            record(
                session,
                actor,
                "token.revoke",
                "api_tokens",
                token_id,
                before={"revoked": False},
                after={"revoked": True},
            )
