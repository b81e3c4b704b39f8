/**
 * Medusa's update merges a JSON object into the stored one (MikroORM's
 * `mergeObjectProperties`: { vnd, usd } + { usd } keeps vnd), while a map sent
 * to the API must replace the stored map. The merge only happens when both
 * values are plain objects, and these columns are not nullable, so the JSON
 * fields sent are first set to an empty array, then to their new value.
 */
export async function updateReplacingJson<T>(
  update: (data: Record<string, unknown>) => Promise<T>,
  id: string,
  data: Record<string, unknown>,
  jsonFields: readonly string[]
) {
  const cleared = Object.fromEntries(jsonFields.filter((k) => data[k] !== undefined).map((k) => [k, []]))
  if (Object.keys(cleared).length) await update({ id, ...cleared })
  return update({ id, ...data })
}
