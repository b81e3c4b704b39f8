/**
 * Demo data for the spa CRM: plain objects only, no Medusa imports.
 *
 * The seed script creates these records through Medusa workflows and matches
 * existing ones by email/handle, so every generator is deterministic: the same
 * seed (and `now`) always gives the same data.
 */

// ---------------------------------------------------------------------------
// Types
// ---------------------------------------------------------------------------

export type Country = "vn" | "us"
export type Currency = "vnd" | "usd"
export type Gender = "female" | "male"
export type Activity = "loyal" | "regular" | "occasional" | "lead"
export type SkinType = "normal" | "dry" | "oily" | "combination" | "sensitive"
export type SkinConcern =
  | "acne"
  | "pigmentation"
  | "wrinkles"
  | "dullness"
  | "redness"
  | "large pores"
  | "dehydration"
export type TagColor = "grey" | "red" | "orange" | "green" | "blue" | "purple"
export type CustomFieldType = "text" | "number" | "date" | "select" | "boolean"
export type CustomFieldValue = string | number | boolean
export type TouchPointType = "call" | "email" | "sms" | "chat" | "visit" | "complaint" | "note"
export type TouchPointDirection = "inbound" | "outbound" | "internal"
export type TouchPointChannel = "phone" | "zalo" | "facebook" | "email" | "in-store" | "website"

export interface DemoCollection {
  handle: string
  title: string
}

export interface DemoVariant {
  title: string
  sku: string
  /** Major units, as Medusa v2 stores amounts: 450000 VND, 19.5 USD. */
  prices: { vnd: number; usd: number }
}

export interface DemoProduct {
  handle: string
  title: string
  description: string
  collection_handle: string
  /** Nothing to ship: treatments and vouchers. */
  is_service: boolean
  thumbnail?: string
  variants: DemoVariant[]
}

export interface DemoTag {
  name: string
  color: TagColor
}

export interface DemoCustomField {
  key: string
  label: string
  type: CustomFieldType
  options?: string[]
  required: false
}

export interface DemoCustomer {
  first_name: string
  last_name: string
  email: string
  /** E.164, e.g. +84912345678 or +14155550123 */
  phone: string
  country: Country
  currency: Currency
  /** ISO date, YYYY-MM-DD */
  birthday: string
  gender: Gender
  occupation: string
  skin_type: SkinType
  skin_concerns: SkinConcern[]
  allergies: string | null
  body_care_needs: string | null
  preferred_staff: string | null
  preferred_time: string | null
  zalo: string | null
  wechat: string | null
  facebook: string | null
  notes: string | null
  source: Source
  tags: string[]
  custom_fields: Record<string, CustomFieldValue> | null
  acquired_at: Date
  activity: Activity
}

export interface DemoOrderItem {
  product_handle: string
  variant_sku: string
  quantity: number
}

export interface DemoOrder {
  customer_index: number
  placed_at: Date
  currency: Currency
  items: DemoOrderItem[]
  /** The seed cancels these after creating them. */
  cancel: boolean
}

export interface DemoTouchPoint {
  customer_index: number
  type: TouchPointType
  channel: TouchPointChannel
  direction: TouchPointDirection
  summary: string
  occurred_at: Date
  staff_name: string
}

// ---------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------

type Weighted<T> = readonly [T, number]

/** mulberry32: small and fast, and unlike Math.random it can be seeded. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * One stream per record, so generating more customers never changes the ones
 * generated before them.
 */
function streamSeed(seed: number, index: number): number {
  return (Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0
}

export class Rng {
  private readonly next: () => number

  constructor(seed: number) {
    this.next = mulberry32(seed)
  }

  float(): number {
    return this.next()
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]
  }

  weighted<T>(entries: readonly Weighted<T>[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0)
    let roll = this.next() * total
    for (const [value, weight] of entries) {
      roll -= weight
      if (roll < 0) return value
    }
    return entries[entries.length - 1][0]
  }

  /** Up to `n` distinct items, each draw weighted by `weightOf`. */
  sample<T>(items: readonly T[], n: number, weightOf: (item: T) => number = () => 1): T[] {
    const pool = items.map((item) => [item, weightOf(item)] as const)
    const chosen: T[] = []
    while (chosen.length < n && pool.length > 0) {
      const index = this.weighted(pool.map(([, weight], i) => [i, weight] as const))
      chosen.push(pool[index][0])
      pool.splice(index, 1)
    }
    return chosen
  }

  between(from: Date, to: Date): Date {
    return new Date(from.getTime() + Math.floor(this.next() * (to.getTime() - from.getTime())))
  }
}

// ---------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000
// Ho Chi Minh City: UTC+7 all year, no daylight saving
const SPA_UTC_OFFSET_MS = 7 * HOUR_MS
const OPENING_HOUR = 9
const CLOSING_HOUR = 21
const MONTH_NAMES = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const

const daysBefore = (date: Date, days: number) => new Date(date.getTime() - days * DAY_MS)
const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b)
const pad2 = (n: number) => String(n).padStart(2, "0")
/** The spa's wall-clock time, read with the getUTC* methods. */
const spaClock = (date: Date) => new Date(date.getTime() + SPA_UTC_OFFSET_MS)

// The first day of Tết (the lunar new year) in Vietnam: the new moon between 21 January and 20
// February, computed with Meeus' new-moon formula in UTC+7 (so 2030 is 2 February, a day before
// China's new year). Past 2040 the demo falls back to 1 February, which is near enough for a chart.
const TET: Record<number, string> = {
  2024: "02-10", 2025: "01-29", 2026: "02-17", 2027: "02-06", 2028: "01-26", 2029: "02-13",
  2030: "02-02", 2031: "01-23", 2032: "02-11", 2033: "01-31", 2034: "02-19", 2035: "02-08",
  2036: "01-28", 2037: "02-15", 2038: "02-04", 2039: "01-24", 2040: "02-12",
}
/** The spa's calendar day of Tết in `year`, as a UTC midnight (like `spaDay`). */
const tetDay = (year: number) => Date.parse(`${year}-${TET[year] ?? "02-01"}T00:00:00Z`)
/** The spa's calendar day of `date`, as a UTC midnight. */
const spaDay = (date: Date) => {
  const local = spaClock(date)
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate())
}

