import { sqliteMigrationFactory } from '../src/adapters/db/migrations/sqlite-factory.ts'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { loadSchemaEngine } from '../src/adapters/db/migrations/load-schema-engine.ts'
const E = await loadSchemaEngine()
const t = await sqliteMigrationFactory('/tmp/e4/x.db')
const bound = bindMigrationAwareSqlAdapterFactory(t.factory)
const engine = await E.new({ datamodels: undefined }, () => {}, bound)
const list = { baseDir: '/tmp/x', lockfile: { path: 'migration_lock.toml', content: 'provider = "sqlite"\n' }, shadowDbInitScript: '', migrationDirectories: [{ path: '20260101000000_init', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: 'CREATE TABLE a(x int); CREATE TABLE a(y int);' } } }] }
try { await engine.applyMigrations({ migrationsList: list as any, filters: { externalTables: [], externalEnums: [] } }) } catch (e: any) { console.log(Object.getOwnPropertyNames(e), e.constructor?.name, JSON.stringify(e), e.message) }
engine.free(); await t.disposeAll()
