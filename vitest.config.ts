import { defineConfig } from 'vitest/config'

// Two projects: everything on SQLite, and the API suite again on PostgreSQL
// (TEST_DATABASE_URL). Without that URL the PostgreSQL project runs only
// tests/postgres/engine.test.ts, which reports the suite as skipped.
const onPostgres = Boolean(process.env.TEST_DATABASE_URL)

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'kiosk/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['tests/postgres/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: onPostgres ? ['tests/api/**/*.test.ts', 'tests/postgres/**/*.test.ts'] : ['tests/postgres/engine.test.ts'],
          // These two start the command-line tools and the bundle build, not the API on a database.
          exclude: ['tests/api/import-stores-cli.test.ts', 'tests/api/bundle-size.test.ts'],
          env: { SV_TEST_ENGINE: 'postgres' },
        },
      },
    ],
  },
})
