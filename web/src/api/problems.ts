/** What the command API answers when it refuses: RFC 9457 problem+json, with the fields at fault. */
export interface FieldError {
  /** The field's name in the request body (camelCase), e.g. "technicianId". */
  field: string;
  message: string;
}

export class ProblemError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];

  constructor(status: number, body: Record<string, unknown>) {
    const title = String(body.title ?? "Error");
    const detail = String(body.detail ?? title);
    super(detail);
    this.status = status;
    this.type = String(body.type ?? "about:blank");
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrorsOf(body);
  }

  /** The message for one field, if the server named it. */
  forField(field: string): string | undefined {
    return this.fieldErrors.find((error) => error.field === field)?.message;
  }
}

function fieldErrorsOf(body: Record<string, unknown>): FieldError[] {
  const errors = body.errors;
  if (!Array.isArray(errors)) return [];
  return errors.filter(
    (error): error is FieldError =>
      typeof error === "object" && error !== null && typeof error.field === "string",
  );
}
