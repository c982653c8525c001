/**
 * The worker pool: files are converted on `jobs` threads at once, each
 * thread set up once (see `./worker.ts`). A file that throws, crashes its
 * thread, runs out of memory or runs past the time limit is reported as
 * failed; its thread is replaced and the other files go on.
 */
import {Piscina} from 'piscina'
import type {FileReport} from '../convert/report.js'
import type {WorkerSetup, WorkerTask} from './worker.js'

export interface PoolOptions extends WorkerSetup {
  jobs: number
  /** Seconds one file may take before its thread is stopped (none when absent). */
  timeout?: number
  /**
   * Heap limit of a thread, in MB: a runaway file fails alone instead of
   * exhausting the machine. V8 also lets a heap grow further between
   * collections the higher its limit; 1 GB holds a 1.5-million-character
   * transcript in every format several times over (its peak was 266 MB of RSS).
   */
  heapMegabytes?: number
  /**
   * One file per thread at a time: where a thread may be stopped or lost (a
   * time limit, a plugin that crashes or exits), only its own file fails.
   */
  isolated?: boolean
}

export class ConversionPool {
  #closing: Promise<void> | undefined
  readonly #pool: Piscina<WorkerTask, FileReport>
  readonly #timeout?: number

  constructor(options: PoolOptions) {
    const {jobs, timeout, heapMegabytes = 1024, isolated = timeout !== undefined, ...setup} = options
    this.#timeout = timeout
    this.#pool = new Piscina({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: jobs,
      maxThreads: jobs,
      workerData: setup,
      // Tasks await file writes; blocking the thread between tasks gains nothing here.
      atomics: 'disabled',
      // A thread takes a second file while the first waits for its writes (see `convert`), unless
      // losing the thread must fail only one file (`isolated`).
      concurrentTasksPerWorker: isolated ? 1 : 2,
      // A roomier young generation: each file makes many short-lived objects, and scavenges dominate GC.
      resourceLimits: {maxOldGenerationSizeMb: heapMegabytes, maxYoungGenerationSizeMb: 64}
    })
  }

  /**
   * Convert one file on a free thread. Callers keep at most two files a
   * thread in flight, so the time limit counts from about when the file
   * starts, not from when it was queued.
   */
  async convert(input: string): Promise<FileReport> {
    const started = performance.now()
    const signal = this.#timeout ? AbortSignal.timeout(this.#timeout * 1000) : undefined
    try {
      return await this.#pool.run({input}, {signal})
    } catch (error) {
      const aborted = signal?.aborted === true
      const reason = error instanceof Error ? error.message : String(error)
      return {
        input,
        status: 'failed',
        outputs: [],
        warnings: [],
        error: aborted ? `stopped after ${this.#timeout} s (--timeout)` : `the conversion worker stopped: ${reason}`,
        milliseconds: Math.round(performance.now() - started)
      }
    }
  }

  /**
   * Stop every thread and resolve once they have exited. The same promise for
   * every caller: piscina's second `destroy` resolves at once, while the
   * threads of the first are still running, and a caller that then removes
   * their temporary files would race a thread still writing one.
   */
  close(): Promise<void> {
    this.#closing ??= this.#pool.destroy()
    return this.#closing
  }
}
