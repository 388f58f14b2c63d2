export * from './api.ts'
export * from './docNames.ts'
export * from './protocol.ts'
export * from './roles.ts'
