import fs from "fs"
import path from "path"

/** Every method a route file under src/api exports, as `METHOD /path/:id`. */
export function routesOnDisk() {
  const apiRoot = path.resolve(__dirname, "..", "..", "src", "api")
  const found: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name === "route.ts") {
        const routePath = "/" + path.relative(apiRoot, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, ":$1")).join("/")
        for (const [, method] of fs.readFileSync(full, "utf8").matchAll(/export const (GET|POST|DELETE|PUT|PATCH)\b/g)) {
          found.push(`${method} ${routePath}`)
        }
      }
    }
  }
  walk(apiRoot)
  return found.sort()
}

type Db = { raw: (sql: string) => Promise<{ rows: any[] }> }

/**
 * A fingerprint of every row the plugin owns and of the Medusa rows its
 * routes write (customers, carts, their credit lines, group memberships):
 * equal before and after, nothing was written.
 */
export async function pluginRowsFingerprint(db: Db) {
  const { rows: tables } = await db.raw(
    `SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
       AND (tablename LIKE 'crm\\_%' OR tablename LIKE 'loyalty\\_%' OR tablename LIKE 'facts\\_%' OR tablename LIKE 'feedback%'
            OR tablename IN ('customer', 'credit_line', 'cart', 'customer_group_customer'))
     ORDER BY tablename`
  )
  const parts: string[] = []
  for (const { tablename } of tables) {
    const { rows } = await db.raw(`SELECT md5(COALESCE(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${tablename}" t`)
    parts.push(`${tablename}:${rows[0].h}`)
  }
  return parts.join("\n")
}
