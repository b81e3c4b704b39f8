import { Migration } from "@medusajs/framework/mikro-orm/migrations";

/**
 * What the analytics reports (issue 13) read besides what the facts had:
 * each counted order's place among its customer's orders in its currency
 * (rank, previous and next order, spend to date), its staff and its service
 * quantity; each item's currency and kind. Existing rows are filled here from
 * the facts themselves (the kind of an item needs its product type: every
 * line stays a service until the next rebuild reads it). Two covering indexes
 * let a report read a period, or everyone's standing on a day, from the index
 * alone (INCLUDE cannot be declared in the models: written by hand).
 */
export class Migration20261203100000 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "facts_order" add column if not exists "customer_seq" integer null, add column if not exists "prev_order_at" timestamptz null, add column if not exists "next_order_at" timestamptz null, add column if not exists "spend_to_date" numeric null, add column if not exists "raw_spend_to_date" jsonb null, add column if not exists "staff_user_ids" text[] null, add column if not exists "service_quantity" integer not null default 0;`);
    this.addSql(`alter table if exists "facts_order_item" add column if not exists "currency_code" text null, add column if not exists "kind" text check ("kind" in ('service', 'product')) not null default 'service';`);

    this.addSql(`with seq as (
      select id, row_number() over w as seq, lag(placed_at) over w as prev_at, lead(placed_at) over w as next_at,
        sum(net_spend) over (w rows unbounded preceding) as spend
      from "facts_order" where customer_id is not null and counted and deleted_at is null
      window w as (partition by customer_id, currency_code order by placed_at, order_id)
    )
    update "facts_order" o set customer_seq = s.seq, prev_order_at = s.prev_at, next_order_at = s.next_at, spend_to_date = s.spend,
      raw_spend_to_date = jsonb_build_object('value', s.spend::text, 'precision', 20)
    from seq s where o.id = s.id;`);
    this.addSql(`update "facts_order" o set service_quantity = i.quantity
      from (select order_id, sum(greatest(0, quantity - returned_quantity))::int as quantity from "facts_order_item" where deleted_at is null group by order_id) i
      where o.order_id = i.order_id and o.deleted_at is null;`);
    this.addSql(`update "facts_order_item" i set currency_code = o.currency_code
      from "facts_order" o where o.order_id = i.order_id and o.deleted_at is null and i.deleted_at is null;`);
    // the feedback module's table exists unless its migration has yet to run (a new installation: nothing to copy)
    this.addSql(`do $$ begin
      if to_regclass('feedback_order_staff') is not null then
        update "facts_order" o set staff_user_ids = s.user_ids
        from (select order_id, array_agg(user_id order by user_id) as user_ids from feedback_order_staff where deleted_at is null group by order_id) s
        where o.order_id = s.order_id and o.deleted_at is null;
      end if;
    end $$;`);

    // a period of one currency's counted orders, read from the index alone
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_analytics" ON "facts_order" ("currency_code", "placed_at") INCLUDE ("customer_id", "net_spend", "customer_seq", "prev_order_at", "next_order_at", "spend_to_date", "service_quantity", "staff_user_ids") WHERE deleted_at IS NULL AND counted;`);
    // everyone's standing at a moment: the order of hers it falls after (placed before it, next one none or not before it)
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_standing" ON "facts_order" ("currency_code", "next_order_at") INCLUDE ("placed_at", "customer_id", "customer_seq", "spend_to_date") WHERE deleted_at IS NULL AND counted;`);
    // first orders (return after the first visit): a small index of one row per customer and currency
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_first" ON "facts_order" ("currency_code", "placed_at") INCLUDE ("next_order_at") WHERE deleted_at IS NULL AND counted AND customer_seq = 1;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_facts_order_item_analytics" ON "facts_order_item" ("currency_code", "placed_at") INCLUDE ("product_id", "collection_id", "kind", "quantity", "returned_quantity", "total") WHERE deleted_at IS NULL AND counted;`);
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_order_analytics";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_order_standing";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_order_first";`);
    this.addSql(`DROP INDEX IF EXISTS "IDX_facts_order_item_analytics";`);
    this.addSql(`alter table if exists "facts_order" drop column if exists "customer_seq", drop column if exists "prev_order_at", drop column if exists "next_order_at", drop column if exists "spend_to_date", drop column if exists "raw_spend_to_date", drop column if exists "staff_user_ids", drop column if exists "service_quantity";`);
    this.addSql(`alter table if exists "facts_order_item" drop column if exists "currency_code", drop column if exists "kind";`);
  }

}
