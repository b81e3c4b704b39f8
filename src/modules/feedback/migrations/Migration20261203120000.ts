import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * The ratings of a period read from an index alone (the satisfaction and
 * staff reports of the analytics, issue 13): by the day given, with every
 * rating and the staff it names. INCLUDE cannot be declared in the model:
 * written by hand.
 */
export class Migration20261203120000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_feedback_ratings" ON "feedback" ("created_at") INCLUDE ("overall", "service_quality", "staff_attitude", "space", "price", "staff_user_ids") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_feedback_ratings";`);
  }

}
