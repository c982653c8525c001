/**
 * The `verbatim` command: a thin layer over the library (`src/index.ts`).
 * Exit codes: 0 all converted; 1 some inputs failed (or warned, with
 * `--strict`); 2 the command itself was wrong.
 */
import os from 'node:os'
import {Command, CommanderError, Option} from 'commander'
import {actionOf, describeFileError, isFileError, pathOf} from '../convert/file-errors.js'
import {ReadError, searchedExtensions} from '../convert/inputs.js'
import {formatError, formatWarning, toWarning} from '../convert/report.js'
import {loadPlugin} from '../emit/registry.js'
import {TemplateError} from '../template/load.js'
import {version} from '../version.js'
import {runConvert} from './convert.js'
import {describeTranscript} from './inspect.js'
import {addPacketCommand} from './packet.js'
import {defineVerify} from './verify.js'
import {describeError} from './messages.js'
import {resolveFormats} from './formats.js'
import {examples} from './help.js'
import {UsageError} from './usage-error.js'



function parseShard(value: string): [number, number] {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const [k, n] = match ? [Number(match[1]), Number(match[2])] : [0, 0]
  if (!match || n < 1 || k < 1 || k > n) throw new UsageError(`--shard takes k/n with 1 ≤ k ≤ n, not “${value}”`)
  return [k, n]
}

function parsePositive(option: string, value: string): number {
  const number = Number(value)
  if (!Number.isFinite(number) || number <= 0) throw new UsageError(`${option} takes a positive number, not “${value}”`)
  return number
}

export function program(): Command {
  const cli = new Command('verbatim')
    .description('Diplomatic press transcripts to Markdown, DOCX, PDF and TEI-XML')
    .version(version)
    // Before the subcommands are added, so that they inherit it: usage errors become exit 2.
    .exitOverride()
    .option('--debug', 'show stack traces of unexpected errors')
    .option('--plugin <module>', 'load emitters from a module (default export: an emitter or a list); repeatable', (value: string, previous: string[]) => [...previous, value], [] as string[])
    .hook('preAction', async (command) => {
      for (const plugin of (command.opts().plugin as string[] | undefined) ?? []) {
        try {
          await loadPlugin(plugin)
        } catch (error) {
          throw new UsageError(`cannot load plugin ${plugin}: ${(error as Error).message}`)
        }
      }
    })

  cli
    .command('convert')
    .description('convert transcripts (files, folders searched for transcripts, or - for stdin)')
    .argument('<inputs...>', `transcript files, folders (searched for ${searchedExtensions}), or - for standard input`)
    .addHelpText('after', examples([
      'verbatim convert corpus -t all -o out              every transcript of corpus/ in every format',
      'verbatim convert talk.txt -t md -o -               one transcript as Markdown, to standard output',
      'verbatim convert archive -o out -j 4 --report out/report.json --strict',
      '                                                   an archive in CI: incremental, parallel, reported'
    ]))
    .option('-t, --to <formats>', 'comma list of md, docx, pdf, tei, json; "all" = md,docx,pdf,tei', 'all')
    .option('-o, --out <dir>', 'output folder; - writes one input in one format to standard output', 'out')
    .option('--template <name|file>', 'presentation template for DOCX and PDF', 'briefing')
    .option('--registry <file>', 'people registry (YAML or JSON); default: people.yaml beside the input')
    .addOption(new Option('-j, --jobs <n>', 'parallel workers').default(String(os.availableParallelism())))
    .option('--shard <k/n>', 'convert only the k-th of n deterministic slices of the inputs')
    .option('--strict', 'warnings count as failures')
    .option('--report <file>', 'write a JSON report of the run')
    .option('--junit <file>', 'write a JUnit XML report of the run (one test case per input)')
    .option('--force', 'convert every input, even those unchanged since the last run')
    .option('--prune', 'remove outputs whose input no longer exists')
    .option('--timeout <seconds>', 'stop a file that takes longer than this on a worker and report it as failed')
    .option('--verbose', 'also print what the parser repaired or inferred')
    .option('--max-input <MB>', 'the largest input file read, in megabytes (default 256)')
    .action(async (inputs: string[], options, command: Command) => {
      const emitters = resolveFormats(options.to)
      if (options.out === '-') {
        // As pandoc does: one input, one format, the bytes on standard output and nothing on disk.
        if (inputs.length !== 1 || emitters.length !== 1) throw new UsageError('-o - writes one input in one format to standard output; name one input and one format (-t)')
        const {convertToStdout} = await import('./stdout.js')
        process.exitCode = await convertToStdout(inputs[0], emitters[0], {template: options.template, registry: options.registry, strict: options.strict})
        return
      }
      const shard = options.shard ? parseShard(options.shard) : undefined
      const jobs = parsePositive('--jobs', options.jobs)
      const timeout = options.timeout === undefined ? undefined : parsePositive('--timeout', options.timeout)
      const plugins = (command.parent?.opts().plugin as string[] | undefined) ?? []
      const maxInputBytes = options.maxInput === undefined ? undefined : Math.round(parsePositive('--max-input', options.maxInput) * 2 ** 20)
      const library = {emitters, outDir: options.out, template: options.template, registry: options.registry, shard, jobs, plugins, timeout, force: options.force, prune: options.prune, maxInputBytes}
      const {run, exitCode, selected} = await runConvert(inputs, library, options)
      // A missing input failed (exit 1, as the summary says). An empty folder (or one with no transcript in it)
      // is a mistake a script should see, not a success; one shard of an archive may hold no input, and that is no mistake.
      if (selected === 0 && run.missing.length === 0 && !shard) throw new UsageError(`no transcripts found in ${inputs.join(', ')} (a folder is searched for files ending in ${searchedExtensions})`)
      process.exitCode = exitCode
    })

  cli
    .command('inspect')
    .description('print what the parser understood: metadata, participants, turns, warnings')
    .argument('<input>', 'a transcript file, or - for standard input')
    .addHelpText('after', examples(['verbatim inspect talk.txt            what the reader understood', 'verbatim inspect talk.txt --json     the transcript tree itself']))
    .option('--json', 'print the transcript tree itself')
    .option('--registry <file>', 'people registry (YAML or JSON)')
    .action(async (input: string, options) => {
      const {readTranscript} = await import('../convert/read.js')
      const {file, tree} = readTranscript(input, {registry: options.registry})
      if (options.json) console.log(JSON.stringify(tree, null, 2))
      else console.log(describeTranscript(tree))
      for (const message of file.messages) {
        if (!options.json || message.fatal !== null) console.error(formatWarning(input, toWarning(message)))
      }
    })

  addPacketCommand(cli)
  defineVerify(cli)

  return cli
}

export async function main(argv = process.argv): Promise<number> {
  const cli = program()
  const debug = argv.includes('--debug')
  try {
    await cli.parseAsync(argv)
    return Number(process.exitCode ?? 0)
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; anything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2
    }
    if (error instanceof ReadError) {
      console.error(formatError(error.input, error.message, error.at))
      return 1
    }
    if (error instanceof UsageError) {
      console.error(`verbatim: error: ${error.message}`)
      return 2
    }
    if (error instanceof TemplateError) {
      // A template is an option: a broken one means the command was wrong.
      console.error(`verbatim: error: ${error.message}`)
      return 2
    }
    if (isFileError(error) && !debug) {
      console.error(`${pathOf(error)}: error: ${describeFileError(error, actionOf(error))}`)
      return 1
    }
    console.error(`verbatim: error: ${describeError(error, debug)}`)
    return 1
  }
}
