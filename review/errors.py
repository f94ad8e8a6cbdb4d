"""The review app's exceptions; the app answers each with one error shape and a 4xx.

Browsers get an HTML page, the API gets `{"error": {"code": ..., "message": ...}}`
(review/handlers.py). Messages are written for the person reading them and are safe to
show: they never contain a traceback or crawled text.
"""

from __future__ import annotations


class ReviewError(Exception):
    """Base of the review app's own errors; messages are safe to show to the user."""

    status_code = 400
    code = "bad_request"


class WeakPassword(ReviewError):
    """A password too short or too common to protect an account with victims' data."""

    code = "weak_password"


class BadInput(ReviewError):
    """A form field or query parameter has a value the app cannot use."""

    code = "bad_input"


class LoginRequired(ReviewError):
    """No valid session (pages: redirect to the sign-in page) or token (API: 401)."""

    status_code = 401
    code = "unauthenticated"


class Forbidden(ReviewError):
    """Signed in, but the role does not allow this (a viewer deciding), or a bad CSRF token."""

    status_code = 403
    code = "forbidden"


class NotFound(ReviewError):
    status_code = 404
    code = "not_found"


class Conflict(ReviewError):
    """The queue changed under the user: the item is held by someone else, nothing to undo."""

    status_code = 409
    code = "conflict"


class RateLimited(ReviewError):
    status_code = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class Unavailable(ReviewError):
    """A dependency is down: the database, or the model behind the public check."""

    status_code = 503
    code = "unavailable"


class TooLarge(ReviewError):
    status_code = 413
    code = "too_large"