// how much busier than an ordinary day (1): the weeks before Tết rise to the year's peak
const TET_RUN_UP_DAYS = 28
const TET_RUN_UP = [2, 4.5] as const
const TET_CLOSED_DAYS = 5 // mùng 1 to mùng 5: closed, a few appointments at most
const TET_LULL_DAYS = 10 // then the calm after the holiday
const WOMENS_DAY_WEEK = 2.2 // the week up to 8 March and up to 20 October
const RAINY_SEASON = 0.6 // June to September in the South
const YEAR_END = 1.3 // December: Christmas, year-end parties, vouchers as gifts

/**
 * How busy a spa in Hồ Chí Minh City is on `date`, an ordinary day being 1:
 * the weeks before Tết are the busiest of the year (a new look for the new
 * year, vouchers as gifts), the holiday itself is closed and the next days
 * calm; the week up to each Women's Day (8 March, 20 October) brings flowers,
 * treatments and gift vouchers; the rainy months (June–September) are quiet;
 * December a little busier.
 */
export function spaSeason(date: Date): number {
  const day = spaDay(date)
  const local = new Date(day)
  const month = local.getUTCMonth()
  const dayOfMonth = local.getUTCDate()
  let afterTet = Infinity
  for (const year of [local.getUTCFullYear(), local.getUTCFullYear() + 1]) {
    const daysTo = (tetDay(year) - day) / DAY_MS
    if (daysTo > 0 && daysTo <= TET_RUN_UP_DAYS) return TET_RUN_UP[0] + (TET_RUN_UP[1] - TET_RUN_UP[0]) * (1 - daysTo / TET_RUN_UP_DAYS)
    if (daysTo <= 0) afterTet = Math.min(afterTet, -daysTo)
  }
  if (afterTet < TET_CLOSED_DAYS) return 0.1
  if ((month === 2 && dayOfMonth <= 8) || (month === 9 && dayOfMonth >= 14 && dayOfMonth <= 20)) return WOMENS_DAY_WEEK
  if (afterTet < TET_CLOSED_DAYS + TET_LULL_DAYS) return 0.7
  if (month >= 5 && month <= 8) return RAINY_SEASON
  if (month === 11) return YEAR_END
  return 1
}

/** Gift vouchers sell in the Tết run-up, the Women's Day weeks and December. */
const giftSeason = (date: Date) => spaSeason(date) >= YEAR_END

/** A moment in [from, to] during opening hours. */
function sampleOpeningTime(rng: Rng, from: Date, to: Date): Date {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const t = rng.between(from, to)
    const hour = spaClock(t).getUTCHours()
    if (hour >= OPENING_HOUR && hour < CLOSING_HOUR) return t
  }
  // a window of a few night hours has no opening time in it
  return rng.between(from, to)
}

// 1/φ: the golden-ratio sequence frac(i/φ) spreads any run of draws evenly over [0, 1)
const GOLDEN = (Math.sqrt(5) - 1) / 2
/** The i-th point of the golden-ratio sequence in [0, 1). */
const evenly = (i: number) => (0.5 + i * GOLDEN) % 1

/**
 * A moment in [from, to] during opening hours, on a day drawn in proportion to
 * `demand` (of the spa's day, see `spaDay`) by `u` in [0, 1) (inverse
 * transform over the days: `evenly(i)` for the i-th order spreads orders by
 * the seasons without the clumps of independent draws), at a random time of
 * that day.
 */
function seasonalOpeningTime(rng: Rng, u: number, from: Date, to: Date, demand: (day: number) => number): Date {
  const open: { start: number; end: number; weight: number }[] = []
  let total = 0
  for (let day = spaDay(from); day <= to.getTime() + SPA_UTC_OFFSET_MS; day += DAY_MS) {
    // the day's opening hours as instants, within [from, to]
    const start = Math.max(from.getTime(), day + OPENING_HOUR * HOUR_MS - SPA_UTC_OFFSET_MS)
    const end = Math.min(to.getTime(), day + CLOSING_HOUR * HOUR_MS - SPA_UTC_OFFSET_MS)
    if (end <= start) continue
    const weight = demand(day) * (end - start)
    open.push({ start, end, weight })
    total += weight
  }
  if (total <= 0) return rng.between(from, to)
  let roll = u * total
  const chosen = open.find((d) => (roll -= d.weight) < 0) ?? open[open.length - 1]
  return rng.between(new Date(chosen.start), new Date(chosen.end))
}

function chronological<T extends { customer_index: number }>(dateOf: (item: T) => Date) {
  return (a: T, b: T) => dateOf(a).getTime() - dateOf(b).getTime() || a.customer_index - b.customer_index
}

// ---------------------------------------------------------------------------
// Catalog
// ---------------------------------------------------------------------------

export const COLLECTIONS = [
  { handle: "facials", title: "Facials" },
  { handle: "massages", title: "Massages" },
  { handle: "nail-care", title: "Nail care" },
  { handle: "skincare-products", title: "Skincare products" },
  { handle: "service-vouchers", title: "Service vouchers" },
] as const satisfies readonly DemoCollection[]

type CollectionHandle = (typeof COLLECTIONS)[number]["handle"]
type VariantRow = readonly [title: string, sku: string, vnd: number, usd: number]

function product(
  collection_handle: CollectionHandle,
  handle: string,
  title: string,
  english: string,
  vietnamese: string,
  variants: readonly VariantRow[]
): DemoProduct {
  return {
    handle,
    title,
    description: `${english} — ${vietnamese}`,
    collection_handle,
    is_service: collection_handle !== "skincare-products",
    variants: variants.map(([title, sku, vnd, usd]) => ({ title, sku, prices: { vnd, usd } })),
  }
}

