/** Coerces Excel custom-function arguments (scalars and 2-D ranges) into checked engine inputs. */
import { serialFromIso, isValidSerial, type SerialDate } from "../core/dates";
import { isBlankCell, plainNumber, shownCell, type Cell as CellValue } from "../core/cells";
import { valueError } from "../core/errors";

/**
 * One cell as Excel hands it to a custom function (numbers, text, booleans; empty cells arrive as null or ""): the
 * one cell type of core/cells.ts.
 */
export type Cell = CellValue;
/** A range argument: rows of cells. A single cell arrives as [[value]]. */
export type Grid = Cell[][];

/** One non-blank item of a list argument, with its 1-based position for messages. */
export interface ListItem {
  readonly value: Cell;
  readonly row: number;
}

export const isBlank = isBlankCell;

/** Text as it should appear inside a message (short, one line). */
const shown = (value: Cell): string => shownCell(value, 40);

/** The number in a cell (numbers, and text that is a plain number), or undefined. Booleans are not numbers here. */
export function cellNumber(value: Cell): number | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") return plainNumber(value);
  return undefined;
}

/** The date serial in a cell (a serial number, its integer part; or ISO text), or undefined. */
export function cellDate(value: Cell): SerialDate | undefined {
  if (typeof value === "number") {
    const whole = Math.floor(value);
    return Number.isFinite(value) && isValidSerial(whole) ? whole : undefined;
  }
  if (typeof value === "string") {
    const iso = serialFromIso(value);
    if (iso !== undefined) return iso;
    const n = plainNumber(value);
    return n !== undefined && isValidSerial(Math.floor(n)) ? Math.floor(n) : undefined;
  }
  return undefined;
}

/** The boolean in a cell: TRUE/FALSE, 1/0, or the text "TRUE"/"FALSE" (any case); undefined otherwise. */
export function cellBoolean(value: Cell): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  if (typeof value === "string") {
    const t = value.trim().toUpperCase();
    if (t === "TRUE") return true;
    if (t === "FALSE") return false;
  }
  return undefined;
}

/** A required number argument. A one-cell range is accepted as its value. */
export function numberArg(value: Cell | Grid, argument: string): number {
  const v = scalar(value);
  if (isBlank(v)) throw valueError("argumentRequired", { argument });
  const n = cellNumber(v);
  if (n === undefined) throw valueError("argumentNotNumber", { argument });
  return n;
}

/** An optional number argument: `null` (omitted) or blank gives `fallback`. */
export function optionalNumberArg(value: Cell | Grid, argument: string, fallback: number): number {
  const v = scalar(value);
  return isBlank(v) ? fallback : numberArg(v, argument);
}

/** A required date argument: a serial number or ISO text. */
export function dateArg(value: Cell | Grid, argument: string): SerialDate {
  const v = scalar(value);
  if (isBlank(v)) throw valueError("argumentRequired", { argument });
  const d = cellDate(v);
  if (d === undefined) throw valueError("argumentNotDate", { argument });
  return d;
}

/** An optional boolean argument. */
export function optionalBooleanArg(value: Cell | Grid, argument: string, fallback: boolean): boolean {
  const v = scalar(value);
  if (isBlank(v)) return fallback;
  const b = cellBoolean(v);
  if (b === undefined) throw valueError("argumentNotBoolean", { argument });
  return b;
}

/** An optional text argument, trimmed. Numbers are accepted as their text. */
export function optionalTextArg(value: Cell | Grid, argument: string, fallback: string): string {
  const v = scalar(value);
  if (isBlank(v)) return fallback;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  throw valueError("argumentNotText", { argument });
}

/** A scalar argument that may have been given as a one-cell range. */
function scalar(value: Cell | Grid): Cell {
  if (Array.isArray(value)) {
    if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return value[0][0];
    throw valueError("argumentShapeMismatch", { argument: "value", other: "one cell" });
  }
  return value;
}

