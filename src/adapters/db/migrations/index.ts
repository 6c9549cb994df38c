// Migration runner on Prisma's wasm schema engine (no native binary, no network).
export { applyMigrations } from './apply-migrations.ts';
export {
  createMigration,
  migrationDirName,
  DEFAULT_SHADOW_SERVER_URL,
  type CreateMigrationOptions,
  type WrittenMigration,
} from './create-migration.ts';
export { MigrationError } from './run-engine.ts';
export { migrationNames } from './read-migrations.ts';
export { DEFAULT_PRISMA_DIR, type PrismaDirOption } from './paths.ts';
