/** The scorecard builder on 100,000 synthetic applicants × 20 variables: binning, selection, IRLS fit, scaling, validation. */
import { buildScorecard, type ScorecardData } from "../src/core/modelling/scorecardBuilder";
import { mulberry32 } from "../src/core/modelling/trainTestSplit";
import { measure, report } from "./harness";

const ROWS = 100_000;
const NUMERIC = 14;
const CATEGORICAL = 6;

/**
 * Deterministic applicants: 14 numeric variables (some informative, some noise, 2 % missing) and 6 categorical
 * ones (3 to 12 categories, one rare), the bad outcome drawn from a logistic model of a few of them.
 */
function applicants(): ScorecardData {
  const random = mulberry32(20260630);
  const columns = [
    ...Array.from({ length: NUMERIC }, (_, j) => `num_${j + 1}`),
    ...Array.from({ length: CATEGORICAL }, (_, j) => `cat_${j + 1}`),
    "bad",
  ];
  const rows: (string | number | null)[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) {
    const row: (string | number | null)[] = new Array(NUMERIC + CATEGORICAL + 1);
    let eta = -1.2;
    for (let j = 0; j < NUMERIC; j++) {
      const x = Math.round(random() * 1000) / 10;
      row[j] = random() < 0.02 ? null : x;
      if (j < 6) eta += ((j % 2 ? 1 : -1) * (x - 50)) / (60 + 20 * j);
    }
    for (let j = 0; j < CATEGORICAL; j++) {
      const k = Math.floor(random() * (3 + 2 * j));
      row[NUMERIC + j] = random() < 0.005 ? "rare" : `c${k}`;
      if (j < 3) eta += (k % 3) * 0.25;
    }
    row[NUMERIC + CATEGORICAL] = random() < 1 / (1 + Math.exp(-eta)) ? 1 : 0;
    rows[i] = row;
  }
  return { columns, rows };
}

export function run(): string[] {
  const data = applicants();
  let selected = 0;
  let testAuc = 0;
  const result = measure(
    "scorecard fit 100,000 rows × 20 variables (bin, select, IRLS, scale, validate)",
    () => {
      const build = buildScorecard(data, { target: "bad" });
      selected = build.selected.length;
      testAuc = build.test.auc;
    },
    { runs: 5, warmup: 1 },
  );
  return [report(result), `  selected ${selected} of 20 variables, test AUC ${testAuc.toFixed(3)}`];
}
