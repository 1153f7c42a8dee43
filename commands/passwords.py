"""Password hashing with argon2id (argon2-cffi), the one place that sees a password in clear.

`verify` of an unknown e-mail address checks the password against a dummy hash, so that a
sign-in takes as long whether the address exists or not.
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cronica.domain.credential import check_password_policy

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    """The argon2id hash of a password that meets the policy (else WeakPasswordError)."""
    check_password_policy(password)
    return _hasher.hash(password)


@cache
def _dummy_hash() -> str:
    return _hasher.hash("not anybody's password")


def verify(password_hash: str | None, password: str) -> bool:
    """Whether the password is the one hashed; with no hash (an unknown address, a password
    never set), False after the same work as a real check."""
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False
