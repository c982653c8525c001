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
const failures = []
// As the command line runs: reports are handed on, not kept.
const run = await convert(
  request.inputs,
  {emitters: request.formats.map((name) => getEmitter(name)), outDir: request.outDir, jobs: request.jobs, force: request.force, keepReports: false},
  (file) => {
    if (file.status === 'failed') failures.push(`${file.input}: ${file.error}`)
  }
)
const milliseconds = performance.now() - started
const usage = process.resourceUsage()
// CPU seconds of all threads: what the work costs whatever else the machine is doing.
const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6
console.log(JSON.stringify({milliseconds, cpuSeconds, peakMb: usage.maxRSS / 1024, summary: run.summary, failures: failures.slice(0, 5)}))