export const CATALOG: DemoProduct[] = [
  product("facials", "hydrating-facial", "Hydrating facial",
    "Double cleanse, hyaluronic acid mask and lymphatic massage for dry, tired skin.",
    "Chăm sóc da cấp ẩm chuyên sâu",
    [["60 min", "FAC-HYD-60", 450000, 19]]),
  product("facials", "acne-treatment-facial", "Acne treatment facial",
    "Deep pore cleansing, gentle extraction and blue-light therapy to calm breakouts.",
    "Điều trị mụn chuyên sâu",
    [["75 min", "FAC-ACN-75", 650000, 27]]),
  product("facials", "anti-aging-gold-facial", "Anti-aging gold facial",
    "24K gold mask, collagen serum and a lifting massage to firm and brighten.",
    "Chăm sóc da chống lão hoá với mặt nạ vàng 24K",
    [["90 min", "FAC-GLD-90", 1200000, 49]]),
  product("facials", "brightening-vitamin-c-facial", "Brightening vitamin C facial",
    "Enzyme peel and vitamin C infusion to even out dark spots and dull skin.",
    "Chăm sóc da sáng mịn với vitamin C",
    [["60 min", "FAC-VTC-60", 550000, 23]]),
  product("massages", "swedish-massage", "Swedish massage",
    "Full-body massage with long, flowing strokes and sweet almond oil to release tension.",
    "Massage toàn thân kiểu Thuỵ Điển",
    [["60 min", "MAS-SWE-60", 500000, 21], ["90 min", "MAS-SWE-90", 700000, 29]]),
  product("massages", "hot-stone-massage", "Hot stone massage",
    "Warm basalt stones and aromatherapy oil melt deep muscle tension.",
    "Massage đá nóng",
    [["90 min", "MAS-HST-90", 850000, 35]]),
  product("massages", "vietnamese-herbal-foot-massage", "Vietnamese herbal foot massage",
    "Warm herbal foot soak followed by an acupressure foot and calf massage.",
    "Ngâm chân thảo dược và bấm huyệt bàn chân",
    [["45 min", "MAS-FOT-45", 280000, 12], ["60 min", "MAS-FOT-60", 350000, 15]]),
  product("nail-care", "gel-manicure", "Gel manicure",
    "Nail shaping, cuticle care and long-lasting gel polish in the colour of your choice.",
    "Sơn gel móng tay",
    [["Standard", "NAI-GEL-STD", 250000, 10.5]]),
  product("nail-care", "spa-pedicure", "Spa pedicure",
    "Foot soak, scrub, callus removal, massage and polish.",
    "Chăm sóc móng chân spa",
    [["Standard", "NAI-PED-STD", 300000, 12.5]]),
  product("nail-care", "nail-art", "Nail art",
    "Hand-painted designs, chrome or stones on top of a gel manicure.",
    "Vẽ móng nghệ thuật",
    [["Simple (per set)", "NAI-ART-SMP", 150000, 6.5], ["Premium (per set)", "NAI-ART-PRM", 300000, 12.5]]),
  product("skincare-products", "vitamin-c-serum", "Vitamin C serum",
    "15% vitamin C serum that fades dark spots and brightens dull skin. 30 ml.",
    "Serum vitamin C làm sáng da",
    [["30 ml", "SKN-VTC-30", 690000, 28.5]]),
  product("skincare-products", "sunscreen-spf50", "Sunscreen SPF50",
    "Light, non-greasy SPF50 PA++++ sunscreen for the tropical sun. 50 ml.",
    "Kem chống nắng SPF50",
    [["50 ml", "SKN-SPF-50", 420000, 17.5]]),
  product("skincare-products", "cleansing-oil", "Cleansing oil",
    "Gentle oil cleanser that removes sunscreen and make-up without stripping the skin.",
    "Dầu tẩy trang dịu nhẹ",
    [["200 ml", "SKN-CLO-200", 380000, 15.5]]),
  product("skincare-products", "hyaluronic-sheet-mask", "Hyaluronic sheet mask",
    "Cooling sheet masks with hyaluronic acid for a quick moisture boost at home.",
    "Mặt nạ giấy cấp ẩm",
    [["Box of 5", "SKN-MSK-5", 250000, 10]]),
  product("service-vouchers", "gift-voucher", "Gift voucher",
    "Spend it on any treatment or product; valid for 12 months.",
    "Phiếu quà tặng",
    [
      ["500,000 VND", "VOU-GFT-500K", 500000, 20],
      ["1,000,000 VND", "VOU-GFT-1M", 1000000, 40],
      ["2,000,000 VND", "VOU-GFT-2M", 2000000, 80],
    ]),
  product("service-vouchers", "facial-package-10-sessions", "10-session facial package",
    "Ten hydrating or brightening facials for the price of eight; valid for 12 months.",
    "Gói 10 buổi chăm sóc da mặt",
    [["10 sessions", "VOU-FAC-10", 3600000, 150]]),
  product("service-vouchers", "massage-package-5-sessions", "5-session massage package",
    "Five 60-minute Swedish or herbal foot massages at a 10% discount.",
    "Gói 5 buổi massage",
    [["5 sessions", "VOU-MAS-5", 2250000, 92]]),
]

// ---------------------------------------------------------------------------
// CRM reference data
// ---------------------------------------------------------------------------

export const SOURCES = [
  "Walk-in",
  "Website",
  "Facebook",
  "Facebook Lead Ads",
  "Google Maps",
  "Referral",
  "Call-centre",
] as const

export type Source = (typeof SOURCES)[number]

export const TAGS = [
  { name: "Dry skin", color: "orange" },
  { name: "Oily skin", color: "orange" },
  { name: "Sensitive skin", color: "red" },
  { name: "Acne-prone", color: "red" },
  { name: "Anti-aging", color: "purple" },
  { name: "VIP", color: "purple" },
  { name: "Yoga lover", color: "green" },
  { name: "Bride-to-be", color: "green" },
  { name: "Prefers mornings", color: "blue" },
  { name: "Birthday: March", color: "blue" },
  { name: "Corporate", color: "grey" },
  { name: "Student", color: "grey" },
] as const satisfies readonly DemoTag[]

type TagName = (typeof TAGS)[number]["name"]
const TAG_NAMES = new Set<string>(TAGS.map((tag) => tag.name))

const FAVOURITE_OILS = ["Lavender", "Lemongrass", "Jasmine", "Eucalyptus"]

export const CUSTOM_FIELDS: DemoCustomField[] = [
  { key: "membership_card", label: "Membership card no.", type: "text", required: false },
  { key: "favourite_oil", label: "Favourite massage oil", type: "select", options: FAVOURITE_OILS, required: false },
  { key: "pregnant", label: "Pregnant", type: "boolean", required: false },
]

export const STAFF = [
  "Nguyễn Thị Hương",
  "Trần Ngọc Mai",
  "Lê Thu Trang",
  "Phạm Minh Thư",
  "Võ Thanh Tâm",
  "Đặng Quốc Bảo",
  "Emma Walsh",
  "Olivia Bennett",
] as const

// ---------------------------------------------------------------------------
// Customers
// ---------------------------------------------------------------------------

