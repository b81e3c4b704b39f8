import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124083657 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_points_entry" drop constraint if exists "loyalty_points_entry_reference_unique";`);
    this.addSql(`alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_referral_code_unique";`);
    this.addSql(`alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_customer_id_unique";`);
    this.addSql(`alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_rank_unique";`);
    this.addSql(`alter table if exists "loyalty_tier" drop constraint if exists "loyalty_tier_handle_unique";`);
    this.addSql(`alter table if exists "loyalty_award_failure" drop constraint if exists "loyalty_award_failure_reference_unique";`);
    this.addSql(`create table if not exists "loyalty_award_failure" ("id" text not null, "operation" text not null, "reference" text not null, "input" jsonb not null, "error" text not null, "attempts" integer not null default 1, "last_attempt_at" timestamptz not null, "resolved_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_award_failure_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_award_failure_deleted_at" ON "loyalty_award_failure" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_award_failure_reference_unique" ON "loyalty_award_failure" ("reference") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_settings" ("id" text not null, "earn_rates" jsonb not null, "point_values" jsonb not null, "collection_multipliers" jsonb not null, "pending_days" integer not null default 0, "expiry_months" integer not null default 12, "expiry_warning_days" integer not null default 30, "signup_bonus" integer not null default 0, "birthday_bonus" integer not null default 0, "referral_bonus_referrer" integer not null default 0, "referral_bonus_referee" integer not null default 0, "min_redeem_points" integer not null default 0, "max_redeem_percent" integer not null default 100, "tier_window" text check ("tier_window" in ('lifetime', 'rolling')) not null default 'rolling', "tier_window_months" integer not null default 12, "downgrade_nightly_only" boolean not null default true, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_settings_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_settings_deleted_at" ON "loyalty_settings" ("deleted_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_tier" ("id" text not null, "handle" text not null, "name" text not null, "rank" integer not null, "min_spend" jsonb not null, "discount_percent" integer not null default 0, "points_multiplier" real not null default 1, "birthday_bonus_points" integer not null default 0, "customer_group_id" text null, "promotion_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_deleted_at" ON "loyalty_tier" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_handle_unique" ON "loyalty_tier" ("handle") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_tier_rank_unique" ON "loyalty_tier" ("rank") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_account" ("id" text not null, "customer_id" text not null, "referral_code" text not null, "referred_by_account_id" text null, "tier_id" text null, "tier_assigned_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_account_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_tier_id" ON "loyalty_account" ("tier_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_account_deleted_at" ON "loyalty_account" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_customer_id_unique" ON "loyalty_account" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_account_referral_code_unique" ON "loyalty_account" ("referral_code") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "loyalty_points_entry" ("id" text not null, "account_id" text not null, "kind" text check ("kind" in ('earn', 'redeem', 'adjust', 'expire', 'reverse')) not null, "points" integer not null, "reference" text not null, "reason" text not null, "order_id" text null, "available_at" timestamptz not null, "expires_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_points_entry_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_account_id" ON "loyalty_points_entry" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_deleted_at" ON "loyalty_points_entry" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_reference_unique" ON "loyalty_points_entry" ("reference") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_account_id_created_at" ON "loyalty_points_entry" ("account_id", "created_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_points_entry_order_id" ON "loyalty_points_entry" ("order_id") WHERE deleted_at IS NULL AND order_id IS NOT NULL;`);

    this.addSql(`create table if not exists "loyalty_tier_change" ("id" text not null, "account_id" text not null, "from_tier_id" text null, "to_tier_id" text null, "reason" text not null, "spend" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "loyalty_tier_change_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_account_id" ON "loyalty_tier_change" ("account_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_deleted_at" ON "loyalty_tier_change" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_loyalty_tier_change_account_id_created_at" ON "loyalty_tier_change" ("account_id", "created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "loyalty_account" add constraint "loyalty_account_tier_id_foreign" foreign key ("tier_id") references "loyalty_tier" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "loyalty_points_entry" add constraint "loyalty_points_entry_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`);

    this.addSql(`alter table if exists "loyalty_tier_change" add constraint "loyalty_tier_change_account_id_foreign" foreign key ("account_id") references "loyalty_account" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_account" drop constraint if exists "loyalty_account_tier_id_foreign";`);

    this.addSql(`alter table if exists "loyalty_points_entry" drop constraint if exists "loyalty_points_entry_account_id_foreign";`);

    this.addSql(`alter table if exists "loyalty_tier_change" drop constraint if exists "loyalty_tier_change_account_id_foreign";`);

    this.addSql(`drop table if exists "loyalty_award_failure" cascade;`);

    this.addSql(`drop table if exists "loyalty_settings" cascade;`);

    this.addSql(`drop table if exists "loyalty_tier" cascade;`);

    this.addSql(`drop table if exists "loyalty_account" cascade;`);

    this.addSql(`drop table if exists "loyalty_points_entry" cascade;`);

    this.addSql(`drop table if exists "loyalty_tier_change" cascade;`);
  }

}
