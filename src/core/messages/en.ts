/** English message texts. Every code here must have a twin in zh-CN.ts (the type checker enforces it). */
export const en = {
  // ── Arguments (shared by every function) ──
  argumentRequired: "{argument} is required.",
  argumentNotNumber: "{argument} must be a number.",
  argumentNotNumberAt: "{argument} must hold numbers; row {row} holds “{value}”.",
  argumentNotDate: "{argument} must be a date (a serial number or text like 2026-06-30).",
  argumentNotDateAt: "{argument} must hold dates; row {row} holds “{value}”.",
  argumentNotBoolean: "{argument} must be TRUE or FALSE.",
  argumentNotText: "{argument} must be text.",
  argumentEmpty: "{argument} holds no values.",
  argumentShapeMismatch: "{argument} must have the same number of rows and columns as {other}.",
  argumentBlankAt: "{argument} is blank in row {row} while {other} is not.",
  argumentNotPositive: "{argument} must be greater than zero.",
  argumentNegative: "{argument} must not be negative.",
  argumentOutOfRange: "{argument} must be between {min} and {max}.",
  argumentNotInteger: "{argument} must be a whole number.",
  argumentUnknownOption: "{argument} must be one of: {options}.",
  argumentNotIncreasing: "{argument} must be in increasing order.",
  unexpected: "Unexpected error: {detail}",
  resultNotFinite: "The result is too large or undefined for these inputs.",

  // ── Receivables ──
  denominatorZero: "{argument} is zero, so the ratio is undefined.",

  // ── Credit policy, scoring, grades, PD, Altman, limits, collection stage (issue 3: scoring & limits) ──
  policyUnknownSetting: "CreditPolicy row {row}: “{setting}” is not a policy setting; it was ignored.",
  policyDuplicateSetting:
    "CreditPolicy row {row}: {setting} was already set on row {firstRow}; the later value was used.",
  policyBadNumber:
    "CreditPolicy row {row}: {setting} must be a number, not “{value}”; the default {fallback} was kept.",
  policyBadNonNegative:
    "CreditPolicy row {row}: {setting} must be a number ≥ 0, not “{value}”; the default {fallback} was kept.",
  policyBadPositive:
    "CreditPolicy row {row}: {setting} must be a number > 0, not “{value}”; the default {fallback} was kept.",
  policyBadFraction:
    "CreditPolicy row {row}: {setting} must be a fraction from 0 to 1 (or a percentage such as 20%), not “{value}”; the default {fallback} was kept.",
  policyBadRate:
    "CreditPolicy row {row}: {setting} must be a rate ≥ 0 (such as 0.5 or 50%), not “{value}”; the default {fallback} was kept.",
  policyBadInteger:
    "CreditPolicy row {row}: {setting} must be a whole number ≥ 0, not “{value}”; the default {fallback} was kept.",
  policyBadGrade:
    "CreditPolicy row {row}: {setting} must be one of the grades {grades}, not “{value}”; the default {fallback} was kept.",
  policyBadGradeList:
    "CreditPolicy row {row}: {setting} must list grades from {grades} separated by commas, not “{value}”; the default {fallback} was kept.",
  policyBadText: "CreditPolicy row {row}: {setting} must be text, not “{value}”; the default {fallback} was kept.",
  policyBadSegment:
    "CreditPolicy row {row}: {setting} must be Large, Mid or Small, not “{value}”; the default {fallback} was kept.",
  policyBadAction:
    "CreditPolicy row {row}: {setting} must be stop, reduce or keep, not “{value}”; the default {fallback} was kept.",
  policyBadLevel:
    "CreditPolicy row {row}: {setting} must be an approval level from 1 to 4, not “{value}”; the default {fallback} was kept.",
  policyBandsOrder:
    "CreditPolicy: grade minimum scores must fall from grade A to grade D; the default grade bands were kept.",
  policyWeightsZero:
    "CreditPolicy: the built-in model weights of segment {segment} add up to zero; that segment's default weights were kept.",
  policyLadderOrder:
    "CreditPolicy: collection ladder days must rise from reminder to agency/legal; the default ladder was kept.",
  policyApprovalOrder:
    "CreditPolicy: approval thresholds must rise from level to level; the default thresholds were kept.",
  policyBucketsOrder: "CreditPolicy: aging bucket limits must rise; the default limits (30, 60, 90) were kept.",
  policyMinAucRange:
    "CreditPolicy: Minimum scorecard AUC must be between 0.5 and 1, not {value}; the default (0.6) was kept.",
  scorecardGuardLowAuc: "test AUC {auc} is below the minimum {minimum} (CreditPolicy: Minimum scorecard AUC)",
  scorecardGuardOneBand: "every customer falls in one score band, so the scorecard tells no customer from another",
  scorecardGuardRefused:
    "the scorecard was not written: {reasons}. Check the target column, or add --force to write it anyway.",
  altmanUnknownModel: "{argument} must be one of: public, private, nonmfg, em.",
  scorecardShape: "scorecard must have 5 columns (Factor, From, To, Category, Points); it has {columns}.",
  scorecardEmpty: "scorecard holds no rows.",
  scorecardHeaderMissing: "scorecard header row has no {column} column (headers found: {headers}).",
  scorecardFactorBlank: "scorecard row {row}: Factor is blank.",
  scorecardNotNumber: "scorecard row {row}: {column} must be a number, not “{value}”.",
  scorecardNoBin: "scorecard row {row}: give a From/To range or a Category.",
  scorecardRangeAndCategory: "scorecard row {row}: give a From/To range or a Category, not both.",
  scorecardRangeOrder: "scorecard row {row}: From ({from}) must be less than To ({to}).",
  scorecardOverlap: "scorecard row {row}: the range of {factor} overlaps row {other}.",
  scorecardDuplicateCategory: "scorecard row {row}: category “{category}” of {factor} repeats row {other}.",
  scoreNoBin: "{factor}: the value “{value}” matches no row of the scorecard.",
  scoreUnknownFactor: "“{factor}” is not a factor of the scorecard.",
  scoreDuplicateFactor: "factor_names holds “{factor}” twice (positions {first} and {second}).",
  builtInUnknownFactor: "“{factor}” is not a factor of the built-in model; use one of: {options}.",
  builtInNoFactors: "none of the built-in model's factors has a value, so there is no score.",
  builtInUnknownSegment: "segment must be one of: {options}.",
  builtInBadZone: "{factor} must be Safe, Grey or Distress, not “{value}”.",
  builtInMissingBin: "(missing: reweighted)",
  gradeTableShape: "grade_table must have two columns: minimum score, grade.",
  gradeTableGradeBlank: "grade_table row {row}: the grade is blank.",
  gradeTableDuplicate: "grade_table row {row}: minimum score {score} repeats row {other}.",
  gradeBelowTable: "score {score} is below the lowest minimum score of grade_table ({min}).",
  gradeUnknown: "grade must be one of the policy grades: {grades}.",
  stageNone: "No action",
  stageReminder: "Reminder",
  stagePhone: "Phone call",
  stageLetter: "Demand letter",
  stageStopSupply: "Stop supply",
  stageAgency: "Agency / legal",
  stageDispute: "Dispute handling",
  stageDisputeEscalated: "Dispute escalation",

  // ── Receivables, provisions, concentration (issue 3: aging, DSO family, CEI, provision, EL, HHI) ──
  agingLabelNotDue: "Not due",
  agingLabelRange: "{from}-{to}",
  agingLabelDay: "{day}",
  agingLabelOver: "{days}+",
  countbackBeyondMonths:
    "receivables ({receivables}) exceed all the monthly_sales given ({total}); add earlier months.",
  ceiNothingToCollect:
    "ending_current_receivables is larger than beginning_receivables plus credit_sales, so nothing was available to collect.",
  lossRatesCount: "loss_rates must hold {expected} rates, one per bucket with not yet due first; it holds {actual}.",
  noPositiveExposure: "{argument} holds no positive exposure, so shares are undefined.",

  // ── Portfolio review, workbook contract, files and CLI (issue 4) ──
  // Data issues: what was wrong with a row and what was done about it.
  issueRequiredMissing: "{column} is blank; the row was skipped.",
  issueDuplicateId: "{column} “{value}” already appears on row {firstRow}; this row was skipped.",
  issueUnknownCustomer: "Customer ID “{value}” is not in Customers; the invoice was skipped.",
  issueDateRejected: "“{value}” in {column} is not a date; the row was skipped.",
  issueDateIgnored: "“{value}” in {column} is not a date; the cell was ignored.",
  issueDateAmbiguous:
    "“{value}” in {column} could be day/month or month/day; read as {date} (day first, no unambiguous date in the column).",
  issueDueDateFilled: "Due date blank or unreadable; set to invoice date + {terms} days = {date}.",
  issueNumberRejected:
    "“{value}” in {column} is not a number (expected a number such as 1234.56 or 1,234.56); the row was skipped.",
  issueNumberIgnored:
    "“{value}” in {column} is not a number (expected a number such as 1234.56 or 1,234.56); the cell was ignored.",
  issueNumberFromText: "{column} holds the text “{value}”; read as {number}.",
  issueBooleanIgnored: "“{value}” in {column} is not TRUE or FALSE; read as FALSE.",
  issueNegativeLimit: "{column} is negative ({value}); set to 0.",
  issueNegativeTerms: "{column} is negative ({value}); the cell was ignored.",
  issueOpenExceedsAmount: "Open amount {value} is larger than the amount {amount}; capped at {amount}.",
  issueOpenSignMismatch: "Open amount {value} has the opposite sign to the amount {amount}; set to 0.",
  issueOpenMissingPaid: "Open amount blank or not a number, and the invoice has a paid date; set to 0.",
  issueOpenMissingUnpaid: "Open amount blank or not a number, and no paid date; set to the full amount {amount}.",
  issueFutureInvoice: "Invoice date {date} is after the as-of date {asOf}; left out of this review.",
  issueRateRejected: "Exchange rate “{value}” is not a positive number; the row was skipped.",
  issueColumnRepeated:
    "Column {position} repeats the header “{value}” (merged header cells?); its {count} values were not read: rename it or unmerge the header.",
  // ── Temporary limits, blacklist, decisions in ReviewHistory (issue 15) ──
  issueTemporaryLimitNegative: "{column} is negative ({value}); a temporary limit is 0 or more, so it was ignored.",
  issueTemporaryLimitNoExpiry:
    "Temporary limit {value} has no Temporary Limit Expiry: a temporary limit must end on a date, so it was ignored. Add the day it ends.",
  issueTemporaryExpiryNoLimit: "Temporary Limit Expiry {date} has no Temporary Limit beside it; the date was ignored.",
  issueBlacklistDateNotListed:
    "Blacklist Date {date} is given but the customer is not flagged Blacklisted: the flag decides, so the date was ignored (clear the date when a customer is released).",
  issueBlacklistDateAfterAsOf: "Blacklist Date {date} is after the as-of date {asOf}; the date was ignored.",
  issueHistoryValueUnknown:
    "“{value}” in {column} is none of {options} (nor their labels in English or Chinese); the cell was ignored.",
  issueCeiOpeningDiffers:
    "CEI opening receivables: the ledger gives {receivables} at {date}, ReviewHistory {amount}; the ledger's figure is used.",
  // ── Alert severities (issue 16) ──
  labelSeverityCritical: "Critical",
  labelSeverityHigh: "High",
  labelSeverityMedium: "Medium",
  labelSeverityLow: "Low",
  // ── Cell readings (issue 14) ──
  issueErrorValueRejected:
    "{value} in {column}: a formula in the source sheet failed; fix the formula or the value. The row was skipped.",
  issueErrorValueIgnored:
    "{value} in {column}: a formula in the source sheet failed; fix the formula or the value. The cell was ignored.",
  issueLookupFailedRejected:
    "#N/A in {column}: a lookup failed in the source sheet; fix the formula or the value. The row was skipped.",
  issueLookupFailedIgnored:
    "#N/A in {column}: a lookup failed in the source sheet; fix the formula or the value. The cell was ignored.",
  issueFormulaNoValueRejected:
    "{column} holds a formula without a saved value: open the file in Excel, recalculate and save. The row was skipped.",
  issueFormulaNoValueIgnored:
    "{column} holds a formula without a saved value: open the file in Excel, recalculate and save. The cell was ignored.",
  issueDateImplausibleRejected:
    "“{value}” in {column} is not a plausible date (it would be {date}; ledger dates run from 1990 to 50 years after the review): if it is a number of days, put the date itself. The row was skipped.",
  issueDateImplausibleIgnored:
    "“{value}” in {column} is not a plausible date (it would be {date}; ledger dates run from 1990 to 50 years after the review): if it is a number of days, put the date itself. The cell was ignored.",
  issueDueBeforeInvoice:
    "Due date {due} is before the invoice date {invoiceDate}; set to invoice date + {terms} days = {date}. Check both dates.",
  issueNumberAmbiguous:
    "{column} holds the text “{value}”, whose separator could mark decimals or thousands; read as {number}. Write it without thousands separators (2500 or 2.5) to be sure.",
  errorTableMissing: "The workbook has no {table} table or sheet.",
  errorColumnMissing: "The {table} table has no {column} column (headers found: {headers}).",
  errorColumnMissingInFile:
    "The {table} table has no {column} column (headers found: {headers}) in {file}, read as {encoding} with separator {separator}. If the headers run together, the file uses another separator: add a first line such as sep=; naming it, and run again.",
  errorMixedCurrencies:
    "Invoices are in several currencies ({currencies}) and {count} rows in another currency than {base} have no exchange rate; add an FX Rate column or review one currency at a time.",

  // ── Column mapping and ledger shapes (issue 14) ──
  issueColumnHint:
    '“{value}” may hold {column} but could hold something else, so it was not read. If it holds {column}, map it (command line: --map "{column}={value}"; pane: the column step).',
  issueOpenItemsLedger:
    "Invoices has no open amount, paid amount or paid date column: every invoice was counted as open in full (a list of open items). If the ledger holds paid invoices too, map the column that says what is paid or open; if it lists open items only, confirm that (command line: --open-items).",
  issueOpenPaidDisagree:
    "Open amount {value} differs from amount {amount} − paid amount {paid} = {expected}; the open amount was used.",
  issueOpenFromPaid: "Open amount {value} is blank or not a number; read as amount − paid amount = {open}.",
  issuePaidExceedsAmount: "Paid amount {value} is larger than the amount {amount}; read as paid in full (open 0).",
  issuePaidSignMismatch: "Paid amount {value} has the opposite sign to the amount {amount}; the cell was ignored.",
  issueCustomersFromInvoices:
    "There is no Customers table: {count} customers were made from the invoices' customer ids. Their credit limits, terms, segments and financials are unknown, so scores and limits rest on payment behaviour alone; add a Customers table for a full review.",
  issueTotalsRow:
    "“{value}” marks a totals or subtotal row; the row was left out (its figures are sums of other rows).",
  issueTableTotalsRow:
    "This is the totals row of the Excel table {table}; the row was left out (its figures are sums of other rows).",
  errorMappedHeaderMissing:
    "The column mapping reads {column} from “{header}”, but the {table} table has no such column (headers found: {headers}).",
  errorMappingUnknownColumn: "“{column}” is not a column the review reads; use one of: {options}.",
  errorMappingPair: "A column mapping is written Column=Header (for example {example}), not “{value}”.",
  // Early warnings: one per customer and rule.
  alertScoreDrop: "Score fell by {drop} points since {since} (from {from} to {to}).",
  alertScoreFloor: "Score {score} is below the floor {floor}.",
  alertGradeDowngrade: "Grade downgraded from {from} to {to} since {since}.",
  alertOverLimit: "Exposure {exposure} is over the credit limit {limit}.",
  alertNew60Dpd: "Newly 60+ days past due (oldest item {dpd} days; {previous} at the last review).",
  alertConcentration: "Exposure is {share} of the portfolio, above the cap of {cap}.",
  alertZDistress: "Altman Z {z} ({model}) is in the distress zone.",
  alertBlacklistedExposure: "Blacklisted customer with exposure {exposure}.",
  alertTemporaryLimitExpiring:
    "Temporary limit {limit} expires on {expiry} (in {days} days); the credit limit {base} applies after it.",
  alertTemporaryLimitExpired:
    "Temporary limit expired on {expiry}; exposure {exposure} is above the credit limit {base}.",
  alertTemporaryLimitBeyondPolicy:
    "Temporary limit {limit} over the credit limit {base}, until {expiry} ({days} days), is beyond the policy's uplift or duration: it needs the higher approval.",
  alertSalesWhileListed: "Invoiced on {last} although blacklisted since {since}: credit sales to a listed customer.",
  alertReleaseUnmet:
    "Released from the blacklist although the review of {since} did not find the release conditions met: check who approved it.",
  alertBreachNetWorthCap: "Credit limit {limit} breaches the policy: above the net-worth cap of {cap}.",
  alertBreachWorkingCapitalCap: "Credit limit {limit} breaches the policy: above the working-capital cap of {cap}.",
  alertBreachInsuredCap: "Credit limit {limit} breaches the policy: above the insured cap of {cap}.",
  alertBreachNewCustomerCap: "Credit limit {limit} breaches the policy: above the new-customer cap of {cap}.",
  alertBreachProbationCap: "Credit limit {limit} breaches the policy: above the probation cap of {cap}.",
  alertDisputeEscalation:
    "Disputed items of {amount} are {days} days past due, longer than the {after} days before escalation.",
  alertBlacklistRecommended:
    "Recommend listing on the blacklist (oldest undisputed item {dpd} days past due; written off {writtenOff}).",
  alertReleaseEligible:
    "Blacklisted customer meets every release condition (grade {grade}, debts settled): eligible for release.",
  // Why an approval is above what the amount needs.
  approvalReasonGrade: "Grade needs a higher level",
  approvalReasonStrategic: "Strategic account",
  approvalReasonOverride: "Limit in force above the last recommendation (override)",
  approvalReasonTemporary: "Temporary limit beyond policy",
  // Reason codes behind a customer's actions.
  reasonOverLimit: "Over limit",
  reasonBlacklisted: "Blacklisted",
  reasonStrategic: "Strategic account",
  reasonThinData: "Thin data",
  reasonOverdue90: "90+ days past due",
  reasonWorstGrade: "Worst grade",
  reasonLimitCut: "Recommended limit below current",
  reasonLimitRaise: "Recommended limit above current",
  reasonDisputed: "Disputed items",
  reasonZDistress: "Altman distress zone",
  reasonScoreDrop: "Score deterioration",
  actionManualReview: "Manual review",
  actionStopCredit: "Stop credit sales",
  actionReduceLimit: "Reduce limit",
  actionIncreaseLimit: "Increase limit",
  actionHoldOrders: "Hold orders above the limit",
  actionCollect: "Collect overdue",
  actionResolveDisputes: "Resolve disputes",
  actionNone: "No action",

  // ── Scorecard factors and header rows (issue 14) ──
  scorecardFactorUnknown:
    "Scorecard factor “{factor}” matches no Customers column the review reads (the contract's columns, by header or synonym) and no built-in factor, so every customer is scored on it as blank. Closest names: {closest}. Rename the factor (or the column) so the two match.",
  scorecardFactorColumnAbsent:
    "Scorecard factor “{factor}” needs the Customers column {columns}, which the Customers table does not have, so every customer is scored on it as blank. Add the column or remove the factor.",
  scorecardValueOutsideBins:
    "Customer {customer} ({name}): the {factor} value “{value}” falls in no bin of the scorecard ({bins}), so the customer has no score and goes to manual review as thin data. Correct the value or add a bin that covers it.",
  headerRowFound:
    "The header of the {table} table is on row {row} of {sheet}: the {skipped} rows above it (titles, blank rows) are not read.",
  headerRowNotFound:
    "No header row for the {table} table in the first {rows} rows of {sheet}: the header must be one of those rows and hold the columns {required}. The first rows hold: {preview}",

  // ── Office.js adapter: writing the review into the open workbook (issue 5) ──
  reviewWriteFailed: "The review could not be written to the workbook ({detail}); the workbook was left as it was.",
  reviewWriteCleanupFailed:
    "The review could not be written to the workbook ({detail}), and undoing the partial write failed too ({cleanup}); delete any sheets whose names start with {prefix}.",
  reviewTableNameTaken:
    "The workbook already has a table named {table} on the sheet {sheet}; rename it so the review can write its own table of that name.",
  // ── Scorecard statistics and the scorecard builder (issues 3 and 6: modelling) ──
  outcomeNotRecognised:
    "{argument} row {row}: “{value}” is not an outcome; use 1, TRUE or bad (坏) for a bad and 0, FALSE or good (好) for a good.",
  outcomesNoBads: "{argument} holds no bad outcome, so {statistic} is undefined: it needs both goods and bads.",
  outcomesNoGoods: "{argument} holds no good outcome, so {statistic} is undefined: it needs both goods and bads.",
  psiBinCount: "expected holds {expected} bins but actual holds {actual}; give one count or share per bin in each.",
  psiTotalZero: "{argument} adds up to zero, so its shares are undefined.",
  builderTargetMissing: "the data has no column “{target}” (columns: {columns}).",
  builderNoRows: "the data holds no rows.",
  builderNoBads: "{argument} holds no bad outcome, so no scorecard can be built: it needs both goods and bads.",
  builderNoGoods: "{argument} holds no good outcome, so no scorecard can be built: it needs both goods and bads.",
  builderTooFewOfClass:
    "the training rows hold {goods} goods and {bads} bads; a scorecard needs at least {min} of each.",
  builderNoVariables: "no column other than the target has values to bin.",
  builderNothingSelected: "no variable is informative enough for a scorecard: every IV is below {min}.",
  builderOverrideUnknown: "an override names “{variable}”, which is not a column of the data.",
  builderOverrideCuts: "the cut points for {variable} must be numbers in increasing order, on a column of numbers.",
  builderPolicyRange: "scorecard setting {setting} must be between {min} and {max}.",
} as const;
