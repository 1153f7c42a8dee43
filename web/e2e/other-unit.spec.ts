import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { PASSWORD, signIn } from "./people";

const ADMIN = "lucia.fernandez@demo.cronica.dev";
const NEWCOMER = "nuria.vidal@demo.cronica.dev";
const NEWCOMER_PASSWORD = "Delegación-Norte-2026!";

test("a user invited into another unit sees none of the first unit's records", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, ADMIN);
  await admin.getByRole("navigation").getByRole("link", { name: "Incidencias" }).click();
  await admin.getByRole("main").getByText("Todas", { exact: true }).click();
  const incident = admin.getByRole("table").getByRole("link").first();
  const incidentPath = (await incident.getAttribute("href"))!;
  await admin.getByRole("navigation").getByRole("link", { name: "Clientes" }).click();
  const customerPath = (await admin.getByRole("table").getByRole("link").first().getAttribute("href"))!;

  await admin.getByRole("navigation").getByRole("link", { name: "Administración" }).click();
  await expectAccessible(admin, "users");
  await admin.getByRole("tab", { name: "Unidades" }).click();
  await admin.getByRole("button", { name: "Nueva unidad" }).click();
  const dialog = admin.getByRole("dialog");
  await dialog.getByLabel("Nombre").fill("Delegación Norte");
  await dialog.getByRole("combobox", { name: "Dentro de" }).click();
  await admin.getByRole("option").first().click();
  await dialog.getByRole("button", { name: "Guardar" }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId("unit-Delegación Norte")).toBeVisible();
  await expectAccessible(admin, "unit tree");
  await admin.getByRole("tab", { name: "Catálogos" }).click();
  await expect(admin.getByTestId("catalogue-entries").getByRole("row").nth(1)).toBeVisible();
  await expectAccessible(admin, "catalogues");

  await admin.getByRole("tab", { name: "Usuarios" }).click();
  await admin.getByRole("button", { name: "Invitar a un usuario" }).click();
  await dialog.getByLabel("Nombre").fill("Nuria Vidal Ortega");
  await dialog.getByLabel("Correo electrónico").fill(NEWCOMER);
  await dialog.getByRole("combobox", { name: "Unidad" }).click();
  await admin.getByRole("option", { name: /Delegación Norte/ }).click();
  await dialog.getByLabel("Contraseña inicial").fill(NEWCOMER_PASSWORD);
  await dialog.getByRole("button", { name: "Invitar a un usuario" }).click();
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId("users").getByRole("row", { name: /Nuria Vidal Ortega/ })).toContainText("Activo");

  const newcomer = await (await browser.newContext()).newPage();
  await newcomer.goto("/");
  await newcomer.getByLabel(/correo electrónico/i).fill(NEWCOMER);
  await newcomer.getByLabel(/contraseña/i).fill(NEWCOMER_PASSWORD);
  await newcomer.getByRole("button", { name: "Entrar" }).click();
  await expect(newcomer.getByRole("heading", { name: "Inicio" })).toBeVisible();
  await expect(newcomer.getByRole("navigation").getByRole("link", { name: "Administración" })).toHaveCount(0);
  await newcomer.getByRole("navigation").getByRole("link", { name: "Incidencias" }).click();
  await newcomer.getByRole("main").getByText("Todas", { exact: true }).click();
  await expect(newcomer.getByText("0 de 0")).toBeVisible();
  await newcomer.getByRole("navigation").getByRole("link", { name: "Clientes" }).click();
  await expect(newcomer.getByRole("table").getByRole("link")).toHaveCount(0);
  await newcomer.goto(incidentPath);
  await expect(newcomer.getByRole("main")).toContainText("—");
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveCount(0);
  await newcomer.goto(customerPath);
  await expect(newcomer.getByRole("heading", { level: 1 })).toHaveCount(0);
  await newcomer.screenshot({ path: test.info().outputPath("other-unit-sees-nothing.png"), fullPage: true });
  expect(PASSWORD).not.toBe(NEWCOMER_PASSWORD);
});
