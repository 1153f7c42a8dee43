/** The timesheet and activity screens' words [000 §11.4, 004]: Spanish first, English with the
 * same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  timesheets: {
    title: "Partes de horas",
    whose: "Parte de",
    people: "Personas",
    teams: "Equipos",
    week: "Semana del {{day}}",
    total: "Total",
    day: "Día",
    from: "Desde",
    to: "Hasta",
    what: "Qué",
    source: "Origen",
    sources: { incident: "Incidencia", repair_order: "Reparación", manual: "A mano" },
    workCentre: "Centro de trabajo",
    department: "Departamento",
    addLine: "Añadir horas",
    description: "Qué se hizo",
    withdraw: "Retirar",
    reason: "Motivo",
    member: "Persona",
    nothing: "Sin horas esta semana",
    activity: "Actividad de los agentes",
    agent: "Agente",
    done: "Hechas",
    pending: "Pendientes",
    reopened: "Reabiertas",
    averageResolution: "Resolución media",
    kinds: { INCIDENT: "Incidencias", REPAIR_ORDER: "Reparaciones", TASK: "Tareas", OPPORTUNITY: "Oportunidades", NOTICE: "Avisos" },
  },
} as const;

const en: Shape<typeof es> = {
  timesheets: {
    title: "Timesheets",
    whose: "Timesheet of",
    people: "People",
    teams: "Teams",
    week: "Week of {{day}}",
    total: "Total",
    day: "Day",
    from: "From",
    to: "To",
    what: "What",
    source: "Source",
    sources: { incident: "Incident", repair_order: "Repair", manual: "By hand" },
    workCentre: "Work centre",
    department: "Department",
    addLine: "Add time",
    description: "What was done",
    withdraw: "Withdraw",
    reason: "Reason",
    member: "Person",
    nothing: "No time this week",
    activity: "Agents' activity",
    agent: "Agent",
    done: "Done",
    pending: "Pending",
    reopened: "Reopened",
    averageResolution: "Average resolution",
    kinds: { INCIDENT: "Incidents", REPAIR_ORDER: "Repairs", TASK: "Tasks", OPPORTUNITY: "Opportunities", NOTICE: "Notices" },
  },
};

export const timesheetMessages = { es, en };
