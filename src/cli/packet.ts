/**
 * `verbatim packet <inputs...> -o <file.pdf|file.docx>`: one print-ready
 * briefing packet from several transcripts. A thin layer over `makePacket`.
 *
 * Exit codes: 0 the packet holds every input; 1 some input could not be
 * read — it is named, and the packet is still written from the others (none
 * written when no input could be read); 2 the command was wrong (no or a
 * bad `-o`, an unknown template).
 */
import type {Command} from 'commander'
import {TemplateError} from '../template/load.js'
import {examples} from './help.js'
import {formatError} from '../convert/report.js'
import {searchedExtensions} from '../convert/inputs.js'

export function addPacketCommand(cli: Command): void {
  cli
    .command('packet')
    .description('one print-ready briefing packet (PDF or DOCX) from several transcripts')
    .argument('<inputs...>', `files, or folders searched for ${searchedExtensions}`)
    .addHelpText('after', examples(['verbatim packet week/ -o packet.pdf --title "Week of talks"', 'verbatim packet week/ -o packet.docx']))
    .requiredOption('-o, --out <file>', 'the packet to write: a .pdf or .docx file')
    .option('--title <text>', 'title on the cover and in the running header', 'Briefing packet')
    .option('--template <name|file>', 'presentation template', 'briefing')
    .option('--keep-order', 'chapters in the order given (default: by date, oldest first)')
    .option('--registry <file>', 'people registry (YAML or JSON); default: people.yaml beside each input')
    .action(async (inputs: string[], options) => {
      // Loaded here, not at start-up: the packet library brings pdfkit and docx with it.
      const {EmptyPacketError, makePacket, PacketUsageError} = await import('../packet/index.js')
      try {
        const report = await makePacket(inputs, {
          output: options.out,
          title: options.title,
          template: options.template,
          keepOrder: Boolean(options.keepOrder),
          registry: options.registry
        })
        for (const failure of report.failures) console.error(formatError(failure.input, `${failure.error} (left out of the packet)`, failure.errorAt))
        const pages = report.pages ? `, ${report.pages} pages` : ''
        const count = report.chapters.length === 1 ? '1 transcript' : `${report.chapters.length} transcripts`
        console.error(`packet of ${count}${pages} → ${report.output}`)
        if (report.failures.length > 0) {
          console.error(`${report.failures.length} input(s) could not be read and are not in the packet`)
          process.exitCode = 1
        }
      } catch (error) {
        if (error instanceof PacketUsageError || error instanceof TemplateError) {
          console.error(`verbatim: ${error.message}`)
          process.exitCode = 2
        } else if (error instanceof EmptyPacketError) {
          for (const failure of error.failures) console.error(formatError(failure.input, failure.error, failure.errorAt))
          console.error(`verbatim: ${error.message}`)
          process.exitCode = 1
        } else {
          throw error
        }
      }
    })
}
