import { describeStorageContract } from '../src/storage/contract.ts'
import { createMemoryStore } from './memoryStore.ts'

// The in-memory fake used by unit tests is held to the same contract as the real backends.
describeStorageContract('memory (test fake)', async () => ({ store: createMemoryStore(), cleanup: async () => {} }))
