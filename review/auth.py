"""Passwords: argon2id hashes (argon2-cffi), a minimum strength for accounts that see
victims' data, and signing in."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from lurewatch.storage import Database
from lurewatch.storage.models import User
from lurewatch.storage.users import note_login, user_by_name
from review.errors import WeakPassword

_HASHER = PasswordHasher()
MIN_LENGTH = 10
COMMON = {"password", "password123", "1234567890", "qwertyuiop", "letmein123", "lurewatch"}


def check_password_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise WeakPassword(f"password must have at least {MIN_LENGTH} characters")
    if password.lower() in COMMON or len(set(password)) < 4:
        raise WeakPassword("password is too easy to guess; use a longer passphrase")


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _HASHER.verify(password_hash, password)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _HASHER.check_needs_rehash(password_hash)


# A hash to verify against when the username is unknown, so that a wrong username takes
# as long as a wrong password and does not reveal which accounts exist.
_DUMMY_HASH = _HASHER.hash("lurewatch-dummy-password")


def authenticate(db: Database, username: str, password: str) -> User | None:
    """The active user with this username and password, else None (same time either way).
    A hash made with older argon2 parameters is upgraded at sign-in."""
    plausible = 0 < len(username) <= 64 and username.isprintable()
    user = user_by_name(db, username) if plausible else None
    if user is None or not user.active:
        verify_password(_DUMMY_HASH, password)
        return None
    if not verify_password(user.password_hash, password):
        return None
    upgraded = hash_password(password) if needs_rehash(user.password_hash) else None
    note_login(db, user.id, upgraded)
    if upgraded:
        user.password_hash = upgraded
    return user
