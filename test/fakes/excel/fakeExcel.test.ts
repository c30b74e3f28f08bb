/** The fake Excel host behaves like Office.js where the adapter depends on it: proxies, load/sync, limits, failures. */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- these tests read before load and sync on purpose, to see the fake refuse */
import { FakeExcel, FakeOfficeError } from "./fakeExcel";

function seeded(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Customers", [
    ["Customer ID", "Customer Name"],
    ["C1", "Acme"],
  ]);
  excel.addTable("Customers", "Customers");
  return excel;
}

describe("FakeExcel proxies", () => {
  it("throws PropertyNotLoaded when a property is read before load and sync", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Customers").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Customer ID", "Customer Name"],
        ["C1", "Acme"],
      ]);
      expect(() => range.rowCount).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("queues writes until sync, and a loaded value is the state at its place in the queue", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Customers");
      const before = sheet.getRange("B2").load("values");
      sheet.getRange("B2").values = [["Beta"]];
      const after = sheet.getRange("B2").load("values");
      expect(excel.cell("Customers", "B2").value).toBe("Acme");
      await context.sync();
      expect(before.values).toEqual([["Acme"]]);
      expect(after.values).toEqual([["Beta"]]);
    });
    expect(excel.cell("Customers", "B2").value).toBe("Beta");
  });

  it("answers isNullObject only after a sync", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Invoices");
      const present = context.workbook.tables.getItemOrNullObject("customers");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
  });

  it("fails getItem on a missing sheet with ItemNotFound at sync, not at the call", async () => {
    const excel = seeded();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Nope");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("loads collection items with the named properties", async () => {
    const excel = seeded();
    excel.addSheet("Invoices");
    await excel.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect(sheets.items.map((sheet) => sheet.name)).toEqual(["Customers", "Invoices"]);
      expect(() => sheets.items[0].position).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("rejects a run that leaves operations unsynced", async () => {
    const excel = seeded();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("Lost");
      }),
    ).rejects.toThrow(/never synced/);
  });
});

describe("FakeExcel cell values", () => {
  it("takes text starting with = + - @ as a formula, unless the cell is formatted as Text", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Customers");
      sheet.getRange("C1:F1").values = [["=1+1", "+A1", "-x", "@x"]];
      const text = sheet.getRange("C2:F2");
      text.numberFormat = [["@", "@", "@", "@"]];
      text.values = [["=1+1", "+A1", "-x", "@x"]];
      sheet.getRange("G1:H1").values = [["'=quoted", "-12.5"]];
      await context.sync();
    });
    expect(excel.cell("Customers", "C1").formula).toBe("=1+1");
    expect(excel.cell("Customers", "F1").formula).toBe("=@x");
    expect(excel.cell("Customers", "C2")).toEqual({ value: "=1+1", numberFormat: "@" });
    expect(excel.cell("Customers", "F2")).toEqual({ value: "@x", numberFormat: "@" });
    expect(excel.cell("Customers", "G1").value).toBe("=quoted");
    expect(excel.cell("Customers", "H1").value).toBe(-12.5);
  });

  it("rejects a values array whose shape differs from the range", async () => {
    const excel = seeded();
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Customers").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("FakeExcel accounting and failures", () => {
  it("counts syncs and measures request and response bytes", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Customers").getRange("A3").values = [["ab"]];
      await context.sync();
      context.workbook.worksheets.getItem("Customers").getRange("A1").load("values");
      await context.sync();
    });
    expect(excel.syncCount).toBe(2);
    expect(excel.syncs[0].requestBytes).toBe(
      JSON.stringify("Customers").length + JSON.stringify("A3").length + JSON.stringify([["ab"]]).length,
    );
    expect(excel.syncs[1].responseBytes).toBe(JSON.stringify([["values", [["Customer ID"]]]]).length);
  });

  it("rejects a request over the payload limit without applying any of it", async () => {
    const excel = seeded();
    excel.requestLimitBytes = 100;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("New");
        context.workbook.worksheets.getItem("Customers").getRange("A5").values = [["x".repeat(200)]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(excel.sheetNames()).toEqual(["Customers"]);
  });

  it("rejects a response over the payload limit", async () => {
    const excel = seeded();
    excel.responseLimitBytes = 20;
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.getItem("Customers").getRange("A1:B2").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("fails at the n-th sync after applying the first operations of its batch, like a non-transactional batch", async () => {
    const excel = seeded();
    excel.failAtSync(2, 1);
    const run = excel.run(async (context) => {
      context.workbook.worksheets.add("One");
      await context.sync();
      context.workbook.worksheets.add("Two");
      context.workbook.worksheets.add("Three");
      await context.sync();
    });
    await expect(run).rejects.toBeInstanceOf(FakeOfficeError);
    expect(excel.sheetNames()).toEqual(["Customers", "One", "Two"]);
    expect(excel.syncs.map((sync) => sync.failed)).toEqual([undefined, "GeneralException"]);
  });

  it("fails on the n-th operation of a kind", async () => {
    const excel = seeded();
    excel.failOnOperation("worksheets.add", 2);
    await expect(
      excel.run(async (context) => {
        context.workbook.worksheets.add("One");
        context.workbook.worksheets.add("Two");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    expect(excel.sheetNames()).toEqual(["Customers", "One"]);
  });

  it("gives the used range, or a null object for an empty sheet", async () => {
    const excel = seeded();
    excel.addSheet("Empty");
    await excel.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Customers").getUsedRangeOrNullObject(true).load("address");
      const none = context.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(used.address).toBe("Customers!A1:B2");
      expect(none.isNullObject).toBe(true);
    });
  });

  it("gives a table added over a header row alone one blank data row, as Excel does", async () => {
    const excel = seeded();
    excel.addSheet("New", [["Header"]]);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("New");
      sheet.tables.add(sheet.getRange("A1"), true).name = "Fresh";
      await context.sync();
    });
    expect(excel.tables()).toContainEqual({ name: "Fresh", sheet: "New", address: "A1:A2" });
  });

  it("keeps a chart's references pointing at its sheet through a rename", async () => {
    const excel = seeded();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Customers");
      sheet.charts.add("ColumnClustered", sheet.getRange("B2:B2"), "Columns");
      sheet.name = "Clients";
      await context.sync();
    });
    expect(excel.charts("Clients")[0].series[0].values).toBe("Clients!B2");
  });

  it("deletes a sheet with its tables, and renames and moves sheets", async () => {
    const excel = seeded();
    excel.addSheet("Other");
    await excel.run(async (context) => {
      const other = context.workbook.worksheets.getItem("Other");
      other.name = "Renamed";
      other.position = 0;
      context.workbook.worksheets.getItem("Customers").delete();
      await context.sync();
    });
    expect(excel.sheetNames()).toEqual(["Renamed"]);
    expect(excel.tables()).toEqual([]);
  });
});
