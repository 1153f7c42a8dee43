import type { AgendaItemKind } from "../gql/graphql";

/** Where the app shows the record an agenda item comes from. */
export function recordPath(kind: AgendaItemKind, recordId: string): string {
  switch (kind) {
    case "INCIDENT":
      return `/incidents/${recordId}`;
    case "TASK":
      return `/tasks/${recordId}`;
    case "REPAIR_ORDER":
      return `/repair-orders/${recordId}`;
    case "OPPORTUNITY_CONTACT":
      return `/opportunities/${recordId}`;
    case "CUSTOMER_VISIT":
      return `/customers/${recordId}`;
    case "AGENDA_ENTRY":
      return `/agenda?entry=${recordId}`;
  }
}
