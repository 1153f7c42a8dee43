/** Where the app shows a record a message, e-mail or timesheet line is about (its `relatedType`
 * as the APIs spell it); null for a kind of record the app has no screen of. */
const SCREENS: Record<string, string> = {
  customer: "/customers",
  incident: "/incidents",
  notice: "/notices",
  opportunity: "/opportunities",
  repair_order: "/repair-orders",
  task: "/tasks",
};

export function relatedPath(relatedType: string, relatedId: string): string | null {
  const screen = SCREENS[relatedType.toLowerCase()];
  return screen ? `${screen}/${relatedId}` : null;
}
