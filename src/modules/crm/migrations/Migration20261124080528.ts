import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261124080528 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "crm_lead" drop constraint if exists "crm_lead_sender_external_id_unique";`);
    this.addSql(`alter table if exists "crm_custom_field" drop constraint if exists "crm_custom_field_key_unique";`);
    this.addSql(`alter table if exists "crm_customer_tag" drop constraint if exists "crm_customer_tag_customer_id_tag_id_unique";`);
    this.addSql(`alter table if exists "crm_tag" drop constraint if exists "crm_tag_name_unique";`);
    this.addSql(`alter table if exists "crm_profile" drop constraint if exists "crm_profile_customer_id_unique";`);
    this.addSql(`alter table if exists "crm_source" drop constraint if exists "crm_source_name_unique";`);
    this.addSql(`create table if not exists "crm_source" ("id" text not null, "name" text not null, "description" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_source_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_source_deleted_at" ON "crm_source" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_source_name_unique" ON "crm_source" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "crm_profile" ("id" text not null, "customer_id" text not null, "birthday" text null, "gender" text check ("gender" in ('female', 'male', 'other', 'undisclosed')) null, "occupation" text null, "zalo" text null, "wechat" text null, "facebook" text null, "skin_type" text check ("skin_type" in ('normal', 'dry', 'oily', 'combination', 'sensitive')) null, "skin_concerns" jsonb null, "allergies" text null, "body_care_needs" text null, "preferred_staff" text null, "preferred_time" text null, "notes" text null, "custom_fields" jsonb null, "phone_e164" text null, "source_id" text null, "acquired_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_profile_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_profile_source_id" ON "crm_profile" ("source_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_profile_deleted_at" ON "crm_profile" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_profile_customer_id_unique" ON "crm_profile" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_profile_phone_e164" ON "crm_profile" ("phone_e164") WHERE deleted_at IS NULL AND phone_e164 IS NOT NULL;`);

    this.addSql(`create table if not exists "crm_tag" ("id" text not null, "name" text not null, "color" text not null default 'grey', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_tag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_tag_deleted_at" ON "crm_tag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_tag_name_unique" ON "crm_tag" ("name") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "crm_customer_tag" ("id" text not null, "customer_id" text not null, "tag_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_customer_tag_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_customer_tag_tag_id" ON "crm_customer_tag" ("tag_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_customer_tag_deleted_at" ON "crm_customer_tag" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_customer_tag_customer_id_tag_id_unique" ON "crm_customer_tag" ("customer_id", "tag_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "crm_custom_field" ("id" text not null, "key" text not null, "label" text not null, "type" text check ("type" in ('text', 'number', 'date', 'select', 'boolean')) not null, "options" jsonb null, "required" boolean not null default false, "rank" integer not null default 0, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_custom_field_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_custom_field_deleted_at" ON "crm_custom_field" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_custom_field_key_unique" ON "crm_custom_field" ("key") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "crm_lead" ("id" text not null, "sender" text not null, "external_id" text not null, "customer_id" text not null, "touch_point_id" text null, "customer_created" boolean not null default false, "matched_by" text check ("matched_by" in ('email', 'phone', 'none')) not null, "payload" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_lead_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_lead_deleted_at" ON "crm_lead" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_crm_lead_sender_external_id_unique" ON "crm_lead" ("sender", "external_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "crm_touch_point" ("id" text not null, "customer_id" text not null, "type" text check ("type" in ('call', 'email', 'sms', 'chat', 'visit', 'complaint', 'note')) not null, "channel" text null, "direction" text check ("direction" in ('inbound', 'outbound', 'internal')) not null default 'inbound', "summary" text not null, "staff_user_id" text null, "occurred_at" timestamptz not null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "crm_touch_point_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_touch_point_deleted_at" ON "crm_touch_point" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_crm_touch_point_customer_id_occurred_at" ON "crm_touch_point" ("customer_id", "occurred_at") WHERE deleted_at IS NULL;`);

    this.addSql(`alter table if exists "crm_profile" add constraint "crm_profile_source_id_foreign" foreign key ("source_id") references "crm_source" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table if exists "crm_customer_tag" add constraint "crm_customer_tag_tag_id_foreign" foreign key ("tag_id") references "crm_tag" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "crm_profile" drop constraint if exists "crm_profile_source_id_foreign";`);

    this.addSql(`alter table if exists "crm_customer_tag" drop constraint if exists "crm_customer_tag_tag_id_foreign";`);

    this.addSql(`drop table if exists "crm_source" cascade;`);

    this.addSql(`drop table if exists "crm_profile" cascade;`);

    this.addSql(`drop table if exists "crm_tag" cascade;`);

    this.addSql(`drop table if exists "crm_customer_tag" cascade;`);

    this.addSql(`drop table if exists "crm_custom_field" cascade;`);

    this.addSql(`drop table if exists "crm_lead" cascade;`);

    this.addSql(`drop table if exists "crm_touch_point" cascade;`);
  }

}
