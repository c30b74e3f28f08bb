/**
 * Ledgers as credit teams export them (docs/reliability.md, "CSV files as exported"), through the CLI's review path:
 * GBK/GB18030, UTF-16 "Unicode Text", UTF-8 with a BOM, semicolons with decimal commas, tabs, pipes. Every file holds
 * the same small ledger, so every one must give the same hand-computed figures.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { FileWorkbookSource } from "../../src/files/fileWorkbookSource";
import { runCli } from "../cli/runCli";
import { tempDir } from "../helpers/tempDir";
import { gbkBytes } from "../fixtures/gbk";

const dir = tempDir("credit-desk-ledgers-");
const run = (...argv: string[]) => runCli(argv);

type Encode = (text: string) => Buffer;
// Facts about ledger exports (docs/reliability.md §CSV files as exported) and the Unicode Standard's byte order
// marks (§2.6, Table 2-4: UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF).
const ENCODINGS: Readonly<Record<string, Encode>> = {
  ASCII: (t) => Buffer.from(t, "latin1"),
  "UTF-8": (t) => Buffer.from(t, "utf8"),
  "UTF-8 with BOM": (t) => Buffer.from(`\ufeff${t}`, "utf8"), // Excel's "CSV UTF-8"
  "UTF-16LE": (t) => Buffer.from(`\ufeff${t}`, "utf16le"), // Excel's "Unicode Text": tab-separated
  "UTF-16BE": (t) => Buffer.from(`\ufeff${t}`, "utf16le").swap16(),
  GB18030: gbkBytes, // Excel's "CSV (Comma delimited)" on Simplified Chinese Windows: code page 936, GBK
};

const ZH = {
  customers: ["客户编号", "客户名称", "信用额度", "付款期限"],
  invoices: ["发票编号", "客户编号", "发票日期", "到期日", "金额", "未结金额"],
};
const EN = {
  customers: ["Customer ID", "Customer Name", "Credit Limit", "Payment Terms"],
  invoices: ["Invoice ID", "Customer ID", "Invoice Date", "Due Date", "Amount", "Open Amount"],
};

/**
 * The ledger, as of 2026-06-30. Amounts as a point file writes them, then as a decimal-comma file does; "2.500" is
 * 2500 there. By hand: open 1234.56 + 2500 + 300.25 = 4034.81; overdue (due before 2026-06-30) 2500 + 300.25 =
 * 2800.25; I1 is not due (current), I3 is 11 days past due (1–30), I2 60 days (31–60).
 */
const AMOUNTS = { point: ["1234.56", "2500", "800.50", "300.25"], comma: ["1.234,56", "2.500", "800,50", "300,25"] };
function ledger(headers: typeof ZH, decimals: keyof typeof AMOUNTS, names = ["华东贸易有限公司", "北京远景科技"]) {
  const [a1, a2, a3, o3] = AMOUNTS[decimals];
  return {
    customers: [headers.customers, ["C1", names[0], "5000", "30"], ["C2", names[1], "3000", "30"]],
    invoices: [
      headers.invoices,
      ["I1", "C1", "2026-06-01", "2026-07-01", a1, a1],
      ["I2", "C1", "2026-04-01", "2026-05-01", a2, a2],
      ["I3", "C2", "2026-05-20", "2026-06-19", a3, o3],
    ],
  };
}
const EXPECTED = {
  openReceivables: 4034.81,
  overdueReceivables: 2800.25,
  aging: { current: 1234.56, d1_30: 300.25, d31_60: 2500, d61_90: 0, d90plus: 0 },
};

interface Export {
  readonly name: string;
  readonly encoding: keyof typeof ENCODINGS;
  readonly separator: string;
  readonly decimalComma: boolean;
  readonly headers: typeof ZH;
  readonly names?: string[];
  readonly sepLine?: boolean;
  /** What invoices.csv is read as when it differs: English headers and ids only are pure ASCII (the fast path). */
  readonly invoicesRead?: keyof typeof ENCODINGS;
}

