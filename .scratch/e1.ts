import { readFileSync } from 'node:fs'
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3'
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils'
import { loadSchemaEngine } from '../src/adapters/db/migrations/load-schema-engine.ts'

const E = await loadSchemaEngine()
const schema = readFileSync('prisma/sqlite/schema.prisma', 'utf8')
const raw = new PrismaBetterSqlite3({ url: ':memory:' })
const connects: any[] = []
const wrapped = {
  provider: raw.provider, adapterName: raw.adapterName,
  async connect() { console.log('connect'); const a = await raw.connect(); connects.push(a); return a },
  async connectToShadowDb() { console.log('shadow'); const a = await raw.connectToShadowDb(); connects.push(a); return a },
}
const bound = bindMigrationAwareSqlAdapterFactory(wrapped as any)
const logs: string[] = []
const t = performance.now()
const engine = await E.new({ datamodels: [['schema.prisma', schema]] }, (l: string) => logs.push(l), bound)
console.log('new', performance.now() - t)
const r = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } })
console.log('diff', performance.now() - t, r.exitCode, r.stdout?.slice(0, 400))
console.log(logs.slice(0, 5))
engine.free()
for (const a of connects) await a.dispose()