interface ActivityProfile {
  share: number
  orders: readonly [min: number, max: number]
  touchPoints: readonly [min: number, max: number]
  acquiredDaysAgo: readonly [min: number, max: number]
  membershipChance: number
}

// Loyal customers were acquired long enough ago to have a year of visits; all within 18 months.
const ACTIVITY_PROFILES: Record<Activity, ActivityProfile> = {
  loyal: { share: 15, orders: [10, 25], touchPoints: [3, 6], acquiredDaysAgo: [300, 540], membershipChance: 0.8 },
  regular: { share: 35, orders: [3, 8], touchPoints: [2, 5], acquiredDaysAgo: [90, 540], membershipChance: 0.3 },
  occasional: { share: 35, orders: [1, 2], touchPoints: [1, 3], acquiredDaysAgo: [3, 540], membershipChance: 0.05 },
  lead: { share: 15, orders: [0, 0], touchPoints: [0, 1], acquiredDaysAgo: [1, 300], membershipChance: 0 },
}

const SOURCE_WEIGHTS: readonly Weighted<Source>[] = [
  ["Walk-in", 25],
  ["Facebook", 20],
  ["Website", 15],
  ["Facebook Lead Ads", 12],
  ["Google Maps", 12],
  ["Referral", 10],
  ["Call-centre", 6],
]

// Rough shares of Vietnamese family names
const VN_FAMILY_NAMES: readonly Weighted<string>[] = [
  ["Nguyễn", 38], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Hoàng", 5], ["Huỳnh", 5],
  ["Phan", 4], ["Vũ", 4], ["Võ", 4], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 2],
  ["Hồ", 2], ["Ngô", 2], ["Dương", 1], ["Lý", 1],
]

const VN_NAMES: Record<Gender, { commonMiddle: string; middles: string[]; givens: string[] }> = {
  female: {
    commonMiddle: "Thị",
    middles: ["Ngọc", "Thu", "Thanh", "Minh", "Phương", "Bảo", "Mai", "Hoài", "Khánh", "Kim", "Diệu"],
    givens: [
      "Lan", "Hương", "Anh", "Linh", "Trang", "Hà", "Mai", "Ngọc", "Thảo", "Vy", "Yến", "Nhung", "Hạnh",
      "Quỳnh", "Phương", "Trâm", "Hằng", "Dung", "My", "Nhi", "Tâm", "Loan", "Thuỷ", "Uyên", "Châu", "Giang",
    ],
  },
  male: {
    commonMiddle: "Văn",
    middles: ["Minh", "Quốc", "Đức", "Hoàng", "Thanh", "Gia", "Anh", "Hữu", "Tuấn", "Công", "Nhật"],
    givens: [
      "Nam", "Hùng", "Dũng", "Minh", "Tuấn", "Khang", "Phúc", "Long", "Huy", "Bảo", "Quân", "Sơn", "Đạt",
      "Khoa", "Tài", "Trung", "Thắng", "Vinh",
    ],
  },
}

const EN_GIVEN_NAMES: Record<Gender, string[]> = {
  female: [
    "Emily", "Sarah", "Jessica", "Olivia", "Emma", "Sophia", "Hannah", "Rachel", "Megan", "Lauren",
    "Chloe", "Grace", "Amanda", "Natalie", "Claire", "Abigail", "Madison", "Ashley",
  ],
  male: ["James", "Michael", "David", "Daniel", "Ryan", "Andrew", "Matthew", "Christopher", "Kevin", "Brian", "Ethan", "Jacob"],
}

const EN_FAMILY_NAMES = [
  "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson", "Taylor",
  "Thomas", "Moore", "Martin", "Clark", "Walker", "Hall", "Young", "King", "Wright", "Scott",
  "Carter", "Bennett", "Hughes", "Foster",
]

// Viettel, Vinaphone, Mobifone, Vietnamobile and Gmobile mobile prefixes
const VN_MOBILE_PREFIXES = [
  "90", "91", "93", "94", "96", "97", "98",
  "32", "33", "34", "35", "36", "37", "38", "39",
  "70", "76", "77", "78", "79",
  "81", "82", "83", "84", "85", "86", "88", "89",
]
const US_AREA_CODES = ["212", "415", "646", "310", "917", "206", "312", "617", "213", "718", "512", "305"]

const AGE_BANDS: readonly Weighted<readonly [number, number]>[] = [
  [[18, 24], 15],
  [[25, 34], 35],
  [[35, 44], 28],
  [[45, 54], 15],
  [[55, 65], 7],
]

const OCCUPATIONS: Record<Country, string[]> = {
  vn: [
    "Office worker", "Accountant", "Teacher", "Banker", "Business owner", "Doctor", "Nurse", "Pharmacist",
    "Designer", "Marketing manager", "Software engineer", "Sales executive", "Homemaker", "Flight attendant",
    "Lawyer", "Real estate agent", "Yoga instructor", "Shop owner",
  ],
  us: [
    "English teacher", "Software engineer", "Consultant", "Marketing manager", "Digital nomad", "Diplomat",
    "Business owner", "Designer", "Yoga instructor", "Photographer",
  ],
}
const CORPORATE_OCCUPATIONS = new Set([
  "Office worker", "Accountant", "Banker", "Marketing manager", "Software engineer", "Sales executive",
  "Consultant", "Lawyer",
])

const SKIN_TYPE_WEIGHTS: readonly Weighted<SkinType>[] = [
  ["normal", 20], ["dry", 22], ["oily", 20], ["combination", 25], ["sensitive", 13],
]
const SKIN_CONCERNS: readonly SkinConcern[] = [
  "acne", "pigmentation", "wrinkles", "dullness", "redness", "large pores", "dehydration",
]
const ALLERGIES = ["Fragrance", "Nuts oil", "Latex"]
const BODY_CARE_NEEDS = [
  "Lower back tension from desk work",
  "Stiff neck and shoulders",
  "Tired legs from standing all day",
  "Stress relief and better sleep",
  "Post-pregnancy body care",
  "Sports recovery after running",
  "Dry skin on arms and legs",
]
const PREFERRED_TIMES = [
  "Weekday mornings", "Weekday afternoons", "Lunch break", "Evenings after 6pm", "Weekends", "Sunday mornings",
]
const CUSTOMER_NOTES = [
  "Prefers a quiet room and no conversation during treatments.",
  "Likes firm pressure on the shoulders.",
  "Usually books together with her sister.",
  "Ask before using essential oils.",
  "Pays by bank transfer.",
  "Feels the cold easily; keep the room warm.",
  "Often comes in before important client meetings.",
  "Came through a friend's recommendation; very price-conscious.",
  "Wants to be reminded two days before each booking.",
]

