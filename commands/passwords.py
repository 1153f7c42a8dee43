"""Password hashing with argon2id (argon2-cffi), the one place that sees a password in clear.

`verify` of an unknown e-mail address checks the password against a dummy hash, so that a
sign-in takes as long whether the address exists or not.
"""

from __future__ import annotations

from functools import cached_property

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from cronica.domain.credential import check_password_policy


class Passwords:
    """Hashes and checks passwords at a cost: argon2-cffi's defaults (3 passes over 64 MiB) in
    production; the tests lower it through settings, as hashing is most of a sign-in's time."""

    def __init__(self, time_cost: int = 3, memory_kib: int = 64 * 1024) -> None:
        self._hasher = PasswordHasher(time_cost=time_cost, memory_cost=memory_kib)

    def hash(self, password: str) -> str:
        """The argon2id hash of a password that meets the policy (else WeakPasswordError)."""
        check_password_policy(password)
        return self._hasher.hash(password)

    @cached_property
    def _dummy_hash(self) -> str:
        return self._hasher.hash("not anybody's password")

    def verify(self, password_hash: str | None, password: str) -> bool:
        """Whether the password is the one hashed; with no hash (an unknown address, a password
        never set), False after the same work as a real check."""
        try:
            hashed = password_hash or self._dummy_hash
            return self._hasher.verify(hashed, password) and bool(password_hash)
        except (VerificationError, InvalidHashError):
            return False
