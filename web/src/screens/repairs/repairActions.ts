/** What can be done to a repair order in each status (the domain's transitions), and each
 * action's form. The server refuses anything else; the page only offers what it would accept. */
import type { TFunction } from "i18next";
import type { FieldSpec } from "../../components/CommandForm";
import type { RepairOrderStatus } from "../../gql/graphql";

export const ACTIONS = ["schedule", "work", "materials", "deliver", "verify", "close", "reopen"] as const;
export type RepairAction = (typeof ACTIONS)[number];

const ALLOWED: Record<RepairAction, RepairOrderStatus[]> = {
  schedule: ["RECEIVED", "SCHEDULED", "IN_PROGRESS"],
  work: ["SCHEDULED", "IN_PROGRESS"],
  materials: ["IN_PROGRESS", "FINISHED"],
  deliver: ["FINISHED"],
  verify: ["DELIVERED"],
  close: ["DELIVERED", "VERIFIED"],
  reopen: ["FINISHED", "DELIVERED", "VERIFIED", "CLOSED"],
};

export function actionsFor(status: RepairOrderStatus): RepairAction[] {
  return ACTIONS.filter((action) => ALLOWED[action].includes(status));
}

/** The form of each action; `materials` is sent as a list of the one material typed. */
export function actionForm(
  action: RepairAction,
  t: TFunction,
  technicians: { value: string; label: string }[],
  technicianId?: string,
): { fields: FieldSpec[]; shape?: (body: Record<string, unknown>) => object } {
  const technician: FieldSpec = { name: "technicianId", label: t("repairs.technician"), kind: "select", initial: technicianId, options: technicians };
  switch (action) {
    case "schedule":
      return {
        fields: [
          { ...technician, required: true },
          { name: "startsAt", label: t("repairs.startsAt"), kind: "datetime", required: true },
          { name: "endsAt", label: t("repairs.endsAt"), kind: "datetime", required: true },
        ],
      };
    case "work":
      return {
        fields: [
          technician,
          { name: "workDone", label: t("repairs.workDone"), kind: "textarea", required: true },
          { name: "startedAt", label: t("repairs.startsAt"), kind: "datetime", required: true },
          { name: "endedAt", label: t("repairs.endsAt"), kind: "datetime", required: true },
          { name: "finishesService", label: t("repairs.finishesService"), kind: "checkbox" },
        ],
      };
    case "materials":
      return {
        fields: [
          { name: "reference", label: t("repairs.reference"), kind: "text", required: true },
          { name: "description", label: t("repairs.description"), kind: "text", required: true },
          { name: "quantity", label: t("repairs.quantity"), kind: "number", required: true, initial: "1" },
        ],
        shape: (body) => ({ materials: [body] }),
      };
    case "deliver":
      return { fields: [technician] };
    case "verify":
      return {
        fields: [
          { name: "rating", label: t("repairs.rating"), kind: "number", required: true },
          { name: "comments", label: t("repairs.comments"), kind: "textarea", required: true },
        ],
      };
    case "close":
      return { fields: [] };
    case "reopen":
      return { fields: [{ name: "reason", label: t("repairs.reason"), kind: "textarea", required: true }] };
  }
}