/** A folder with customers.csv and invoices.csv written as the export says (CRLF line ends, as Excel writes). */
function writeExport(e: Export): string {
  const folder = join(dir, e.name);
  mkdirSync(folder);
  const { customers, invoices } = ledger(e.headers, e.decimalComma ? "comma" : "point", e.names);
  const text = (rows: string[][]) =>
    (e.sepLine ? `sep=${e.separator}\r\n` : "") + rows.map((r) => r.join(e.separator)).join("\r\n") + "\r\n";
  writeFileSync(join(folder, "customers.csv"), ENCODINGS[e.encoding](text(customers)));
  writeFileSync(join(folder, "invoices.csv"), ENCODINGS[e.encoding](text(invoices)));
  return folder;
}

const EXPORTS: Export[] = [
  { name: "gbk-chinese-headers", encoding: "GB18030", separator: ",", decimalComma: false, headers: ZH },
  {
    name: "gbk-english-headers",
    encoding: "GB18030",
    separator: ",",
    decimalComma: false,
    headers: EN,
    invoicesRead: "ASCII",
  },
  { name: "unicode-text", encoding: "UTF-16LE", separator: "\t", decimalComma: false, headers: ZH },
  { name: "utf16be", encoding: "UTF-16BE", separator: ",", decimalComma: false, headers: ZH },
  { name: "csv-utf8-bom", encoding: "UTF-8 with BOM", separator: ",", decimalComma: false, headers: ZH },
  {
    name: "semicolon-sep-line",
    encoding: "ASCII",
    separator: ";",
    decimalComma: true,
    headers: EN,
    names: ["Acme GmbH", "Beta SA"],
    sepLine: true,
  },
  {
    name: "semicolon",
    encoding: "UTF-8",
    separator: ";",
    decimalComma: true,
    headers: EN,
    names: ["Müller GmbH", "Société Générale"],
    invoicesRead: "ASCII",
  },
  { name: "tab", encoding: "UTF-8", separator: "\t", decimalComma: false, headers: ZH },
  {
    name: "pipe",
    encoding: "ASCII",
    separator: "|",
    decimalComma: false,
    headers: EN,
    names: ["Acme Ltd", "Beta Inc"],
  },
];

describe.each(EXPORTS.map((e) => [e.name, e] as const))("%s", (_name, e) => {
  it("gives the hand-computed figures and says how each file was read, in the JSON and on one line", async () => {
    const folder = writeExport(e);
    const json = join(dir, `${e.name}.json`);
    const r = await run("review", folder, "--as-of", "2026-06-30", "--json", json, "--lang", "en");
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary).toMatchObject({ customers: 2, invoices: 3, ...EXPECTED });
    const how = { encoding: e.encoding, separator: e.separator, decimalComma: e.decimalComma };
    expect(summary.input).toEqual({
      files: [
        { table: "Customers", file: "customers.csv", ...how },
        { table: "Invoices", file: "invoices.csv", ...how, encoding: e.invoicesRead ?? e.encoding },
      ],
    });
    const separator = e.separator === "\t" ? "tab" : `"${e.separator}"`;
    const file = (name: string, encoding = e.encoding) =>
      `${name} (${encoding}, separator ${separator}${e.decimalComma ? ", decimal comma" : ""})`;
    expect(r.out[1]).toBe(`  CSV files read: ${file("customers.csv")}; ${file("invoices.csv", e.invoicesRead)}`);
  });
});

