/** A board link grants one of these roles, strongest first. */
export const ROLES = ['facilitator', 'editor', 'viewer'] as const

/** The role a board link grants. */
export type Role = (typeof ROLES)[number]

/** Whether a role may change the board's canvas document. */
export function canEditBoard(role: Role): boolean {
  return role === 'facilitator' || role === 'editor'
}

/** Whether a role may delete the board. */
export function canDeleteBoard(role: Role): boolean {
  return role === 'facilitator'
}

/** The roles whose links a holder of `role` may see and share: its own and the weaker ones. */
export function visibleLinkRoles(role: Role): Role[] {
  return ROLES.slice(ROLES.indexOf(role))
}

/** Narrows an unknown value to a role. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value)
}
