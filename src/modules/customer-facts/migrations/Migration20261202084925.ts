import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202084925 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "facts_order" drop constraint if exists "facts_order_order_id_unique";`);
    this.addSql(`alter table if exists "facts_customer_spend" drop constraint if exists "facts_customer_spend_customer_id_currency_code_unique";`);
    this.addSql(`alter table if exists "facts_customer" drop constraint if exists "facts_customer_customer_id_unique";`);
    this.addSql(`create table if not exists "facts_customer" ("id" text not null, "customer_id" text not null, "registered_at" timestamptz null, "orders_count" integer not null default 0, "first_order_at" timestamptz null, "last_order_at" timestamptz null, "recent_gap_days" jsonb null, "avg_gap_days" real null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facts_customer_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_deleted_at" ON "facts_customer" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facts_customer_customer_id_unique" ON "facts_customer" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_customer_id" ON "facts_customer" ("customer_id") WHERE deleted_at IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_registered_at" ON "facts_customer" ("registered_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_last_order_at" ON "facts_customer" ("last_order_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facts_customer_spend" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "orders_count" integer not null, "net_spend" numeric not null, "avg_order_value" numeric not null, "first_order_at" timestamptz not null, "last_order_at" timestamptz not null, "raw_net_spend" jsonb not null, "raw_avg_order_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facts_customer_spend_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_customer_spend_deleted_at" ON "facts_customer_spend" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facts_customer_spend_customer_id_currency_code_unique" ON "facts_customer_spend" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facts_order" ("id" text not null, "order_id" text not null, "customer_id" text null, "currency_code" text not null, "placed_at" timestamptz not null, "counted" boolean not null, "canceled_at" timestamptz null, "current_total" numeric not null, "paid_total" numeric not null, "refunded_total" numeric not null, "net_spend" numeric not null, "raw_current_total" jsonb not null, "raw_paid_total" jsonb not null, "raw_refunded_total" jsonb not null, "raw_net_spend" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facts_order_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_deleted_at" ON "facts_order" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_facts_order_order_id_unique" ON "facts_order" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_customer_id_placed_at" ON "facts_order" ("customer_id", "placed_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_placed_at" ON "facts_order" ("placed_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "facts_order_item" ("id" text not null, "order_id" text not null, "customer_id" text null, "item_id" text not null, "product_id" text null, "variant_id" text null, "collection_id" text null, "title" text not null, "placed_at" timestamptz not null, "counted" boolean not null, "quantity" integer not null, "returned_quantity" integer not null, "total" numeric not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "facts_order_item_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_item_deleted_at" ON "facts_order_item" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_item_order_id" ON "facts_order_item" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_item_customer_id_product_id" ON "facts_order_item" ("customer_id", "product_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_item_customer_id_collection_id" ON "facts_order_item" ("customer_id", "collection_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "facts_customer" cascade;`);

    this.addSql(`drop table if exists "facts_customer_spend" cascade;`);

    this.addSql(`drop table if exists "facts_order" cascade;`);

    this.addSql(`drop table if exists "facts_order_item" cascade;`);
  }

}
