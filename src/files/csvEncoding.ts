/** Which character encoding a CSV file's bytes are in, decided by what decodes validly, and the decoded text. */
import { isAscii, isUtf8 } from "node:buffer";
import { UnreadableInputError } from "./xlsxWorkbookSource";

/** The encodings a CSV file is read in, named as the summary and the messages show them. */
export type CsvEncoding = "ASCII" | "UTF-8" | "UTF-8 with BOM" | "UTF-16LE" | "UTF-16BE" | "GB18030";

/** A CSV file's text and the encoding it was read in. */
export interface DecodedCsv {
  readonly text: string;
  readonly encoding: CsvEncoding;
}

/** Byte order marks, as the Unicode Standard (§23.8, "Specials": U+FEFF) defines them for each encoding form. */
const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: CsvEncoding; readonly label: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: "UTF-8 with BOM", label: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "UTF-16LE", label: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "UTF-16BE", label: "utf-16be" },
];

const RESAVE = 'Save it again from Excel as "CSV UTF-8 (Comma delimited)" and run again.';

/** The text of `bytes` in an encoding, or undefined when they are not valid in it (a fatal decoder: no U+FFFD). */
function decodeStrictly(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** The BOM `bytes` start with, if any. */
function bomOf(bytes: Uint8Array): (typeof BOMS)[number] | undefined {
  return BOMS.find((bom) => bom.bytes.every((b, k) => bytes[k] === b));
}

/**
 * Decodes a CSV file by validity, not by guessing: a byte order mark names the encoding (UTF-8, UTF-16LE as Excel's
 * "Unicode Text" writes it, UTF-16BE) and the bytes must be valid in it; without one, pure ASCII is copied as
 * Latin-1 (the same characters, several times faster than decoding), valid UTF-8 is UTF-8, and anything else is
 * GB18030 (which covers GBK, code page 936: what Excel's "CSV (Comma delimited)" writes on Simplified Chinese
 * Windows) when it is valid GB18030. Decoders are fatal, so no U+FFFD is ever made here; a file that already holds
 * U+FFFD lost its text before it reached us (an earlier tool decoded it wrongly) and is refused, because ids that
 * differ only in lost characters would merge customers.
 * A valid GB18030 reading is not proof: Windows-1252 bytes such as `ü` followed by a letter are valid GB18030 too,
 * and read as Chinese characters. The summary names the encoding so a user can see that.
 * @throws UnreadableInputError naming the file, the encodings tried and how to re-save it
 * @example decodeCsv(Buffer.from([0xbf, 0xcd, 0xbb, 0xa7]), "customers.csv") // { text: "客户", encoding: "GB18030" }
 */
export function decodeCsv(bytes: Uint8Array, file: string): DecodedCsv {
  const decoded = decodeByValidity(bytes, file);
  if (decoded.encoding !== "ASCII") refuseReplacementCharacters(decoded, file);
  return decoded;
}

function decodeByValidity(bytes: Uint8Array, file: string): DecodedCsv {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decodeStrictly(bytes, bom.label);
    if (text === undefined)
      throw new UnreadableInputError(
        `${file} starts with the byte order mark of ${bom.encoding} but is not valid ${bom.encoding}. ${RESAVE}`,
      );
    return { text, encoding: bom.encoding };
  }
  if (isAscii(bytes))
    return {
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1"),
      encoding: "ASCII",
    };
  if (isUtf8(bytes))
    return { text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"), encoding: "UTF-8" };
  const text = decodeStrictly(bytes, "gb18030");
  if (text === undefined) {
    throw new UnreadableInputError(
      `${file} is not valid text in any encoding tried (UTF-8, UTF-16 with a byte order mark, GB18030/GBK). ${RESAVE}`,
    );
  }
  return { text, encoding: "GB18030" };
}

/** Refuses text that holds U+FFFD REPLACEMENT CHARACTER, naming its first line and how many there are. */
function refuseReplacementCharacters(decoded: DecodedCsv, file: string): void {
  const at = decoded.text.indexOf("\ufffd");
  if (at < 0) return;
  let count = 0;
  for (let k = at; k >= 0; k = decoded.text.indexOf("\ufffd", k + 1)) count++;
  const line = lineAt(decoded.text, at);
  throw new UnreadableInputError(
    `${file} (read as ${decoded.encoding}) already holds ${count} replacement character(s) "\ufffd" (first on line ${line}): ` +
      "its text was damaged by an earlier wrong decoding, and names or ids may have lost characters. Export it again from the source system.",
  );
}

/** The 1-based line of a position (lines end at LF, CRLF or a lone CR). */
function lineAt(text: string, at: number): number {
  let line = 1;
  for (let k = 0; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
  }
  return line;
}