interface PersonName {
  first_name: string
  last_name: string
}

export function generateCustomers(count: number, seed = 42, now = new Date()): DemoCustomer[] {
  const taken = { emails: new Set<string>(), phones: new Set<string>() }
  return Array.from({ length: count }, (_, index) =>
    generateCustomer(new Rng(streamSeed(seed, index)), index, taken, now)
  )
}

function generateCustomer(
  rng: Rng,
  index: number,
  taken: { emails: Set<string>; phones: Set<string> },
  now: Date
): DemoCustomer {
  const country: Country = rng.chance(0.7) ? "vn" : "us"
  const gender: Gender = rng.chance(0.75) ? "female" : "male"
  const activity = rng.weighted(Object.entries(ACTIVITY_PROFILES).map(([name, p]) => [name as Activity, p.share] as const))
  const name = country === "vn" ? vietnameseName(rng, gender) : englishName(rng, gender)
  const email = unique(taken.emails, () => emailFor(rng, name, country))
  const phone = unique(taken.phones, () => (country === "vn" ? vietnamesePhone(rng) : usPhone(rng)))
  const age = rng.int(...rng.weighted(AGE_BANDS))
  const skin_type = rng.weighted(SKIN_TYPE_WEIGHTS)
  const [minDays, maxDays] = ACTIVITY_PROFILES[activity].acquiredDaysAgo

  const customer: DemoCustomer = {
    ...name,
    email,
    phone,
    country,
    currency: country === "vn" ? "vnd" : "usd",
    birthday: birthdayAt(rng, age, now),
    gender,
    occupation: occupationFor(rng, country, age),
    skin_type,
    skin_concerns: concernsFor(rng, skin_type, age),
    allergies: rng.chance(0.12) ? rng.pick(ALLERGIES) : null,
    body_care_needs: rng.chance(0.35) ? rng.pick(BODY_CARE_NEEDS) : null,
    preferred_staff: rng.chance(0.4) ? rng.pick(STAFF) : null,
    preferred_time: rng.chance(0.85) ? rng.pick(PREFERRED_TIMES) : null,
    ...messagingHandles(rng, name, phone, country),
    notes: rng.chance(0.2) ? rng.pick(CUSTOMER_NOTES) : null,
    source: rng.weighted(SOURCE_WEIGHTS),
    tags: [],
    custom_fields: customFieldsFor(rng, index, activity, gender, age),
    acquired_at: rng.between(daysBefore(now, maxDays), daysBefore(now, minDays)),
    activity,
  }
  customer.tags = tagsFor(rng, customer, age)
  return customer
}

function unique(taken: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const value = make()
    if (!taken.has(value)) {
      taken.add(value)
      return value
    }
  }
  throw new Error("demo-data: ran out of unique values; generate fewer customers")
}

function vietnameseName(rng: Rng, gender: Gender): PersonName {
  const { commonMiddle, middles, givens } = VN_NAMES[gender]
  const middle = rng.chance(0.35) ? commonMiddle : rng.pick(middles)
  const given = rng.pick(givens.filter((g) => g !== middle))
  return { first_name: `${middle} ${given}`, last_name: rng.weighted(VN_FAMILY_NAMES) }
}

function englishName(rng: Rng, gender: Gender): PersonName {
  return { first_name: rng.pick(EN_GIVEN_NAMES[gender]), last_name: rng.pick(EN_FAMILY_NAMES) }
}

/** "Thị Lan" → "lan", "Nguyễn" → "nguyen" */
function asciiSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "")
}

/** The given name is the last word in Vietnamese ("Thị Lan" → "lan"). */
function nameSlugs(name: PersonName): { given: string; family: string } {
  return { given: asciiSlug(name.first_name.split(" ").pop() ?? ""), family: asciiSlug(name.last_name) }
}

// Reserved example domains only, so the demo never emails a real person.
function emailFor(rng: Rng, name: PersonName, country: Country): string {
  const { given, family } = nameSlugs(name)
  const domain = country === "vn" && rng.chance(0.5) ? "example.vn" : "example.com"
  return `${given}.${family}.${rng.int(1, 99)}@${domain}`
}

const digits = (rng: Rng, count: number) => Array.from({ length: count }, () => rng.int(0, 9)).join("")

function vietnamesePhone(rng: Rng): string {
  return `+84${rng.pick(VN_MOBILE_PREFIXES)}${digits(rng, 7)}`
}

// The exchange code (after the area code) never starts with 0 or 1 in the NANP.
function usPhone(rng: Rng): string {
  return `+1${rng.pick(US_AREA_CODES)}${rng.int(2, 9)}${digits(rng, 6)}`
}

/** "+84912345678" → "0912345678", as Vietnamese write it and use it for Zalo */
const vietnameseLocalPhone = (e164: string) => `0${e164.slice(3)}`

function messagingHandles(
  rng: Rng,
  name: PersonName,
  phone: string,
  country: Country
): Pick<DemoCustomer, "zalo" | "wechat" | "facebook"> {
  const { given, family } = nameSlugs(name)
  return {
    zalo: country === "vn" && rng.chance(0.75) ? vietnameseLocalPhone(phone) : null,
    wechat: rng.chance(0.05) ? `${given}_${family}${rng.int(10, 99)}` : null,
    facebook: rng.chance(0.3) ? `${given}.${family}.${rng.int(80, 99)}` : null,
  }
}

/** A birthday that makes the customer exactly `age` years old on `now`. */
function birthdayAt(rng: Rng, age: number, now: Date): string {
  const month = rng.int(0, 11)
  // a non-leap year's month lengths: no 29 February birthdays to special-case
  const day = rng.int(1, new Date(Date.UTC(2001, month + 1, 0)).getUTCDate())
  const hadBirthdayThisYear =
    now.getUTCMonth() > month || (now.getUTCMonth() === month && now.getUTCDate() >= day)
  const year = now.getUTCFullYear() - age - (hadBirthdayThisYear ? 0 : 1)
  return `${year}-${pad2(month + 1)}-${pad2(day)}`
}

