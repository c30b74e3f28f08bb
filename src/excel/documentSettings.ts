/**
 * What the pane remembers with the open workbook: Office's document settings, saved inside the file, so a column
 * mapping made once is there the next time the workbook is reviewed, on any machine.
 */
import { parseColumnChoices, type ColumnChoices } from "../workbook/columnMapping";

/** The part of `Office.context.document.settings` the pane uses (a fake in tests). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: { message: string } }) => void): void;
}

const COLUMN_CHOICES = "creditDesk.columnChoices";

/** The column choices saved with the workbook, when there are any and they read back as choices. */
export function readColumnChoices(settings: DocumentSettings): ColumnChoices | undefined {
  return parseColumnChoices(settings.get(COLUMN_CHOICES));
}

/** Saves the column choices with the workbook; rejects with Office's message when the save fails. */
export function writeColumnChoices(settings: DocumentSettings, choices: ColumnChoices): Promise<void> {
  settings.set(COLUMN_CHOICES, choices);
  return new Promise((resolve, reject) =>
    settings.saveAsync((result) => (result.error ? reject(new Error(result.error.message)) : resolve())),
  );
}
