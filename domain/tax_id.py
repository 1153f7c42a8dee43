"""Spanish tax ids: NIF (people), NIE (foreigners) and CIF (companies), with check characters."""

from __future__ import annotations

import re

from cronica.domain.errors import InvalidTaxIdError

_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
_CIF_LETTERS = "JABCDEFGHI"
_NIF = re.compile(r"^(\d{8})([A-Z])$")
_NIE = re.compile(r"^([XYZ])(\d{7})([A-Z])$")
_CIF = re.compile(r"^([ABCDEFGHJNPQRSUVW])(\d{7})([0-9A-J])$")
# Entities whose CIF check is always a letter, and those whose check is always a digit.
_CIF_LETTER_ONLY = set("NPQRSW")
_CIF_DIGIT_ONLY = set("ABEH")


def normalise_tax_id(raw: str) -> str:
    """The tax id upper-cased without spaces, dots or dashes; InvalidTaxIdError if invalid."""
    value = re.sub(r"[\s.\-]", "", raw).upper()
    if _is_nif(value) or _is_nie(value) or _is_cif(value):
        return value
    raise InvalidTaxIdError(f"{raw!r} is not a valid Spanish NIF, NIE or CIF")


def _is_nif(value: str) -> bool:
    match = _NIF.match(value)
    return match is not None and _DNI_LETTERS[int(match.group(1)) % 23] == match.group(2)


def _is_nie(value: str) -> bool:
    match = _NIE.match(value)
    if not match:
        return False
    number = int(str("XYZ".index(match.group(1))) + match.group(2))
    return _DNI_LETTERS[number % 23] == match.group(3)


def _is_cif(value: str) -> bool:
    match = _CIF.match(value)
    if not match:
        return False
    kind, digits, check = match.groups()
    total = sum(int(d) for d in digits[1::2])
    for d in digits[0::2]:
        doubled = int(d) * 2
        total += doubled // 10 + doubled % 10
    control = (10 - total % 10) % 10
    if kind in _CIF_LETTER_ONLY:
        return check == _CIF_LETTERS[control]
    if kind in _CIF_DIGIT_ONLY:
        return check == str(control)
    return check in (str(control), _CIF_LETTERS[control])