function occupationFor(rng: Rng, country: Country, age: number): string {
  if (age < 23 && rng.chance(0.7)) return "Student"
  if (age >= 58 && rng.chance(0.5)) return "Retired"
  return rng.pick(OCCUPATIONS[country])
}

function concernWeight(concern: SkinConcern, skin: SkinType, age: number): number {
  const oilyish = skin === "oily" || skin === "combination"
  switch (concern) {
    case "acne":
      return oilyish && age < 30 ? 5 : 1
    case "large pores":
      return oilyish ? 3 : 1
    case "dehydration":
      return skin === "dry" ? 4 : 1
    case "redness":
      return skin === "sensitive" ? 5 : 1
    case "wrinkles":
      return age >= 35 ? 4 : age < 25 ? 0.2 : 1
    case "pigmentation":
      return age >= 30 ? 2 : 1
    case "dullness":
      return 1
  }
}

function concernsFor(rng: Rng, skin: SkinType, age: number): SkinConcern[] {
  const count = rng.weighted([[0, 15], [1, 40], [2, 30], [3, 15]])
  return rng.sample(SKIN_CONCERNS, count, (concern) => concernWeight(concern, skin, age))
}

function customFieldsFor(
  rng: Rng,
  index: number,
  activity: Activity,
  gender: Gender,
  age: number
): Record<string, CustomFieldValue> | null {
  const fields: Record<string, CustomFieldValue> = {}
  if (rng.chance(ACTIVITY_PROFILES[activity].membershipChance)) fields.membership_card = `SPA-${String(index + 1).padStart(5, "0")}`
  if (rng.chance(0.2)) fields.favourite_oil = rng.pick(FAVOURITE_OILS)
  if (gender === "female" && age >= 22 && age <= 40 && rng.chance(0.05)) fields.pregnant = true
  return Object.keys(fields).length > 0 ? fields : null
}

/** Up to three tags that fit what we know about the customer, plus their birthday-month tag if the spa has one. */
function tagsFor(rng: Rng, customer: DemoCustomer, age: number): string[] {
  const has = (concern: SkinConcern) => customer.skin_concerns.includes(concern)
  const rules: readonly (readonly [TagName, boolean])[] = [
    ["Dry skin", customer.skin_type === "dry" || has("dehydration")],
    ["Oily skin", customer.skin_type === "oily"],
    ["Sensitive skin", customer.skin_type === "sensitive" || has("redness")],
    ["Acne-prone", has("acne")],
    ["Anti-aging", has("wrinkles") || age >= 40],
    ["VIP", customer.activity === "loyal"],
    ["Yoga lover", customer.occupation === "Yoga instructor" || rng.chance(0.1)],
    ["Bride-to-be", customer.gender === "female" && age >= 22 && age <= 35 && rng.chance(0.08)],
    ["Prefers mornings", customer.preferred_time?.includes("mornings") ?? false],
    ["Corporate", CORPORATE_OCCUPATIONS.has(customer.occupation)],
    ["Student", customer.occupation === "Student"],
  ]
  const candidates = rules.filter(([, applies]) => applies).map(([tag]) => tag)
  const tags: string[] = rng.sample(candidates, rng.int(0, Math.min(3, candidates.length)))
  const birthdayTag = `Birthday: ${MONTH_NAMES[Number(customer.birthday.slice(5, 7)) - 1]}`
  return TAG_NAMES.has(birthdayTag) ? [...tags, birthdayTag] : tags
}

// ---------------------------------------------------------------------------
// Orders
// ---------------------------------------------------------------------------

const YEAR_DAYS = 365
const CANCELLED_SHARE = 0.03
const ITEMS_PER_ORDER: readonly Weighted<number>[] = [[1, 65], [2, 27], [3, 8]]
// new customers' orders all fall after they came, which would make the last months twice the
// first: a lean of ±LEAN/2 towards the start of the year keeps that to the growth of a young spa
const LEAN = 0.8
// a few regulars who came every few weeks, then stopped 4 to 8 months ago
const LAPSED_REGULARS = 5
const LAPSED_ORDERS = [6, 8] as const
const LAPSED_DAYS_AGO = [125, 235] as const
// she came for a few months at least before she stopped
const LAPSED_MIN_TENURE_DAYS = 330

const COLLECTION_DEMAND: Record<string, number> = {
  facials: 10,
  massages: 12,
  "nail-care": 10,
  "skincare-products": 5,
  "service-vouchers": 3,
}

const PRODUCTS_FOR_CONCERN: Record<SkinConcern, string[]> = {
  acne: ["acne-treatment-facial", "cleansing-oil"],
  pigmentation: ["brightening-vitamin-c-facial", "vitamin-c-serum", "sunscreen-spf50"],
  wrinkles: ["anti-aging-gold-facial", "vitamin-c-serum"],
  dullness: ["brightening-vitamin-c-facial", "vitamin-c-serum"],
  redness: ["hydrating-facial", "hyaluronic-sheet-mask"],
  "large pores": ["acne-treatment-facial", "cleansing-oil"],
  dehydration: ["hydrating-facial", "hyaluronic-sheet-mask"],
}

/**
 * The regulars who lapsed: index → the day she stopped coming, 4 to 8 months
 * before `now`. Her orders (6 to 8, the last in the 10 days before it) and
 * touch-points all fall before it, so the recency report, the "Lapsed 90
 * days" set and the behaviour classes (can't lose them) find her.
 * Deterministic for the same customers and `now`.
 */
export function lapsedRegulars(customers: readonly DemoCustomer[], now = new Date(), seed = 19): Map<number, Date> {
  const rng = new Rng(seed)
  const longStanding = daysBefore(now, LAPSED_MIN_TENURE_DAYS).getTime()
  const candidates = customers
    .map((customer, index) => ({ customer, index }))
    .filter(({ customer }) => customer.activity === "regular" && customer.acquired_at.getTime() <= longStanding)
  return new Map(rng.sample(candidates, LAPSED_REGULARS).map(({ index }) => [index, daysBefore(now, rng.int(...LAPSED_DAYS_AGO))]))
}

function productAppeal(product: DemoProduct, customer: DemoCustomer, placedAt: Date): number {
  const base = COLLECTION_DEMAND[product.collection_handle] ?? 5
  const gifts = product.collection_handle === "service-vouchers" && giftSeason(placedAt) ? 3 : 1
  const suitsSkin = customer.skin_concerns.some((c) => PRODUCTS_FOR_CONCERN[c].includes(product.handle)) ? 3 : 1
  return base * gifts * suitsSkin
}

