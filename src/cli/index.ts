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

main().then((code) => {
  process.exitCode = code
})
