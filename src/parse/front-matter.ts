/**
 * YAML front matter at the top of a plain-text or third-party Markdown copy
 * of a transcript (`---` / `title: …` / `date: …` / `---`), as static site
 * generators and web clippers write it: read into the metadata, the block set
 * aside, never taken for the title or for speech.
 */
import YAML from 'yaml'
import type {Meta, Removed} from '../model.js'
import {findDate} from './dates.js'
import {linesPosition, type SourceLine} from './lines.js'

export interface FrontMatter {
  meta: Omit<Meta, 'language'> & {language?: string}
  /** Index of the first line after the block (0 when there is none). */
  end: number
  removed: Removed[]
}

/** The most lines a front matter block may take: beyond, the `---` is a rule, not a fence. */
const maxLines = 100

export function readFrontMatter(lines: SourceLine[]): FrontMatter {
  const none: FrontMatter = {meta: {}, end: 0, removed: []}
  if (lines[0]?.text.trim() !== '---') return none
  const close = lines.slice(1, maxLines).findIndex((line) => /^(?:---|\.\.\.)\s*$/.test(line.text))
  if (close < 0) return none
  const end = close + 2
  let data: unknown
  try {
    data = YAML.parse(lines.slice(1, end - 1).map((line) => line.text).join('\n'))
  } catch {
    return none
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return none
  const fields = data as Record<string, unknown>
  const text = (...keys: string[]) => {
    for (const key of keys) {
      const value = fields[key]
      if (typeof value === 'string' && value.trim() !== '') return value.trim()
      if (value instanceof Date) return value.toISOString().slice(0, 10)
      if (typeof value === 'number') return String(value)
    }
    return undefined
  }
  const meta: FrontMatter['meta'] = {}
  const title = text('title', 'headline', 'name')
  if (title) meta.title = title
  const date = text('date', 'event_date', 'published', 'pubDate')
  const iso = date && (/^\d{4}-\d{2}-\d{2}/.exec(date)?.[0] ?? findDate(date)?.iso)
  if (iso) meta.date = iso
  const place = text('place', 'location', 'city', 'dateline')
  if (place) meta.place = {city: place}
  const url = text('url', 'link', 'source_url', 'canonical', 'permalink')
  const publisher = text('publisher', 'site', 'site_name', 'source')
  const byline = text('author', 'byline')
  const source = {...(url ? {url} : {}), ...(publisher && !/^https?:/.test(publisher) ? {publisher} : {}), ...(byline ? {byline} : {})}
  if (Object.keys(source).length > 0) meta.source = source
  const language = text('lang', 'language', 'locale')
  if (language) meta.language = language.replace('_', '-')
  return {
    meta,
    end,
    removed: [{reason: 'metadata', value: lines.slice(0, end).map((line) => line.text).join('\n'), position: linesPosition(lines[0], lines[end - 1])}]
  }
}
