import { readFileSync } from 'node:fs'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { loadSchemaEngine } from '../src/adapters/db/migrations/load-schema-engine.ts'

const E = await loadSchemaEngine()
const schema = readFileSync('prisma/sqlite/schema.prisma', 'utf8')
const raw = new PrismaBetterSqlite3({ url: ':memory:' })
const connects: any[] = []
const trace = (a: any, tag: string) => { for (const m of ['queryRaw', 'executeRaw', 'executeScript']) { const o = a[m].bind(a); a[m] = async (q: any) => { console.log(tag, m, JSON.stringify(typeof q === 'string' ? q : q.sql).slice(0, 80), q.args?.length); return o(q) } } return a }
const wrapped = {
  provider: raw.provider, adapterName: raw.adapterName,
  async connect() { console.log('connect'); const a = trace(await raw.connect(), 'main'); connects.push(a); return a },
  async connectToShadowDb() { console.log('shadow'); const a = trace(await raw.connectToShadowDb(), 'shadow'); connects.push(a); return a },
}
const bound = bindMigrationAwareSqlAdapterFactory(wrapped as any)
const engine = await E.new({ datamodels: [['schema.prisma', schema]] }, (l: string) => {}, bound)
const empty = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } })
const list = { baseDir: '/tmp/x', lockfile: { path: 'migration_lock.toml', content: 'provider = "sqlite"\n' }, shadowDbInitScript: '', migrationDirectories: [{ path: '20260101000000_init', migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: empty.stdout } } }] }
try {
  const d = await engine.diff({ from: { tag: 'migrations', ...list } as any, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } })
  console.log(d)
} catch (e: any) { console.log('ERR', e.message) ; const m = /id#(\d+)/.exec(e.message); if (m) console.log(bound.errorRegistry.consumeError(+m[1])) }
engine.free()
for (const a of connects) await a.dispose()
