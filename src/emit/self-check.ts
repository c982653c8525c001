/**
 * Load-time self-checks of the library internals Verbatim relies on
 * (`pdf/pdfkit-internals.ts`, `fontkit-internals.ts`).
 *
 * Each module checks, on first use, that the members it touches exist and
 * behave as expected, on a tiny document or a real font. If not (a newer
 * pdfkit or fontkit than the pinned one), it takes a public path instead:
 * slower or plainer output, never a crash. `VERBATIM_PUBLIC_API_ONLY=1`
 * takes every public path without checking, so that they can be tested;
 * `VERBATIM_PUBLIC_API_ONLY=pdfkit` (or `fontkit`, or both with a comma)
 * takes one library's.
 */

export interface SelfCheck {
  /** Whether the internals can be used. */
  ok: boolean
  /** Why not, when not. */
  reason?: string
}

/** The environment variable that forces the public paths. */
export const publicApiOnlyVariable = 'VERBATIM_PUBLIC_API_ONLY'

/** Whether the environment asks for `library`'s public path. */
function publicApiOnly(library: string, env: NodeJS.ProcessEnv): boolean {
  const value = env[publicApiOnlyVariable]
  return value === '1' || (value ?? '').split(',').includes(library)
}

/** Throws `expected` unless `condition` holds: one expectation of a check. */
export function expect(condition: unknown, expected: string): asserts condition {
  if (!condition) throw new Error(expected)
}

/**
 * Run `check` (which throws on the first expectation that fails) and say
 * whether `library`'s internals can be used. A failure is reported once, as
 * a process warning: the output stays correct, but someone should know.
 */
export function runSelfCheck(library: string, check: () => void, env = process.env): SelfCheck {
  if (publicApiOnly(library, env)) return {ok: false, reason: `${publicApiOnlyVariable}=${env[publicApiOnlyVariable]}`}
  try {
    check()
    return {ok: true}
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    process.emitWarning(`${library} internals are not as expected (${reason}); using its public API instead`, {
      code: 'VERBATIM_LIBRARY_INTERNALS'
    })
    return {ok: false, reason}
  }
}
