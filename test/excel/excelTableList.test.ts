import { FakeExcel } from "../fakes/excel/fakeExcel";
import { listWorkbookTables } from "../../src/excel/excelTableList";
import { ExcelWorkbookSource } from "../../src/excel/excelWorkbookSource";

describe("listing the workbook's tables and data sheets for the scorecard builder", () => {
  it("lists each table with its headers and data rows (a totals row is not data), then sheets without tables", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Notes", [["free text"], [], ["more"]]);
    excel.addSheet("Data", [
      ["Title over the table"],
      [],
      ["Id", "Income", "Bad"],
      [1, 100, 0],
      [2, 200, 1],
      ["Total", 300, 1],
    ]);
    excel.addTable("Data", "Applicants", "A3:C6", { showTotals: true });
    excel.addSheet("Empty");
    excel.addSheet("Raw", [[], [null, " Age ", "Outcome"], [null, 40, "good"], [null, 50, "bad"], [null, 60, "good"]]);

    const listed = await listWorkbookTables(excel.run);

    expect(listed).toEqual([
      { name: "Applicants", kind: "table", sheet: "Data", rows: 2, headers: ["Id", "Income", "Bad"] },
      { name: "Notes", kind: "sheet", sheet: "Notes", rows: 2, headers: ["free text"] },
      { name: "Raw", kind: "sheet", sheet: "Raw", rows: 3, headers: ["Age", "Outcome"] },
    ]);
  });

  it("lists what readTable then reads: the row count matches the rows read", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Raw", [[], [null, "Age", "Outcome"], [null, 40, "good"], [null, 50, "bad"]]);
    const [raw] = await listWorkbookTables(excel.run);
    const read = await new ExcelWorkbookSource(excel.run).readTable(raw.name);
    expect(read?.headers).toEqual(raw.headers);
    expect(read?.rows).toHaveLength(raw.rows);
  });

  it("leaves out a sheet whose name a table takes, since reading by that name finds the table", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1", [
      ["x", "y"],
      [1, 0],
    ]);
    excel.addTable("Sheet1", "Customers");
    excel.addSheet("Customers", [
      ["old", "copy"],
      [1, 2],
    ]);
    expect((await listWorkbookTables(excel.run)).map((t) => `${t.kind}:${t.name}`)).toEqual(["table:Customers"]);
  });

  it("takes 3 syncs and brings back only header rows, however many rows and tables there are", async () => {
    const measure = async (rows: number, tables: number) => {
      const excel = new FakeExcel();
      for (let t = 0; t < tables; t++) {
        const grid = [["Id", "Amount", "Bad"], ...Array.from({ length: rows }, (_, i) => [`C-${i}`, i * 10.5, i % 2])];
        excel.addSheet(`S${t}`, grid);
        excel.addTable(`S${t}`, `T${t}`);
      }
      excel.resetCounters();
      const listed = await listWorkbookTables(excel.run);
      expect(listed.map((l) => l.rows)).toEqual(Array.from({ length: tables }, () => rows));
      return { syncs: excel.syncCount, bytes: excel.syncs.reduce((sum, s) => sum + s.responseBytes, 0) };
    };
    const small = await measure(10, 2);
    const large = await measure(20_000, 2);
    const many = await measure(10, 40);
    expect(small.syncs).toBe(3);
    expect(large.syncs).toBe(3);
    expect(many.syncs).toBe(3);
    // 2,000 times the rows: only the digits of the row counts grow.
    expect(large.bytes - small.bytes).toBeLessThan(32);
  });

  it("lists nothing in a workbook of empty sheets", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Sheet1");
    expect(await listWorkbookTables(excel.run)).toEqual([]);
  });
});
