/**
 * One measured conversion, in a process of its own so that its peak memory
 * (RSS of the process, worker threads included) is its alone. Prints one
 * line of JSON: milliseconds, CPU seconds, peak RSS in MB, the run's summary.
 *
 *     node bench/measure.js '{"inputs":["…"],"formats":["md"],"outDir":"…","jobs":2}'
 */
import {convert, getEmitter} from '../dist/index.js'

const request = JSON.parse(process.argv[2])
const started = performance.now()
const run = await convert(request.inputs, {
  emitters: request.formats.map((name) => getEmitter(name)),
  outDir: request.outDir,
  jobs: request.jobs,
  force: request.force
})
const milliseconds = performance.now() - started
const failures = run.files.filter((file) => file.status === 'failed').map((file) => `${file.input}: ${file.error}`)
const usage = process.resourceUsage()
// CPU seconds of all threads: what the work costs whatever else the machine is doing.
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6
console.log(JSON.stringify({milliseconds, cpuSeconds, peakMb: usage.maxRSS / 1024, summary: run.summary, failures: failures.slice(0, 5)}))