/** A range argument as a grid; a scalar (one cell typed in) becomes [[value]]; null (omitted) becomes []. */
export function gridArg(value: Cell | Grid): Grid {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) return [[value]];
  return value.map((row) => (Array.isArray(row) ? row : [row as Cell]));
}

/**
 * The non-blank cells of a list argument — a row, a column or a block, read row by row. Blank cells are skipped
 * (a blank row is entirely blank). `row` is the 1-based position along the range: the column for a single-row
 * range, the row otherwise.
 */
export function listArg(value: Cell | Grid): ListItem[] {
  const grid = gridArg(value);
  const horizontal = grid.length === 1;
  const out: ListItem[] = [];
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!isBlank(cell)) out.push({ value: cell, row: horizontal ? c + 1 : r + 1 });
    }
  }
  return out;
}

/** The numbers of a list argument; any non-number → #VALUE! naming the argument and row. */
export function numberListArg(value: Cell | Grid, argument: string): number[] {
  return listArg(value).map(({ value: v, row }) => {
    const n = cellNumber(v);
    if (n === undefined) throw valueError("argumentNotNumberAt", { argument, row, value: shown(v) });
    return n;
  });
}

/**
 * Several range arguments read side by side (due dates beside open amounts). They must have the same shape;
 * a position blank in every range is skipped; a position blank in some but not all → #VALUE! naming the blank one.
 * Returns one array of cells per argument, all the same length, and the 1-based row of each position.
 */
export function alignedListsArg(args: ReadonlyArray<readonly [argument: string, value: Cell | Grid]>): {
  columns: Cell[][];
  rows: number[];
} {
  const grids = args.map(([, v]) => gridArg(v));
  const [firstName] = args[0];
  const first = grids[0];
  for (let k = 1; k < grids.length; k++) {
    const g = grids[k];
    const same = g.length === first.length && g.every((row, r) => row.length === first[r].length);
    if (!same) throw valueError("argumentShapeMismatch", { argument: args[k][0], other: firstName });
  }
  const horizontal = first.length === 1;
  const columns: Cell[][] = grids.map(() => []);
  const rows: number[] = [];
  for (let r = 0; r < first.length; r++) {
    const width = first[r].length;
    for (let c = 0; c < width; c++) {
      let blanks = 0;
      let blankAt = -1;
      for (let k = 0; k < grids.length; k++) {
        if (isBlank(grids[k][r][c])) {
          blanks++;
          if (blankAt < 0) blankAt = k;
        }
      }
      if (blanks === grids.length) continue;
      const row = horizontal ? c + 1 : r + 1;
      if (blanks > 0) {
        const other = args.find((_, k) => !isBlank(grids[k][r][c]))![0];
        throw valueError("argumentBlankAt", { argument: args[blankAt][0], row, other });
      }
      for (let k = 0; k < grids.length; k++) columns[k].push(grids[k][r][c]);
      rows.push(row);
    }
  }
  return { columns, rows };
}

/** Numbers of an aligned column; a non-number → #VALUE! naming the argument and row. */
export function numbersAt(cells: readonly Cell[], rows: readonly number[], argument: string): number[] {
  const out = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i];
    const n = typeof v === "number" && Number.isFinite(v) ? v : cellNumber(v);
    if (n === undefined) throw valueError("argumentNotNumberAt", { argument, row: rows[i], value: shown(v) });
    out[i] = n;
  }
  return out;
}

/** Date serials of an aligned column; a non-date → #VALUE! naming the argument and row. */
export function datesAt(cells: readonly Cell[], rows: readonly number[], argument: string): SerialDate[] {
  const out = new Array<number>(cells.length);
  for (let i = 0; i < cells.length; i++) {
    const d = cellDate(cells[i]);
    if (d === undefined) throw valueError("argumentNotDateAt", { argument, row: rows[i], value: shown(cells[i]) });
    out[i] = d;
  }
  return out;
}
