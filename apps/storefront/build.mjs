// Builds the Lotus storefront: one esbuild bundle of the app, React, the js-sdk
// and the plugin's storefront components (≈ 0.1–1 s), which is why the demo
// uses it rather than a Next.js build that would not fit the demo's 2 minutes.
import fs from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"

const appDir = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(appDir, "../..")

/** Bundles the app into `outDir` (index.html, app.js, app.css); returns the seconds it took. */
export async function buildStorefront(outDir = path.join(root, ".medusa", "storefront")) {
  const started = Date.now()
  const { build } = await import("esbuild")
  fs.mkdirSync(outDir, { recursive: true })
  await build({
    entryPoints: { app: path.join(appDir, "src", "main.tsx") },
    bundle: true,
    outdir: outDir,
    format: "esm",
    target: "es2022",
    jsx: "automatic",
    minify: true,
    sourcemap: false,
    logLevel: "warning",
    define: { "process.env.NODE_ENV": '"production"' },
    // the shop imports the components as any shop would, from the package entry;
    // here the entry is the plugin's own source
    alias: { "medusa-plugin-spa-crm/storefront": path.join(root, "src", "storefront", "index.ts") },
    loader: { ".css": "css" },
  })
  fs.copyFileSync(path.join(appDir, "index.html"), path.join(outDir, "index.html"))
  return (Date.now() - started) / 1000
}