function pickItems(rng: Rng, catalog: readonly DemoProduct[], customer: DemoCustomer, placedAt: Date): DemoOrderItem[] {
  const products = rng.sample(catalog, rng.weighted(ITEMS_PER_ORDER), (p) => productAppeal(p, customer, placedAt))
  return products.map((p) => ({
    product_handle: p.handle,
    variant_sku: rng.pick(p.variants).sku,
    quantity: rng.chance(p.is_service ? 0.04 : 0.2) ? 2 : 1,
  }))
}

/**
 * Nudges per-customer order counts, one order at a time, until they add up to
 * `total`; customers with more orders are likelier to get (or lose) one, and
 * each customer's range is kept while it can be.
 */
function fitOrderCounts(
  rng: Rng,
  counts: number[],
  ranges: readonly (readonly [number, number])[],
  total: number,
  fixed: ReadonlySet<number>
): number[] {
  const buyers = ranges.map((_, i) => i).filter((i) => ranges[i][1] > 0 && !fixed.has(i))
  let sum = counts.reduce((a, b) => a + b, 0)
  while (sum !== total) {
    const step = sum < total ? 1 : -1
    const withinRange = buyers.filter((i) => (step > 0 ? counts[i] < ranges[i][1] : counts[i] > ranges[i][0]))
    const pool = withinRange.length > 0 ? withinRange : buyers.filter((i) => step > 0 || counts[i] > 0)
    if (pool.length === 0) throw new Error(`demo-data: no customers who buy, cannot plan ${total} orders`)
    const i = rng.weighted(pool.map((j) => [j, ranges[j][0] + ranges[j][1]] as const))
    counts[i] += step
    sum += step
  }
  return counts
}

export function generateOrderPlan(
  customers: readonly DemoCustomer[],
  catalog: readonly DemoProduct[] = CATALOG,
  count = 1600,
  seed = 7,
  now = new Date()
): DemoOrder[] {
  const rng = new Rng(seed)
  const yearAgo = daysBefore(now, YEAR_DAYS)
  const lapsed = lapsedRegulars(customers, now)
  const ranges = customers.map((c, i) => (lapsed.has(i) ? LAPSED_ORDERS : ACTIVITY_PROFILES[c.activity].orders))
  const wanted = ranges.map((range) => rng.int(...range))
  // the lapsed regulars keep their many orders; the others make up the total
  const counts = fitOrderCounts(rng, wanted, ranges, count, new Set(lapsed.keys()))

  let drawn = 0
  const demandOfDay = new Map<number, number>()
  const demand = (day: number) => {
    let d = demandOfDay.get(day)
    if (d === undefined) {
      const noon = new Date(day + 12 * HOUR_MS - SPA_UTC_OFFSET_MS)
      d = spaSeason(noon) * (1 + LEAN * (0.5 - (noon.getTime() - yearAgo.getTime()) / (YEAR_DAYS * DAY_MS)))
      demandOfDay.set(day, d)
    }
    return d
  }
  const orders = customers.flatMap((customer, customer_index) =>
    Array.from({ length: counts[customer_index] }, (_, k): DemoOrder => {
      const stopped = lapsed.get(customer_index)
      // a lapsed regular's first order drawn is her last visit, in the days before she stopped
      const from = stopped && k === 0 ? daysBefore(stopped, 10) : later(customer.acquired_at, yearAgo)
      const placed_at = seasonalOpeningTime(rng, evenly(drawn++), from, stopped ?? now, demand)
      return {
        customer_index,
        placed_at,
        currency: customer.currency,
        items: pickItems(rng, catalog, customer, placed_at),
        cancel: false,
      }
    })
  )
  orders.sort(chronological((o) => o.placed_at))
  for (const order of rng.sample(orders, Math.round(orders.length * CANCELLED_SHARE))) order.cancel = true
  return orders
}

// ---------------------------------------------------------------------------
// Touch points
// ---------------------------------------------------------------------------

interface SummaryContext {
  rng: Rng
  customer: DemoCustomer
  channel: TouchPointChannel
  staff: string
  occurredAt: Date
}

interface TouchPointTemplate {
  type: TouchPointType
  direction: TouchPointDirection
  channels: readonly TouchPointChannel[]
  /** An enquiry someone who never bought could make. */
  lead?: boolean
  when?: (customer: DemoCustomer) => boolean
  write: (ctx: SummaryContext) => string
}

const TYPE_WEIGHTS: readonly Weighted<TouchPointType>[] = [
  ["visit", 30], ["call", 20], ["chat", 16], ["sms", 12], ["email", 10], ["note", 7], ["complaint", 5],
]

const CHANNEL_LABELS: Record<TouchPointChannel, string> = {
  phone: "the phone",
  zalo: "Zalo",
  facebook: "Facebook",
  email: "email",
  "in-store": "the front desk",
  website: "the website chat",
}

const FACIALS = ["hydrating facial", "acne treatment facial", "gold facial", "vitamin C facial"]
const MASSAGES = ["Swedish massage", "hot stone massage", "herbal foot massage"]
const NAIL_SERVICES = ["gel manicure", "spa pedicure", "nail art set"]
const TREATMENTS = [...FACIALS, ...MASSAGES, ...NAIL_SERVICES]
const RETAIL = ["vitamin C serum", "SPF50 sunscreen", "cleansing oil", "hyaluronic sheet mask"]
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
const TIMES = ["9am", "10am", "11:30am", "2pm", "3:30pm", "5pm", "6:30pm", "7pm"]

