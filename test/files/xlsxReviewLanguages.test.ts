/** The ExcelJS sink across languages: a re-run in the other language replaces the review's sheets, never a user's. */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { reviewPortfolio } from "../../src/core/portfolio/review";
import { XlsxReviewSink } from "../../src/files/xlsxReviewSink";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";
import { tempDir } from "../helpers/tempDir";

const dir = tempDir("credit-desk-sink-lang-");

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);

async function sheets(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

describe("XlsxReviewSink, English then Chinese then English", () => {
  const path = join(dir, "book.xlsx");
  beforeAll(async () => {
    const user = new ExcelJS.Workbook();
    user.addWorksheet("My notes").getCell("A1").value = "keep me";
    user.addWorksheet("数据").getCell("A1").value = "mine too";
    await user.xlsx.writeFile(path);
  });

  it("Chinese sheet names, title and history in Chinese", async () => {
    await new XlsxReviewSink(path).write(reviewLayout(review, [], "zh-CN"));
    const wb = await sheets(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "概览",
      "信用评审",
      "账龄",
      "预警",
      "催收",
      "数据问题",
      "My notes",
      "数据",
      "评审历史",
    ]);
    expect(String(wb.getWorksheet("概览")!.getCell("A1").value)).toContain("信用评审");
    expect(wb.getWorksheet("信用评审")!.getCell("A1").value).toBe("客户编号");
    expect(wb.getWorksheet("评审历史")!.getRow(1).getCell(1).value).toBe("评审日期");
  });

  it("an English re-run replaces the Chinese sheets and appends to the Chinese history; user sheets stay", async () => {
    await new XlsxReviewSink(path).write(reviewLayout(review, [], "en"));
    const wb = await sheets(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "My notes",
      "数据",
      "评审历史",
    ]);
    expect(wb.getWorksheet("My notes")!.getCell("A1").value).toBe("keep me");
    expect(wb.getWorksheet("数据")!.getCell("A1").value).toBe("mine too");
    // One history, header once, both runs' rows: 3 customers each.
    expect(wb.getWorksheet("评审历史")!.actualRowCount).toBe(1 + 3 + 3);
  });

  it("back to Chinese: still one edition of each sheet", async () => {
    await new XlsxReviewSink(path).write(reviewLayout(review, [], "zh-CN"));
    const wb = await sheets(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "概览",
      "信用评审",
      "账龄",
      "预警",
      "催收",
      "数据问题",
      "My notes",
      "数据",
      "评审历史",
    ]);
    expect(wb.getWorksheet("评审历史")!.actualRowCount).toBe(1 + 9);
  });
});

describe("XlsxReviewSink and a user's sheet that has a review sheet's other-language name", () => {
  it("an English run leaves the user's own 账龄 and 概览 sheets (no review table on them) exactly as they were", async () => {
    const path = join(dir, "user-aging.xlsx");
    const user = new ExcelJS.Workbook();
    user.addWorksheet("账龄").getCell("A1").value = "my own aging notes";
    user.addWorksheet("概览").getCell("A1").value = "my own overview";
    await user.xlsx.writeFile(path);
    await new XlsxReviewSink(path).write(reviewLayout(review, [], "en"));
    const wb = await sheets(path);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "账龄",
      "概览",
      "ReviewHistory",
    ]);
    expect(wb.getWorksheet("账龄")!.getCell("A1").value).toBe("my own aging notes");
    expect(wb.getWorksheet("概览")!.getCell("A1").value).toBe("my own overview");
  });
});
