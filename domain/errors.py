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
