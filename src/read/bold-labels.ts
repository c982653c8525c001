/**
 * Label forms that bold print shows. A page or a Word file that sets its
 * labels in bold (`<strong>MR. PRICE:</strong> …`, a bold run `Rishabh:`)
 * says what a plain copy cannot: that a mixed-case name before a colon,
 * printed once, is a speaker. Bold is also how readouts set their run-in
 * topics (`<b>On Iran:</b> The Secretary said…`), so bold alone is not
 * enough: a bold form counts where it opens two lines or more, or where the
 * document shows the habit, two bold forms or more each opening two lines.
 */

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
  const counts = new Map<string, number>()
  for (const line of lines) {
    const form = boldForm(line)
    if (form) counts.set(form, (counts.get(form) ?? 0) + 1)
  }
  const recurring = [...counts].filter(([, n]) => n >= recurrence).map(([form]) => form)
  return recurring.length >= recurrence ? [...counts.keys()] : recurring
}

/** `MR. PRICE` from `**MR. PRICE:** Thank you` or `**MR. PRICE**: Thank you`; nothing from a bold sentence or a bold line. */
function boldForm({text, bold}: BoldLead): string | undefined {
  if (!bold || !text.startsWith(bold)) return undefined
  let form: string
  if (/[:：]$/.test(bold)) form = bold.slice(0, -1).trim()
  else if (/^\s?[:：]/.test(text.slice(bold.length))) form = bold.trim()
  else return undefined
  // Speech must follow on the line: a bold line that ends with a colon introduces a list.
  const rest = text.slice(bold.length).replace(/^\s?[:：]/, '').trim()
  if (rest === '' || form === '' || form.length > maxLength || /[.?!;]\s|[:：]/.test(form)) return undefined
  return form
}
