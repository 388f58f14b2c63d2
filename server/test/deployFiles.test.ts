import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { CONFIG_VARIABLES } from '../src/config.ts'

const deployFile = (name: string) => fileURLToPath(new URL(`../../deploy/${name}`, import.meta.url))
const hasSystemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0

describe('deploy files', () => {
  it('the env example sets only variables the server reads', () => {
    const names = readFileSync(deployFile('cxmap.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^#?([A-Z][A-Z0-9_]*)=/.exec(line)?.[1])
      .filter((name) => name !== undefined)
    expect(names.length).toBeGreaterThan(5)
    const declared = new Set(CONFIG_VARIABLES.map((variable) => variable.name))
    expect(names.filter((name) => !declared.has(name))).toEqual([])
  })

  it.skipIf(!hasSystemdAnalyze)('the systemd unit passes systemd-analyze verify without a warning', () => {
    const result = spawnSync('systemd-analyze', ['verify', deployFile('cxmap.service')], { encoding: 'utf8' })
    expect(result.status, result.stderr).toBe(0)
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('')
  })
})
