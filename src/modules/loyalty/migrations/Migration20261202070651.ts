import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261202070651 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_points_entry" add column if not exists "note" text null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "loyalty_points_entry" drop column if exists "note";`);
  }

}
