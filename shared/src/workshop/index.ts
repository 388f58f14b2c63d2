export * from './workshopDoc.ts'
