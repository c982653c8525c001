/**
 * Text safe to print to a terminal. Messages name files, and a file name may
 * hold escape sequences that would drive the user's terminal (colours, a
 * cleared screen, a changed title): they are shown, never sent.
 */

/** Control characters, line breaks and tabs aside. */
const controls = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g

/** `text` with each control character shown as `\x1b`. */
export function printable(text: string): string {
  return text.replace(controls, (char) => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`)
}
