export * from './number.ts'
