import i18n from "../i18n";

/** A moment as the person's language writes it, in the browser's time zone. */
export function formatTime(iso: string | null | undefined): string {
  if (!iso) return "";
  return new Intl.DateTimeFormat(i18n.language, { dateStyle: "short", timeStyle: "short" }).format(new Date(iso));
}
