import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202130000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table if not exists "customer_set" ("id" text not null, "name" text not null, "name_key" text not null, "description" text null, "kind" text check ("kind" in ('dynamic', 'static')) not null default 'dynamic', "rules" jsonb not null, "customer_group_id" text null, "member_count" integer not null default 0, "evaluated_at" timestamptz null, "evaluation_ms" integer null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_set_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_set_deleted_at" ON "customer_set" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_set_name_key_unique" ON "customer_set" ("name_key") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_set_kind" ON "customer_set" ("kind") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "customer_set_member" ("id" text not null, "set_id" text not null, "customer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_set_member_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_set_member_deleted_at" ON "customer_set_member" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_set_member_set_id_customer_id_unique" ON "customer_set_member" ("set_id", "customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_customer_set_member_customer_id" ON "customer_set_member" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "customer_set" cascade;`);

    this.addSql(`drop table if exists "customer_set_member" cascade;`);
  }

}
