import { model } from "@medusajs/framework/utils"

/**
 * The behaviour class table (S5) the store scores its customers with, one
 * row (the defaults until the owner saves her own), and the last scoring run.
 */
const BehaviourSettings = model.define({ name: "BehaviourSettings", tableName: "facts_behaviour_settings" }, {
  id: model.id({ prefix: "fctbhv" }).primaryKey(),
  // BehaviourRule[], tried in order
  rules: model.json(),
  last_scored_at: model.dateTime().nullable(),
  last_duration_ms: model.number().nullable(),
})

export default BehaviourSettings
