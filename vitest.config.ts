import {defineConfig} from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // LibreOffice and jing are heavy; two cores, so keep files from piling up.
    maxWorkers: 2
  }
})
