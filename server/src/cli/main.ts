import { Command } from 'commander'
import { APP_VERSION } from '../boardFile/format.ts'
import { ConfigError, readConfig, type Config } from '../config.ts'
import { backupDatabase } from './backup.ts'
import { CliError } from './cliError.ts'
import { exportBoard } from './exportBoard.ts'
import { importBoardFile } from './importBoard.ts'
import { formatBoardTable, listStoredBoards } from './listBoards.ts'
import { formatMigrateSummary, migrateToPostgres } from './migrate.ts'
import { restoreDatabase } from './restore.ts'

// `pnpm cxmap <command>`: the admin's commands on the data directory the server uses (DATA_DIR, read as it does).
// Each command is a function in its own file; this file only parses arguments and prints.

function buildProgram(readSettings: () => Config): Command {
  const program = new Command('cxmap')
    .description('CX Map administration: board files, backup and restore of the data directory (DATA_DIR).')
    .version(APP_VERSION)
    .showHelpAfterError()
    .configureOutput({ outputError: (message, write) => write(withBoardIdHint(message)) })

  program
    .command('export-board')
    .description('write a board to a .cxmap.json file (works while the server runs)')
    .argument('<id>', 'the board id (from its link: /b/<id>)')
    .option('-o, --out <file>', 'where to write (default: <title>.cxmap.json here)')
    .action(async (id: string, options: { out?: string }) => {
      const { databaseFile } = readSettings()
      const result = await exportBoard({ databaseFile, boardId: id, out: options.out, cwd: process.cwd() })
      print(`Exported "${result.title}" to ${result.path} (${result.bytes} bytes)`)
    })

  program
    .command('import-board')
    .description('create a new board, with new links, from a .cxmap.json file (the server must be stopped)')
    .argument('<file>', 'the board file')
    .action(async (file: string) => {
      const config = readSettings()
      const origin = config.publicUrl ?? `http://localhost:${config.port}`
      const { dataDir, databaseFile, maxDocBytes } = config
      const result = await importBoardFile({ dataDir, databaseFile, file, origin, maxDocBytes })
      print(`Imported "${result.title}" as board ${result.id}. Its links (shown once, keep them):`)
      for (const [role, link] of Object.entries(result.links)) print(`  ${role.padEnd(11)} ${link}`)
    })

  program
    .command('backup')
    .description('copy the database into DIR while the server runs, then verify the copy')
    .argument('<dir>', 'the directory to write cxmap-<timestamp>.db into')
    .action(async (dir: string) => {
      const result = await backupDatabase(readSettings().databaseFile, dir)
      print(`Backed up to ${result.file} (${result.bytes} bytes)`)
      print(
        `Verified: integrity ok, schema ${result.schemaVersion}, boards: ${result.boards}, document rows: ${result.docRows}`,
      )
    })

  program
    .command('restore')
    .description('replace the database by a backup (the server must be stopped); the current one is kept aside')
    .argument('<file>', 'a backup written by "backup"')
    .action((file: string) => {
      const config = readSettings()
      const result = restoreDatabase({ dataDir: config.dataDir, databaseFile: config.databaseFile, backupFile: file })
      print(`Verified ${result.restoredFrom}: integrity ok, schema ${result.schemaVersion}, boards: ${result.boards}`)
      for (const moved of result.movedAside) print(`Moved the previous database file aside: ${moved}`)
      print(`Restored it as ${config.databaseFile}. Start the server.`)
    })

  program
    .command('list-boards')
    .description('list the stored boards: id, last active, size, title (works while the server runs)')
    .action(async () => print(formatBoardTable(await listStoredBoards(readSettings().databaseFile))))

  program
    .command('migrate')
    .description('copy every board of an SQLite data directory into PostgreSQL, verified (stop the server first)')
    .requiredOption('--from <source>', 'sqlite:DATA_DIR')
    .requiredOption('--to <url>', 'postgres://USER:PASSWORD@HOST:5432/DATABASE')
    .option('--overwrite', 'replace boards the target has with other content (default: report and leave them)')
    .action(async (options: { from: string; to: string; overwrite?: boolean }) => {
      const summary = await migrateToPostgres({ ...options, overwrite: options.overwrite ?? false, report: print })
      for (const line of formatMigrateSummary(summary)) print(line)
      if (summary.differing.length > 0) process.exitCode = 1
    })

  return program
}

const OPTION_SHAPED_BOARD_ID = /unknown option '(-[A-Za-z0-9_-]{21})'/

/**
 * Boards made before ids stopped starting with "-" may have one that does; commander reads it as an option. The
 * error then says how to pass it: after "--", as every command line takes an argument that starts with "-".
 */
export function withBoardIdHint(message: string): string {
  const id = OPTION_SHAPED_BOARD_ID.exec(message)?.[1]
  if (!id) return message
  return message.replace(
    /\n?$/,
    `\n(${id} looks like a board id. An id that starts with "-" goes after "--": pnpm cxmap export-board -- ${id})\n`,
  )
}

function print(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function main(): Promise<void> {
  try {
    await buildProgram(() => readConfig(process.env)).parseAsync(process.argv)
  } catch (error) {
    if (!(error instanceof CliError || error instanceof ConfigError)) throw error
    process.stderr.write(`cxmap: ${error.message}\n`)
    process.exitCode = 1
  }
}

await main()
