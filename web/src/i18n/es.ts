/** Spanish, the default: the seeds' users. Keys are grouped by screen. */
export const es = {
  app: { name: "Cronica", signOut: "Salir", language: "Idioma" },
  nav: {
    dashboard: "Inicio",
    incidents: "Incidencias",
    agenda: "Agenda",
    tasks: "Tareas",
    opportunities: "Oportunidades",
    customers: "Clientes",
    repairs: "Reparaciones",
    planning: "Planificación",
    messages: "Mensajes",
    notices: "Avisos",
    timesheets: "Partes de horas",
    activity: "Actividad",
    admin: "Administración",
  },
  signIn: {
    title: "Entrar en Cronica",
    email: "Correo electrónico",
    password: "Contraseña",
    submit: "Entrar",
    wrong: "El correo o la contraseña no son correctos",
  },
  dashboard: {
    alerts: "Alertas sin leer",
    openNotices: "Avisos abiertos",
    unreadMessages: "Mensajes sin leer",
    urgentTasks: "Tareas urgentes",
    tasksInPreparation: "Tareas en preparación",
    today: "Agenda de hoy",
    nothing: "Nada por ahora",
  },
  common: {
    actions: "Acciones",
    customer: "Cliente",
    customerSearch: "Nombre, número o NIF",
    contact: "Contacto",
    priority: "Prioridad",
    save: "Guardar",
    cancel: "Cancelar",
    loading: "Cargando…",
    loadFailed: "No se pudo cargar",
    all: "Todas",
    none: "—",
    shown: "{{shown}} de {{total}}",
    previous: "Anterior",
    next: "Siguiente",
  },
} as const;

/** The shape every language fills: English must have every key Spanish has. */
export type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Messages = Shape<typeof es>;
