import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { unfinishedAwards } from "../../src/workflows/loyalty/operations/award-batcher"

type Tracker = { running: Map<Promise<unknown>, string> }
const trackers = new WeakMap<object, Tracker>()

/**
 * Keeps the promises of the subscribers the event bus starts. Node's
 * EventEmitter drops what a listener returns, so Medusa's local event bus
 * cannot tell when the work an event set off is over; the tests need to know,
 * to assert "nothing more happened" and to end before the database is reset.
 */
export function trackSubscribers(container: MedusaContainer): Tracker {
  const bus = container.resolve(Modules.EVENT_BUS) as any
  const emitter = bus.eventEmitter_
  if (!emitter) throw new Error("trackSubscribers needs Medusa's local event bus")
  const existing = trackers.get(emitter)
  if (existing) return existing

  const tracker: Tracker = { running: new Map() }
  const track = (promise: Promise<unknown>, label: string) => {
    tracker.running.set(promise, label)
    const done = () => tracker.running.delete(promise)
    promise.then(done, done)
  }
  emitter.emit = function (name: string | symbol, ...args: unknown[]) {
    // the listeners in Node's order, synchronously, keeping what each returns
    const listeners = this.listeners(name)
    for (const listener of listeners) {
      const result = listener.apply(this, args)
      if (result && typeof result.then === "function") track(result, String(name))
    }
    return listeners.length > 0
  }
  // the bus hands an event to its listeners a tick after emit resolves
  for (const method of ["emit", "releaseGroupedEvents"]) {
    const original = bus[method].bind(bus)
    bus[method] = async (...args: unknown[]) => {
      const result = await original(...args)
      track(new Promise((resolve) => setImmediate(resolve)), `${method} hand-over`)
      return result
    }
  }
  trackers.set(emitter, tracker)
  return tracker
}

/**
 * Resolves once no subscriber is running, the award batcher holds no order
 * (one may wait on its batch timer, or come from the catch-up rather than an
 * event), and nothing has started for two turns of the event loop (a
 * subscriber's workflow may emit events that start others).
 */
export async function subscribersIdle(container: MedusaContainer, { timeout = 60_000 } = {}) {
  const { running } = trackSubscribers(container)
  const until = Date.now() + timeout
  for (let quietTurns = 0; quietTurns < 2; ) {
    await new Promise((resolve) => setImmediate(resolve))
    const busy = [...running.keys(), ...unfinishedAwards(container)]
    if (!busy.length) {
      quietTurns++
      continue
    }
    quietTurns = 0
    const left = until - Date.now()
    if (left <= 0) {
      const names = [...new Set(running.values())].concat(running.size < busy.length ? ["award batcher"] : [])
      throw new Error(`subscribers still running after ${timeout} ms: ${names.join(", ")}`)
    }
    let timer: NodeJS.Timeout | undefined
    await Promise.race([Promise.allSettled(busy), new Promise((resolve) => (timer = setTimeout(resolve, left)))])
    clearTimeout(timer)
  }
}
