/** i18next with Spanish by default and English; the choice is kept in the browser. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en";
import { es } from "./es";

export const LANGUAGES = ["es", "en"] as const;
const saved = localStorage.getItem("cronica.language");

void i18n.use(initReactI18next).init({
  resources: { es: { translation: es }, en: { translation: en } },
  lng: saved && (LANGUAGES as readonly string[]).includes(saved) ? saved : "es",
  fallbackLng: "es",
  interpolation: { escapeValue: false },
});

export function chooseLanguage(language: (typeof LANGUAGES)[number]): void {
  localStorage.setItem("cronica.language", language);
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}

export default i18n;
