/** The customer screens' words [003, 004]: Spanish first, English with the same keys. */
import type { Shape } from "../../i18n/es";

const es = {
  customers: {
    title: "Clientes",
    search: "Buscar por nombre, número o NIF",
    create: "Nuevo cliente",
    kind: "Tipo",
    kinds: { prospect: "Posible cliente", customer: "Cliente" },
    name: "Nombre",
    taxId: "NIF",
    number: "Número",
    convert: "Convertir en cliente",
    contacts: "Contactos",
    addresses: "Direcciones",
    valuations: "Valoraciones",
    visitPlan: "Plan de visitas",
    incidents: "Últimas incidencias",
    repairOrders: "Órdenes de reparación",
    opportunities: "Oportunidades",
    activities: "Actividades",
    blocked: "Bloqueado",
    inactive: "Inactivo",
  },
} as const;

const en: Shape<typeof es> = {
  customers: {
    title: "Customers",
    search: "Search by name, number or tax id",
    create: "New customer",
    kind: "Kind",
    kinds: { prospect: "Prospect", customer: "Customer" },
    name: "Name",
    taxId: "Tax id",
    number: "Number",
    convert: "Convert to customer",
    contacts: "Contacts",
    addresses: "Addresses",
    valuations: "Valuations",
    visitPlan: "Visit plan",
    incidents: "Latest incidents",
    repairOrders: "Repair orders",
    opportunities: "Opportunities",
    activities: "Activities",
    blocked: "Blocked",
    inactive: "Inactive",
  },
};

export const customerMessages = { es, en };
