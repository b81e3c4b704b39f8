import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202200000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "facts_customer" add column if not exists "city" text null, add column if not exists "city_key" text null, add column if not exists "country_code" text null, add column if not exists "address_from" text check ("address_from" in ('customer', 'order')) null, add column if not exists "recency_score" smallint null, add column if not exists "frequency_score" smallint null, add column if not exists "monetary_score" smallint null, add column if not exists "behaviour_class" text null, add column if not exists "behaviour_group" text null, add column if not exists "behaviour_scored_at" timestamptz null;`);
    this.addSql(`alter table if exists "facts_order" add column if not exists "city" text null, add column if not exists "city_key" text null, add column if not exists "country_code" text null;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_city_key" ON "facts_customer" ("city_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_behaviour_class" ON "facts_customer" ("behaviour_class") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_behaviour_group" ON "facts_customer" ("behaviour_group") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facts_behaviour_settings" ("id" text not null, "rules" jsonb not null, "last_scored_at" timestamptz null, "last_duration_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facts_behaviour_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_behaviour_settings_deleted_at" ON "facts_behaviour_settings" ("deleted_at") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "facts_order" drop column if exists "city", drop column if exists "city_key", drop column if exists "country_code";`);
    this.addSql(`drop table if exists "facts_behaviour_settings" cascade;`);

    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_customer_city_key";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_customer_behaviour_class";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_customer_behaviour_group";`);
    this.addSql(`alter table if exists "facts_customer" drop column if exists "city", drop column if exists "city_key", drop column if exists "country_code", drop column if exists "address_from", drop column if exists "recency_score", drop column if exists "frequency_score", drop column if exists "monetary_score", drop column if exists "behaviour_class", drop column if exists "behaviour_group", drop column if exists "behaviour_scored_at";`);
  }

}
