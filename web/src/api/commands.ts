/** The command API (`POST /v1/...`), as the signed-in person: the session cookie authenticates,
 * the CSRF cookie's value goes back in a header, and a refusal becomes a ProblemError. */
import { ProblemError } from "./problems";

/** What every accepted command answers. */
export interface Written {
  id: string;
  version: number;
  /** The event store position of the write: reads wait for it (the app reads its own writes). */
  position: number;
  [other: string]: unknown;
}

// Kept for the tab's life, reloads included: a page reloaded right after a write reads it too.
const POSITION_KEY = "cronica.writtenPosition";
let lastPosition = Number(sessionStorage.getItem(POSITION_KEY)) || 0;

/** The highest position this tab has written: every GraphQL read asks to be at least there. */
export function writtenPosition(): number {
  return lastPosition;
}

/** Forgets the positions written (at sign-in and sign-out): another session may be on another
 * store, whose reads would otherwise wait for positions it never had. */
export function forgetWrites(): void {
  lastPosition = 0;
  sessionStorage.removeItem(POSITION_KEY);
}

function wrote(position: number): void {
  lastPosition = Math.max(lastPosition, position);
  sessionStorage.setItem(POSITION_KEY, String(lastPosition));
}

function csrfToken(): string {
  const cookie = document.cookie.split("; ").find((part) => part.startsWith("cronica_csrf="));
  return cookie ? decodeURIComponent(cookie.slice("cronica_csrf=".length)) : "";
}

export interface CommandOptions {
  /** The version the person saw: a newer one answers 412 instead of overwriting it. */
  ifMatch?: number;
}

/** A file uploaded to `POST /v1/attachments` (its bytes as the body): the digest a message names. */
export async function upload(file: File): Promise<{ sha256: string; name: string; mediaType: string }> {
  const response = await fetch(`/v1/attachments?name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: {
      "Content-Type": "application/octet-stream",
      "X-CSRF-Token": csrfToken(),
      "Idempotency-Key": crypto.randomUUID(),
    },
    body: file,
    credentials: "same-origin",
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) throw new ProblemError(response.status, parsed);
  return { sha256: String(parsed.sha256), name: file.name, mediaType: file.type || "application/octet-stream" };
}

export async function command<T extends object = Written>(
  path: string,
  body: object = {},
  options: CommandOptions = {},
): Promise<T> {
  const headers: Record<string, string> = {
    "Content-Type": "application/json",
    "X-CSRF-Token": csrfToken(),
    // A retried click sends the same key: the server answers the first answer, writing nothing.
    "Idempotency-Key": crypto.randomUUID(),
  };
  if (options.ifMatch !== undefined) headers["If-Match"] = String(options.ifMatch);
  const response = await fetch(path, {
    method: "POST",
    headers,
    body: JSON.stringify(body),
    credentials: "same-origin",
  });
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (!response.ok) throw new ProblemError(response.status, parsed);
  if (typeof parsed.position === "number") wrote(parsed.position);
  return parsed as T;
}
