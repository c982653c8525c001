/**
 * `target.push(...items)` for lists of any length: a spread passes every
 * item as an argument, and past about a hundred thousand (a folder of
 * 150,000 files, a turn of 200,000 paragraphs) the call stack overflows.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item)
}
