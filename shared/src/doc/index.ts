export * from './docMeta.ts'
export * from './json.ts'
export * from './recordDoc.ts'
export * from './recordFields.ts'
