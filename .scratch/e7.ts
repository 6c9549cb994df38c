import { createMigration } from '../src/adapters/db/migrations/index.ts'
import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
const dir = mkdtempSync('/tmp/prisma-')
cpSync('prisma', dir, { recursive: true })
let t = performance.now()
const r = await createMigration('init', { prismaDir: dir })
console.log(r, performance.now() - t)
console.log(readFileSync(r.postgresql!, 'utf8').slice(0, 80))
t = performance.now()
try { console.log(await createMigration('again', { prismaDir: dir }), performance.now() - t) } catch (e) { console.log('ERR', e) }
