import { PrismaClient as PostgresClient } from '../src/adapters/db/generated/postgresql/client.ts'
import { PrismaClient as SqliteClient } from '../src/adapters/db/generated/sqlite/client.ts'
type Models<C> = Omit<C, `$${string}`>
declare const p: Models<PostgresClient>
const s: Models<SqliteClient> = p
declare const s2: Models<SqliteClient>
const p2: Models<PostgresClient> = s2
export { s, p2 }
