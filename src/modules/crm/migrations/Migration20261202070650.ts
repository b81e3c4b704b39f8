import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { cleanName, nameKey } from "../../../lib/text";

/**
 * Tags and sources are told apart by a folded `name_key` (lib/text nameKey),
 * computed here in JavaScript for the rows already stored: Postgres' lower()
 * in the C locale folds only A–Z. Live names that now fold alike ("Da khô"
 * and "DA KHÔ") get a number, "DA KHÔ (2)", rather than fail the migration.
 * Also: intake keys, and what a lead said otherwise than the record it matched.
 */

export class Migration20261202070650 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "crm_tag" drop constraint if exists "crm_tag_name_key_unique";`);
    this.addSql(`alter table if exists "crm_source" drop constraint if exists "crm_source_name_key_unique";`);
    this.addSql(`alter table if exists "crm_intake_key" drop constraint if exists "crm_intake_key_token_hash_unique";`);
    this.addSql(`create table if not exists "crm_intake_key" ("id" text not null, "name" text not null, "source_id" text not null, "token_hash" text not null, "redacted" text not null, "created_by" text null, "revoked_at" timestamptz null, "revoked_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_intake_key_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_intake_key_source_id" ON "crm_intake_key" ("source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_intake_key_deleted_at" ON "crm_intake_key" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_intake_key_token_hash_unique" ON "crm_intake_key" ("token_hash") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "crm_intake_key" add constraint "crm_intake_key_source_id_foreign" foreign key ("source_id") references "crm_source" ("id") on update cascade;`);

    for (const table of ["crm_source", "crm_tag"]) {
      await this.execute(`drop index if exists "IDX_${table}_name_unique";`);
      await this.execute(`drop index if exists "IDX_${table}_name_lower_unique";`);
      await this.execute(`alter table if exists "${table}" add column if not exists "name_key" text null;`);
      await this.backfillNameKeys(table);
      await this.execute(`alter table if exists "${table}" alter column "name_key" set not null;`);
      await this.execute(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_${table}_name_key_unique" ON "${table}" ("name_key") WHERE deleted_at IS NULL;`);
    }

    this.addSql(`alter table if exists "crm_lead" add column if not exists "differences" jsonb null, add column if not exists "intake_key_id" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_lead_customer_id" ON "crm_lead" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_lead_intake_key_id" ON "crm_lead" ("intake_key_id") WHERE intake_key_id IS NOT NULL AND deleted_at IS NULL;`);
  }

  private async backfillNameKeys(table: string) {
    const rows = (await this.execute(`select id, name, deleted_at from "${table}" order by created_at, id`)) as unknown as {
      id: string;
      name: string;
      deleted_at: Date | null;
    }[];
    const live = new Set<string>();
    for (const row of rows) {
      let name = cleanName(row.name) || row.id;
      for (let n = 2; !row.deleted_at && live.has(nameKey(name)); n++) name = `${cleanName(row.name)} (${n})`;
      if (!row.deleted_at) live.add(nameKey(name));
      await this.execute(`update "${table}" set name = ?, name_key = ? where id = ?`, [name, nameKey(name), row.id]);
    }
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "crm_intake_key" cascade;`);

    this.addSql(`drop index if exists "IDX_crm_source_name_key_unique";`);
    this.addSql(`alter table if exists "crm_source" drop column if exists "name_key";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_source_name_unique" ON "crm_source" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_source_name_lower_unique" ON "crm_source" (lower("name")) WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_crm_tag_name_key_unique";`);
    this.addSql(`alter table if exists "crm_tag" drop column if exists "name_key";`);

    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_tag_name_unique" ON "crm_tag" ("name") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_tag_name_lower_unique" ON "crm_tag" (lower("name")) WHERE deleted_at IS NULL;`);

    this.addSql(`drop index if exists "IDX_crm_lead_customer_id";`);
    this.addSql(`drop index if exists "IDX_crm_lead_intake_key_id";`);
    this.addSql(`alter table if exists "crm_lead" drop column if exists "differences", drop column if exists "intake_key_id";`);
  }

}
