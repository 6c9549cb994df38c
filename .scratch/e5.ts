import { readFileSync } from 'node:fs'
import { bindMigrationAwareSqlAdapterFactory, mockMigrationAwareAdapterFactory } from '@prisma/driver-adapter-utils'
import { loadSchemaEngine } from '../src/adapters/db/migrations/load-schema-engine.ts'
const E = await loadSchemaEngine()
const schema = readFileSync('prisma/postgresql/schema.prisma', 'utf8')
const f: any = mockMigrationAwareAdapterFactory('postgres')
const wrapped = { provider: 'postgres', adapterName: '@prisma/adapter-pg', connect: async () => { console.log('connect'); const a = await f.connect(); for (const m of ['queryRaw','executeRaw','executeScript']) { const o = a[m]; a[m] = (q: any) => { console.log('CALL', m, q?.sql ?? q); return o(q) } } return a }, connectToShadowDb: async () => { console.log('shadow'); return f.connectToShadowDb() } }
const bound = bindMigrationAwareSqlAdapterFactory(wrapped as any)
const t = performance.now()
const engine = await E.new({ datamodels: undefined }, () => {}, bound)
console.log('new done')
const d = await engine.diff({ from: { tag: 'empty' }, to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schema }] }, script: true, exitCode: true, filters: { externalTables: [], externalEnums: [] } })
console.log(performance.now() - t, d.exitCode, d.stdout?.slice(0, 300))
engine.free()
