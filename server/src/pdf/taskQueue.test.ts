import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QueueFullError, TaskCancelledError, TaskQueue, TaskTimeoutError } from './taskQueue.ts'

/** A fake task the test finishes by hand, recording when it started and whether it was aborted. */
function createFakeTask(name: string, log: string[]) {
  let resolveTask: (value: string) => void = () => {}
  let rejectTask: (error: Error) => void = () => {}
  let signal: AbortSignal | null = null
  const run = (taskSignal: AbortSignal) => {
    signal = taskSignal
    log.push(`start ${name}`)
    return new Promise<string>((resolve, reject) => {
      resolveTask = resolve
      rejectTask = reject
    })
  }
  return {
    run,
    finish: () => resolveTask(name),
    fail: (error: Error) => rejectTask(error),
    get wasAborted() {
      return signal?.aborted ?? false
    },
  }
}

const TIMEOUT_MS = 60_000

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('TaskQueue', () => {
  it('runs at most `concurrency` tasks at once, the others first in, first out', async () => {
    const queue = new TaskQueue({ concurrency: 2, maxWaiting: 10 })
    const log: string[] = []
    const tasks = ['a', 'b', 'c', 'd'].map((name) => createFakeTask(name, log))
    const results = tasks.map((task) => queue.run(task.run, { timeoutMs: TIMEOUT_MS }))
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['start a', 'start b'])
    expect(queue.runningCount).toBe(2)
    expect(queue.waitingCount).toBe(2)

    tasks[1]?.finish()
    expect(await results[1]).toBe('b')
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['start a', 'start b', 'start c'])

    tasks[0]?.finish()
    tasks[2]?.finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['start a', 'start b', 'start c', 'start d'])
    tasks[3]?.finish()
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd'])
    expect(queue.runningCount).toBe(0)
  })

  it('refuses a task beyond the waiting limit, and takes one again once there is room', async () => {
    const queue = new TaskQueue({ concurrency: 1, maxWaiting: 2 })
    const log: string[] = []
    const tasks = ['a', 'b', 'c'].map((name) => createFakeTask(name, log))
    const results = tasks.map((task) => queue.run(task.run, { timeoutMs: TIMEOUT_MS }))
    const refused = createFakeTask('refused', log)
    await expect(queue.run(refused.run, { timeoutMs: TIMEOUT_MS })).rejects.toBeInstanceOf(QueueFullError)
    expect(log).toEqual(['start a'])

    tasks[0]?.finish()
    await vi.advanceTimersByTimeAsync(0)
    const late = createFakeTask('late', log)
    const lateResult = queue.run(late.run, { timeoutMs: TIMEOUT_MS })
    for (const task of [tasks[1], tasks[2]]) {
      await vi.advanceTimersByTimeAsync(0)
      task?.finish()
    }
    await vi.advanceTimersByTimeAsync(0)
    late.finish()
    expect(await Promise.all([...results, lateResult])).toEqual(['a', 'b', 'c', 'late'])
    expect(log).toEqual(['start a', 'start b', 'start c', 'start late'])
  })

  it('passes a task’s own failure to its caller and goes on with the next', async () => {
    const queue = new TaskQueue({ concurrency: 1, maxWaiting: 1 })
    const log: string[] = []
    const failing = createFakeTask('failing', log)
    const next = createFakeTask('next', log)
    const failed = queue.run(failing.run, { timeoutMs: TIMEOUT_MS })
    const nextResult = queue.run(next.run, { timeoutMs: TIMEOUT_MS })
    await vi.advanceTimersByTimeAsync(0)
    failing.fail(new Error('render failed'))
    await expect(failed).rejects.toThrow('render failed')
    await vi.advanceTimersByTimeAsync(0)
    next.finish()
    expect(await nextResult).toBe('next')
  })

  it('times out a running task: its caller is answered and the task aborted, its slot held until it settles', async () => {
    const queue = new TaskQueue({ concurrency: 1, maxWaiting: 5 })
    const log: string[] = []
    const slow = createFakeTask('slow', log)
    const after = createFakeTask('after', log)
    const slowResult = queue.run(slow.run, { timeoutMs: 1000 })
    const slowOutcome = expect(slowResult).rejects.toMatchObject({ name: 'TaskTimeoutError', phase: 'running' })
    const afterResult = queue.run(after.run, { timeoutMs: TIMEOUT_MS })
    await vi.advanceTimersByTimeAsync(1000)
    await slowOutcome
    expect(slow.wasAborted).toBe(true)
    expect(log).toEqual(['start slow'])
    expect(queue.runningCount).toBe(1)

    slow.fail(new Error('page closed'))
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['start slow', 'start after'])
    after.finish()
    expect(await afterResult).toBe('after')
  })

  it('times out a task still waiting and never starts it', async () => {
    const queue = new TaskQueue({ concurrency: 1, maxWaiting: 5 })
    const log: string[] = []
    const first = createFakeTask('first', log)
    const starved = createFakeTask('starved', log)
    const firstResult = queue.run(first.run, { timeoutMs: TIMEOUT_MS })
    const starvedResult = queue.run(starved.run, { timeoutMs: 500 })
    const starvedOutcome = expect(starvedResult).rejects.toEqual(new TaskTimeoutError('waiting', 500))
    await vi.advanceTimersByTimeAsync(500)
    await starvedOutcome
    expect(queue.waitingCount).toBe(0)
    first.finish()
    expect(await firstResult).toBe('first')
    await vi.advanceTimersByTimeAsync(0)
    expect(log).toEqual(['start first'])
  })

  it('drops a waiting task cancelled by its caller, and aborts a running one', async () => {
    const queue = new TaskQueue({ concurrency: 1, maxWaiting: 5 })
    const log: string[] = []
    const running = createFakeTask('running', log)
    const waiting = createFakeTask('waiting', log)
    const runningCaller = new AbortController()
    const waitingCaller = new AbortController()
    const runningResult = queue.run(running.run, { timeoutMs: TIMEOUT_MS, signal: runningCaller.signal })
    const waitingResult = queue.run(waiting.run, { timeoutMs: TIMEOUT_MS, signal: waitingCaller.signal })
    await vi.advanceTimersByTimeAsync(0)
    waitingCaller.abort()
    await expect(waitingResult).rejects.toBeInstanceOf(TaskCancelledError)
    expect(queue.waitingCount).toBe(0)
    runningCaller.abort()
    await expect(runningResult).rejects.toBeInstanceOf(TaskCancelledError)
    expect(running.wasAborted).toBe(true)
    running.finish()
    await vi.advanceTimersByTimeAsync(0)
    expect(queue.runningCount).toBe(0)
    expect(log).toEqual(['start running'])
    await expect(queue.run(waiting.run, { timeoutMs: TIMEOUT_MS, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      TaskCancelledError,
    )
  })
})
