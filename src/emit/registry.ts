/**
 * The emitter registry: the built-in formats, and those users load.
 */
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Transcript} from '../model.js'
import type {EmitContext, Emitter} from './emitter.js'
import {jsonEmitter} from './json.js'

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

/**
 * A library caller's context with what it left out filled in, as the
 * command line would: the `briefing` template, the conversion time
 * (`SOURCE_DATE_EPOCH`, else none), this version. A caller that gives
 * `timestamp: undefined` asks for no date of making, whatever the environment.
 * A built-in emitter never fails inside pdfkit or docx for a
 * missing field.
 */
async function completeContext(tree: Transcript, context: Partial<EmitContext> | undefined): Promise<EmitContext> {
  const given = context ?? {}
  if (given.template && 'timestamp' in given && validDate(given.timestamp) === given.timestamp && typeof given.version === 'string') return given as EmitContext
  const [{loadTemplate}, {conversionTime}, {version}] = await Promise.all([import('../template/load.js'), import('./conventions.js'), import('../version.js')])
  return {
    ...given,
    template: given.template ?? loadTemplate('briefing'),
    timestamp: 'timestamp' in given ? validDate(given.timestamp) : conversionTime(),
    version: typeof given.version === 'string' ? given.version : version
  }
}

function validDate(date: unknown): Date | undefined {
  return date instanceof Date && !Number.isNaN(date.getTime()) ? date : undefined
}

/**
 * A built-in emitter whose module loads when it first renders: a run (or a
 * worker) that writes only TEI never loads pdfkit, docx and their fonts.
 * The loaded emitter’s own name, extension and description must match.
 */
function lazyEmitter(meta: Omit<Emitter, 'render'>, load: () => Promise<Emitter>): Emitter {
  let loading: Promise<Emitter> | undefined
  return {
    ...meta,
    async render(tree, context) {
      loading ??= load()
      return (await loading).render(tree, await completeContext(tree, context))
    }
  }
}

registerEmitter(lazyEmitter({name: 'md', extension: 'md', description: 'Markdown with YAML front matter (CommonMark; read back by Verbatim)'}, async () => (await import('./markdown/index.js')).markdownEmitter))
registerEmitter(jsonEmitter)
registerEmitter(lazyEmitter({name: 'docx', extension: 'docx', description: 'Word document with named styles, page furniture and embedded fonts'}, async () => (await import('./docx/index.js')).docxEmitter))
registerEmitter(lazyEmitter({name: 'pdf', extension: 'pdf', description: 'typeset PDF (tagged, bookmarked, fonts embedded), laid out by the presentation template'}, async () => (await import('./pdf/index.js')).pdfEmitter))
registerEmitter(lazyEmitter({name: 'tei', extension: 'tei.xml', description: 'TEI P5 XML (transcription of speech, in the manner of ParlaMint)'}, async () => (await import('./tei/index.js')).teiEmitter))
