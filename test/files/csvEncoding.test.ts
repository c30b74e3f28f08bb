/** Decoding CSV bytes by validity: byte order marks, ASCII, UTF-8, GB18030/GBK, and what is refused. */
import { decodeCsv } from "../../src/files/csvEncoding";
import { UnreadableInputError } from "../../src/files/fileWorkbookSource";
import { gbkBytes } from "../fixtures/gbk";

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
/** UTF-16BE is UTF-16LE with each code unit's two bytes swapped. */
const utf16be = (text: string) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, "utf16le").swap16()]);

describe("decodeCsv", () => {
  it("the GBK test table agrees with the GB 2312 code chart (客 BFCD, 户 BBA7, 编 B1E0, 号 BAC5 in EUC-CN form)", () => {
    expect([...gbkBytes("客户编号")]).toEqual([0xbf, 0xcd, 0xbb, 0xa7, 0xb1, 0xe0, 0xba, 0xc5]);
  });

  it("pure ASCII is copied as Latin-1 (the fast path) and named ASCII", () => {
    expect(decodeCsv(Buffer.from("id,amount\r\nC1,12.5\r\n"), "a.csv")).toEqual({
      text: "id,amount\r\nC1,12.5\r\n",
      encoding: "ASCII",
    });
  });

  it("valid UTF-8 without a BOM is UTF-8", () => {
    expect(decodeCsv(Buffer.from("客户编号,Name\nC1,Müller\n", "utf8"), "a.csv")).toEqual({
      text: "客户编号,Name\nC1,Müller\n",
      encoding: "UTF-8",
    });
  });

  // Byte order marks as the Unicode Standard defines them (§2.6 Encoding Schemes, Table 2-4; §23.8 U+FEFF):
  // UTF-8 EF BB BF, UTF-16LE FF FE, UTF-16BE FE FF. The mark is not part of the text.
  it("a UTF-8 BOM (Excel's CSV UTF-8) is UTF-8 with BOM, the mark dropped", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("客户编号,x\n", "utf8")]);
    expect(decodeCsv(bytes, "a.csv")).toEqual({ text: "客户编号,x\n", encoding: "UTF-8 with BOM" });
  });

  it("UTF-16LE with a BOM (Excel's Unicode Text) and UTF-16BE with a BOM", () => {
    expect(decodeCsv(utf16le("客户编号\tName\r\n"), "a.txt.csv")).toEqual({
      text: "客户编号\tName\r\n",
      encoding: "UTF-16LE",
    });
    expect(decodeCsv(utf16be("客户编号\tName\r\n"), "a.csv")).toEqual({
      text: "客户编号\tName\r\n",
      encoding: "UTF-16BE",
    });
  });

  it("bytes that are not UTF-8 are GB18030 when valid there (GBK, code page 936)", () => {
    expect(decodeCsv(gbkBytes("客户编号,客户名称\r\nC1,华东贸易\r\n"), "a.csv")).toEqual({
      text: "客户编号,客户名称\r\nC1,华东贸易\r\n",
      encoding: "GB18030",
    });
  });

  it("bytes valid in no encoding tried are refused, naming the file, the encodings and how to re-save", () => {
    // 0xFF is never valid UTF-8 (RFC 3629 §1) nor a GB18030 byte (WHATWG Encoding, gb18030 decoder: 0xFF is an error).
    const bytes = Buffer.from([...Buffer.from("Customer ID,Name\nC1,M"), 0xfc, 0xff, ...Buffer.from("ller\n")]);
    const read = () => decodeCsv(bytes, "/data/customers.csv");
    expect(read).toThrow(UnreadableInputError);
    expect(read).toThrow(/\/data\/customers\.csv.*UTF-8.*UTF-16.*GB18030.*CSV UTF-8/);
  });

  it("a BOM whose encoding the bytes then break is refused, naming that encoding", () => {
    const oddLength = Buffer.concat([utf16le("id\n"), Buffer.from([0x41])]);
    expect(() => decodeCsv(oddLength, "a.csv")).toThrow(/a\.csv.*byte order mark of UTF-16LE.*not valid UTF-16LE/);
    const brokenUtf8 = Buffer.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]);
    expect(() => decodeCsv(brokenUtf8, "a.csv")).toThrow(/UTF-8 with BOM/);
  });

  it("text that already holds U+FFFD is refused with its first line and count, never passed on", () => {
    const damaged = Buffer.from("Customer ID,Name\nC1,Acme\nC\ufffd2,B\ufffdta\n", "utf8");
    expect(() => decodeCsv(damaged, "customers.csv")).toThrow(
      /customers\.csv \(read as UTF-8\) already holds 2 replacement.*line 3/,
    );
    expect(() => decodeCsv(utf16le("a\r\n\ufffd"), "x.csv")).toThrow(/line 2/);
  });
});
