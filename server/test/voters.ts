import { randomBytes } from 'node:crypto'
import { PresenceStateField } from '@cxmap/shared'
import { connectSyncedClient, type TestClient } from './clients.ts'
import type { TestServer } from './testServer.ts'
import { waitFor } from './waitFor.ts'

/** A fresh voter key: 64 hex digits, as a browser makes one. */
export const createVoterKey = (): string => randomBytes(32).toString('hex')

/** A browser's open canvas page whose connection claimed `voterKey`, as the app's vote module does. */
export interface ConnectedVoter {
  key: string
  client: TestClient
}

/**
 * Opens the board's canvas doc with `token`, claims `key` in its awareness state and waits until the server counts
 * it as a connected voter.
 */
export async function connectVoter(
  server: Pick<TestServer, 'syncUrl' | 'cxmap'>,
  boardId: string,
  token: string,
  key: string = createVoterKey(),
): Promise<ConnectedVoter> {
  const client = await connectSyncedClient(server.syncUrl, boardId, token)
  client.provider.awareness.setLocalStateField(PresenceStateField.voterKey, key)
  await waitFor(() => server.cxmap.rooms.hasConnectedVoter(boardId, key), { message: 'the voter key claimed' })
  return { key, client }
}
