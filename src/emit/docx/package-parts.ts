/**
 * A `Document`'s parts by path, as the `docx` library writes them, before
 * any zipping: XML as strings, fonts and media as bytes, in the library's order.
 *
 * `Packer` zips the parts in JavaScript, which we would only unzip again;
 * its compiler gives the parts themselves. The compiler is not public API,
 * so if a later `docx` lacks it, the parts are read back from the packed
 * file instead: slower, the same parts.
 */
import {Packer, type Document} from 'docx'
import JSZip from 'jszip'

export type LibraryParts = Map<string, string | Uint8Array>

interface Compiler {
  compile(document: Document): Map<string, string | Uint8Array>
}

function libraryCompiler(): Compiler | undefined {
  const compiler: unknown = (Packer as unknown as {compiler?: unknown}).compiler
  const compile = (compiler as Partial<Compiler> | undefined)?.compile
  return typeof compile === 'function' ? (compiler as Compiler) : undefined
}

/** XML parts as text, whichever way they came. */
function isText(name: string): boolean {
  return /\.(xml|rels)$/.test(name)
}

function withXmlAsText(parts: Iterable<[string, string | Uint8Array]>): LibraryParts {
  const decoder = new TextDecoder()
  return new Map(
    [...parts].map(([name, content]) => [name, isText(name) && typeof content !== 'string' ? decoder.decode(content) : content])
  )
}

/** The parts from the library's compiler, or undefined if this `docx` has none. */
export function compiledParts(document: Document): LibraryParts | undefined {
  const compiler = libraryCompiler()
  return compiler && withXmlAsText(compiler.compile(document))
}

/** The parts read back from the file `Packer` zips. */
export async function packedParts(document: Document): Promise<LibraryParts> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  const files = Object.values(zip.files).filter((entry) => !entry.dir)
  return withXmlAsText(await Promise.all(files.map(async (entry) => [entry.name, await entry.async('uint8array')] as [string, Uint8Array])))
}

export async function packageParts(document: Document): Promise<LibraryParts> {
  return compiledParts(document) ?? packedParts(document)
}
