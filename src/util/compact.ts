/**
 * Drop keys whose value is undefined (and objects left empty), so that trees
 * built by different paths compare and serialise alike.
 */
export function compact<T extends object>(value: T): T {
  const result = {} as Record<string, unknown>
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const inner = compact(item as object)
      if (Object.keys(inner).length > 0) result[key] = inner
    } else result[key] = item
  }
  return result as T
}
