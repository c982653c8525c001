/**
 * Convert transcripts to files: the library behind `verbatim convert`.
 *
 * Inputs are collected, cut to a shard if asked, checked against the output
 * folder’s manifest (unchanged inputs are skipped), then converted on a
 * pool of workers, or in this thread for a single job. A failing input is
 * reported and the others go on.
 */
import fs from 'node:fs'
import path from 'node:path'
import {createHash} from 'node:crypto'
import {forEachConcurrently} from '../batch/concurrently.js'
import {hashContent, inputKey, RegistryHashes, settingsFingerprint} from '../batch/fingerprint.js'
import {entryName, entryOutputs, loadManifest, saveManifest, type Manifest} from '../batch/manifest.js'
import {InOrder} from '../batch/in-order.js'
import {ConversionPool} from '../batch/pool.js'
import type {Emitter} from '../emit/emitter.js'
import {getEmitter} from '../emit/registry.js'
import {loadTemplate} from '../template/load.js'
import type {Template} from '../template/schema.js'
import {version} from '../version.js'
import {isWarning, type FileReport, type Warning} from './report.js'
import {collectInputs, outputPath, registryFor, type ReadOptions} from './inputs.js'
import {sweepTemporaries} from './write.js'

export {isWarning, toWarning, formatWarning, type FileReport, type Warning} from './report.js'

export interface ConvertOptions extends ReadOptions {
  emitters: Emitter[]
  outDir: string
  /** A template name or file (default `briefing`). */
  template?: string | Template
  /** `[k, n]`: convert only the k-th (1-based) of n slices of the inputs. */
  shard?: [number, number]
  /** Files converted at once, each on its own worker thread (default 1: in this thread). */
  jobs?: number
  /**
   * Plugin modules that registered any of `emitters`: workers load them
   * too. Emitters that are not in the registry by their name can only run
   * in this thread, so they make the run single-threaded.
   */
  plugins?: string[]
  /** Convert every input, even those the manifest shows unchanged. */
  force?: boolean
  /** Remove the outputs of inputs that no longer exist (they are reported either way). */
  prune?: boolean
  /** Seconds one file may take before its worker is stopped and it is reported as failed (runs on a worker even with one job). */
  timeout?: number
  /**
   * Stops the run: no file is started after it fires, the worker threads are
   * stopped, and `convert` rejects with the signal’s reason once nothing more
   * is being written (the command line then removes the temporary files).
   */
  signal?: AbortSignal
  /** Called once the inputs are known, before any is converted (for progress). */
  onStart?: (count: number) => void
  /** Called as each file is done, in the order they finish (for progress). */
  onProgress?: (report: FileReport) => void
  /**
   * Keep every file’s report in the result’s `files` (default). Off, the
   * reports reach only the `onFile` callback and the run’s memory does not
   * grow with the number of inputs: the command line streams them to
   * `--report` and `--junit`.
   */
  keepReports?: boolean
}

/** Outputs recorded in the manifest whose input no longer exists. */
export interface Vanished {
  input: string
  outputs: string[]
  /** Whether the outputs were removed (`prune`). */
  removed: boolean
}

export interface RunSummary {
  converted: number
  skipped: number
  failed: number
  /** Files (converted or skipped) with warnings or errors that did not stop them. */
  warned: number
  milliseconds: number
}

export interface RunReport {
  version: string
  /** Every selected input, in input order (none when `keepReports` is off). */
  files: FileReport[]
  /** Inputs that could not be found: the path and why. */
  missing: Array<{input: string; error: string}>
  vanished: Vanished[]
  /** Temporary files of interrupted runs removed from the output folder before this one began. */
  swept: string[]
  summary: RunSummary
}

/** Which of `n` shards an input belongs to: by a hash of its path, so adding files moves no others. */
export function shardOf(input: string, count: number): number {
  const hash = createHash('sha1').update(entryName(input)).digest()
  return (hash.readUInt32BE(0) % count) + 1
}

/** Whether a file has warnings or errors (info messages tell what the parser did). */
export function hasWarnings(report: FileReport): boolean {
  return report.warnings.some(isWarning)
}

export function summarize(files: FileReport[], milliseconds: number): RunSummary {
  const tally = new Tally()
  for (const file of files) tally.add(file)
  return tally.summary(milliseconds)
}

/** Emitters a worker can find again: registered under their name. */
function transferable(emitters: Emitter[]): boolean {
  return emitters.every((emitter) => getEmitter(emitter.name) === emitter)
}

function failure(input: string, error: string): FileReport {
  return {input, status: 'failed', outputs: [], warnings: [], error, milliseconds: 0}
}

