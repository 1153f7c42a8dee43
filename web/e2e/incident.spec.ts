import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { AGENT, MANAGER, signIn, TECHNICIAN } from "./people";

test("the dashboard is usable soon after sign-in", async ({ page }) => {
  await page.goto("/");
  await page.getByLabel(/correo electrónico/i).fill(MANAGER);
  await page.getByLabel(/contraseña/i).fill(process.env.CRONICA_WEB_PASSWORD ?? "");
  const started = Date.now();
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByTestId("count-alerts")).toBeVisible();
  console.log(`dashboard usable ${Date.now() - started} ms after sign-in`);
  await expectAccessible(page, "dashboard");
  await page.screenshot({ path: test.info().outputPath("dashboard.png"), fullPage: true });
});

test("an incident opened by an agent is seen by the manager, assigned, followed up on a phone, closed and reopened", async ({ browser }) => {
  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, AGENT);
  await agent.getByRole("link", { name: "Incidencias" }).click();
  await expectAccessible(agent, "incidents");
  await agent.getByRole("button", { name: "Abrir incidencia" }).click();
  await agent.getByRole("combobox", { name: "Cliente" }).fill("a");
  await agent.getByRole("option").first().click();
  await agent.getByLabel("Asunto").fill("La caldera no arranca");
  await agent.getByLabel("Descripción").fill("Error E04 al encender");
  await agent.getByRole("dialog").getByRole("button", { name: "Abrir incidencia" }).click();
  await expect(agent.getByRole("heading", { name: /La caldera no arranca/ })).toBeVisible();

  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, MANAGER);
  await manager.getByRole("link", { name: /La caldera no arranca/ }).first().click();
  await manager.getByRole("main").getByRole("button", { name: "Asignar" }).click();
  await manager.getByRole("dialog").getByRole("combobox", { name: "Técnico" }).click();
  await manager.getByRole("option", { name: "Jorge Martín Soler" }).click();
  await manager.getByRole("dialog").getByRole("button", { name: "Asignar" }).click();
  await expect(manager.getByText("Técnico: Jorge Martín Soler")).toBeVisible();
  const url = manager.url();

  const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(phone, TECHNICIAN);
  await phone.goto(url);
  for (const note of ["Revisado el quemador", "Cambiada la sonda"]) {
    await phone.getByRole("main").getByRole("button", { name: "Seguimiento" }).click();
    await phone.getByLabel("Nota").fill(note);
    await phone.getByLabel("Inicio").fill("2026-12-01T09:00");
    await phone.getByLabel("Fin").fill("2026-12-01T09:45");
    await phone.getByRole("dialog").getByRole("button", { name: "Seguimiento" }).click();
    await expect(phone.getByRole("dialog")).toBeHidden();
    await expect(phone.getByText(note).first()).toBeVisible();
  }
  await expect(phone.getByText("Minutos trabajados: 90")).toBeVisible();
  // The follow-ups are in the technician's timesheet, on their day.
  await phone.goto("/timesheets?week=2026-12-01");
  const day = phone.getByTestId("day-2026-12-01");
  await expect(day).toContainText("Revisado el quemador");
  await expect(day).toContainText("Cambiada la sonda");
  await expect(day).toContainText("1 h 30 min");
  await expectAccessible(phone, "timesheet on a phone");
  await phone.screenshot({ path: test.info().outputPath("timesheet-on-a-phone.png"), fullPage: true });
  await phone.goto(url);
  await phone.getByRole("main").getByRole("button", { name: "Cerrar" }).click();
  await phone.getByLabel("Resolución").fill("Sonda sustituida");
  await phone.getByRole("dialog").getByRole("button", { name: "Cerrar" }).click();
  await expect(phone.getByRole("dialog")).toBeHidden();
  await expect(phone.getByText("Cerrada", { exact: true })).toBeVisible();
  await expectAccessible(phone, "incident on a phone");
  await phone.screenshot({ path: test.info().outputPath("incident-closed-on-a-phone.png"), fullPage: true });

  await manager.reload();
  await manager.getByRole("main").getByRole("button", { name: "Reabrir" }).click();
  await manager.getByLabel("Motivo").fill("Vuelve a fallar");
  await manager.getByRole("dialog").getByRole("button", { name: "Reabrir" }).click();
  await expect(manager.getByRole("dialog")).toBeHidden();
  await expect(manager.getByText("Abierta", { exact: true })).toBeVisible();
  await manager.screenshot({ path: test.info().outputPath("incident-reopened.png"), fullPage: true });

  // The auditor's view: the record as it was at a moment, and before it existed.
  await manager.getByRole("link", { name: /Tal como estaba el/ }).click();
  await expect(manager.getByTestId("record-state")).toContainText("La caldera no arranca");
  await expectAccessible(manager, "history");
  await manager.getByLabel("Tal como estaba el").fill("2020-01-01T00:00");
  await expect(manager.getByText("El registro aún no existía en ese momento.")).toBeVisible();
});
