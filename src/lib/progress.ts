/**
 * A progress bar for long seeding stages: redrawn in place on a terminal,
 * a line every 10 % when the output is a file or CI log.
 */
export function progressBar(label: string, total: number) {
  const tty = process.stdout.isTTY
  const started = Date.now()
  let lastDecile = -1
  const draw = (done: number) => {
    const ratio = total ? Math.min(1, done / total) : 1
    const width = 28
    const filled = Math.round(ratio * width)
    const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`
    const secs = ((Date.now() - started) / 1000).toFixed(1)
    const line = `  ${label.padEnd(22)} ${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${done}/${total}  ${secs}s`
    if (tty) {
      process.stdout.write(`\r${line}`)
    } else {
      const decile = Math.floor(ratio * 10)
      if (decile !== lastDecile) {
        lastDecile = decile
        process.stdout.write(`${line}\n`)
      }
    }
  }
  draw(0)
  return {
    tick(done: number) {
      draw(done)
    },
    done() {
      draw(total)
      if (tty) process.stdout.write("\n")
    },
  }
}
