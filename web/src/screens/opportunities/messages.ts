/** The opportunity screens' words [000 §11.1, 002]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  opportunities: {
    title: "Oportunidades",
    board: "Tablero",
    pipeline: "Cifras",
    moveTo: "Mover a",
    statuses: { NEW: "Nuevas", WAITING: "En espera", WORKING: "En curso", WON: "Ganadas", LOST: "Perdidas" },
    comment: "Comentario",
    nextContactOn: "Próximo contacto",
    invoiceNumber: "Factura",
    reason: "Motivo",
    whatToImprove: "Qué mejorar",
    reopenReason: "Motivo de la reapertura",
    groupBy: { AGENT: "Por agente", TYPE: "Por tipo", SOURCE: "Por origen" },
    group: "Grupo",
    count: "Total",
    open: "Abiertas",
    won: "Ganadas",
    lost: "Perdidas",
    amount: "Importe",
    wonAmount: "Importe ganado",
    lostReasons: "Motivos de pérdida",
    noMove: "No se puede mover ahí",
    timeline: "Cronología",
    customer: "Cliente",
    agent: "Agente",
  },
} as const;

const en: Shape<typeof es> = {
  opportunities: {
    title: "Opportunities",
    board: "Board",
    pipeline: "Figures",
    moveTo: "Move to",
    statuses: { NEW: "New", WAITING: "Waiting", WORKING: "Working", WON: "Won", LOST: "Lost" },
    comment: "Comment",
    nextContactOn: "Next contact",
    invoiceNumber: "Invoice",
    reason: "Reason",
    whatToImprove: "What to improve",
    reopenReason: "Why it is reopened",
    groupBy: { AGENT: "By agent", TYPE: "By type", SOURCE: "By source" },
    group: "Group",
    count: "Total",
    open: "Open",
    won: "Won",
    lost: "Lost",
    amount: "Amount",
    wonAmount: "Amount won",
    lostReasons: "Lost reasons",
    noMove: "It cannot move there",
    timeline: "Timeline",
    customer: "Customer",
    agent: "Agent",
  },
};

export const opportunityMessages = { es, en };
