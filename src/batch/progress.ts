/**
 * Progress of a run on a terminal: one line redrawn in place with a bar,
 * the count, the rate and the time left. Where nobody watches (standard
 * error is not a terminal, or `CI` is set) it draws nothing, and messages
 * pass through as plain lines.
 */
import type {WriteStream} from 'node:tty'
import {printable} from '../util/printable.js'

export interface Progress {
  start(total: number): void
  /** One more file done. */
  tick(): void
  /** Print a message line without tearing the bar. */
  log(line: string): void
  /** Remove the bar. */
  done(): void
}

/** Whether a bar makes sense on this stream. */
export function wantsBar(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb'
}

function clock(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const s = Math.round(seconds)
  const h = Math.floor(s / 3600)
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0')
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`
}

/** The bar’s text: `[=====>     ] 412/1000  38.2 files/s  ETA 00:15`. */
export function progressLine(done: number, total: number, elapsedSeconds: number, width = 24): string {
  const fraction = total === 0 ? 1 : done / total
  const filled = Math.round(fraction * width)
  const bar = '='.repeat(Math.max(0, filled - 1)) + (filled > 0 ? (done === total ? '=' : '>') : '') + ' '.repeat(width - filled)
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0
  const eta = rate > 0 ? (total - done) / rate : Infinity
  return `[${bar}] ${done}/${total}  ${rate.toFixed(1)} files/s  ETA ${clock(eta)}`
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!wantsBar(stream)) {
    return {start() {}, tick() {}, log: (line) => void stream.write(printable(line) + '\n'), done() {}}
  }
  const tty = stream as WriteStream
  let total = 0
  let done = 0
  let started = 0
  let drawn = 0
  const clear = () => {
    tty.clearLine(0)
    tty.cursorTo(0)
  }
  const draw = (force = false) => {
    const now = performance.now()
    // Ten redraws a second are plenty, and keep a fast run from spending its time on the terminal.
    if (!force && now - drawn < 100) return
    drawn = now
    clear()
    tty.write(progressLine(done, total, (now - started) / 1000).slice(0, Math.max(20, (tty.columns || 80) - 1)))
  }
  return {
    start(count) {
      total = count
      started = performance.now()
      draw(true)
    },
    tick() {
      done++
      draw(done === total)
    },
    log(line) {
      clear()
      tty.write(printable(line) + '\n')
      draw(true)
    },
    done() {
      clear()
    }
  }
}
