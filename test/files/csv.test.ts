/** RFC 4180 CSV reading and writing. */
import fc from "fast-check";
import { CsvFormatError, formatCsv, parseCsv, parseCsvColumns, plainNumberAt } from "../../src/files/csv";
import { isoDaySerialAt } from "../../src/core/cells";
import { cellOf, TextSpans } from "../../src/workbook/textSpans";

describe("parseCsv", () => {
  it("reads plain records, CRLF or LF, without a trailing empty record", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a,b\r1,2\r")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("quoted fields hold delimiters, doubled quotes and line breaks (RFC 4180 §2.6–2.7)", () => {
    expect(parseCsv('id,name\r\n1,"Acme, ""Ltd"""\r\n2,"two\r\nlines"\r\n')).toEqual([
      ["id", "name"],
      ["1", 'Acme, "Ltd"'],
      ["2", "two\r\nlines"],
    ]);
  });

  it("empty fields, a trailing delimiter and an empty quoted field", () => {
    expect(parseCsv('a,,c,\n"",x')).toEqual([
      ["a", "", "c", ""],
      ["", "x"],
    ]);
  });

  it("drops a UTF-8 BOM and keeps Chinese text", () => {
    expect(parseCsv("\ufeff客户编号,客户名称\nC1,甲公司")).toEqual([
      ["客户编号", "客户名称"],
      ["C1", "甲公司"],
    ]);
  });

  it("keeps empty lines as blank rows", () => {
    expect(parseCsv("a\n\nb\n")).toEqual([["a"], [""], ["b"]]);
  });

  it("another delimiter", () => {
    expect(parseCsv("a;b\n1,5;2", { delimiter: ";" })).toEqual([
      ["a", "b"],
      ["1,5", "2"],
    ]);
  });

  it("a delimiter must be one character other than a quote or a line break", () => {
    for (const delimiter of ["", ";;", '"', "\n", "\r"]) {
      expect(() => parseCsv("a\n1", { delimiter })).toThrow(RangeError);
      expect(() => parseCsvColumns("a\n1", { delimiter })).toThrow(RangeError);
    }
  });

  it("an unclosed quote is an error naming the line", () => {
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(CsvFormatError);
    expect(() => parseCsv('a\n"open,b\nc')).toThrow(/line 2/);
    expect(() => parseCsv('a\n"open,b\nc', { firstLine: 2 })).toThrow(
      /line 3: a quoted field opened on line 3 is never closed/,
    );
  });

  describe("a quote closed only after whole records (refuseRecordsInQuotes)", () => {
    // The shape that swallowed customers: the quote opened on line 3 closes on line 7, so C3–C5 become part of C2's name.
    const runaway = [
      "Customer ID,Customer Name,Credit Limit",
      "C1,Acme,1000",
      'C2,"Beta,2000',
      "C3,Gamma,3000",
      "C4,Delta,4000",
      "C5,Epsilon,5000",
      'C6,"Zeta",6000',
      "C7,Eta,7000",
    ].join("\r\n");

    it("is read as one field by the plain parser (RFC 4180 allows it), so the records vanish", () => {
      expect(parseCsv(runaway)).toHaveLength(4);
    });

    it("is refused naming its start and end lines and how many records it holds", () => {
      for (const read of [
        () => parseCsv(runaway, { refuseRecordsInQuotes: true }),
        () => parseCsvColumns(runaway, { refuseRecordsInQuotes: true }),
      ]) {
        expect(read).toThrow(CsvFormatError);
        expect(read).toThrow(
          /line 3: a quoted field opened on line 3 closes only on line 7, and 3 line\(s\) inside it look like whole records/,
        );
      }
      expect(() =>
        parseCsv(runaway.replace(/,/g, ";"), { delimiter: ";", refuseRecordsInQuotes: true, firstLine: 2 }),
      ).toThrow(/opened on line 4 closes only on line 8/);
    });

    it("a legitimate multi-line field (an address, a note) still reads", () => {
      const text =
        'Customer ID,Customer Name,Address\r\nC1,Acme,"12 Main St\r\nSpringfield, IL"\r\nC2,"Beta\nGmbH",x\r\n';
      expect(parseCsv(text, { refuseRecordsInQuotes: true })).toEqual([
        ["Customer ID", "Customer Name", "Address"],
        ["C1", "Acme", "12 Main St\r\nSpringfield, IL"],
        ["C2", "Beta\nGmbH", "x"],
      ]);
    });

    it("tables of one or two columns are not judged: one separator on a line is no evidence of a record", () => {
      expect(parseCsv('Setting,Value\r\nNote,"a\r\nb,c"\r\n', { refuseRecordsInQuotes: true })).toEqual([
        ["Setting", "Value"],
        ["Note", "a\r\nb,c"],
      ]);
    });
  });

  it("round-trips any table of strings through formatCsv", () => {
    const field = fc.string({ unit: fc.constantFrom("a", "Z", ",", '"', "\n", "\r", " ", "客", "=") });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        (rows) => {
          expect(parseCsv(formatCsv(rows))).toEqual(rows);
        },
      ),
    );
  });
});

