export * from './csv.ts'
export * from './csvDialect.ts'
export * from './journey.ts'
export * from './readJourney.ts'
