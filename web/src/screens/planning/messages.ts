/** The planning board's words [000 §11.8]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  planning: {
    title: "Planificación",
    technician: "Técnico",
    day: "Día",
    unassigned: "En preparación",
    move: "Mover",
    planned: "Prevista",
    confirmed: "Confirmada",
    previousWeek: "Semana anterior",
    thisWeek: "Esta semana",
    nextWeek: "Semana siguiente",
    weekend: "Fin de semana",
    conflict: "Otra persona lo cambió antes; se muestra la versión más reciente.",
    more: "Hay {{count}} más esta semana que no caben en el tablero: vea la agenda de cada técnico.",
  },
} as const;

const en: Shape<typeof es> = {
  planning: {
    title: "Planning",
    technician: "Technician",
    day: "Day",
    unassigned: "In preparation",
    move: "Move",
    planned: "Planned",
    confirmed: "Confirmed",
    previousWeek: "Previous week",
    thisWeek: "This week",
    nextWeek: "Next week",
    weekend: "Weekend",
    conflict: "Someone changed it first; the newer version is shown.",
    more: "{{count}} more this week do not fit on the board: see each technician's agenda.",
  },
};

export const planningMessages = { es, en };