describe("typed columns", () => {
  const types = new Map([
    [1, "number" as const],
    [2, "isoDate" as const],
    [3, "flag" as const],
  ]);

  it("types plain fields of the given columns after the header, and leaves everything else as text", () => {
    expect(
      parseCsv(
        'id,amount,date,flag\nA,-1234.5,2026-06-30,TRUE\nB,"1,234.50",30/06/2026,false\nC,1e5,2026-02-30,yes\nD,,,\n',
        { columnTypes: types },
      ),
    ).toEqual([
      ["id", "amount", "date", "flag"],
      ["A", -1234.5, 46203, true],
      ["B", "1,234.50", "30/06/2026", false],
      ["C", "1e5", "2026-02-30", "yes"],
      ["D", "", "", ""],
    ]);
  });

  it("types exactly the unquoted fields that spell a value, whatever the delimiter, line ends or neighbours", () => {
    // Fields near each typed shape: one character short or long, a stray sign or letter, quoted, empty.
    const pool = [
      "2026-06-30",
      "2026-06-3",
      "2026-06-300",
      "2026-02-30",
      "12.5",
      "-3",
      "+7",
      "1e5",
      "12.5x",
      "1.2.3",
      "-",
      ".",
      "007",
      "TRUE",
      "true",
      "TRUEX",
      "FALSE",
      "False",
      "FALS",
      "x",
      "",
      "2026",
      "a b",
    ];
    const typeOf: ("number" | "isoDate" | "flag")[] = ["isoDate", "number", "flag"];
    const columnTypes = new Map(typeOf.map((t, c) => [c, t] as const));
    /** What a typed column makes of an unquoted field: the rule, stated once more without the scanner. */
    const expected = (field: string, type: "number" | "isoDate" | "flag"): string | number | boolean => {
      if (type === "number" && /^[-+]?\d+(\.\d+)?$/.test(field)) return Number(field);
      if (type === "isoDate" && /^\d{4}-\d{2}-\d{2}$/.test(field))
        return isoDaySerialAt(field, 0) === isoDaySerialAt(field, 0) ? isoDaySerialAt(field, 0) : field;
      if (type === "flag" && /^(true|false)$/i.test(field)) return field.toLowerCase() === "true";
      return field;
    };
    fc.assert(
      fc.property(
        fc.constantFrom(",", ";", "\t", "-", "1", "T", "|"),
        fc.constantFrom("\n", "\r\n", "\r"),
        fc.array(fc.array(fc.tuple(fc.constantFrom(...pool), fc.boolean()), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        (delimiter, lineEnd, records) => {
          const needsQuotes = (f: string) =>
            f.includes(delimiter) || f.includes('"') || f.includes("\n") || f.includes("\r");
          // An empty last field of a record ending the file would read as no field: keep the file's end unambiguous.
          const fields = records.map((r) => r.map(([f, q]) => ({ text: f, quoted: q || needsQuotes(f) || f === "" })));
          const text = [
            "d,n,f".replaceAll(",", delimiter),
            ...fields.map((r) => r.map((f) => (f.quoted ? `"${f.text}"` : f.text)).join(delimiter)),
          ].join(lineEnd);
          const want = fields.map((r) => r.map((f, c) => (f.quoted ? f.text : expected(f.text, typeOf[c]))));
          const options = { delimiter, columnTypes };
          expect(parseCsv(text, options).slice(1)).toEqual(want);
          const byColumn = parseCsvColumns(text, options);
          expect(want.map((r, i) => r.map((_, c) => cellOf(byColumn.columns[c], i)))).toEqual(want);
        },
      ),
      { numRuns: 500, seed: 20261129 },
    );
  });

  it("a flag column reads TRUE and FALSE in ASCII letters only: look-alike characters stay text", () => {
    const flags = new Map([[0, "flag" as const]]);
    expect(parseCsv("flag\ntrue\n乔乒乕久\nŔRUE\nFŁLSE\nFalse\n", { columnTypes: flags })).toEqual([
      ["flag"],
      [true],
      ["乔乒乕久"],
      ["ŔRUE"],
      ["FŁLSE"],
      [false],
    ]);
  });

  it("a typed number is exactly the number the text spells", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (units, places) => {
        const text = places === 0 ? String(units) : (units / 10 ** places).toFixed(places);
        expect(plainNumberAt(text, 0, text.length)).toBe(Number(text));
      }),
    );
  });

  it("more than 15 significant digits stay text (a double cannot hold them)", () => {
    expect(plainNumberAt("1234567890123456", 0, 16)).toBeNaN();
    expect(plainNumberAt("12.", 0, 3)).toBeNaN();
    expect(plainNumberAt("-", 0, 1)).toBeNaN();
  });
});

