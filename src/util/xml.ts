/**
 * Characters XML 1.0 allows in no form, not even as references. (Escaping,
 * for the TEI and the JUnit report, is in `./xml-writer.ts`.)
 */

/** Characters XML 1.0 allows in no form, not even as references. */
export const forbiddenCharacters =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Replace characters XML 1.0 forbids with U+FFFD (the replacement character). */
export function xmlSafe(value: string): string {
  return value.replace(forbiddenCharacters, '\uFFFD')
}
