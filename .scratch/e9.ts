import { createDatabase } from '../src/adapters/db/client.ts'
const db = await createDatabase('file:./.scratch/data/e8.db')
const tag = BigInt(process.argv[2])
let ok = 0
for (let i = 0; i < 300; i++) {
  await db.prisma.$transaction(async (tx) => {
    await tx.counter.findUnique({ where: { name: "x" } })
    await tx.processedUpdate.create({ data: { updateId: tag * 1000000n + 11n + BigInt(i) } })
    await new Promise((r) => setTimeout(r, 1))
    await tx.counter.upsert({ where: { name: 'x' }, create: { name: 'x', value: 1 }, update: { value: { increment: 1 } } })
  })
  await db.prisma.counter.upsert({ where: { name: 'y' }, create: { name: 'y', value: 1 }, update: { value: { increment: 1 } } })
  ok++
}
console.log(process.argv[2], 'ok', ok)
await db.close()
