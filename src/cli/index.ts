#!/usr/bin/env node
/** The `verbatim` executable. */
import {printable} from '../util/printable.js'
import {main} from './program.js'

// Every message the command prints names files, and a file name may hold terminal escapes:
// what goes through the console is made printable here, once, for every command.
for (const stream of ['log', 'error'] as const) {
  const print = console[stream].bind(console)
  console[stream] = (...parts: unknown[]) => print(...parts.map((part) => (typeof part === 'string' ? printable(part) : part)))
}

// A reader that stops reading (`verbatim --help | head`, `convert corpus 2>&1 | head`) closes the
// pipe. What is left to print is dropped, not thrown as a stack trace, and the command goes on to
// its end and its own exit code: a run is not cut short, nor called a success, by its reader.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error
  })
}

main().then((code) => {
  process.exitCode = code
})
