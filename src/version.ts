/**
 * Verbatim’s version, from its package.json: recorded in TEI revision
 * descriptions, DOCX and PDF producers, and the batch manifest.
 */
import {createRequire} from 'node:module'

const require = createRequire(import.meta.url)

export const version: string = (require('../package.json') as {version: string}).version
