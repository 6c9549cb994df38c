import { readFileSync, mkdirSync, rmSync } from 'node:fs'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { loadSchemaEngine } from '../src/adapters/db/migrations/load-schema-engine.ts'

const E = await loadSchemaEngine()
const schema = readFileSync('prisma/sqlite/schema.prisma', 'utf8')
rmSync('/tmp/e2.db', { force: true })
const raw = new PrismaBetterSqlite3({ url: '/tmp/e2.db' })
const connects: any[] = []
const trace = (a: any) => { for (const m of ['queryRaw', 'executeRaw', 'executeScript']) { const o = a[m].bind(a); a[m] = async (q: any) => { console.log(m, JSON.stringify(typeof q === 'string' ? q : q.sql).slice(0, 100), q.args?.length); return o(q) } } return a }
const wrapped = {
  provider: raw.provider, adapterName: raw.adapterName,
  async connect() { console.log('connect'); const a = trace(await raw.connect()); connects.push(a); return a },
  async connectToShadowDb() { console.log('shadow'); const a = trace(await raw.connectToShadowDb()); connects.push(a); return a },
}
const bound = bindMigrationAwareSqlAdapterFactory(wrapped as any)
const engine = await E.new({ datamodels: [['schema.prisma', schema]] }, (l: string) => {}, bound)
const d = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } })
const list = { baseDir: '/tmp/x', lockfile: { path: 'migration_lock.toml', content: 'provider = "sqlite"\n' }, shadowDbInitScript: '', migrationDirectories: [{ path: '20260101000000_init', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: d.stdout } } }] }
try {
  const r = await engine.applyMigrations({ migrationsList: list as any, filters: { externalTables: [], externalEnums: [] } })
  console.log(r)
} catch (e: any) { console.log('ERR', e.message, e) ; const m = /id#(\d+)/.exec(e.message); if (m) console.log(bound.errorRegistry.consumeError(+m[1])) }
engine.free()
for (const a of connects) await a.dispose()
