/** The agenda's words [000 §11.5, 001]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  agenda: {
    title: "Agenda",
    whose: "Agenda de",
    newEntry: "Nueva cita",
    newTask: "Nueva tarea",
    plan: "Planificar en este hueco",
    people: "Personas",
    teams: "Equipos",
    entryTitle: "Título",
    notes: "Notas",
    startsAt: "Inicio",
    endsAt: "Fin",
    subscribe: "Suscribirse (iCalendar)",
    feedUrl: "Añada esta dirección a su calendario (es privada: no la comparta)",
    conflict: "Otra persona lo cambió antes; se muestra la versión más reciente.",
    more: "Se muestran {{shown}} de {{total}}: elija una vista más corta para verlos todos.",
    kinds: {
      TASK: "Tarea",
      REPAIR_ORDER: "Orden de reparación",
      AGENDA_ENTRY: "Cita",
      OPPORTUNITY_CONTACT: "Contacto de oportunidad",
      INCIDENT: "Incidencia",
      CUSTOMER_VISIT: "Visita",
    },
  },
} as const;

const en: Shape<typeof es> = {
  agenda: {
    title: "Agenda",
    whose: "Agenda of",
    newEntry: "New entry",
    newTask: "New task",
    plan: "Plan in this slot",
    people: "People",
    teams: "Teams",
    entryTitle: "Title",
    notes: "Notes",
    startsAt: "Starts",
    endsAt: "Ends",
    subscribe: "Subscribe (iCalendar)",
    feedUrl: "Add this address to your calendar (it is private: do not share it)",
    conflict: "Someone changed it first; the newer version is shown.",
    more: "{{shown}} of {{total}} shown: choose a shorter view to see them all.",
    kinds: {
      TASK: "Task",
      REPAIR_ORDER: "Repair order",
      AGENDA_ENTRY: "Entry",
      OPPORTUNITY_CONTACT: "Opportunity contact",
      INCIDENT: "Incident",
      CUSTOMER_VISIT: "Visit",
    },
  },
};

export const agendaMessages = { es, en };
