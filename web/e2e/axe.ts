import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  console.log(`axe ${screen}: ${results.violations.length} violations, ${bad.length} serious or critical`);
  // Each node's own reason (axe's first check message: the colours and ratio, say) with it.
  const where = (v: (typeof bad)[number]) => v.nodes.map((n) => `${n.target.join(" ")} (${n.any[0]?.message ?? n.failureSummary})`);
  expect(bad.map((v) => `${v.id}: ${v.help} at ${where(v).join(", ")}`)).toEqual([]);
}
