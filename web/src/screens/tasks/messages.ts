/** The task screens' words [001, 002]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  tasks: {
    title: "Tareas",
    queues: {
      mine: "Mis tareas",
      urgent: "Urgentes",
      preparation: "En preparación",
      withoutFollowUp: "Sin seguimiento",
      withoutDeadline: "Sin fecha límite",
    },
    number: "Número",
    description: "Descripción",
    type: "Tipo",
    operator: "Operador",
    customer: "Cliente",
    startsAt: "Inicio",
    endsAt: "Fin",
    status: "Estado",
    takeCharge: "Hacerme cargo",
    followUp: "Seguimiento",
    outcome: "Resultado",
    nextTask: "Siguiente tarea",
    close: "Cerrar",
    note: "Nota",
    cancel: "Anular",
    reason: "Motivo",
    reopen: "Reabrir",
    nextCreated: "Se ha planificado la siguiente tarea",
    statuses: { PLANNED: "Planificada", DONE: "Hecha", CANCELLED: "Anulada" },
    place: "Lugar",
    new: { plan: "Planificar tarea", historyNote: "Nota de historial" },
  },
} as const;

const en: Shape<typeof es> = {
  tasks: {
    title: "Tasks",
    queues: {
      mine: "My tasks",
      urgent: "Urgent",
      preparation: "In preparation",
      withoutFollowUp: "Without follow-up",
      withoutDeadline: "Without deadline",
    },
    number: "Number",
    description: "Description",
    type: "Type",
    operator: "Operator",
    customer: "Customer",
    startsAt: "Starts",
    endsAt: "Ends",
    status: "Status",
    takeCharge: "Take charge",
    followUp: "Follow up",
    outcome: "Outcome",
    nextTask: "Next task",
    close: "Close",
    note: "Note",
    cancel: "Cancel",
    reason: "Reason",
    reopen: "Reopen",
    nextCreated: "The next task is planned",
    statuses: { PLANNED: "Planned", DONE: "Done", CANCELLED: "Cancelled" },
    place: "Place",
    new: { plan: "Plan a task", historyNote: "History note" },
  },
};

export const taskMessages = { es, en };
