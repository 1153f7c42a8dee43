"""Domain errors: each is raised when a command breaks a rule of the business."""


class DomainError(Exception):
    """Raised when a command is refused by a rule of the domain."""


class MissingCommandContextError(RuntimeError):
    """Raised when an event is triggered outside `acting_as(...)` (a programming error)."""


class IllegalTransitionError(DomainError):
    """Raised when a command does not apply to the record's current status."""


class InvalidTaxIdError(DomainError):
    """Raised when a tax id is not a valid Spanish NIF, NIE or CIF."""


class InvalidTimeRangeError(DomainError):
    """Raised when a time range ends before it starts."""


class NotATechnicianError(DomainError):
    """Raised when an incident is assigned to a user who is not a technician."""


class UnknownContactError(DomainError):
    """Raised when a contact id does not belong to the customer given."""


class WrongCompanyError(DomainError):
    """Raised when a command mixes records of different companies."""


class InvalidCallerError(DomainError):
    """Raised when a notice names a customer record for a caller who is not a customer."""


class InvalidImportanceError(DomainError):
    """Raised when a notice's importance rating is not a whole number from 1 to 5."""


class NaiveDateTimeError(DomainError):
    """Raised when a time is given without its time zone."""


class InvalidRatingError(DomainError):
    """Raised when a customer's rating of a service is not a whole number from 1 to 5."""


class InvalidQuantityError(DomainError):
    """Raised when a quantity of material used is not a finite number above zero."""


class InvalidAmountError(DomainError):
    """Raised when an amount of money is negative, not finite, or has more than two decimals."""


class DateInThePastError(DomainError):
    """Raised when a date that must be today or later is before today."""


class UnknownActionError(DomainError):
    """Raised when a commercial action id does not belong to the opportunity given."""


class TimeInTheFutureError(DomainError):
    """Raised when a record of something already done is dated after the present moment."""


class UnitHierarchyError(DomainError):
    """Raised when a business unit would leave the company's tree (a cycle, or a second root)."""