describe("parseCsvColumns", () => {
  /** Rows rebuilt from columns, each cut after its last present cell. */
  const rowsOf = (text: string, options = {}) => {
    const { header, columns, rowCount } = parseCsvColumns(text, options);
    const rows = Array.from({ length: rowCount }, (_, i) => {
      const row = columns.map((c) => cellOf(c, i));
      while (row.length > 0 && row[row.length - 1] === undefined) row.pop();
      return row;
    });
    return text === "" ? rows : [header, ...rows];
  };

  it("reads the same fields as parseCsv, by column: quotes, empty lines, short and long records, CR, CRLF", () => {
    const types = new Map([
      [0, "number" as const],
      [1, "isoDate" as const],
    ]);
    for (const text of [
      "a,b\r\n1,2\r\n",
      "a,b\r1,2\r",
      'id,name\r\n1,"Acme, ""Ltd"""\r\n2,"two\r\nlines"\r\n',
      'a,,c,\n"",x',
      "a\n\nb\n",
      "\na,b\n1\n\n2,2026-06-30,4\n",
      "a,b\n1,2,",
      "",
      "x",
    ]) {
      expect(rowsOf(text)).toEqual(parseCsv(text));
      expect(rowsOf(text, { columnTypes: types })).toEqual(parseCsv(text, { columnTypes: types }));
    }
  });

  it("a span column reads the same cells as text, without making them: quoted fields held aside", () => {
    const spanEvery = new Map([0, 1, 2, 3].map((c) => [c, "span" as const]));
    const field = fc.string({ unit: fc.constantFrom("a", "7", ",", '"', "\n", "\r", " ", "客"), maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        (table) => {
          const text = formatCsv(table).replace(/\r\n$/, "");
          expect(rowsOf(text, { columnTypes: spanEvery })).toEqual(rowsOf(text));
          const { columns } = parseCsvColumns(text, { columnTypes: spanEvery });
          for (const column of columns.slice(0, Math.min(4, table[0].length))) expect(column).toBeInstanceOf(TextSpans);
        },
      ),
      { numRuns: 300, seed: 20261129 },
    );
    const { columns } = parseCsvColumns('id,x\nI1,a\n"I,2",b\n,c\nI4', {
      columnTypes: new Map([[0, "span" as const]]),
    });
    const ids = columns[0] as TextSpans;
    expect([0, 1, 2, 3].map((i) => ids.at(i))).toEqual(["I1", "I,2", "", "I4"]);
    expect(ids.start[0]).toBe(5); // "I1" is where it was written; the quoted "I,2" is held aside
    expect(ids.other.get(1)).toBe("I,2");
    // Line ends mixed in one file: CR CR LF (CRLF converted twice), lone CRs after an LF header. Every record keeps its id.
    for (const text of ["id,x\r\r\nI1,a\r\r\nI2,b\r\r\nI3,c\r\r\n", "\ufeffid,x\nI1,a\rI2,b\rI3,c\rI4,d\rI5,e\r"]) {
      const spanned = parseCsvColumns(text, { columnTypes: new Map([[0, "span" as const]]) });
      expect(rowsOf(text, { columnTypes: new Map([[0, "span" as const]]) })).toEqual(rowsOf(text));
      expect(spanned.columns[0]).toHaveLength(spanned.rowCount);
    }
    // Only by column: read by row, a span column is plain text.
    expect(parseCsv("id\nI1", { columnTypes: new Map([[0, "span" as const]]) })).toEqual([["id"], ["I1"]]);
  });

  it("counts data records, and a short record leaves its missing cells undefined", () => {
    const { header, columns, rowCount } = parseCsvColumns("id,amount,note\nA,1.5,x\nB\nC,2,y\n", {
      columnTypes: new Map([[1, "number" as const]]),
    });
    expect(header).toEqual(["id", "amount", "note"]);
    expect(rowCount).toBe(3);
    expect(columns[0]).toEqual(["A", "B", "C"]);
    expect(cellOf(columns[1], 0)).toBe(1.5);
    expect(cellOf(columns[1], 1)).toBeUndefined();
    expect(columns[2]).toHaveLength(3);
  });

  it("a field repeating the one above is the same text (ledgers sorted by customer)", () => {
    const { columns } = parseCsvColumns("id,customer\nI1,C001\nI2,C001\nI3,C002\nI4,C00\n");
    expect(columns[1]).toEqual(["C001", "C001", "C002", "C00"]);
  });
});
