/** i18next with Spanish by default and English; the choice is kept in the browser. The words of
 * each area of screens live beside those screens (`messages.ts`) and are merged here. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { adminMessages } from "../screens/admin/messages";
import { agendaMessages } from "../screens/agenda/messages";
import { customerMessages } from "../screens/customers/messages";
import { historyMessages } from "../screens/history/messages";
import { incidentMessages } from "../screens/incidents/messages";
import { messageMessages } from "../screens/messages/messages";
import { opportunityMessages } from "../screens/opportunities/messages";
import { planningMessages } from "../screens/planning/messages";
import { repairMessages } from "../screens/repairs/messages";
import { taskMessages } from "../screens/tasks/messages";
import { timesheetMessages } from "../screens/timesheets/messages";
import { en } from "./en";
import { es } from "./es";

export const LANGUAGES = ["es", "en"] as const;
type Language = (typeof LANGUAGES)[number];

const AREAS: Record<Language, object>[] = [
  adminMessages,
  agendaMessages,
  customerMessages,
  historyMessages,
  incidentMessages,
  messageMessages,
  opportunityMessages,
  planningMessages,
  repairMessages,
  taskMessages,
  timesheetMessages,
];

function wordsOf(language: Language, shared: object): object {
  return Object.assign({}, shared, ...AREAS.map((area) => area[language]));
}

const saved = localStorage.getItem("cronica.language");
const chosen: Language = saved === "en" ? "en" : "es";
document.documentElement.lang = chosen;

void i18n.use(initReactI18next).init({
  resources: { es: { translation: wordsOf("es", es) }, en: { translation: wordsOf("en", en) } },
  lng: chosen,
  fallbackLng: "es",
  interpolation: { escapeValue: false },
});

export function chooseLanguage(language: Language): void {
  localStorage.setItem("cronica.language", language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
