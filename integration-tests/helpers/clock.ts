/**
 * The clock the app runs on in a test. The app boots inside the test's
 * process, and every "now" in it (the plugin's `new Date()`, Medusa's
 * timestamps, tokens, the scheduler) reads the global Date: replacing it moves
 * the whole app to another moment, as Debian's faketime would, without
 * touching any code under src/. Postgres keeps its own clock; the timestamps
 * that dates are compared with are written from the app's side.
 */
const RealDate = Date
let shift: { offset: number; frozenAt: number | null } = { offset: 0, frozenAt: null }

const now = () => shift.frozenAt ?? RealDate.now() + shift.offset

// a function, not a subclass: `Date()` without `new` still answers a string,
// and every date made anywhere stays a real Date (`instanceof` works both ways)
function ClockDate(this: unknown, ...args: unknown[]) {
  if (!new.target) return new RealDate(now()).toString()
  return args.length ? new (RealDate as any)(...args) : new RealDate(now())
}
ClockDate.prototype = RealDate.prototype
ClockDate.now = now
ClockDate.parse = RealDate.parse
ClockDate.UTC = RealDate.UTC

function install() {
  if (globalThis.Date !== (ClockDate as unknown as DateConstructor)) globalThis.Date = ClockDate as unknown as DateConstructor
}

/** From now on the clock reads `at`, and moves on at the real pace (locks, timeouts and retries keep working). */
export function shiftClock(at: string | Date) {
  install()
  shift = { offset: new RealDate(at).getTime() - RealDate.now(), frozenAt: null }
}

/** The clock reads `at` and stands still until the next shift, pin or restore: a job sees exactly that moment. */
export function pinClock(at: string | Date) {
  install()
  shift = { offset: 0, frozenAt: new RealDate(at).getTime() }
}

// the file's own clock: SPA_TEST_NOW (from the moment the file starts), else the real time
let baseline: typeof shift | undefined

/**
 * Back to the clock the whole test file runs on: `SPA_TEST_NOW` (an ISO
 * date-time the file starts at, e.g. `SPA_TEST_NOW=2028-02-29T23:59:30Z npm
 * test -- <spec>`), else the real time. The runner calls it before the app
 * boots; a test that pinned or shifted the clock calls it when done.
 */
export function restoreClock() {
  if (!baseline) {
    const at = process.env.SPA_TEST_NOW
    if (at && Number.isNaN(new RealDate(at).getTime())) throw new Error(`SPA_TEST_NOW is not a date: ${at}`)
    baseline = { offset: at ? new RealDate(at).getTime() - RealDate.now() : 0, frozenAt: null }
  }
  install()
  shift = baseline
}
