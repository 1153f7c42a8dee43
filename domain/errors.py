"""Domain errors: each is raised when a command breaks a rule of the business."""


class DomainError(Exception):
    """Raised when a command is refused by a rule of the domain.

    `field` names the value at fault, as the record's attribute (snake_case; dotted for a part,
    e.g. `dates.target_on`), when there is one: the class gives the usual one, a raise the exact
    one."""

    field: str | None = None

    def __init__(self, message: str, *, field: str | None = None) -> None:
        super().__init__(message)
        if field is not None:
            self.field = field


class MissingCommandContextError(RuntimeError):
    """Raised when an event is triggered outside `acting_as(...)` (a programming error)."""


class IllegalTransitionError(DomainError):
    """Raised when a command does not apply to the record's current status."""


class InvalidTaxIdError(DomainError):
    """Raised when a tax id is not a valid Spanish NIF, NIE or CIF."""

    field = "tax_id"


class ExpiryInThePastError(DomainError):
    """Raised when an API token would expire at once: its expiry is not in the future."""

    field = "expires_at"


class InvalidTimeRangeError(DomainError):
    """Raised when a time range ends before it starts."""

    field = "ended_at"


class NotATechnicianError(DomainError):
    """Raised when an incident is assigned to a user who is not a technician."""

    field = "technician_id"


class UnknownContactError(DomainError):
    """Raised when a contact id does not belong to the customer given."""

    field = "contact_id"


class WrongCompanyError(DomainError):
    """Raised when a command mixes records of different companies."""


class InvalidCallerError(DomainError):
    """Raised when a notice names a customer record for a caller who is not a customer."""


class InvalidImportanceError(DomainError):
    """Raised when a notice's importance rating is not a whole number from 1 to 5."""

    field = "importance"


class NaiveDateTimeError(DomainError):
    """Raised when a time is given without its time zone."""


class InvalidRatingError(DomainError):
    """Raised when a customer's rating of a service is not a whole number from 1 to 5."""

    field = "rating"


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


class UnknownCatalogueEntryError(DomainError):
    """Raised when a catalogue has no entry with the code given."""


class DuplicateCatalogueEntryError(DomainError):
    """Raised when an entry is added to a catalogue under the code of one of its active entries."""


class InvalidCatalogueEntryError(DomainError):
    """Raised when an entry's code, colour, value type or choices do not suit its catalogue."""


class CustomerMismatchError(DomainError):
    """Raised when a record named in a command (a case, a project) is another customer's."""


class InvalidDateRangeError(DomainError):
    """Raised when a range of days (a project's start and target dates) ends before it starts."""

    field = "target_on"


class NotASellerError(DomainError):
    """Raised when an opportunity is given an agent whose role does not sell."""

    field = "agent_id"


class NoRecipientError(DomainError):
    """Raised when an internal message or an e-mail is addressed to nobody."""

    field = "recipient_ids"


class NotARecipientError(DomainError):
    """Raised when a user acts as a recipient of an internal message not addressed to him."""


class InvalidReminderError(DomainError):
    """Raised when a message is given a time to remind without its reminder flag."""

    field = "remind_at"


class InvalidAttachmentError(DomainError):
    """Raised when an attachment's name, media type, size or SHA-256 digest is malformed."""


class InvalidEmailError(DomainError):
    """Raised when an e-mail has a malformed address or a subject that spans several lines."""


class InvalidActivityCodeError(DomainError):
    """Raised when a SIC or CNAE activity code is not four digits (a CNAE may be written 45.11)."""


class InvalidAddressError(DomainError):
    """Raised when an address's country is not a two-letter code or a Spanish postal code is bad."""


class UnknownAddressError(DomainError):
    """Raised when an address id does not belong to the customer given."""


class InvalidScoreError(DomainError):
    """Raised when a valuation's score is not a whole number from 0 to 100."""

    field = "score"


class UnknownValuationError(DomainError):
    """Raised when a valuation id does not belong to the customer given."""


class InvalidVisitPlanError(DomainError):
    """Raised when a visit plan names no weekday or an every-N-weeks interval out of 1 to 52."""


class SelfLinkError(DomainError):
    """Raised when a customer would be linked to itself."""


class InvalidCustomFieldValueError(DomainError):
    """Raised when a custom field's value does not suit the value type of its definition."""


class TooManyRecipientsError(DomainError):
    """Raised when an e-mail names more outside addresses than one e-mail may."""

    field = "to"
