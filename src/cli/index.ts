#!/usr/bin/env node
/** The `verbatim` executable. */
import {main} from './program.js'

main().then((code) => {
  process.exitCode = code
})
