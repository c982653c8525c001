/**
 * A conversion worker (one thread of the pool in `./pool.ts`).
 *
 * It loads what every file needs once, when the thread starts: the emitter
 * registry, the user’s plugins and the template arrive as `workerData`, and
 * the emitters keep their fonts cached for the thread’s life. Each task
 * then converts one file and sends back only its small report.
 */
import v8 from 'node:v8'
import vm from 'node:vm'
import {workerData} from 'piscina'
import {convertFile} from '../convert/file.js'
import type {FileReport} from '../convert/report.js'
import {getEmitter, loadPlugin} from '../emit/registry.js'
import type {Emitter} from '../emit/emitter.js'
import type {Template} from '../template/schema.js'

/** What every task of a run shares, fixed when the pool starts. */
export interface WorkerSetup {
  /** Plugin module specifiers, loaded in each worker as the CLI loaded them. */
  plugins: string[]
  /** Names of the emitters to run, in order. */
  formats: string[]
  template: Template
  outDir: string
  registry?: string
  maxInputBytes?: number
}

/** One file to convert. */
export interface WorkerTask {
  input: string
}

const setup = workerData as WorkerSetup

for (const plugin of setup.plugins) await loadPlugin(plugin)

const emitters: Emitter[] = setup.formats.map((name) => {
  const emitter = getEmitter(name)
  if (!emitter) throw new Error(`format “${name}” is not registered in the worker (is its plugin passed to the pool?)`)
  return emitter
})

/**
 * A thread keeps nothing of a file once it is written, but V8 lets garbage
 * pile up in the old generation between full collections, the more so when
 * every core is busy: a thread’s old space swung between 35 and 175 MB, and
 * the highest swing of a run grew with its length. Collecting when a file
 * leaves more than this there bounds a thread’s heap however long the
 * archive; it is rare (V8 collects first most of the time) and was not
 * measurable in a run’s time (bench/RESULTS.md).
 */
const collectAboveBytes = 128 * 2 ** 20

// As Jest does for --logHeapUsage: the flag makes `gc` available to contexts created after it.
// Should a Node version not honour it, there is no `gc`, and V8 alone decides when to collect.
v8.setFlagsFromString('--expose-gc')
const collectGarbage = vm.runInNewContext('typeof gc === "function" ? gc : undefined') as (() => void) | undefined

function oldSpaceBytes(): number {
  return v8.getHeapSpaceStatistics().find((space) => space.space_name === 'old_space')?.space_used_size ?? 0
}

export default async function convertInWorker(task: WorkerTask): Promise<FileReport> {
  const report = await convertFile(task.input, {emitters, outDir: setup.outDir, template: setup.template, registry: setup.registry, maxInputBytes: setup.maxInputBytes})
  if (collectGarbage && oldSpaceBytes() > collectAboveBytes) collectGarbage()
  return report
}
