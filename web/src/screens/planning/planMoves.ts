/** What a move on the planning board sends: a task changes operator (reassign) and day
 * (reschedule, keeping its hours), one command after the other, each with the version the
 * previous one answered; a repair order is scheduled again, technician and slot at once. */
import { command } from "../../api/commands";
import { localDay } from "../../components/weeks";

export type PlanKind = "TASK" | "REPAIR_ORDER";

export interface PlanCard {
  kind: PlanKind;
  id: string;
  version: number;
  number: string;
  title: string;
  /** The operator or technician; null: a task in preparation. */
  personId: string | null;
  startsAt: string;
  endsAt: string | null;
  /** Confirmed: someone took charge of the task, or work on the order has started. */
  confirmed: boolean;
  colour: string | null;
}

export interface PlanCommand {
  path: string;
  body: Record<string, unknown>;
}

/** The moment moved to another day, at the same local time. */
export function onDay(moment: string, day: string): string {
  const moved = new Date(moment);
  const [year, month, date] = day.split("-").map(Number);
  moved.setFullYear(year, month - 1, date);
  return moved.toISOString();
}

/** The commands that move a card to a person and a day; none when it is already there. */
export function moveCommands(card: PlanCard, personId: string, day: string): PlanCommand[] {
  const sameDay = localDay(card.startsAt) === day;
  const times = { startsAt: onDay(card.startsAt, day), ...(card.endsAt ? { endsAt: onDay(card.endsAt, day) } : {}) };
  if (card.kind === "REPAIR_ORDER") {
    if (sameDay && card.personId === personId) return [];
    return [{ path: `/v1/repair-orders/${card.id}/schedule`, body: { technicianId: personId, ...times } }];
  }
  const commands: PlanCommand[] = [];
  if (card.personId !== personId) commands.push({ path: `/v1/tasks/${card.id}/reassign`, body: { operatorId: personId } });
  if (!sameDay) commands.push({ path: `/v1/tasks/${card.id}/reschedule`, body: times });
  return commands;
}

/** Sends a move's commands in turn; a refusal stops there (and is thrown). */
export async function sendMove(card: PlanCard, personId: string, day: string): Promise<void> {
  let version = card.version;
  for (const { path, body } of moveCommands(card, personId, day)) {
    version = (await command(path, body, { ifMatch: version })).version;
  }
}
