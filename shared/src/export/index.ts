export * from './printOptions.ts'
