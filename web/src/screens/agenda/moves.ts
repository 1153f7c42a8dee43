/** What dragging an agenda item does: the command that moves its record, with the version the
 * person saw (If-Match), so a change by someone else is refused, not overwritten. */
import { command } from "../../api/commands";
import type { AgendaItemKind } from "../../gql/graphql";

/** The kinds whose items move by dragging, and the command that moves each. */
const MOVES: Partial<Record<AgendaItemKind, (recordId: string) => string>> = {
  AGENDA_ENTRY: (id) => `/v1/agenda-entries/${id}/move`,
  TASK: (id) => `/v1/tasks/${id}/reschedule`,
};

export function movable(kind: AgendaItemKind): boolean {
  return kind in MOVES;
}

export async function moveItem(
  kind: AgendaItemKind,
  recordId: string,
  version: number,
  startsAt: Date,
  endsAt: Date | null,
): Promise<void> {
  const path = MOVES[kind];
  if (!path) throw new Error(`${kind} items do not move`);
  const body = { startsAt: startsAt.toISOString(), endsAt: endsAt?.toISOString() ?? null };
  await command(path(recordId), body, { ifMatch: version });
}
