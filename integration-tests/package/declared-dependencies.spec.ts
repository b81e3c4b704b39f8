import fs from "node:fs"
import { builtinModules } from "node:module"
import path from "node:path"

// A package found in node_modules only because something else brought it works
// here and breaks in a host app (or the day that something drops it): every
// package the code imports must be declared in package.json.
const root = path.resolve(__dirname, "../..")
const manifest = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"))
const declared = new Set(
  ["dependencies", "devDependencies", "peerDependencies"].flatMap((k) => Object.keys(manifest[k] ?? {}))
)
const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

const IMPORT = /(?:^|[^.\w])(?:import|export)\s[^'"`;]*?from\s*["']([^"']+)["']|(?:require|import)\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(full)
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [full] : []
  })
}

/** "@scope/name/sub" → "@scope/name", "name/sub" → "name"; relative paths and aliases → null. */
function packageOf(specifier: string) {
  if (specifier.startsWith(".") || specifier.startsWith("/") || specifier.includes("${")) return null
  const parts = specifier.split("/")
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]
}

describe("package.json", () => {
  it("declares every package that src, scripts and the tests import", () => {
    const undeclared = new Map<string, string[]>()
    let imports = 0
    for (const dir of ["src", "scripts", "integration-tests", "medusa-config.ts", "jest.config.js"]) {
      const full = path.join(root, dir)
      const files = fs.statSync(full).isDirectory() ? sourceFiles(full) : [full]
      for (const file of files) {
        for (const match of fs.readFileSync(file, "utf8").matchAll(IMPORT)) {
          const name = packageOf(match[1] ?? match[2] ?? match[3])
          if (!name) continue
          imports++
          if (builtins.has(name) || builtins.has(name.split("/")[0]) || declared.has(name)) continue
          undeclared.set(name, [...(undeclared.get(name) ?? []), path.relative(root, file)])
        }
      }
    }
    // the scan itself must have found the imports (a broken pattern would pass everything)
    expect(imports).toBeGreaterThan(300)
    expect(Object.fromEntries(undeclared)).toEqual({})
  })
})
