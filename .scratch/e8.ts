import { createDatabase } from '../src/adapters/db/client.ts'
import { applyMigrations } from '../src/adapters/db/migrations/index.ts'
for (const url of ['file:./.scratch/data/e8.db', 'postgresql://postgres@127.0.0.1:5432/e8_scratch']) {
  await applyMigrations(url)
  const db = await createDatabase(url)
  console.log(db.provider, await db.ping())
  const id = -1001234567890n
  const when = new Date('2026-03-01T12:34:56.789Z')
  await db.prisma.chat.deleteMany()
  await db.prisma.chat.create({ data: { id, type: 'supergroup', title: 'Тест', greetedAt: when } })
  const c = await db.prisma.chat.findUniqueOrThrow({ where: { id } })
  console.log(typeof c.id, c.id, c.greetedAt?.toISOString(), c.createdAt instanceof Date, c.title)
  const big = 9223372036854775807n
  await db.prisma.processedUpdate.upsert({ where: { updateId: big }, create: { updateId: big }, update: {} })
  console.log((await db.prisma.processedUpdate.findFirstOrThrow()).updateId)
  await db.close(); await db.close()
  console.log(await db.ping())
}
