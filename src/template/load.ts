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
 * Errors name the file and each invalid key.
 */
export function loadTemplate(nameOrPath = 'briefing'): Template {
  const isPath = /[\\/]|\.json$/i.test(nameOrPath)
  const file = isPath ? path.resolve(nameOrPath) : path.join(templatesFolder, nameOrPath + '.json')
  const cached = cache.get(file)
  if (cached) return cached

  let text: string
  try {
    text = fs.readFileSync(file, 'utf8')
  } catch {
    throw new TemplateError(
      isPath
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
