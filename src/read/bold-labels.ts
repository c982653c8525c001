/**
 * Label forms that bold print shows. A page or a Word file that sets its
 * labels in bold (`<strong>MR. PRICE:</strong> …`, a bold run `Rishabh:`)
 * says what a plain copy cannot: that a mixed-case name before a colon,
 * printed once, is a speaker. Bold is also how readouts set their run-in
 * topics (`<b>On Iran:</b> The Secretary said…`), so bold alone is not
 * enough: a bold form counts where it opens two lines or more, or where the
 * document shows the habit: a bold form that opens two lines or more and is
 * a label by the text rules alone (`SECRETARY KERRY`, `QUESTION`).
 */
import {isLabel} from '../parse/label.js'

/** A line and the bold text it opens with. */
export interface BoldLead {
  text: string
  bold?: string
}

/** How often a bold form must open a line to count, and how many such forms show the habit. */
const recurrence = 2

/** The longest a bold label may be. */
const maxLength = 60

/** The label forms, as printed without their colon, that bold print shows in `lines`. */
export function boldLabelForms(lines: Iterable<BoldLead>): string[] {
  const counts = new Map<string, {count: number; rest: string}>()
  for (const line of lines) {
    const found = boldForm(line)
    if (!found) continue
    const known = counts.get(found.form)
    if (known) known.count++
    else counts.set(found.form, {count: 1, rest: found.rest})
  }
  const recurring = [...counts].filter(([, {count}]) => count >= recurrence)
  const habit = recurring.some(([form, {rest}]) => isLabel(form, rest))
  return habit ? [...counts.keys()] : recurring.map(([form]) => form)
}

/** `MR. PRICE` from `**MR. PRICE:** Thank you` or `**MR. PRICE**: Thank you`; nothing from a bold sentence or a bold line. */
function boldForm({text, bold}: BoldLead): {form: string; rest: string} | undefined {
  if (!bold || !text.startsWith(bold)) return undefined
  let form: string
  if (/[:：]$/.test(bold)) form = bold.slice(0, -1).trim()
  else if (/^\s?[:：]/.test(text.slice(bold.length))) form = bold.trim()
  else return undefined
  // Speech must follow on the line: a bold line that ends with a colon introduces a list.
  const rest = text.slice(bold.length).replace(/^\s?[:：]/, '').trim()
  if (rest === '' || form === '' || form.length > maxLength || /[.?!;]\s|[:：]/.test(form)) return undefined
  return {form, rest}
}
