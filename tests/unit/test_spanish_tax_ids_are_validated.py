"""Spanish tax ids: NIF, NIE and CIF are accepted only with the right check character."""

from __future__ import annotations

import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cronica.domain.errors import InvalidTaxIdError
from cronica.domain.tax_id import normalise_tax_id

eight_digits = st.text(alphabet=string.digits, min_size=8, max_size=8)
seven_digits = st.text(alphabet=string.digits, min_size=7, max_size=7)


def accepted(candidate: str) -> bool:
    try:
        normalise_tax_id(candidate)
    except InvalidTaxIdError:
        return False
    return True


@pytest.mark.parametrize(
    "raw",
    [
        "12345678Z",  # NIF: 12345678 mod 23 = 14, the 15th letter of TRWAGMYFPDXBNJZSQVHLCKE
        "X1234567L",  # NIE: X counts as 0, so 01234567 mod 23 = 19 -> L
        "Y1234567X",  # Y counts as 1: 11234567 mod 23 -> X
        "A28015865",  # CIF of a public limited company (A): the check is always a digit
        "P2807900B",  # CIF of a local authority (P): the check is always a letter
        "G28015865",  # CIF of an association (G): the check may be a digit...
        "G2801586E",  # ...or the letter in the same place of JABCDEFGHI
    ],
)
def test_valid_tax_ids_are_accepted_unchanged(raw: str) -> None:
    assert normalise_tax_id(raw) == raw


def test_spaces_dots_dashes_and_lower_case_are_normalised_away() -> None:
    assert normalise_tax_id(" 12.345.678-z ") == "12345678Z"
    assert normalise_tax_id("x-1234567-l") == "X1234567L"
    assert normalise_tax_id("a 28015865") == "A28015865"


@pytest.mark.parametrize(
    "raw",
    [
        "12345678A",  # wrong check letter
        "1234567Z",  # seven digits
        "X1234567A",  # NIE with a wrong letter
        "A28015866",  # CIF with a wrong check digit
        "A2801586E",  # an A company cannot have a letter check
        "P28079002",  # a P body cannot have a digit check
        "I28015865",  # I is not a CIF entity letter
        "",
        "ABCDEFGHI",
    ],
)
def test_malformed_tax_ids_are_refused(raw: str) -> None:
    with pytest.raises(InvalidTaxIdError):
        normalise_tax_id(raw)


@given(number=eight_digits)
def test_every_nif_number_has_exactly_one_check_letter(number: str) -> None:
    assert sum(accepted(number + letter) for letter in string.ascii_uppercase) == 1


@given(prefix=st.sampled_from("XYZ"), number=seven_digits)
def test_every_nie_number_has_exactly_one_check_letter(prefix: str, number: str) -> None:
    assert sum(accepted(prefix + number + letter) for letter in string.ascii_uppercase) == 1


@given(kind=st.sampled_from("ABEH"), number=seven_digits)
def test_companies_of_kinds_a_b_e_h_have_exactly_one_check_digit_and_no_letter(
    kind: str, number: str
) -> None:
    assert sum(accepted(kind + number + c) for c in string.digits) == 1
    assert not any(accepted(kind + number + c) for c in string.ascii_uppercase)


@given(kind=st.sampled_from("NPQRSW"), number=seven_digits)
def test_bodies_of_kinds_n_p_q_r_s_w_have_exactly_one_check_letter_and_no_digit(
    kind: str, number: str
) -> None:
    assert sum(accepted(kind + number + c) for c in string.ascii_uppercase) == 1
    assert not any(accepted(kind + number + c) for c in string.digits)


@given(kind=st.sampled_from("CDFGJUV"), number=seven_digits)
def test_other_entities_accept_the_check_as_a_digit_or_as_its_letter(
    kind: str, number: str
) -> None:
    digits = [c for c in string.digits if accepted(kind + number + c)]
    letters = [c for c in string.ascii_uppercase if accepted(kind + number + c)]
    assert len(digits) == len(letters) == 1
    assert "JABCDEFGHI".index(letters[0]) == int(digits[0])
