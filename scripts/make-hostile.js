#!/usr/bin/env node
// Writes the hostile-input corpus to test/fixtures/hostile/ (small .xlsx files and CSV folders) and its manifest
// cases.json: what each case holds, what the review must do with it, and how many data rows (and wholly blank rows)
// each input sheet has, counted here, independently of the reader under test. `npm run make-hostile`; the output is committed.
const { mkdirSync, rmSync, writeFileSync } = require("node:fs");
const { join } = require("node:path");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const OUT = process.argv[2] || join(__dirname, "..", "test", "fixtures", "hostile");

/** Text that a spreadsheet would take for a formula; each must come out of every sink as text. */
const FORMULA_LIKE = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)", "=1+1"];

const CUSTOMER_HEADERS = ["Customer ID", "Customer Name", "Segment", "Credit Limit", "Insured Limit", "Payment Terms"];
const INVOICE_HEADERS = [
  "Invoice ID",
  "Customer ID",
  "Invoice Date",
  "Due Date",
  "Amount",
  "Open Amount",
  "Paid Date",
  "Disputed",
];

/** Two plain customers every case can bill. */
const BASE_CUSTOMERS = [
  ["C1", "Acme, Ltd", "Mid", 10000, 5000, 30],
  ["C2", "Beta GmbH", "Small", 5000, "", 45],
];

// ── Writers ──

