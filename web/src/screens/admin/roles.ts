/** The roles a user may have, as the command API names them (commands/models/organisation.py). */
export const ROLES = ["admin", "manager", "agent", "technician", "office", "auditor"] as const;
