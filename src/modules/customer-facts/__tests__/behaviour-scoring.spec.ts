import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { CUSTOMER_FACTS_MODULE } from ".."
import CustomerFactsModuleService from "../service"
import { DEFAULT_BEHAVIOUR_RULES } from "../../../types/customer-behaviour"

jest.setTimeout(180_000)

const CUSTOMERS = Number(process.env.BEHAVIOUR_CUSTOMERS ?? 100_000)

moduleIntegrationTestRunner<CustomerFactsModuleService>({
  moduleName: CUSTOMER_FACTS_MODULE,
  resolve: "./src/modules/customer-facts",
  testSuite: ({ service, MikroOrmWrapper }) => {
    it(`scores ${CUSTOMERS.toLocaleString("en")} customers in one statement in seconds, a fifth in each score`, async () => {
      const knex = MikroOrmWrapper.forkManager().getKnex()
      // a spa's customers: last orders over two years, 1–30 orders, spend in VND (and a tenth in USD too);
      // one in ten has never ordered
      await knex.raw(
        `INSERT INTO facts_customer (id, customer_id, orders_count, first_order_at, last_order_at)
         SELECT 'fctcus_' || i, 'cus_' || lpad(i::text, 7, '0'),
           CASE WHEN i % 10 = 0 THEN 0 ELSE 1 + (i * 7919) % 30 END,
           CASE WHEN i % 10 = 0 THEN NULL ELSE timestamptz '2024-12-01' END,
           CASE WHEN i % 10 = 0 THEN NULL ELSE timestamptz '2026-12-01' - ((i * 104729) % 730) * interval '1 day' END
         FROM generate_series(1::bigint, ?::bigint) i`,
        [CUSTOMERS]
      )
      await knex.raw(
        `INSERT INTO facts_customer_spend (id, customer_id, currency_code, orders_count, net_spend, raw_net_spend, avg_order_value,
           raw_avg_order_value, first_order_at, last_order_at)
         SELECT 'fctspd_' || c || '_' || cur, 'cus_' || lpad(i::text, 7, '0'), cur, 1, s, jsonb_build_object('value', s::text, 'precision', 20), s,
           jsonb_build_object('value', s::text, 'precision', 20), timestamptz '2024-12-01', timestamptz '2026-12-01'
         FROM generate_series(1::bigint, ?::bigint) i,
           LATERAL (SELECT i AS c) x,
           LATERAL (VALUES ('vnd', 100000 * (1 + (i * 6151) % 500)), ('usd', CASE WHEN i % 10 = 3 THEN 10 + (i * 31) % 900 END)) AS v(cur, s)
         WHERE i % 10 <> 0 AND s IS NOT NULL`,
        [CUSTOMERS]
      )
      await knex.raw(`ANALYZE facts_customer; ANALYZE facts_customer_spend`)

      const first = await service.scoreBehaviour(DEFAULT_BEHAVIOUR_RULES, new Date("2026-12-02T03:30:00Z"))
      const again = await service.scoreBehaviour(DEFAULT_BEHAVIOUR_RULES, new Date("2026-12-03T03:30:00Z"))
      console.info(
        `behaviour scoring: ${CUSTOMERS.toLocaleString("en")} customers (${first.scored.toLocaleString("en")} with orders) ` +
          `in ${first.duration_ms} ms, again a day later in ${again.duration_ms} ms (${again.changed} rows written)`
      )

      const buyers = CUSTOMERS - CUSTOMERS / 10
      expect(first.scored).toBe(buyers)
      // a day later every buyer's days grew by one: the ranking, and so every row, stays as it was
      expect([first.changed, again.scored, again.changed]).toEqual([buyers, buyers, 0])
      expect(Object.values(first.by_class).reduce((a, b) => a + b, 0)).toBe(buyers)
      expect(first.duration_ms).toBeLessThan(15_000)
      const { rows } = await knex.raw(
        `SELECT s, count(*) FILTER (WHERE recency_score = s)::int AS r, count(*) FILTER (WHERE frequency_score = s)::int AS f,
           count(*) FILTER (WHERE behaviour_class IS NULL AND orders_count > 0)::int AS unclassed
         FROM facts_customer, generate_series(1, 5) s GROUP BY s ORDER BY s`
      )
      // ntile(5): each score a fifth of the customers who ordered (ties split by customer id)
      expect(rows.map((r: { r: number; f: number }) => [r.r, r.f])).toEqual(Array(5).fill([buyers / 5, buyers / 5]))
      expect(rows.every((r: { unclassed: number }) => r.unclassed === 0)).toBe(true)
      const { rows: never } = await knex.raw(
        `SELECT count(*)::int AS n FROM facts_customer WHERE orders_count = 0 AND (recency_score IS NOT NULL OR behaviour_class IS NOT NULL)`
      )
      expect(never[0].n).toBe(0)
      expect(await service.countBehaviour()).toEqual({ by_class: again.by_class, by_group: again.by_group })
      expect((await service.readBehaviourSettings()).last_scored_at).toBe("2026-12-03T03:30:00.000Z")
    })
  },
})
