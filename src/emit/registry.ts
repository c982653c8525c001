/**
 * The emitter registry: the built-in formats, and those users load.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Emitter} from './emitter.js'
import {docxEmitter} from './docx/index.js'
import {jsonEmitter} from './json.js'
import {markdownEmitter} from './markdown/index.js'
import {pdfEmitter} from './pdf/index.js'
import {teiEmitter} from './tei/index.js'

const emitters = new Map<string, Emitter>()

/** Add an emitter (a later one with the same name replaces the earlier). */
export function registerEmitter(emitter: Emitter): void {
  for (const key of ['name', 'extension', 'description'] as const) {
    if (typeof emitter[key] !== 'string' || emitter[key] === '') {
      throw new TypeError(`an emitter needs a non-empty string \`${key}\``)
    }
  }
  if (typeof emitter.render !== 'function') {
    throw new TypeError(`emitter “${emitter.name}” has no render function`)
  }
  emitters.set(emitter.name, emitter)
}

export function getEmitter(name: string): Emitter | undefined {
  return emitters.get(name)
}

export function listEmitters(): Emitter[] {
  return [...emitters.values()]
}

/**
 * Load a plugin module: its default export (or named export `emitter`, or
 * `emitters`) is an emitter or a list of emitters.
 */
export async function loadPlugin(specifier: string): Promise<Emitter[]> {
  const url =
    specifier.startsWith('.') || path.isAbsolute(specifier)
      ? pathToFileURL(path.resolve(specifier)).href
      : specifier
  const module = (await import(url)) as Record<string, unknown>
  const exported = module.default ?? module.emitter ?? module.emitters
  const list = (Array.isArray(exported) ? exported : [exported]) as Emitter[]
  if (list.length === 0 || list.some((item) => !item || typeof item !== 'object')) {
    throw new TypeError(`${specifier}: a plugin exports an emitter (or a list of them) as default`)
  }
  for (const emitter of list) registerEmitter(emitter)
  return list
}

registerEmitter(markdownEmitter)
registerEmitter(jsonEmitter)
registerEmitter(docxEmitter)
registerEmitter(pdfEmitter)
registerEmitter(teiEmitter)
