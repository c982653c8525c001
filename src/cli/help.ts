/** An `Examples:` section for a command's `--help`: every help page shows how it is called. */
export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((line) => `  ${line}`).join('\n')}`
}
