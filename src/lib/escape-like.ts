/** Escapes LIKE wildcards so `$ilike` matches the text exactly, whatever its case. */
export const escapeLike = (value: string) => value.replace(/[\\%_]/g, (c) => `\\${c}`)
