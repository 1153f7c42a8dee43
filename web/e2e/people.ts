/** The demo office the test server was loaded with (tests/e2e/test_the_web_app_in_a_browser.py). */
import { expect, type Page } from "@playwright/test";

export const PASSWORD = process.env.CRONICA_WEB_PASSWORD ?? "";
export const MANAGER = "marta.garcia@demo.cronica.dev";
export const AGENT = "elena.sanchez@demo.cronica.dev";
export const TECHNICIAN = "jorge.martin@demo.cronica.dev";

export async function signIn(page: Page, email: string): Promise<void> {
  // A screen that fails to render leaves a blank page: say why in the test's output.
  page.on("pageerror", (error) => console.log(`page error: ${error.message}`));
  await page.goto("/");
  await page.getByLabel(/correo electrónico/i).fill(email);
  await page.getByLabel(/contraseña/i).fill(PASSWORD);
  await page.getByRole("button", { name: "Entrar" }).click();
  await expect(page.getByRole("heading", { name: "Inicio" })).toBeVisible();
}
