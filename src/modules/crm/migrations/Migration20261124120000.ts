import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * "Dry skin" and "dry skin" are one tag, "Facebook" and "facebook" one source:
 * the workflows check this before writing, and these indexes make it hold even
 * for two requests at the same moment. (The model DSL has no expression indexes.)
 */
export class Migration20261124120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_tag_name_lower_unique" ON "crm_tag" (lower("name")) WHERE deleted_at IS NULL;`)
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_source_name_lower_unique" ON "crm_source" (lower("name")) WHERE deleted_at IS NULL;`)
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_crm_tag_name_lower_unique";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_crm_source_name_lower_unique";`)
  }
}