function csvField(value) {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows) {
  return rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

const cases = [];

/** A folder with customers.csv and invoices.csv (rows under the header; raw text files when given as strings). */
function csvCase(name, checks, expect, files) {
  const folder = join(OUT, name);
  mkdirSync(folder, { recursive: true });
  const rows = {};
  for (const [file, content] of Object.entries(files)) {
    if (typeof content === "string") {
      writeFileSync(join(folder, file), content);
    } else if (typeof content.text === "string") {
      // Text written as it is, with its data rows counted by hand (a separator other than the comma).
      writeFileSync(join(folder, file), content.text);
      rows[file] = content.rows;
    } else {
      writeFileSync(join(folder, file), csv([content.headers, ...content.rows]));
      rows[file] = content.rows.length;
    }
  }
  cases.push({ name, path: name, kind: "csv", checks, ...expect, rows });
}

/** An .xlsx built by `build(workbook)`, which returns the data-row count of each sheet it filled. */
async function xlsxCase(name, checks, expect, build) {
  const workbook = new ExcelJS.Workbook();
  workbook.created = workbook.modified = new Date(Date.UTC(2026, 5, 30));
  const rows = (await build(workbook)) || {};
  writeFileSync(join(OUT, `${name}.xlsx`), await stableBytes(workbook));
  cases.push({ name, path: `${name}.xlsx`, kind: "xlsx", checks, ...expect, rows });
}

/** A sheet whose first row is the header. */
function sheet(workbook, name, headers, rows) {
  const ws = workbook.addWorksheet(name);
  ws.addRow(headers);
  for (const row of rows) ws.addRow(row);
  return ws;
}

const reviewed = { expect: "reviewed" };
const stopped = (message) => ({ expect: "stopped", message });

// ── Cases ──

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });

  csvCase(
    "csv-text-amounts",
    "text in amount, open amount and limit columns: formatted numbers are repaired, the rest rejected or ignored",
    reviewed,
    {
      "customers.csv": {
        headers: CUSTOMER_HEADERS,
        rows: [
          ...BASE_CUSTOMERS,
          ["C3", "Text Limits", "Mid", "ten thousand", "$5,000.00", "thirty"],
          ["C4", "Formatted", "Large", "1,000,000.50", "(500)", "60 days"],
        ],
      },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["T1", "C1", "2026-05-01", "2026-05-31", "1,234.50", "1,234.50", "", "FALSE"],
          ["T2", "C1", "2026-05-01", "2026-05-31", "$99", "$99", "", ""],
          ["T3", "C1", "2026-05-01", "2026-05-31", "(1,234.50)", "(1,234.50)", "", ""],
          ["T4", "C2", "2026-05-01", "2026-05-31", "1.234,56", "0", "2026-06-01", ""],
          ["T5", "C2", "2026-05-01", "2026-05-31", "12 EUR", "12", "", ""],
          ["T6", "C2", "2026-05-01", "2026-05-31", "abc", "abc", "", ""],
          ["T7", "C2", "2026-05-01", "2026-05-31", "N/A", "", "", ""],
          ["T8", "C3", "2026-05-01", "2026-05-31", "", "100", "", ""],
          ["T9", "C3", "2026-05-01", "2026-05-31", "1e400", "1e400", "", ""],
          ["T10", "C3", "2026-05-01", "2026-05-31", "9".repeat(400), "", "", ""],
          ["T11", "C4", "2026-05-01", "2026-05-31", "--5", "", "", ""],
          ["T12", "C4", "2026-05-01", "2026-05-31", "500", "five hundred", "", ""],
          ["T13", "C4", "2026-05-01", "2026-05-31", "1e3", "1000", "", "maybe"],
        ],
      },
    },
  );

  csvCase(
    "csv-text-dates",
    "dates as text: ISO, y/m/d, d/m/y, m/d/y, ambiguous, Chinese, month names, garbage, impossible days, future",
    reviewed,
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["D1", "C1", "2026-06-01", "2026-07-01", 100, 100, "", ""],
          ["D2", "C1", "2026/6/1", "2026/7/1", 100, 100, "", ""],
          ["D3", "C1", "2026.06.01", "", 100, 100, "", ""],
          ["D4", "C1", "2026年6月1日", "2026年7月1日", 100, 100, "", ""],
          ["D5", "C1", "1 Jun 2026", "Jul 1, 2026", 100, 100, "", ""],
          ["D6", "C1", "2026-06-01T10:30:00Z", "", 100, 100, "", ""],
          ["D7", "C2", "yesterday", "2026-07-01", 100, 100, "", ""],
          ["D8", "C2", "2026-02-30", "", 100, 100, "", ""],
          ["D9", "C2", "31/31/2026", "", 100, 100, "", ""],
          ["D10", "C2", "", "2026-07-01", 100, 100, "", ""],
          ["D11", "C2", "2026-05-01", "soon", 100, 100, "never", ""],
          ["D12", "C2", "2027-01-01", "2027-02-01", 100, 100, "", ""],
          ["D13", "C2", "2026年13月1日", "", 100, 100, "", ""],
          ["D14", "C2", "46000", "46030", 100, 0, "46100", ""],
        ],
      },
    },
  );

  // Day/month columns: Invoice Date has evidence (25/05/2026 is day first), Due Date has none (all ambiguous).
  csvCase(
    "csv-ambiguous-dates",
    "d/m/y and m/d/y: a column with a day above 12 settles the order; one without is read day first and each date reported",
    reviewed,
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["A1", "C1", "25/05/2026", "01/06/2026", 100, 100, "", ""],
          ["A2", "C1", "03/04/2026", "03/05/2026", 100, 100, "", ""],
          ["A3", "C1", "04/03/2026", "04/04/2026", 100, 100, "", ""],
          ["A4", "C2", "06/05/2026", "06/06/2026", 100, 100, "", ""],
          ["A5", "C2", "13/13/2026", "", 100, 100, "", ""],
        ],
      },
    },
  );

  await xlsxCase(
    "xlsx-serial-dates",
    "serial dates out of Excel's range (0, negative, above 2958465, huge) as numbers, as dates and as text",
    reviewed,
    (wb) => {
      sheet(wb, "Customers", CUSTOMER_HEADERS, BASE_CUSTOMERS);
      const ws = sheet(wb, "Invoices", INVOICE_HEADERS, [
        ["S1", "C1", 46150, 46180, 100, 100, null, false],
        ["S2", "C1", 0, 46180, 100, 100, null, false],
        ["S3", "C1", -1, 46180, 100, 100, null, false],
        ["S4", "C1", 2958466, 46180, 100, 100, null, false],
        ["S5", "C1", 1e9, 46180, 100, 100, null, false],
        ["S6", "C2", 46150.75, 0, 100, 100, null, false],
        ["S7", "C2", 46150, -5, 100, 100, 2958466, false],
        ["S8", "C2", "0", "2958466", 100, 100, "-1", false],
        ["S9", "C2", new Date(Date.UTC(1899, 0, 1)), 46180, 100, 100, null, false],
        ["S10", "C2", 2958465, 2958465, 100, 100, null, false],
      ]);
      ws.getColumn(3).numFmt = "yyyy-mm-dd";
      ws.getColumn(4).numFmt = "yyyy-mm-dd";
      ws.getCell("C1").numFmt = "General";
      ws.getCell("D1").numFmt = "General";
      return { Customers: 2, Invoices: 10 };
    },
  );

  csvCase(
    "csv-ids",
    "blank, whitespace and duplicate customer and invoice ids (also after trimming), invoices for unknown customers, blank rows",
    reviewed,
    {
      "customers.csv": {
        headers: CUSTOMER_HEADERS,
        rows: [
          ...BASE_CUSTOMERS,
          ["", "No Id", "Mid", 100, "", 30],
          ["   ", "Spaces Id", "Mid", 100, "", 30],
          ["C1", "Duplicate of C1", "Mid", 100, "", 30],
          [" C2 ", "Duplicate of C2 after trimming", "Mid", 100, "", 30],
          ["", "", "", "", "", ""],
          ["c1", "Lower-case c1 is another customer", "Mid", 100, "", 30],
        ],
      },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["I1", "C1", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I1", "C1", "2026-05-02", "2026-06-01", 200, 200, "", ""],
          ["", "C1", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I2", "", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I3", "C9", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I4", "C1 ", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I5", "c1", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["", "", "", "", "", "", "", ""],
          [" I1", "C2", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["I6", "C2", "2026-05-01", "2026-05-31", 100, 100, "", ""],
        ],
      },
    },
  );
  cases[cases.length - 1].blank = { "customers.csv": 1, "invoices.csv": 1 };

  csvCase(
    "csv-open-amounts",
    "open amount above the amount, of the wrong sign, blank with and without a paid date, credit notes",
    reviewed,
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["O1", "C1", "2026-05-01", "2026-05-31", 100, 150, "", ""],
          ["O2", "C1", "2026-05-01", "2026-05-31", 100, -50, "", ""],
          ["O3", "C1", "2026-05-01", "2026-05-31", -100, -150, "", ""],
          ["O4", "C1", "2026-05-01", "2026-05-31", -100, 50, "", ""],
          ["O5", "C2", "2026-05-01", "2026-05-31", 100, "", "2026-06-01", ""],
          ["O6", "C2", "2026-05-01", "2026-05-31", 100, "", "", ""],
          ["O7", "C2", "2026-05-01", "2026-05-31", 0, 0, "", ""],
        ],
      },
    },
  );

  csvCase(
    "csv-negative-limits",
    "negative credit and insured limits and negative payment terms are repaired",
    reviewed,
    {
      "customers.csv": {
        headers: CUSTOMER_HEADERS,
        rows: [
          ["N1", "Negative Limit", "Mid", -1000, 500, 30],
          ["N2", "Negative Insured", "Mid", 1000, -500, 30],
          ["N3", "Negative Terms", "Small", 1000, "", -30],
          ["N4", "All Negative", "Large", -1, -1, -1],
        ],
      },
      "invoices.csv": {
        headers: INVOICE_HEADERS,
        rows: [
          ["L1", "N1", "2026-05-01", "2026-05-31", 100, 100, "", ""],
          ["L2", "N3", "2026-05-01", "", 100, 100, "", ""],
          ["L3", "N4", "2026-05-01", "", 100, 100, "", ""],
        ],
      },
    },
  );

  // 100,000 characters each: Excel's own cell limit is 32,767, so the review's sheets must cut them.
  const LONG_ID = "L".repeat(100_000);
  const LONG_NAME = `${"Very Long Name 很长的名字 ".repeat(5_000)}`.slice(0, 100_000);
  await xlsxCase(
    "xlsx-long-strings",
    "100,000-character ids, names, invoice ids and notes (beyond Excel's 32,767-character cell limit)",
    reviewed,
    (wb) => {
      sheet(
        wb,
        "Customers",
        [...CUSTOMER_HEADERS, "Notes"],
        [
          [LONG_ID, LONG_NAME, "Mid", 100, "", 30, "N".repeat(100_000)],
          ["C2", LONG_NAME, "Small", 5000, "", 30, ""],
        ],
      );
      sheet(
        wb,
        "Invoices",
        [...INVOICE_HEADERS, "Notes"],
        [
          ["X1", LONG_ID, "2026-03-01", "2026-03-31", 1000, 1000, null, false, "n".repeat(100_000)],
          ["I".repeat(100_000), "C2", "2026-03-01", "2026-03-31", 1000, 1000, null, false, ""],
          ["X3", "C2", "2026-03-01", "2026-03-31", "A".repeat(100_000), 1000, null, false, ""],
        ],
      );
      return { Customers: 2, Invoices: 3 };
    },
  );

  // Formula-like text as ids and names reaches Credit Review and Collections; as amounts, Data Issues.
  const [hyperlink, cmd, arithmetic, at, plus] = FORMULA_LIKE;
  const formulaCustomers = [
    [hyperlink, arithmetic, "Mid", 100, "", 30, at],
    [cmd, at, "Small", 100, "", 30, hyperlink],
    [arithmetic, hyperlink, "Mid", 100, "", 30, cmd],
    [at, cmd, "Large", 100, "", 30, plus],
    [plus, plus, "Mid", 100, "", 30, arithmetic],
  ];
  const formulaInvoices = [
    ...formulaCustomers.map((c, i) => [
      FORMULA_LIKE[(i + 1) % 5],
      c[0],
      "2026-03-01",
      "2026-03-31",
      1000,
      1000,
      "",
      "",
      c[6],
    ]),
    ["F6", hyperlink, "2026-03-01", "2026-03-31", at, 100, "", "", ""],
    ["F7", cmd, "2026-03-01", plus, 100, 100, "", "", ""],
    ["F8", "=C9", "2026-03-01", "2026-03-31", 100, 100, "", "", ""],
  ];
  csvCase(
    "csv-formula-text",
    "formula-like text (=HYPERLINK, +cmd DDE, -2+3, @SUM, =1+1) in ids, names, amounts, dates and notes",
    reviewed,
    {
      "customers.csv": { headers: [...CUSTOMER_HEADERS, "Notes"], rows: formulaCustomers },
      "invoices.csv": { headers: [...INVOICE_HEADERS, "Notes"], rows: formulaInvoices },
    },
  );
  await xlsxCase(
    "xlsx-formula-text",
    "the same formula-like text as string cells, plus real formula cells (their cached result is read)",
    reviewed,
    (wb) => {
      const customers = sheet(wb, "Customers", [...CUSTOMER_HEADERS, "Notes"], formulaCustomers);
      customers.addRow([
        "R1",
        { formula: 'HYPERLINK("http://x","y")', result: "y" },
        "Mid",
        { formula: "50*2", result: 100 },
        "",
        30,
        "",
      ]);
      customers.addRow([{ formula: 'CONCAT("R","2")' }, "Formula id without a cached result", "Mid", 100, "", 30, ""]);
      sheet(
        wb,
        "Invoices",
        [...INVOICE_HEADERS, "Notes"],
        [
          ...formulaInvoices,
          ["F9", "R1", "2026-03-01", "2026-03-31", { formula: "SUM(1,2)", result: 3 }, 3, null, false, ""],
        ],
      );
      return { Customers: 7, Invoices: 9 };
    },
  );

  csvCase(
    "csv-currencies-with-rates",
    "mixed currencies with FX rates: converted to the base; a bad or missing rate rejects that row only",
    reviewed,
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": {
        headers: [...INVOICE_HEADERS, "Currency", "FX Rate"],
        rows: [
          ["M1", "C1", "2026-05-01", "2026-05-31", 100, 100, "", "", "EUR", ""],
          ["M2", "C1", "2026-05-01", "2026-05-31", 100, 100, "", "", "eur", ""],
          ["M3", "C1", "2026-05-01", "2026-05-31", 100, 100, "", "", "", ""],
          ["M4", "C2", "2026-05-01", "2026-05-31", 100, 100, "", "", "USD", 0.9],
          ["M5", "C2", "2026-05-01", "2026-05-31", 100, 100, "", "", "USD", "abc"],
          ["M6", "C2", "2026-05-01", "2026-05-31", 100, 100, "", "", "GBP", 0],
          ["M7", "C2", "2026-05-01", "2026-05-31", 100, 100, "", "", "CNY", -7],
          ["M8", "C2", "2026-05-01", "2026-05-31", 100, 100, "", "", "JPY", "0,0061"],
        ],
      },
    },
  );
  csvCase(
    "csv-currencies-no-rates",
    "mixed currencies without rates: the review stops with a message, never a sum",
    stopped("currenc"),
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": {
        headers: [...INVOICE_HEADERS, "Currency"],
        rows: [
          ["M1", "C1", "2026-05-01", "2026-05-31", 100, 100, "", "", "EUR"],
          ["M2", "C1", "2026-05-01", "2026-05-31", 100, 100, "", "", "USD"],
        ],
      },
    },
  );

  await xlsxCase(
    "xlsx-merged-headers",
    "header cells merged across two columns (Amount over Amount | Open Amount): the unread column is reported, not silently lost",
    reviewed,
    (wb) => {
      sheet(
        wb,
        "Customers",
        ["Customer ID", "Customer Name", "Segment", "Credit Limit"],
        [
          ["C1", "Acme", "Mid", 1000],
          ["C2", "Beta", "Small", 1000],
        ],
      );
      const ws = sheet(
        wb,
        "Invoices",
        ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount", "Paid Date"],
        [
          ["H1", "C1", "2026-05-01", "2026-05-31", 100, 40, null],
          ["H2", "C2", "2026-05-01", "2026-05-31", 100, 0, "2026-06-01"],
        ],
      );
      ws.mergeCells("E1:F1");
      return { Customers: 2, Invoices: 2 };
    },
  );
  await xlsxCase(
    "xlsx-merged-title",
    "a merged title row above the headers: the header is found on row 2 and the title row reported",
    { ...reviewed, headerRow: { Customers: 2, Invoices: 2 } },
    (wb) => {
      for (const [name, headers] of [
        ["Customers", CUSTOMER_HEADERS],
        ["Invoices", INVOICE_HEADERS],
      ]) {
        const ws = wb.addWorksheet(name);
        ws.addRow([`${name} — exported 2026-06-30`]);
        ws.mergeCells(1, 1, 1, headers.length);
        ws.addRow(headers);
        ws.addRow(
          name === "Customers" ? BASE_CUSTOMERS[0] : ["I1", "C1", "2026-05-01", "2026-05-31", 100, 100, null, false],
        );
      }
      return { Customers: 1, Invoices: 1 };
    },
  );

  await xlsxCase(
    "xlsx-hidden",
    "hidden columns (Open Amount, an unknown one), hidden rows and a hidden sheet: all read",
    reviewed,
    (wb) => {
      sheet(
        wb,
        "Customers",
        [...CUSTOMER_HEADERS, "Secret"],
        [
          ["C1", "Acme", "Mid", 1000, "", 30, "x"],
          ["C2", "Beta", "Small", 1000, "", 30, "y"],
        ],
      ).getColumn(7).hidden = true;
      const ws = sheet(wb, "Invoices", INVOICE_HEADERS, [
        ["H1", "C1", "2026-05-01", "2026-05-31", 100, 40, null, false],
        ["H2", "C2", "2026-05-01", "2026-05-31", 100, 100, null, false],
        ["H3", "C9", "2026-05-01", "2026-05-31", 100, 100, null, false],
      ]);
      ws.getColumn(6).hidden = true;
      ws.getRow(3).hidden = true;
      ws.state = "hidden";
      return { Customers: 2, Invoices: 3 };
    },
  );

  await xlsxCase(
    "xlsx-empty-workbook",
    "an empty workbook (one blank sheet): stops naming the missing Invoices table (Customers alone may be missing)",
    stopped("Invoices"),
    (wb) => {
      wb.addWorksheet("Sheet1");
    },
  );
  await xlsxCase(
    "xlsx-empty-sheets",
    "Customers and Invoices sheets with nothing on them: stops naming the missing column",
    stopped("Customer ID"),
    (wb) => {
      wb.addWorksheet("Customers");
      wb.addWorksheet("Invoices");
    },
  );
  await xlsxCase("xlsx-headers-only", "headers and no rows: the review completes, empty", reviewed, (wb) => {
    sheet(wb, "Customers", CUSTOMER_HEADERS, []);
    sheet(wb, "Invoices", INVOICE_HEADERS, []);
    return { Customers: 0, Invoices: 0 };
  });
  csvCase("csv-headers-only", "CSV files with a header line and no rows: the review completes, empty", reviewed, {
    "customers.csv": { headers: CUSTOMER_HEADERS, rows: [] },
    "invoices.csv": { headers: INVOICE_HEADERS, rows: [] },
  });
  csvCase(
    "csv-empty-files",
    "empty customers.csv and invoices.csv (0 bytes): stops naming the missing column",
    stopped("Customer ID"),
    {
      "customers.csv": "",
      "invoices.csv": "",
    },
  );
  csvCase(
    "csv-no-invoices",
    "a folder with customers.csv only: stops naming the missing Invoices table",
    stopped("Invoices"),
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
    },
  );
  csvCase(
    "csv-semicolons",
    "a semicolon-separated export (continental Excel): the separator is found from the header, 100,5 is a decimal comma",
    reviewed,
    {
      "customers.csv": { text: "Customer ID;Customer Name\r\nC1;Acme\r\n", rows: 1 },
      "invoices.csv": { text: "Invoice ID;Customer ID;Invoice Date;Amount\r\nI1;C1;2026-05-01;100,5\r\n", rows: 1 },
    },
  );
  csvCase(
    "csv-wrong-separator",
    "headers separated by a character no export uses (full-width commas typed through an IME): one header column, stops naming the separator used",
    stopped('invoices.csv, read as UTF-8 with separator ","'),
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv": "Invoice ID，Customer ID，Invoice Date，Amount\r\nI1，C1，2026-05-01，100\r\n",
    },
  );
  csvCase(
    "csv-runaway-quote",
    "a quote closed only lines later, swallowing whole records: unreadable, the message names the file and both lines",
    { expect: "unreadable", message: "invoices.csv.*opened on line 3 closes only on line 5" },
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv":
        'Invoice ID,Customer ID,Invoice Date,Amount\r\nI1,C1,2026-05-01,100\r\nI2,C1,2026-05-01,"100\r\nI3,C1,2026-05-01,100\r\nI4,C1,"2026-05-01",100\r\n',
    },
  );
  csvCase(
    "csv-unclosed-quote",
    "a quoted field never closed: unreadable, the message names the file and the line",
    { expect: "unreadable", message: "invoices.csv.*line 3" },
    {
      "customers.csv": { headers: CUSTOMER_HEADERS, rows: BASE_CUSTOMERS },
      "invoices.csv":
        'Invoice ID,Customer ID,Invoice Date,Amount\r\nI1,C1,2026-05-01,100\r\nI2,C1,"2026-05-01,100\r\nI3,C1,2026-05-01,100\r\n',
    },
  );
  csvCase(
    "csv-multiline-header",
    "a quoted header with line breaks and no usable columns: the message stays on one line",
    stopped("Customer ID"),
    {
      "customers.csv": '"Customer\r\nNumber\r\n(internal)",Name\r\nC1,Acme\r\n',
      "invoices.csv": { headers: INVOICE_HEADERS, rows: [] },
    },
  );
  csvCase(
    "csv-quirks",
    "BOM, LF and lone CR line ends, quoted line breaks, ragged rows, extra columns without header, blank lines",
    reviewed,
    {
      "customers.csv": '\ufeffCustomer ID,Customer Name,Segment,Credit Limit\rC1,"Acme,\nLtd",Mid,1000\rC2,Beta\n\n',
      "invoices.csv":
        "Invoice ID,Customer ID,Invoice Date,Due Date,Amount,Open Amount\n" +
        "Q1,C1,2026-05-01,2026-05-31,100,100,extra,cells\n" +
        "Q2,C2,2026-05-01\n" +
        "\n" +
        ",,,,,\n" +
        "Q3,C2,2026-05-01,2026-05-31,100,100\n",
    },
  );
  // Counted by hand: customers 3 data rows (the last an empty line); invoices 5 (one empty line, one of commas).
  Object.assign(cases[cases.length - 1], {
    rows: { "customers.csv": 3, "invoices.csv": 5 },
    blank: { "customers.csv": 1, "invoices.csv": 2 },
  });

  writeFileSync(join(OUT, "truncated.xlsx"), (await truncatedXlsx()).subarray(0, 700));
  cases.push({
    name: "truncated",
    path: "truncated.xlsx",
    kind: "xlsx",
    checks: "a truncated .xlsx (zip cut at 700 bytes): unreadable",
    expect: "unreadable",
    message: "truncated.xlsx",
    rows: {},
  });
  writeFileSync(join(OUT, "text-renamed.xlsx"), "Customer ID,Customer Name\r\nC1,Acme\r\n");
  cases.push({
    name: "text-renamed",
    path: "text-renamed.xlsx",
    kind: "xlsx",
    checks: "a CSV text file renamed .xlsx: unreadable",
    expect: "unreadable",
    message: "text-renamed.xlsx",
    rows: {},
  });

  writeFileSync(
    join(OUT, "cases.json"),
    `${JSON.stringify({ asOf: "2026-06-30", formulaLike: FORMULA_LIKE, cases }, null, 2)}\n`,
  );
  console.log(`${cases.length} hostile cases written to ${OUT}`);
}

/** The workbook's bytes with every zip entry dated 2026-06-30, so that regenerating the corpus changes no file. */
async function stableBytes(workbook) {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const date = new Date(Date.UTC(2026, 5, 30));
  zip.forEach((_path, file) => (file.date = date));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

async function truncatedXlsx() {
  const wb = new ExcelJS.Workbook();
  sheet(wb, "Customers", CUSTOMER_HEADERS, BASE_CUSTOMERS);
  sheet(wb, "Invoices", INVOICE_HEADERS, [["I1", "C1", "2026-05-01", "2026-05-31", 100, 100, null, false]]);
  wb.created = wb.modified = new Date(Date.UTC(2026, 5, 30));
  return stableBytes(wb);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