/** "a facial", "an acne treatment facial" */
const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`
const slot = (rng: Rng) => `${rng.pick(DAYS)} ${rng.pick(TIMES)}`
const monthOf = (date: Date) => MONTH_NAMES[spaClock(date).getUTCMonth()]

const TOUCH_POINT_TEMPLATES: readonly TouchPointTemplate[] = [
  { type: "call", direction: "outbound", channels: ["phone", "zalo"],
    write: ({ rng }) => `Called to confirm ${slot(rng)} ${rng.pick(TREATMENTS)}` },
  { type: "call", direction: "outbound", channels: ["phone"],
    write: ({ rng }) => `Follow-up call after the ${rng.pick(FACIALS)}; skin feels calmer` },
  { type: "call", direction: "inbound", channels: ["phone", "zalo"], lead: true,
    write: ({ rng }) => `Called to ask about ${rng.pick(TREATMENTS)} prices and opening hours` },
  { type: "call", direction: "inbound", channels: ["phone"],
    write: ({ rng }) => `Called to move the ${rng.pick(TREATMENTS)} to ${slot(rng)}` },
  { type: "email", direction: "outbound", channels: ["email"],
    write: ({ rng, occurredAt }) => `Sent the ${monthOf(occurredAt)} newsletter with 15% off the ${rng.pick(FACIALS)}` },
  { type: "email", direction: "outbound", channels: ["email"],
    write: ({ rng }) => `Sent aftercare tips after the ${rng.pick([...FACIALS, ...MASSAGES])}` },
  { type: "email", direction: "inbound", channels: ["email"], lead: true,
    write: () => "Asked whether a gift voucher can be emailed straight to a friend" },
  { type: "email", direction: "inbound", channels: ["email"],
    write: () => "Asked for a VAT invoice for the last visit" },
  { type: "sms", direction: "outbound", channels: ["phone", "zalo"],
    write: ({ rng }) => `Reminder sent: ${rng.pick(TREATMENTS)} tomorrow at ${rng.pick(TIMES)}` },
  { type: "sms", direction: "outbound", channels: ["phone", "zalo"],
    write: () => "Sent birthday wishes with a 10% voucher for any facial" },
  { type: "chat", direction: "inbound", channels: ["zalo", "facebook", "website"], lead: true,
    write: ({ rng, channel }) => `Asked about ${rng.pick(TREATMENTS)} prices on ${CHANNEL_LABELS[channel]}` },
  { type: "chat", direction: "inbound", channels: ["zalo", "facebook", "website"], lead: true,
    write: ({ rng, customer }) => `Asked whether the ${rng.pick(RETAIL)} suits ${customer.skin_type} skin` },
  { type: "chat", direction: "inbound", channels: ["zalo", "facebook"],
    write: ({ rng, channel }) => `Booked ${withArticle(rng.pick(TREATMENTS))} for ${slot(rng)} via ${CHANNEL_LABELS[channel]}` },
  { type: "visit", direction: "inbound", channels: ["in-store"],
    write: ({ rng, staff }) => `Came in for ${withArticle(rng.pick(TREATMENTS))} with ${staff}` },
  { type: "visit", direction: "inbound", channels: ["in-store"],
    write: ({ rng }) => `Walked in without a booking; fitted in for ${withArticle(rng.pick(NAIL_SERVICES))}` },
  { type: "visit", direction: "inbound", channels: ["in-store"],
    write: ({ rng }) => `Bought the ${rng.pick(RETAIL)} after the ${rng.pick(FACIALS)}` },
  { type: "visit", direction: "inbound", channels: ["in-store"],
    write: ({ rng }) => `Brought a friend along for ${withArticle(rng.pick(MASSAGES))}` },
  { type: "complaint", direction: "inbound", channels: ["in-store", "phone"],
    write: ({ rng }) => `Complained about waiting ${rng.pick([15, 20, 25, 30])} minutes; offered ${rng.pick([10, 15])}% voucher` },
  { type: "complaint", direction: "inbound", channels: ["zalo", "phone"],
    write: ({ rng }) => `Slight redness after the ${rng.pick(FACIALS)}; advised aloe gel and a check-up visit` },
  { type: "complaint", direction: "inbound", channels: ["in-store", "facebook"],
    write: () => "Gel polish chipped after three days; redone free of charge" },
  { type: "complaint", direction: "inbound", channels: ["in-store"],
    write: ({ rng }) => `Room felt too cold during the ${rng.pick(MASSAGES)}; noted for next visit` },
  { type: "note", direction: "internal", channels: ["in-store"], when: (c) => c.preferred_staff !== null,
    write: ({ customer }) => `Prefers ${customer.preferred_staff}; book with the same therapist when possible` },
  { type: "note", direction: "internal", channels: ["in-store"], when: (c) => c.allergies !== null,
    write: ({ customer }) => `Allergy: ${customer.allergies}. Check product labels before every treatment` },
  { type: "note", direction: "internal", channels: ["in-store"],
    write: () => "Interested in the 10-session facial package; follow up at the next visit" },
  { type: "note", direction: "internal", channels: ["in-store"],
    write: () => "Asked not to receive marketing messages" },
]

function channelsFor(template: TouchPointTemplate, customer: DemoCustomer): TouchPointChannel[] {
  return template.channels.filter((channel) => channel !== "zalo" || customer.zalo !== null)
}

function templatesFor(customer: DemoCustomer): TouchPointTemplate[] {
  return TOUCH_POINT_TEMPLATES.filter(
    (t) =>
      (customer.activity !== "lead" || t.lead === true) &&
      (t.when?.(customer) ?? true) &&
      channelsFor(t, customer).length > 0
  )
}

function pickTemplate(rng: Rng, templates: readonly TouchPointTemplate[]): TouchPointTemplate {
  const type = rng.weighted(TYPE_WEIGHTS.filter(([type]) => templates.some((t) => t.type === type)))
  return rng.pick(templates.filter((t) => t.type === type))
}

export function generateTouchPoints(
  customers: readonly DemoCustomer[],
  seed = 11,
  now = new Date()
): DemoTouchPoint[] {
  const yearAgo = daysBefore(now, YEAR_DAYS)
  const lapsed = lapsedRegulars(customers, now)
  const touchPoints = customers.flatMap((customer, customer_index) => {
    const rng = new Rng(streamSeed(seed, customer_index))
    const templates = templatesFor(customer)
    const from = later(customer.acquired_at, yearAgo)
    const to = lapsed.get(customer_index) ?? now
    return Array.from({ length: rng.int(...ACTIVITY_PROFILES[customer.activity].touchPoints) }, (): DemoTouchPoint => {
      const template = pickTemplate(rng, templates)
      const channel = rng.pick(channelsFor(template, customer))
      const staff_name = customer.preferred_staff !== null && rng.chance(0.6) ? customer.preferred_staff : rng.pick(STAFF)
      const occurred_at = sampleOpeningTime(rng, from, to)
      return {
        customer_index,
        type: template.type,
        channel,
        direction: template.direction,
        summary: template.write({ rng, customer, channel, staff: staff_name, occurredAt: occurred_at }),
        occurred_at,
        staff_name,
      }
    })
  })
  return touchPoints.sort(chronological((tp) => tp.occurred_at))
}
