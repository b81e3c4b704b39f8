/**
 * A small default look for the components, as a string (the package build
 * compiles TypeScript only, so a .css file would not ship): put it in a
 * <style> tag, or write your own rules for the `spa-crm-` classes. Theme it
 * with the CSS variables on any parent element.
 */
export const SPA_CRM_STYLES = `
:root {
  --spa-crm-accent: #8a6d3b;
  --spa-crm-accent-contrast: #ffffff;
  --spa-crm-text: #2b2b2b;
  --spa-crm-muted: #6b6b6b;
  --spa-crm-surface: #ffffff;
  --spa-crm-border: #e6e0d8;
  --spa-crm-error: #b3261e;
  --spa-crm-radius: 12px;
  --spa-crm-gap: 12px;
}
.spa-crm-card { background: var(--spa-crm-surface); color: var(--spa-crm-text); border: 1px solid var(--spa-crm-border); border-radius: var(--spa-crm-radius); padding: calc(var(--spa-crm-gap) * 1.5); display: grid; gap: var(--spa-crm-gap); }
.spa-crm-title { font-size: 1.125rem; margin: 0; }
.spa-crm-member-card__header { display: flex; justify-content: space-between; align-items: center; }
.spa-crm-tier-badge { background: var(--spa-crm-accent); color: var(--spa-crm-accent-contrast); border-radius: 999px; padding: 2px 10px; font-size: .85rem; }
.spa-crm-member-card__points { display: grid; grid-template-columns: repeat(3, 1fr); margin: 0; }
.spa-crm-stat dt { color: var(--spa-crm-muted); font-size: .8rem; }
.spa-crm-stat dd { margin: 0; font-size: 1.25rem; font-weight: 600; }
.spa-crm-progress__bar { height: 8px; background: var(--spa-crm-border); border-radius: 999px; overflow: hidden; }
.spa-crm-progress__fill { display: block; height: 100%; background: var(--spa-crm-accent); }
.spa-crm-progress__text, .spa-crm-hint, .spa-crm-empty { color: var(--spa-crm-muted); margin: 0; }
.spa-crm-notice { margin: 0; padding: 8px; border-radius: 8px; background: color-mix(in srgb, var(--spa-crm-accent) 12%, transparent); }
.spa-crm-referral { display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.spa-crm-referral__code { font-weight: 600; letter-spacing: .1em; }
.spa-crm-button { background: var(--spa-crm-accent); color: var(--spa-crm-accent-contrast); border: 0; border-radius: 8px; padding: 8px 14px; cursor: pointer; }
.spa-crm-button--secondary { background: transparent; color: var(--spa-crm-accent); border: 1px solid var(--spa-crm-accent); }
.spa-crm-button:disabled { opacity: .5; cursor: default; }
.spa-crm-history__list { list-style: none; margin: 0; padding: 0; display: grid; gap: 6px; }
.spa-crm-history__entry { display: grid; grid-template-columns: 1fr auto; gap: 2px 8px; border-bottom: 1px solid var(--spa-crm-border); padding-bottom: 6px; }
.spa-crm-points--credit { color: var(--spa-crm-accent); font-weight: 600; }
.spa-crm-points--debit { color: var(--spa-crm-muted); font-weight: 600; }
.spa-crm-history__reason, .spa-crm-history__date { color: var(--spa-crm-muted); font-size: .85rem; }
.spa-crm-pager { display: flex; gap: 8px; align-items: center; }
.spa-crm-field { display: grid; gap: 4px; }
.spa-crm-input { border: 1px solid var(--spa-crm-border); border-radius: 8px; padding: 8px; font: inherit; }
.spa-crm-error { color: var(--spa-crm-error); margin: 0; }
.spa-crm-rating { border: 0; padding: 0; margin: 0; display: flex; gap: 8px; align-items: center; flex-wrap: wrap; }
.spa-crm-rating__label { min-width: 10em; float: left; }
.spa-crm-rating__option { position: relative; display: inline-grid; place-items: center; min-width: 2.2em; height: 2.2em; border: 1px solid var(--spa-crm-border); border-radius: 999px; cursor: pointer; }
.spa-crm-rating__option input { position: absolute; inset: 0; margin: 0; opacity: 0; cursor: pointer; }
.spa-crm-rating__option:has(input:checked) { background: var(--spa-crm-accent); border-color: var(--spa-crm-accent); color: var(--spa-crm-accent-contrast); }
.spa-crm-rating__option:has(input:focus-visible) { outline: 2px solid var(--spa-crm-accent); outline-offset: 2px; }
.spa-crm-rating-summary { margin: 0; display: grid; gap: 4px; }
.spa-crm-rating-summary__row { display: flex; justify-content: space-between; }
.spa-crm-rating-summary dd { margin: 0; color: var(--spa-crm-accent); }
`
