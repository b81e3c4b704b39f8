import { randomUUID } from "node:crypto"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { setTimeout as sleep } from "node:timers/promises"
import { orderLockKey } from "../../../modules/loyalty/rules/earning"

export type OrderLocks = { keys: string[]; owner_id: string }

/**
 * Takes the locks of many orders at once (the lock each order's award shares
 * with its reversals), for the batched award. Core's acquire-lock step would
 * keep the keys it got when another is held and then wait on itself; here the
 * keys are taken in sorted order (two batches never hold each other's) under
 * one owner of this run, and given back when they can't all be had in time.
 */
export const acquireOrderLocksStep = createStep(
  "loyalty-acquire-order-locks",
  async ({ order_ids, timeout = 30, ttl = 60 }: { order_ids: string[]; timeout?: number; ttl?: number }, { container }) => {
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(order_ids.map(orderLockKey))].sort()
    const owner_id = `loyalty-award-batch:${randomUUID()}`
    const until = Date.now() + timeout * 1000
    for (;;) {
      try {
        await locking.acquire(keys, { ownerId: owner_id, expire: ttl })
        break
      } catch (error) {
        await locking.release(keys, { ownerId: owner_id })
        if (Date.now() >= until) throw error
      }
      await sleep(100)
    }
    return new StepResponse({ keys, owner_id } as OrderLocks, { keys, owner_id } as OrderLocks)
  },
  async (locks, { container }) => {
    if (!locks?.keys.length) return
    await container.resolve(Modules.LOCKING).release(locks.keys, { ownerId: locks.owner_id })
  }
)
