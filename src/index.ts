/**
 * Verbatim as a library: parse transcripts into the transcript tree, refine
 * it with transforms, render it with emitters.
 *
 *     import {parse, getEmitter} from 'verbatim'
 *     const tree = parse(text)
 *     const markdown = await getEmitter('md')!.render(tree, context)
 */
export * from './model.js'
export {parse, type ParseOptions} from './parse/index.js'
export {matchLabel, parseLabel} from './parse/label.js'
export {classifyIncident} from './parse/incidents.js'
export {markInterpretation} from './transform/interpretation.js'
export {resolveSpeakers} from './transform/speakers.js'
export {recordQuestioners} from './transform/questioners.js'
export {noteOmissions} from './transform/omissions.js'
export {numberParagraphs} from './transform/number.js'
export {refine, type RefineOptions} from './transform/refine.js'
export {carriedText, keepCarriedCharacters} from './transform/characters.js'
export {Directory, loadRegistry, type Person} from './people/registry.js'
export {fromMarkdown} from './read/markdown/index.js'
export {fromTei} from './read/tei/index.js'
export {fromCaptions, CaptionError, isSrt, isWebVtt, type CaptionKind} from './read/captions/index.js'
export {fromHtml, isHtml} from './read/html/index.js'
export {fromDocx} from './read/docx/index.js'
export {UnreadableInput} from './read/unreadable.js'
export type {Emitter, EmitContext, Rendered} from './emit/emitter.js'
export {registerEmitter, getEmitter, listEmitters, loadPlugin} from './emit/registry.js'
export {conversionTime} from './emit/conventions.js'
export {loadTemplate, builtinTemplates, TemplateError} from './template/load.js'
export type {Template} from './template/schema.js'
export {convertFile} from './convert/file.js'
export {convert, shardOf, summarize, hasWarnings, type ConvertOptions, type FileReport, type RunReport, type RunSummary, type Vanished, type Warning} from './convert/index.js'
export {junitReport, JunitWriter, type JunitOptions} from './batch/junit.js'
export {JsonReportWriter} from './batch/report.js'
export {manifestName, loadManifest, type Manifest, type ManifestEntry} from './batch/manifest.js'
export {readTranscript} from './convert/read.js'
export {version} from './version.js'
export {makePacket, packetFormat, PacketUsageError, EmptyPacketError, type PacketOptions, type PacketReport} from './packet/index.js'