/** Convert every input `inputs` name; `onFile` receives each file’s report in input order. */
export async function convert(inputs: string[], options: ConvertOptions, onFile?: (report: FileReport) => void): Promise<RunReport> {
  const started = performance.now()
  const template = typeof options.template === 'object' ? options.template : loadTemplate(options.template)
  const plugins = options.plugins ?? []
  fs.mkdirSync(options.outDir, {recursive: true})
  const swept = sweepTemporaries(options.outDir)
  const found = collectInputs(inputs)
  // An output folder inside an input folder holds Verbatim’s own Markdown: a folder search
  // never takes it for input (a file named on the command line still counts).
  const outRoot = path.resolve(options.outDir) + path.sep
  const named = new Set(inputs)
  const files = found.files.filter((file) => named.has(file) || !path.resolve(file).startsWith(outRoot))
  const errors = found.errors
  const shard = options.shard
  const selected = shard ? files.filter((file) => shardOf(file, shard[1]) === shard[0]) : files

  const manifest = loadManifest(options.outDir)
  const settings = settingsFingerprint({emitters: options.emitters, template, plugins})
  const registryHashes = new RegistryHashes()
  const keyOf = (input: string, contentHash: string) => inputKey(settings, contentHash, registryHashes.of(registryFor(input, options)))

  options.onStart?.(selected.length)
  const kept: FileReport[] = []
  const tally = new Tally()
  const inOrder = new InOrder<FileReport>((report) => {
    if (options.keepReports !== false) kept.push(report)
    onFile?.(report)
  })
  const finish = (index: number, report: FileReport) => {
    tally.add(report)
    options.onProgress?.(report)
    inOrder.put(index, report)
  }

  // Plan: what is skipped, what is converted, which names collide.
  const claimed = new Map<string, string>()
  const pending: Task[] = []
  const inputPaths = new Map(files.map((file) => [path.resolve(file), file]))
  selected.forEach((input, index) => {
    const base = outputPath(input, options.outDir, '')
    const owner = claimed.get(base)
    if (owner !== undefined) {
      finish(index, failure(input, `its outputs would overwrite those of ${owner} (same name); rename one of them`))
      return
    }
    // `-o` on the inputs’ own folder: an output must never replace an input.
    const overwritten = options.emitters.map((emitter) => inputPaths.get(path.resolve(outputPath(input, options.outDir, emitter.extension)))).find(Boolean)
    if (overwritten !== undefined) {
      // `talk.docx` converted to DOCX beside itself too: the message names the input the output would replace.
      finish(index, failure(input, `its output would overwrite the input ${overwritten}; choose another output folder (-o)`))
      return
    }
    claimed.set(base, input)
    if (input === '-' || options.force) {
      pending.push({input, index})
      return
    }
    const entry = manifest.entries[entryName(input)]
    const unchanged = entry && entry.key === contentKey(input, keyOf) && entryOutputs(options.outDir, entry).every((output) => fs.existsSync(output))
    if (unchanged) finish(index, {input, status: 'skipped', outputs: entryOutputs(options.outDir, entry), warnings: entry.warnings, milliseconds: 0})
    else pending.push({input, index})
  })

  const saver = throttledSaver(options.outDir, manifest)
  const stdinOutputs: string[] = []
  // Which entry wrote each output: `b/same.txt` converted now makes `a/same.txt`'s entry, with the same outputs, stale.
  const owners = new Map<string, string>()
  for (const [name, entry] of Object.entries(manifest.entries)) for (const output of entry.outputs) owners.set(output, name)
  const record = (report: FileReport, {index}: Task) => {
    if (report.input === '-') {
      stdinOutputs.push(...report.outputs)
    } else {
      const name = entryName(report.input)
      if (report.status === 'converted' && report.contentHash) {
        const outputs = report.outputs.map((output) => path.relative(options.outDir, output).split(path.sep).join('/'))
        for (const output of outputs) {
          const owner = owners.get(output)
          if (owner !== undefined && owner !== name) delete manifest.entries[owner]
          owners.set(output, name)
        }
        manifest.entries[name] = {
          key: keyOf(report.input, report.contentHash),
          outputs,
          // What a re-run reports for the skipped file, the same as this run did (`--strict` judges only the warnings).
          warnings: report.warnings
        }
      } else {
        // Failed: try again next time.
        delete manifest.entries[name]
      }
      saver.changed()
    }
    finish(index, report)
  }

  const tasksPerThread = 2
  const onDisk = pending.filter((task) => task.input !== '-')
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, onDisk.length))
  // A time limit needs a worker to stop, and a plugin's code runs on one too (a plugin that calls
  // `process.exit` or crashes ends a worker, not the run); otherwise one job runs best in this thread.
  const useWorkers = onDisk.length > 0 && (jobs > 1 || options.timeout !== undefined || plugins.length > 0) && transferable(options.emitters)
  // Where a thread may be stopped (a time limit) or lost (a plugin), each holds one file, so only that file fails.
  const isolated = options.timeout !== undefined || plugins.length > 0
  // The parser and emitters load only where files are converted: a run on workers leaves them to the workers.
  const convertHere = async (task: Task) => {
    const {convertFile} = await import('./file.js')
    return convertFile(task.input, {emitters: options.emitters, outDir: options.outDir, template, registry: options.registry, maxInputBytes: options.maxInputBytes})
  }
  // Standard input can only be read here, in the thread that owns it.
  for (const task of pending.filter((task) => task.input === '-')) record(await convertHere(task), task)
  if (useWorkers) {
    const pool = new ConversionPool({
      jobs,
      timeout: options.timeout,
      plugins,
      formats: options.emitters.map((emitter) => emitter.name),
      template,
      outDir: options.outDir,
      registry: options.registry,
      maxInputBytes: options.maxInputBytes,
      isolated
    })
    // Stopping the threads at once, not after their files, is what lets the caller clean up behind them.
    const stop = () => void pool.close()
    options.signal?.addEventListener('abort', stop, {once: true})
    try {
      // Two files per thread: the next is there when one is done, without waiting for a round trip to this thread.
      // Isolated, one: a file's time limit starts when it is handed over, and must not run while it waits.
      const inFlight = jobs * (isolated ? 1 : tasksPerThread)
      await forEachConcurrently(onDisk, inFlight, (task) => pool.convert(task.input), record, options.signal)
    } finally {
      options.signal?.removeEventListener('abort', stop)
      await pool.close()
    }
  } else {
    await forEachConcurrently(onDisk, tasksPerThread, convertHere, record, options.signal)
  }
  options.signal?.throwIfAborted()

  const vanished = findVanished(manifest, options, shard, () => writtenOutputs(manifest, options.outDir, selected, stdinOutputs))
  if (vanished.some((item) => item.removed)) saver.changed()
  saver.flush()

  // An input that is not there failed too: the summary and the exit code say the same.
  const summary = tally.summary(performance.now() - started)
  summary.failed += errors.length
  return {version, files: kept, missing: errors.map((error) => ({input: error.input, error: error.reason})), vanished, swept, summary}
}

