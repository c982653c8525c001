/**
 * `verbatim verify <inputs...>`: convert, read every output back, and
 * report any spoken sentence an output lost or changed (exit 1 if one did).
 */
import fs from 'node:fs'
import type {Command} from 'commander'
import {explainError} from '../convert/file-errors.js'
import {collectInputs, outputPath, ReadError, searchedExtensions} from '../convert/inputs.js'
import {formatError, formatWarning, isWarning, toWarning} from '../convert/report.js'
import {writeAtomic} from '../convert/write.js'
import type {Emitter} from '../emit/emitter.js'
import {loadTemplate} from '../template/load.js'
import type {Template} from '../template/schema.js'
import type {FormatResult} from '../verify/index.js'
import {resolveFormats} from './formats.js'
import {examples} from './help.js'
import type {VFileMessage} from 'vfile-message'
import type {LostWord, SpeechSetAside} from '../verify/source.js'


interface VerifyCommandOptions {
  to: string
  template: string
  registry?: string
  out?: string
}

export function defineVerify(cli: Command): void {
  cli
    .command('verify')
    .description('convert, read every output back and report any spoken sentence an output lost or changed')
    .argument('<inputs...>', `files, folders (searched for ${searchedExtensions}), or - for stdin`)
    .addHelpText('after', examples(['verbatim verify corpus                 every file, every format', 'verbatim verify talk.txt -t md,tei     two formats']))
    .option('-t, --to <formats>', 'comma list of formats to check; "all" = md,docx,pdf,tei', 'all')
    .option('--template <name|file>', 'presentation template for DOCX and PDF', 'briefing')
    .option('--registry <file>', 'people registry (YAML or JSON); default: people.yaml beside the input')
    .option('-o, --out <dir>', 'also keep the outputs in this folder')
    .action(async (inputs: string[], options: VerifyCommandOptions, command: Command) => {
      const usage = (message: string): never => command.error(`verbatim: error: ${message}`, {exitCode: 2, code: 'verbatim.usage'})
      const emitters = resolveFormats(options.to)
      let template: Template
      try {
        template = loadTemplate(options.template)
      } catch (error) {
        return usage((error as Error).message)
      }
      const {files, errors} = collectInputs(inputs)
      for (const error of errors) console.error(`${error.input}: error: ${error.reason}`)
      if (files.length === 0 && errors.length === 0) return usage('no inputs to verify')
      let failed = errors.length
      for (const input of files) {
        if (!(await verifyInput(input, emitters, template, options))) failed++
      }
      if (failed > 0) process.exitCode = 1
    })
}


/** Verify one input; prints what it finds and says whether every output kept every sentence. */
async function verifyInput(input: string, emitters: Emitter[], template: Template, options: VerifyCommandOptions): Promise<boolean> {
  const name = input === '-' ? 'stdin' : input
  let results: FormatResult[]
  let lostWords: LostWord[] = []
  let setAsideSpeech: SpeechSetAside[] = []
  let proseSetAside: VFileMessage[] = []
  try {
    // Loaded here, not at start-up: the parser and the readers of every format.
    const [{readTranscript}, {verifyTree}] = await Promise.all([import('../convert/read.js'), import('../verify/index.js')])
    const {file, tree, kind, bytes} = readTranscript(input, {registry: options.registry})
    for (const warning of file.messages.filter((message) => message.ruleId !== 'end-sets-aside').map(toWarning).filter(isWarning)) console.error(formatWarning(name, warning))
    // The reader against the file itself: a word it dropped cannot pass because every output agrees with the tree.
    const {lostSourceWords, speechSetAside} = await import('../verify/source.js')
    // A Word file's words are in its archive; every other source's in the text it was decoded to.
    lostWords = lostSourceWords(kind === 'docx' ? bytes : String(file.value), tree, kind)
    setAsideSpeech = speechSetAside(tree)
    // Prose set aside after an end marker is a warning when converting; verify cannot tell it from lost speech.
    proseSetAside = file.messages.filter((message) => message.ruleId === 'end-sets-aside')
    results = await verifyTree(tree, {emitters, template, file})
    if (options.out) {
      fs.mkdirSync(options.out, {recursive: true})
      for (const [index, result] of results.entries()) {
        if (result.bytes) await writeAtomic(outputPath(input, options.out, emitters[index].extension), result.bytes)
      }
    }
  } catch (error) {
    console.error(error instanceof ReadError ? formatError(name, error.message, error.at) : formatError(name, explainError(error)))
    return false
  }

  let ok = lostWords.length === 0 && setAsideSpeech.length === 0 && proseSetAside.length === 0
  for (const message of proseSetAside) {
    console.error(`${name}:${message.line ?? 1}:${message.column ?? 1}: error: ${message.reason}, and it reads as prose, not a page footer: check that no speech is among it [end-sets-aside]`)
  }
  for (const speech of setAsideSpeech) {
    console.error(`${name}:${speech.position.line}:${speech.position.column}: error: speech by “${speech.label}” was set aside as ${speech.reason}: a label opens speech, which must stay in the transcript [speech-set-aside]`)
  }
  for (const lost of lostWords) {
    const times = lost.missing > 1 ? ` (${lost.missing} times)` : ''
    console.error(`${name}:${lost.position.line}:${lost.position.column}: error: the reader dropped “${lost.word}”${times}: it is neither in the transcript tree nor set aside [lost-source-word]`)
  }
  for (const result of results) {
    if (result.error) {
      ok = false
      console.error(`${name}: error: ${result.format}: cannot render or read back: ${result.error}`)
    } else if (result.skipped) {
      console.error(`${name}: warning: ${result.format} not checked: ${result.skipped}`)
    }
    for (const lost of result.lost) {
      ok = false
      const where = lost.position ? `${name}:${lost.position.start.line}:${lost.position.start.column}` : name
      const instead = lost.found ? `; it has “${clip(lost.found)}”` : ''
      console.error(`${where}: error: the ${result.format} output lost or changed “${clip(lost.text)}” (¶${lost.paragraph})${instead} [lost-sentence]`)
    }
  }
  const summary = results.map((result) =>
    result.error ? `${result.format} failed` : result.skipped ? `${result.format} skipped` : `${result.format} ${result.checked - result.lost.length}/${result.checked}`
  )
  const source = lostWords.length > 0 ? `; ${lostWords.reduce((sum, lost) => sum + lost.missing, 0)} words of the source dropped by the reader` : ''
  console.log(`${name}: ${ok ? 'ok' : 'LOST'} (sentences kept: ${summary.join(', ')}${source})`)
  return ok
}

function clip(text: string): string {
  return text.length > 120 ? text.slice(0, 117) + '…' : text
}
