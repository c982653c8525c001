/**
 * A conversion worker (one thread of the pool in `./pool.ts`).
 *
 * It loads what every file needs once, when the thread starts: the emitter
 * registry, the user’s plugins and the template arrive as `workerData`, and
 * the emitters keep their fonts cached for the thread’s life. Each task
 * then converts one file and sends back only its small report.
 */
import {workerData} from 'piscina'
import {convertFile, type FileReport} from '../convert/file.js'
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

export default function convertInWorker(task: WorkerTask): Promise<FileReport> {
  return convertFile(task.input, {emitters, outDir: setup.outDir, template: setup.template, registry: setup.registry})
}