/** An input to convert and its place among the selected inputs. */
interface Task {
  input: string
  index: number
}

/** The counts of a run, kept as its reports arrive. */
class Tally {
  readonly #counts: RunSummary = {converted: 0, skipped: 0, failed: 0, warned: 0, milliseconds: 0}

  add(report: FileReport): void {
    this.#counts[report.status]++
    if (report.status !== 'failed' && hasWarnings(report)) this.#counts.warned++
  }

  summary(milliseconds: number): RunSummary {
    return {...this.#counts, milliseconds: Math.round(milliseconds)}
  }
}

/** Outputs this run wrote or kept: those of the selected inputs’ manifest entries, and standard input’s. */
function writtenOutputs(manifest: Manifest, outDir: string, selected: string[], stdinOutputs: string[]): Set<string> {
  const written = new Set(stdinOutputs)
  for (const input of selected) {
    const entry = manifest.entries[entryName(input)]
    if (entry) for (const output of entryOutputs(outDir, entry)) written.add(output)
  }
  return written
}

/** The key of an input as it is on disk now (empty when it cannot be read: it will be converted, and fail there). */
function contentKey(input: string, keyOf: (input: string, contentHash: string) => string): string {
  try {
    // Only a regular file is read: a pipe put in a file's place would wait for ever.
    if (!fs.statSync(input).isFile()) return ''
    return keyOf(input, hashContent(fs.readFileSync(input)))
  } catch {
    return ''
  }
}

/**
 * Manifest entries whose input file is gone. With shards, each shard
 * answers only for the inputs that would be its own, so merged reports name
 * each once. Outputs this run wrote are never removed, even if an old entry
 * named them too.
 */
function findVanished(manifest: Manifest, options: ConvertOptions, shard: [number, number] | undefined, written: () => Set<string>): Vanished[] {
  const vanished: Vanished[] = []
  let keep: Set<string> | undefined
  for (const [input, entry] of Object.entries(manifest.entries).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (fs.existsSync(input)) continue
    if (shard && shardOf(input, shard[1]) !== shard[0]) continue
    const outputs = entryOutputs(options.outDir, entry)
    if (options.prune) {
      keep ??= written()
      for (const output of outputs) if (!keep.has(output)) fs.rmSync(output, {force: true})
      delete manifest.entries[input]
    }
    vanished.push({input, outputs, removed: Boolean(options.prune)})
  }
  return vanished
}

/**
 * Save the manifest at most once a second while the run goes on, and at
 * the end: an interrupted run keeps most of its work, and thousands of
 * files do not mean thousands of rewrites.
 */
function throttledSaver(outDir: string, manifest: Manifest): {changed(): void; flush(): void} {
  let dirty = false
  let last = performance.now()
  return {
    changed() {
      dirty = true
      if (performance.now() - last > 1000) this.flush()
    },
    flush() {
      if (!dirty) return
      saveManifest(outDir, manifest)
      dirty = false
      last = performance.now()
    }
  }
}
