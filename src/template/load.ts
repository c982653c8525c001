/**
 * Load a presentation template by name (from `templates/`) or from a path.
 */
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {templateSchema, type Template} from './schema.js'

/** `templates/` of the installed package. */
export const templatesFolder = fileURLToPath(new URL('../../templates/', import.meta.url))

const cache = new Map<string, Template>()

/** Thrown for a template that is missing, not JSON, or not valid. */
export class TemplateError extends Error {
  override name = 'TemplateError'
}

/** Names of the templates that ship with Verbatim. */
export function builtinTemplates(): string[] {
  return fs
    .readdirSync(templatesFolder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.slice(0, -'.json'.length))
    .sort()
}

/**
 * `nameOrPath` is a built-in name (`briefing`) or a path to a JSON file.
 * A template may start from another (`"extends": "briefing"`, or a path
 * beside it) and give only what it changes: objects are merged key by key,
 * anything else replaced. Errors name the file and each invalid key.
 */
export function loadTemplate(nameOrPath = 'briefing'): Template {
  const file = templateFile(nameOrPath)
  const cached = cache.get(file)
  if (cached) return cached

  const data = readTemplateData(nameOrPath, [])
  const result = templateSchema.safeParse(data)
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const message = / received undefined$/.test(issue.message) ? 'missing' : issue.message
      return `  ${issue.path.join('.') || '(top level)'}: ${message}`
    })
    throw new TemplateError(`${file}: invalid template:\n${problems.join('\n')}`)
  }

  cache.set(file, result.data)
  return result.data
}

/** Whether `nameOrPath` is a file's path rather than a built-in template's name. */
function isTemplatePath(nameOrPath: string): boolean {
  return /[\\/]|\.json$/i.test(nameOrPath)
}

/** The file a template name or path means. */
function templateFile(nameOrPath: string, from = process.cwd()): string {
  return isTemplatePath(nameOrPath) ? path.resolve(from, nameOrPath) : path.join(templatesFolder, nameOrPath + '.json')
}

/** Templates one may extend in a chain: far more than any real one needs, and a cycle is named. */
const maxExtends = 8

/** A template's JSON with what it extends merged under it, not yet checked. */
function readTemplateData(nameOrPath: string, chain: string[], from?: string): Record<string, unknown> {
  const file = templateFile(nameOrPath, from)
  if (chain.includes(file)) throw new TemplateError(`${file}: extends itself (${[...chain, file].map((item) => path.basename(item)).join(' → ')})`)
  if (chain.length >= maxExtends) throw new TemplateError(`${file}: extends more than ${maxExtends} templates in a chain`)
  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new TemplateError(
      isTemplatePath(nameOrPath)
        ? `${nameOrPath}: cannot read template file`
        : `unknown template “${nameOrPath}”; built-in templates: ${builtinTemplates().join(', ')}`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new TemplateError(`${file}: not valid JSON: ${(error as Error).message}`)
  }
  if (!isObject(data)) return data as Record<string, unknown>
  const {extends: base, ...own} = data
  if (base === undefined) return own
  if (typeof base !== 'string' || base === '') throw new TemplateError(`${file}: extends: expected the name or path of a template`)
  return merged(readTemplateData(base, [...chain, file], path.dirname(file)), own)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `over` merged onto `under`: objects key by key, anything else replaced. */
function merged(under: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {...under}
  for (const [key, value] of Object.entries(over)) result[key] = isObject(value) && isObject(result[key]) ? merged(result[key] as Record<string, unknown>, value) : value
  return result
}
