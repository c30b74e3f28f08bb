#!/usr/bin/env node
// Prints what the review makes of the sample: the headline figures the README shows, the action and blacklist mix,
// alerts by rule, limits in force against need, and the ReviewHistory checks (nobody before its first invoice, no
// grade-E row with a positive recommended limit, score falls between the reviews). Reads assets/sample-portfolio.xlsx
// as the CLI does. Build first: `npm run build:cli` (`npm run sample-mix` does both).
const { join } = require("node:path");
const { FileWorkbookSource } = require("../lib/files/fileWorkbookSource.js");
const { readReviewInput } = require("../lib/workbook/reviewInput.js");
const { runReview } = require("../lib/core/portfolio/review.js");
const { invoiceList } = require("../lib/core/portfolio/invoiceColumns.js");
const { serialFromIso, isoFromSerial } = require("../lib/core/dates.js");

const file = process.argv[2] ?? join(__dirname, "..", "assets", "sample-portfolio.xlsx");
const asOf = serialFromIso(process.argv[3] ?? "2026-06-30");

const countBy = (items, key) => {
  const out = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};
const quantiles = (xs, qs) => {
  const s = [...xs].sort((a, b) => a - b);
  return qs.map((q) => s[Math.min(s.length - 1, Math.floor(q * (s.length - 1)))]);
};
const money = (x) => x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

(async () => {
  const input = await readReviewInput(await FileWorkbookSource.open(file), asOf);
  const review = runReview(input.portfolio, input.policy, asOf, input.scorecard);
  const k = review.kpis;
  console.log(`${file} as of ${isoFromSerial(asOf)}`);
  console.log(
    `customers ${k.customers}, invoices ${k.invoices}, open receivables ${money(k.openReceivables.toNumber())}`,
  );
  console.log(
    `overdue ${money(k.overdueReceivables.toNumber())}, disputed ${money(k.disputed.toNumber())}, CEI ${k.cei?.toFixed(4)}`,
  );
  console.log(
    `alerts ${review.alerts.length}`,
    countBy(review.alerts, (a) => a.rule),
  );
  console.log(
    `data issues ${input.issues.length}`,
    countBy(input.issues, (i) => i.code),
  );
  console.log(
    "actions",
    k.actionCounts,
    "rules",
    countBy(review.customers, (c) => c.actionRule),
  );
  console.log(
    "blacklist status",
    countBy(
      review.customers.filter((c) => c.blacklistStatus),
      (c) => c.blacklistStatus,
    ),
  );
  console.log("grades", Object.fromEntries(k.gradeCounts.map((g) => [g.grade, g.count])));

  // Limits in force against need (need = monthly sales × (terms + buffer) ÷ 30) and against the credit rules' limit.
  const buffer = input.policy.limits.needBufferDays;
  const withLimit = review.customers.filter((c) => (c.customer.creditLimit ?? 0) > 0);
  const need = (c) => c.monthlySales * (((c.customer.paymentTerms ?? 30) + buffer) / 30);
  const totalLimit = withLimit.reduce((s, c) => s + c.customer.creditLimit, 0);
  const totalNeed = review.customers.reduce((s, c) => s + Math.max(0, need(c)), 0);
  console.log(`limits in force ${money(totalLimit)} over ${withLimit.length} customers; need ${money(totalNeed)}`);
  const ratios = withLimit.filter((c) => need(c) > 0).map((c) => c.customer.creditLimit / need(c));
  console.log(
    "limit ÷ need quantiles 10/25/50/75/90 %",
    quantiles(ratios, [0.1, 0.25, 0.5, 0.75, 0.9])
      .map((r) => r.toFixed(2))
      .join(" "),
  );
  const rules = withLimit.filter((c) => c.limitByRules > 0).map((c) => c.customer.creditLimit / c.limitByRules);
  console.log(
    "limit vs rules' limit: below",
    rules.filter((r) => r < 1).length,
    "at",
    rules.filter((r) => r === 1).length,
    "above",
    rules.filter((r) => r > 1).length,
    "| rules give 0:",
    withLimit.length - rules.length,
  );

  // ReviewHistory against the ledger.
  const firstInvoice = new Map();
  for (const i of invoiceList(input.portfolio.invoices)) {
    if (!(firstInvoice.get(i.customerId) <= i.invoiceDate)) firstInvoice.set(i.customerId, i.invoiceDate);
  }
  const history = input.portfolio.history;
  const before = history.filter((h) => !(firstInvoice.get(h.customerId) <= h.reviewDate)).length;
  const gradeEPositive = history.filter((h) => h.grade === "E" && (h.recommendedLimit ?? 0) > 0).length;
  console.log(
    `history rows ${history.length} at`,
    [...new Set(history.map((h) => isoFromSerial(h.reviewDate)))].join(", "),
  );
  console.log(
    `history rows before the first invoice ${before}; grade E with a positive recommended limit ${gradeEPositive}`,
  );
  const last = new Map();
  for (const h of history) if (!(last.get(h.customerId)?.reviewDate >= h.reviewDate)) last.set(h.customerId, h);
  const drops = review.customers.filter(
    (c) => c.score !== undefined && last.get(c.customer.id)?.score - c.score >= input.policy.earlyWarning.scoreDrop,
  );
  console.log(
    `score falls of ≥ ${input.policy.earlyWarning.scoreDrop} since the last review: ${drops.length}`,
    drops.map((c) => `${c.customer.id} ${last.get(c.customer.id).score.toFixed(1)}→${c.score.toFixed(1)}`).join(", "),
  );
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
