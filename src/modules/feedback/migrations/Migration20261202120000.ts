import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * Feedback (C1), who served an order, and follow-ups (C3). Ratings are
 * smallints checked 1–5 in the database too, so no path around the API can
 * store a 0 or a 6.
 */
export class Migration20261202120000 extends Migration {

  override async up(): Promise<void> {
    const rating = (column: string) => `"${column}" smallint not null check ("${column}" between 1 and 5)`;
    this.addSql(`create table if not exists "feedback" ("id" text not null, "order_id" text not null, "customer_id" text not null, ${rating("overall")}, ${rating("service_quality")}, ${rating("staff_attitude")}, ${rating("space")}, ${rating("price")}, "comment" text null, "staff_user_ids" jsonb not null default '[]', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feedback_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_deleted_at" ON "feedback" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feedback_order_id_unique" ON "feedback" ("order_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_customer_id" ON "feedback" ("customer_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_created_at" ON "feedback" ("created_at") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "feedback_order_staff" ("id" text not null, "order_id" text not null, "user_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feedback_order_staff_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_order_staff_deleted_at" ON "feedback_order_staff" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feedback_order_staff_order_id_user_id_unique" ON "feedback_order_staff" ("order_id", "user_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_order_staff_user_id" ON "feedback_order_staff" ("user_id") WHERE deleted_at IS NULL;`);

    this.addSql(`create table if not exists "feedback_follow_up" ("id" text not null, "customer_id" text not null, "feedback_id" text null, "order_id" text null, "reason" text check ("reason" in ('low_rating')) not null, "due_at" timestamptz not null, "status" text check ("status" in ('open', 'done')) not null default 'open', "outcome" text null, "closed_at" timestamptz null, "closed_by" text null, "touch_point_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "feedback_follow_up_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_follow_up_deleted_at" ON "feedback_follow_up" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_feedback_follow_up_feedback_id_unique" ON "feedback_follow_up" ("feedback_id") WHERE deleted_at IS NULL AND feedback_id IS NOT NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_follow_up_status_due_at" ON "feedback_follow_up" ("status", "due_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_follow_up_customer_id" ON "feedback_follow_up" ("customer_id") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "feedback" cascade;`);

    this.addSql(`drop table if exists "feedback_order_staff" cascade;`);

    this.addSql(`drop table if exists "feedback_follow_up" cascade;`);
  }

}
