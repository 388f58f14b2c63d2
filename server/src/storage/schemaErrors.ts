/**
 * The database holds a schema newer than this server knows: it must not touch it. Its own module, so that the server's
 * start can tell it apart without loading PostgreSQL's driver.
 */
export class SchemaTooNewError extends Error {
  constructor(
    readonly version: number,
    supported: number,
  ) {
    super(
      `The PostgreSQL schema is version ${version}, newer than this server's ${supported}: ` +
        'run the newer CX Map release (or restore a backup taken before the upgrade)',
    )
    this.name = 'SchemaTooNewError'
  }
}
