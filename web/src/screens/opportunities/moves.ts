/** What moving an opportunity to another column of the board needs [000 §11.1]: the command,
 * and the fields the person must fill for it. One declaration per target status. */
import type { TFunction } from "i18next";
import type { FieldSpec } from "../../components/CommandForm";
import type { OpportunityStatus } from "../../gql/graphql";

export interface Move {
  verb: string;
  fields: FieldSpec[];
}

const CLOSED: OpportunityStatus[] = ["WON", "LOST"];

/** The move from `from` to `to`, or null where no command leads (back to NEW, won to lost). */
export function moveBetween(
  from: OpportunityStatus,
  to: OpportunityStatus,
  t: TFunction,
  lostReasons: { value: string; label: string }[],
): Move | null {
  if (from === to || to === "NEW") return null;
  if (CLOSED.includes(from)) {
    return to === "WORKING"
      ? { verb: "reopen", fields: [{ name: "reason", label: t("opportunities.reopenReason"), kind: "textarea", required: true }] }
      : null;
  }
  switch (to) {
    case "WAITING":
      return {
        verb: "wait",
        fields: [
          { name: "comment", label: t("opportunities.comment"), kind: "textarea", required: true },
          { name: "nextContactOn", label: t("opportunities.nextContactOn"), kind: "date", required: true },
        ],
      };
    case "WORKING":
      return { verb: "work", fields: [{ name: "comment", label: t("opportunities.comment"), kind: "textarea", required: true }] };
    case "WON":
      return { verb: "win", fields: [{ name: "invoiceNumber", label: t("opportunities.invoiceNumber"), kind: "text", required: true }] };
    case "LOST":
      return {
        verb: "lose",
        fields: [
          { name: "reason", label: t("opportunities.reason"), kind: "select", required: true, options: lostReasons },
          { name: "whatToImprove", label: t("opportunities.whatToImprove"), kind: "textarea" },
        ],
      };
  }
}
