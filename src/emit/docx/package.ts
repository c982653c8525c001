/**
 * A DOCX package as `docx`'s `Packer` wrote it: its parts by path, in the
 * order written, each still deflated, so a part Verbatim leaves alone is
 * never inflated or deflated again. Text parts are read and replaced as
 * UTF-8, which is how the library writes XML.
 */
import {inflated, readZip, deflated, type Deflated} from './zip.js'

export type Package = Map<string, Deflated>

export function readPackage(archive: Uint8Array): Package {
  return new Map(readZip(archive).map((entry) => [entry.name, entry.content]))
}

/** The text of part `name`, or undefined when the package has none. */
export function partText(parts: Package, name: string): string | undefined {
  const content = parts.get(name)
  return content && inflated(content).toString('utf8')
}

/** Replace part `name` (in its place, if the package has one) with `xml`. */
export function setPartText(parts: Package, name: string, xml: string): void {
  parts.set(name, deflated(xml))
}
