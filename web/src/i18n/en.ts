import type { Messages } from "./es";

export const en: Messages = {
  app: { name: "Cronica", signOut: "Sign out", language: "Language" },
  nav: {
    dashboard: "Home",
    incidents: "Incidents",
    agenda: "Agenda",
    tasks: "Tasks",
    opportunities: "Opportunities",
    customers: "Customers",
  },
  signIn: {
    title: "Sign in to Cronica",
    email: "E-mail",
    password: "Password",
    submit: "Sign in",
    wrong: "The e-mail address or the password is wrong",
  },
  dashboard: {
    alerts: "Unread alerts",
    openNotices: "Open notices",
    unreadMessages: "Unread messages",
    urgentTasks: "Urgent tasks",
    tasksInPreparation: "Tasks in preparation",
    today: "Today's agenda",
    nothing: "Nothing for now",
  },
  common: {
    customer: "Customer",
    customerSearch: "Name, number or tax id",
    contact: "Contact",
    priority: "Priority",
    save: "Save",
    cancel: "Cancel",
    loading: "Loading…",
    all: "All",
    none: "—",
    shown: "{{shown}} of {{total}}",
    previous: "Previous",
    next: "Next",
  },
};