describe("what is read from those files", () => {
  it("Chinese names come through GBK intact, and a sep= line makes the header line 2 (data issues point at file lines)", async () => {
    const gbk = await FileWorkbookSource.open(join(dir, "gbk-english-headers"));
    expect((await gbk.readTable("Customers"))!.rows.map((r) => r[1])).toEqual(["华东贸易有限公司", "北京远景科技"]);
    const sep = await FileWorkbookSource.open(join(dir, "semicolon-sep-line"));
    const invoices = (await sep.readTable("Invoices"))!;
    expect(invoices).toMatchObject({ headers: EN.invoices, firstDataRow: 3 });
    // Once the file's decimal comma is known, plain numbers are typed (the contract's fast path); formatted ones stay
    // text, for the contract to read and report as repairs.
    expect(invoices.rows.map((r) => [r[4], r[5]])).toEqual([
      ["1.234,56", "1.234,56"],
      ["2.500", "2.500"],
      [800.5, 300.25],
    ]);
  });

  it("a decimal-comma folder's policy.csv is read with decimal commas too (0,5% is 0.005, not 0.05)", async () => {
    const folder = join(dir, "semicolon-policy");
    mkdirSync(folder);
    for (const file of ["customers.csv", "invoices.csv"])
      writeFileSync(join(folder, file), readFileSync(join(dir, "semicolon", file)));
    writeFileSync(join(folder, "policy.csv"), "Setting;Value\r\nLoss rate 1-30;0,5%\r\nLoss rate 31-60;2,5%\r\n");
    const json = join(dir, "semicolon-policy.json");
    const r = await run("review", folder, "--as-of", "2026-06-30", "--json", json);
    expect(r.err).toEqual([]);
    const summary = JSON.parse(readFileSync(json, "utf8"));
    expect(summary).toMatchObject({ ...EXPECTED, lossRates: { d1_30: 0.005, d31_60: 0.025 } });
    expect(summary.input.files[2]).toEqual({
      table: "CreditPolicy",
      file: "policy.csv",
      encoding: "ASCII",
      separator: ";",
      decimalComma: true,
    });
  });

  it("a workbook's JSON has no input key and its printed summary no CSV line", async () => {
    const json = join(dir, "xlsx.json");
    const r = await run("review", "assets/sample-portfolio.xlsx", "--as-of", "2026-06-30", "--json", json);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8"))).not.toHaveProperty("input");
    expect(r.out.join("\n")).not.toContain("CSV files read");
  });
});

describe("files that stop the review with a one-line reason", () => {
  function folderWith(name: string, invoices: Buffer): string {
    const folder = join(dir, name);
    mkdirSync(folder);
    writeFileSync(join(folder, "customers.csv"), gbkBytes("客户编号,客户名称\r\nC1,华东贸易\r\n"));
    writeFileSync(join(folder, "invoices.csv"), invoices);
    return folder;
  }

  it("a quote closed lines later: names the file, the encoding and both lines; no record disappears", async () => {
    const text = [
      "发票编号,客户编号,发票日期,金额",
      "I1,C1,2026-06-01,100",
      'I2,C1,2026-06-01,"100',
      "I3,C1,2026-06-01,200",
      "I4,C1,2026-06-01,300",
      'I5,C1,"2026-06-01",400',
    ].join("\r\n");
    const r = await run("review", folderWith("runaway", gbkBytes(text)), "--as-of", "2026-06-30");
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(
      /invoices\.csv \(read as GB18030\): CSV line 3: a quoted field opened on line 3 closes only on line 6, and 2 line\(s\)/,
    );
  });

  it("bytes valid in no encoding: names the file, the encodings tried and how to re-save", async () => {
    const r = await run(
      "review",
      folderWith("invalid", Buffer.from([0x49, 0x44, 0x0a, 0xfc, 0xff, 0x0a])),
      "--as-of",
      "2026-06-30",
    );
    expect(r.code).toBe(2);
    expect(r.err[0]).toMatch(
      /invoices\.csv is not valid text in any encoding tried \(UTF-8, UTF-16 with a byte order mark, GB18030\/GBK\)\. Save it again from Excel as "CSV UTF-8/,
    );
  });

  it("headers run together by a separator no export uses: the missing column's message names the encoding and separator", async () => {
    const text = "发票编号，客户编号，发票日期，金额\r\nI1，C1，2026-06-01，100\r\n"; // full-width commas typed through an IME
    const r = await run("review", folderWith("fullwidth", gbkBytes(text)), "--as-of", "2026-06-30", "--lang", "en");
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("The Invoices table has no Invoice ID, Customer ID, Invoice Date, Amount column");
    expect(r.err[0]).toContain('in invoices.csv, read as GB18030 with separator ",". If the headers run together');
    const zh = await run("review", join(dir, "fullwidth"), "--as-of", "2026-06-30", "--lang", "zh-CN");
    expect(zh.err[0]).toContain('invoices.csv 按 GB18030 编码、分隔符 "," 读取');
  });
});
