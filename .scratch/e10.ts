import { applyMigrations } from '../src/adapters/db/migrations/index.ts'
import { createDatabase } from '../src/adapters/db/client.ts'
const url = 'postgresql://postgres@127.0.0.1:5432/e10_scratch?schema=bot'
console.log(await applyMigrations(url))
const db = await createDatabase(url)
await db.prisma.chat.create({ data: { id: 1n, type: 'private' } })
console.log(await db.prisma.chat.count())
await db.close()
