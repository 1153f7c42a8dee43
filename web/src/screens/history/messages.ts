/** The auditor's view's words: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  history: {
    title: "Historial",
    asOf: "Tal como estaba el",
    now: "Ahora",
    version: "Versión",
    state: "Estado en ese momento",
    events: "Eventos hasta entonces",
    notYet: "El registro aún no existía en ese momento.",
  },
} as const;

const en: Shape<typeof es> = {
  history: {
    title: "History",
    asOf: "As it was at",
    now: "Now",
    version: "Version",
    state: "State at that moment",
    events: "Events until then",
    notYet: "The record did not exist yet at that moment.",
  },
};

export const historyMessages = { es, en };
