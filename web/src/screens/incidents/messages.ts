/** The incident screens' words [000 §11.2]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  incidents: {
    title: "Incidencias",
    search: "Buscar",
    status: "Estado",
    open: "Abrir incidencia",
    number: "Número",
    subject: "Asunto",
    customer: "Cliente",
    priority: "Prioridad",
    assignee: "Técnico",
    openedAt: "Abierta",
    description: "Descripción",
    assign: "Asignar",
    followUp: "Seguimiento",
    note: "Nota",
    startedAt: "Inicio",
    endedAt: "Fin",
    close: "Cerrar",
    resolution: "Resolución",
    reopen: "Reabrir",
    reason: "Motivo",
    history: "Historial",
    minutesWorked: "Minutos trabajados",
  },
  status: {
    OPEN: "Abierta",
    CLOSED: "Cerrada",
  },
  priority: { LOW: "Baja", NORMAL: "Normal", HIGH: "Alta", URGENT: "Urgente" },
} as const;

const en: Shape<typeof es> = {
  incidents: {
    title: "Incidents",
    search: "Search",
    status: "Status",
    open: "Open incident",
    number: "Number",
    subject: "Subject",
    customer: "Customer",
    priority: "Priority",
    assignee: "Technician",
    openedAt: "Opened",
    description: "Description",
    assign: "Assign",
    followUp: "Follow up",
    note: "Note",
    startedAt: "Started",
    endedAt: "Ended",
    close: "Close",
    resolution: "Resolution",
    reopen: "Reopen",
    reason: "Reason",
    history: "History",
    minutesWorked: "Minutes worked",
  },
  status: {
    OPEN: "Open",
    CLOSED: "Closed",
  },
  priority: { LOW: "Low", NORMAL: "Normal", HIGH: "High", URGENT: "Urgent" },
};

export const incidentMessages = { es, en };
