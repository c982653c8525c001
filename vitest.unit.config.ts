/**
 * The fast tier (`npm run test:unit`): no build, no external tool, no
 * command line spawned; the library's own modules, tree in and text out.
 * The full suite (`npm test`) is the default config beside this one.
 */
import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/parse.test.ts',
      'test/reader-rules.test.ts',
      'test/registry.test.ts',
      'test/template.test.ts',
      'test/markdown.test.ts',
      'test/tei.test.ts',
      'test/tei-roundtrip.test.ts',
      'test/accuracy.test.ts',
      'test/captions.test.ts',
      'test/xml-serialisation.test.ts'
    ],
    testTimeout: 30_000
  }
})
