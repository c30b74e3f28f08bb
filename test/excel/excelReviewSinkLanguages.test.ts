/** The Office.js sink across languages: the other language's review sheets are replaced in place, user sheets kept. */
import { reviewPortfolio } from "../../src/core/portfolio/review";
import { ExcelReviewSink } from "../../src/excel/excelReviewSink";
import { ExcelPaneHost } from "../../src/taskpane/excelPaneHost";
import { runWorkbookReview } from "../../src/workbook/runWorkbookReview";
import { SAMPLE_AS_OF } from "../../src/sample/samplePortfolio";
import { reviewLayout } from "../../src/workbook/reviewLayout";
import { FakeExcel } from "../fakes/excel/fakeExcel";
import { AS_OF, assess, portfolio, settings } from "../fixtures/reviewFixture";

const review = reviewPortfolio(portfolio, AS_OF, settings, assess);
const sink = (excel: FakeExcel) =>
  new ExcelReviewSink(excel.run, { runTag: () => "T1", yieldToHost: async () => undefined });

describe("ExcelReviewSink, Chinese then English", () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    excel.addSheet("客户", [["客户编号"], ["A"]]);
    excel.addSheet("Notes", [["mine"]]);
    await sink(excel).write(reviewLayout(review, [], "zh-CN"));
  });

  it("writes the Chinese sheets and 评审历史 after the user's", () => {
    expect(excel.sheetNames()).toEqual([
      "客户",
      "Notes",
      "概览",
      "信用评审",
      "账龄",
      "预警",
      "催收",
      "数据问题",
      "评审历史",
    ]);
    expect(excel.sheetValues("评审历史")[0][0]).toBe("评审日期");
  });

  it("an English re-run takes the Chinese sheets' places and appends to 评审历史", async () => {
    await sink(excel).write(reviewLayout(review, [], "en"));
    expect(excel.sheetNames()).toEqual([
      "客户",
      "Notes",
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "评审历史",
    ]);
    expect(excel.sheetValues("评审历史").filter((row) => row.some((c) => c !== null && c !== "")).length).toBe(
      1 + 3 + 3,
    );
    expect(excel.sheetValues("Notes")[0][0]).toBe("mine");
    expect(excel.sheetValues("客户")[1][0]).toBe("A");
  });
});

describe("ExcelReviewSink and a user's sheet that has a review sheet's other-language name", () => {
  it("an English run leaves the user's own 账龄, 预警 and 概览 sheets (no review table on them) exactly as they were", async () => {
    const excel = new FakeExcel();
    excel.addSheet("概览", [["my own overview"]]);
    excel.addSheet("账龄", [["my own aging notes"]]);
    excel.addSheet("预警", [["my own alerts"]]);
    await sink(excel).write(reviewLayout(review, [], "en"));
    expect(excel.sheetNames()).toEqual([
      "概览",
      "账龄",
      "预警",
      "Summary",
      "Credit Review",
      "Aging",
      "Alerts",
      "Collections",
      "Data Issues",
      "ReviewHistory",
    ]);
    expect(excel.sheetValues("概览")).toEqual([["my own overview"]]);
    expect(excel.sheetValues("账龄")).toEqual([["my own aging notes"]]);
    expect(excel.sheetValues("预警")).toEqual([["my own alerts"]]);
  });
});

describe("the pane inside Excel on a Chinese workbook (fake host)", () => {
  it("finds 客户 and 发票, reviews them in Chinese, and keeps the policy in 信用政策", async () => {
    const excel = new FakeExcel();
    excel.addSheet("客户", [
      ["客户编号", "客户名称", "信用额度", "付款期限"],
      ["C1", "甲公司", 1000, 30],
    ]);
    excel.addSheet("发票", [
      ["发票编号", "客户编号", "发票日期", "到期日", "金额", "未结金额"],
      ["I1", "C1", AS_OF - 40, AS_OF - 10, 500, 500],
    ]);
    excel.addSheet("信用政策", [
      ["设置项", "值"],
      ["新客户额度", 15000],
    ]);
    const host = new ExcelPaneHost(excel.run);
    await expect(host.hasReviewInput()).resolves.toBe(true);
    await expect(host.readPolicy()).resolves.toEqual([["新客户额度", 15000]]);
    const result = await runWorkbookReview(host.source(), host.sink(), { asOf: AS_OF, defaultLocale: "en" });
    expect(result.kind).toBe("reviewed");
    expect(excel.sheetNames()).toEqual([
      "客户",
      "发票",
      "信用政策",
      "概览",
      "信用评审",
      "账龄",
      "预警",
      "催收",
      "数据问题",
      "评审历史",
    ]);
    await host.writePolicy([["新客户额度", 20000]]);
    expect(excel.sheetNames()).not.toContain("CreditPolicy");
    expect(excel.sheetValues("信用政策")[1]).toEqual(["新客户额度", 20000]);
  });

  it("a Chinese pane inserts the Chinese sample, which reviews like the English one", async () => {
    const [zhExcel, enExcel] = [new FakeExcel(), new FakeExcel()];
    const [zh, en] = [new ExcelPaneHost(zhExcel.run), new ExcelPaneHost(enExcel.run)];
    await zh.insertSampleData(SAMPLE_AS_OF, "zh-CN");
    await en.insertSampleData(SAMPLE_AS_OF);
    expect(zhExcel.sheetNames()).toEqual(["客户", "发票", "信用政策", "评审历史"]);
    const zhResult = await runWorkbookReview(zh.source(), undefined, { asOf: SAMPLE_AS_OF });
    const enResult = await runWorkbookReview(en.source(), undefined, { asOf: SAMPLE_AS_OF });
    if (zhResult.kind !== "reviewed" || enResult.kind !== "reviewed") throw new Error("not reviewed");
    expect(zhResult.outcome.locale).toBe("zh-CN");
    expect(zhResult.outcome.summary).toEqual(enResult.outcome.summary);
  });
});
