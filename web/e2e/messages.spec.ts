import { expect, test } from "@playwright/test";
import { expectAccessible } from "./axe";
import { AGENT, MANAGER, signIn } from "./people";

test("a message with an attachment is read with a receipt, and a notice is acted on and resolved", async ({ browser }) => {
  const manager = await (await browser.newContext()).newPage();
  await signIn(manager, MANAGER);
  await manager.getByRole("navigation").getByRole("link", { name: "Mensajes" }).click();
  await manager.getByRole("button", { name: "Nuevo mensaje" }).click();
  const dialog = manager.getByRole("dialog");
  await dialog.getByRole("combobox", { name: "Para" }).click();
  await manager.getByRole("option", { name: "Elena Sánchez Vidal" }).click();
  await dialog.getByLabel("Asunto").fill("Albarán del rodillo de repuesto");
  await dialog.getByLabel("Mensaje").fill("Adjunto el albarán; llévalo a Talleres Pérez, por favor.");
  await dialog.locator('input[type="file"]').setInputFiles({ name: "albaran.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4 albarán\n") });
  await dialog.getByRole("button", { name: "Enviar" }).click();
  await expect(manager.getByRole("heading", { name: "Albarán del rodillo de repuesto" })).toBeVisible();
  await expect(manager.getByTestId("read-receipts")).toContainText("Sin leer");
  await expectAccessible(manager, "message");
  await manager.getByRole("navigation").getByRole("link", { name: "Mensajes" }).click();
  await manager.getByRole("tab", { name: "Enviados" }).click();
  const sent = manager.getByRole("row", { name: /Albarán del rodillo/ }).first();
  await expect(sent).toContainText("0/1");
  await expectAccessible(manager, "sent box");

  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, AGENT);
  await expect(agent.getByTestId("count-messages")).not.toContainText(/^\D*0$/);
  await agent.getByTestId("count-messages").getByRole("link").click();
  await expectAccessible(agent, "inbox");
  await agent.getByRole("link", { name: "Albarán del rodillo de repuesto" }).first().click();
  const download = agent.waitForEvent("download");
  await agent.getByRole("link", { name: "albaran.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("albaran.pdf");

  // The sender's sent box, left open, shows the receipt without a reload (it polls every 2 s).
  await expect(sent).toContainText("1/1");

  await manager.getByRole("navigation").getByRole("link", { name: "Avisos" }).click();
  await expectAccessible(manager, "notices");
  await manager.getByRole("button", { name: "Anotar un aviso" }).click();
  await dialog.getByRole("combobox", { name: "Cliente" }).fill("a");
  await manager.getByRole("option").first().click();
  await dialog.getByLabel("Teléfono").fill("600123123");
  await dialog.getByRole("combobox", { name: "Para" }).click();
  await manager.getByRole("option", { name: "Marta García Llorente" }).click();
  await dialog.getByRole("combobox", { name: "Motivo" }).click();
  await manager.getByRole("option").first().click();
  await dialog.getByLabel("Texto").fill("Llama para saber cuándo pasa el técnico");
  await dialog.getByRole("button", { name: "Anotar un aviso" }).click();
  await expect(manager.getByTestId("notice-status")).toHaveText("Abierto");
  await manager.getByRole("main").getByRole("button", { name: "Anotar una acción" }).click();
  await dialog.getByLabel("Qué se hizo").fill("Llamado el cliente: el técnico pasa el jueves");
  await dialog.getByRole("button", { name: "Anotar una acción" }).click();
  await expect(dialog).toBeHidden();
  await manager.getByRole("main").getByRole("button", { name: "Resolver" }).click();
  await dialog.getByLabel("Departamento").fill("Posventa");
  await dialog.getByLabel("Centro de trabajo").fill("Valencia");
  await dialog.getByRole("combobox", { name: "Código de resolución" }).click();
  await manager.getByRole("option").first().click();
  await dialog.getByRole("textbox", { name: "Solución" }).fill("Visita concertada");
  await dialog.getByRole("button", { name: "Resolver" }).click();
  await expect(dialog).toBeHidden();
  await expect(manager.getByTestId("notice-status")).toHaveText("Resuelto");
  await expect(manager.getByTestId("notice-resolution")).toContainText("Visita concertada");
  await expectAccessible(manager, "notice");
  await manager.screenshot({ path: test.info().outputPath("notice-resolved.png"), fullPage: true });
  await agent.screenshot({ path: test.info().outputPath("message-read.png"), fullPage: true });
});
