// Serves the built storefront: its files, /config.json (the store API's
// address, publishable key, regions: written by the demo seed) and
// index.html for every other path, so /account or /orders/… can be reloaded.
import fs from "node:fs"
import http from "node:http"
import path from "node:path"

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8" }

export function serveStorefront({ dir, port, configFile, backendUrl }) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost")
    if (url.pathname === "/config.json") {
      const config = JSON.parse(fs.readFileSync(configFile, "utf8"))
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      return res.end(JSON.stringify({ ...config, backendUrl }))
    }
    const file = path.join(dir, path.normalize(url.pathname).replace(/^(\.\.[/\\])+/, ""))
    const served = file.startsWith(dir) && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(dir, "index.html")
    res.writeHead(200, { "content-type": TYPES[path.extname(served)] ?? "application/octet-stream" })
    fs.createReadStream(served).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, () => resolve(server))
  })
}
