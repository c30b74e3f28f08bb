/**
 * All or nothing, operation by operation: a failure injected at every kind of write operation the Office.js sink
 * issues (the kinds read from the fake host's own operation log of a clean run, not listed by hand), at its first,
 * middle and last occurrence, leaves the workbook exactly as before — or, when the failure hits the swap's final
 * deletes, exactly as a clean run would. For the review's layout (first run, re-run appending history, same-date
 * re-run rewriting history) and the scorecard builder's layout (no history).
 */
import { ExcelReviewSink, ReviewWriteError } from "../../src/excel/excelReviewSink";
import type { WorkbookLayout } from "../../src/workbook/layout";
import { historyForRerun } from "../../src/workbook/historyRerun";
import type { FakeExcel } from "../fakes/excel/fakeExcel";
import { AS_OF, reviewLayout, userWorkbook } from "./reviewFixtures";

const INVOICES = 300;
const BUDGET = 8_000; // small requests, so failures land in every request of the drawing

function sinkFor(excel: FakeExcel): ExcelReviewSink {
  return new ExcelReviewSink(excel.run, {
    runTag: () => "T1",
    yieldToHost: async () => undefined,
    budgetBytes: BUDGET,
  });
}

const scorecardLayout = (points: number): WorkbookLayout => ({
  sheets: [
    {
      name: "Scorecard",
      tables: [
        {
          name: "Scorecard",
          startRow: 0,
          columns: [
            { header: "Factor" },
            { header: "From" },
            { header: "To" },
            { header: "Category" },
            { header: "Points" },
          ],
          rows: [
            ["Years", null, 3, null, points],
            ["Years", 3, null, null, points + 20],
          ],
        },
      ],
    },
  ],
});

/** The same-date re-run's layout: ReviewHistory rewritten as an output sheet (src/workbook/historyRerun.ts). */
function sameDateRerunLayout(): WorkbookLayout {
  const layout = reviewLayout(INVOICES, "run 2");
  const history = layout.historyAppend;
  const firstRun = reviewLayout(INVOICES).historyAppend.rows;
  const raw = {
    name: "ReviewHistory",
    sheet: "ReviewHistory",
    headers: history.columns.map((c) => c.header),
    rows: [...firstRun.map((row) => row.map((v) => (v === null ? undefined : v)))],
    firstDataRow: 2,
  };
  return historyForRerun(layout, raw, AS_OF);
}

interface Scenario {
  readonly name: string;
  /** The workbook before the write under test. */
  readonly setUp: () => Promise<FakeExcel>;
  readonly layout: () => WorkbookLayout;
}

const scenarios: Scenario[] = [
  { name: "review, first run", setUp: async () => userWorkbook(INVOICES), layout: () => reviewLayout(INVOICES) },
  {
    name: "review, re-run appending history",
    setUp: async () => {
      const excel = userWorkbook(INVOICES);
      await sinkFor(excel).write(reviewLayout(INVOICES));
      return excel;
    },
    layout: () => reviewLayout(INVOICES, "run 2"),
  },
  {
    name: "review, same-date re-run rewriting history",
    setUp: async () => {
      const excel = userWorkbook(INVOICES);
      await sinkFor(excel).write(reviewLayout(INVOICES));
      return excel;
    },
    layout: sameDateRerunLayout,
  },
  { name: "scorecard, first run", setUp: async () => userWorkbook(10), layout: () => scorecardLayout(10) },
  {
    name: "scorecard, re-run beside a review's ReviewHistory",
    setUp: async () => {
      const excel = userWorkbook(10);
      await sinkFor(excel).write(reviewLayout(10));
      await sinkFor(excel).write(scorecardLayout(10));
      return excel;
    },
    layout: () => scorecardLayout(50),
  },
];

/** Reads are not writes: a failed read before anything was queued is the plain error path, tested elsewhere. */
const READS = new Set(["load"]);

let injected = 0;
let undone = 0;
let finished = 0;
const kindsSeen = new Set<string>();

afterAll(() => {
  process.stdout.write(
    `atomicity: ${injected} failures injected (${undone} undone, ${finished} finished) over ${kindsSeen.size} operation kinds: ${[...kindsSeen].sort().join(", ")}\n`,
  );
});

describe.each(scenarios)(
  "ExcelReviewSink, $name: a failure at any write operation leaves the workbook as it was",
  ({ setUp, layout }) => {
    let afterClean: string;
    let occurrences: Map<string, number>;

    beforeAll(async () => {
      const clean = await setUp();
      clean.resetCounters();
      await sinkFor(clean).write(layout());
      afterClean = clean.snapshot({ ids: false });
      occurrences = new Map();
      for (const sync of clean.syncs) {
        for (const kind of sync.operations)
          if (!READS.has(kind)) occurrences.set(kind, (occurrences.get(kind) ?? 0) + 1);
      }
    });

    it("issues the write operations the adapter is known to use", () => {
      const kinds = [...occurrences.keys()];
      expect(kinds).toEqual(
        expect.arrayContaining([
          "worksheets.add",
          "range.values",
          "range.numberFormat",
          "tables.add",
          "table.name",
          "worksheet.name",
        ]),
      );
      for (const kind of kinds) kindsSeen.add(kind);
    });

    it("undoes (or, in the swap's final deletes, finishes) whatever kind and occurrence fails", async () => {
      const failures: string[] = [];
      const finishedKinds = new Set<string>();
      let undoneHere = 0;
      for (const [kind, count] of occurrences) {
        for (const occurrence of new Set([1, Math.ceil(count / 2), count])) {
          const excel = await setUp();
          const before = excel.snapshot();
          excel.failOnOperation(kind, occurrence);
          injected++;
          const outcome = await sinkFor(excel)
            .write(layout())
            .then(
              () => "written" as const,
              (error: unknown) => error,
            );
          const where = `${kind} #${occurrence} of ${count}`;
          if (outcome === "written") {
            finished++;
            // Finishing is right only in the swap's final deletes: deleting an old sheet, or looking up the last one to.
            if (!(kind === "worksheet.delete" || (kind === "worksheets.getItem" && occurrence === count)))
              finishedKinds.add(where);
            if (excel.snapshot({ ids: false }) !== afterClean)
              failures.push(`${where}: reported written, but the workbook is not the clean run's`);
          } else if (!(outcome instanceof ReviewWriteError) || outcome.code !== "reviewWriteFailed") {
            failures.push(`${where}: ${String(outcome)}`);
          } else {
            undone++;
            undoneHere++;
            if (excel.snapshot() !== before) failures.push(`${where}: the workbook changed`);
          }
        }
      }
      expect(failures).toEqual([]);
      expect(undoneHere).toBeGreaterThan(0);
      expect([...finishedKinds]).toEqual([]);
    }, 120_000);
  },
);
