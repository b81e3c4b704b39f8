import net from "net"
import { Client } from "pg"

/** The test cluster's URL for a database (npm test sets DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD). */
export const dbUrl = (db: string) =>
  `postgres://${encodeURIComponent(process.env.DB_USERNAME ?? "postgres")}:${encodeURIComponent(process.env.DB_PASSWORD ?? "")}@${process.env.DB_HOST ?? "localhost"}:${process.env.DB_PORT ?? 5432}/${db}`

/** One statement on a database of the test cluster, on its own connection. */
export async function sql<T = any>(db: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: dbUrl(db) })
  await client.connect()
  try {
    return (await client.query(text, values)).rows
  } finally {
    await client.end()
  }
}

/** A port nothing listens on, for a server the test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
}
