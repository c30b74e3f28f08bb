/**
 * One set of argument rules for every command (issue 17, point 6): `--flag value` and `--flag=value` both work,
 * an option the command does not have is refused naming it and the command's --help, a missing value is refused,
 * a switch takes no value, and `--lang` puts the refusal itself in Chinese.
 */
import { readCommandLine, requestedLocale, UsageError } from "../../src/cli/commandLine";
import { tempDir } from "../helpers/tempDir";
import { runCli } from "./runCli";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const TABLE = { target: "value", map: "values", force: "switch" } as const;

/** The catalogue code of the refusal of `argv`, or "accepted". */
function refusal(argv: string[]): string {
  try {
    readCommandLine(argv, TABLE, "credit-desk test");
    return "accepted";
  } catch (error) {
    return error instanceof UsageError ? `${error.code} ${JSON.stringify(error.params)}` : String(error);
  }
}

describe("readCommandLine: the rules", () => {
  it("reads --flag value and --flag=value alike, a repeatable option in order, the last value of the others", () => {
    const spaced = readCommandLine(["in.csv", "--target", "bad", "--map", "A=B", "--map", "C=D"], TABLE, "t");
    const joined = readCommandLine(["--target=good", "in.csv", "--target=bad", "--map=A=B", "--map=C=D"], TABLE, "t");
    for (const line of [spaced, joined]) {
      expect(line.positionals).toEqual(["in.csv"]);
      expect(line.values.target).toEqual(["bad"]);
      expect(line.values.map).toEqual(["A=B", "C=D"]);
    }
  });

  it("knows switches, -h as --help, and --lang on every command", () => {
    const line = readCommandLine(["--force", "-h", "--lang=zh"], TABLE, "t");
    expect([...line.switches].sort()).toEqual(["force", "help"]);
    expect(line.locale).toBe("zh-CN");
    expect(readCommandLine(["--lang", "EN"], TABLE, "t").locale).toBe("en");
  });

  it.each([
    [["--colour"], 'argUnknownOption {"option":"--colour","command":"credit-desk test"}'],
    [["-x"], 'argUnknownOption {"option":"-x","command":"credit-desk test"}'],
    [["--target"], 'argNeedsValue {"option":"--target"}'],
    [["--target="], 'argNeedsValue {"option":"--target"}'],
    // The next argument is an option, not the value: `--target --force` is a forgotten value.
    [["--target", "--force"], 'argNeedsValue {"option":"--target"}'],
    [["--force=yes"], 'argTakesNoValue {"option":"--force","command":"credit-desk test"}'],
    [["--lang", "fr"], 'argLang {"value":"fr"}'],
  ])("refuses %j", (argv, expected) => {
    expect(refusal(argv)).toBe(expected);
  });

  it("takes a value that starts with a dash when it is written --flag=value", () => {
    expect(readCommandLine(["--target=-1"], TABLE, "t").values.target).toEqual(["-1"]);
  });

  it("finds the asked language before the rules refuse anything", () => {
    expect(requestedLocale(["--colour", "--lang", "zh-CN"], TABLE)).toBe("zh-CN");
    expect(requestedLocale(["--lang=fr"], TABLE)).toBe("en");
    expect(requestedLocale([], TABLE)).toBe("en");
  });
});

describe("every command follows the rules", () => {
  const dir = tempDir("credit-desk-cli-rules-");
  const card = join(dir, "card.csv");
  // Ten good and ten bad rows: enough to build, and the figures do not matter here.
  writeFileSync(card, ["income,bad", ...Array.from({ length: 20 }, (_, i) => `${i * 10},${i % 2}`)].join("\n"));

  it.each([
    [["review", "assets/sample-portfolio.xlsx", "--colour=red"], "credit-desk: unknown option --colour"],
    [["scorecard", card, "--target", "bad", "--colour"], "credit-desk scorecard: unknown option --colour"],
  ])("%j: an unknown option is named, with the command's --help", async (argv, start) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    const command = argv[0] === "review" ? "credit-desk review" : "credit-desk scorecard";
    expect(r.err).toEqual([`${start} (see ${command} --help)`]);
  });

  it("scorecard takes --target=COLUMN as review takes --as-of=DATE (once it did not)", async () => {
    const spaced = await runCli(["scorecard", card, "--target", "bad", "--seed", "7"]);
    const joined = await runCli(["scorecard", card, "--target=bad", "--seed=7"]);
    expect(spaced.code).toBe(0);
    expect(joined.out).toEqual(spaced.out);
    expect(joined.out[0]).toBe(`Scorecard of ${card}: 20 rows, target bad`);
  });

  it("--lang zh-CN puts a refusal of the command line in Chinese, for every command", async () => {
    const review = await runCli(["review", "--lang", "zh-CN", "--as-of", "30/06/2026", "x.xlsx"]);
    expect(review.err).toEqual(["credit-desk: --as-of 必须是 YYYY-MM-DD 格式的日期，而不是“30/06/2026”"]);
    const scorecard = await runCli(["scorecard", card, "--lang=zh-CN", "--bogus"]);
    expect(scorecard.err).toEqual(["credit-desk scorecard: 未知选项 --bogus（见 credit-desk scorecard --help）"]);
  });

  it("the scorecard's summary is in Chinese with --lang zh-CN", async () => {
    const r = await runCli(["scorecard", card, "--target", "bad", "--lang", "zh-CN"]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`${card} 的评分卡：20 行，目标列 bad`);
    expect(r.out.at(-1)).toBe("（未写入文件：请加上 --out scorecard.xlsx 和/或 --json report.json）");
  });

  it("a help in Chinese, for the command and for the whole command line", async () => {
    const review = await runCli(["review", "-h", "--lang=zh-CN"]);
    expect(review.out[0]).toBe(
      "用法：credit-desk review <工作簿.xlsx | 含 customers.csv 和 invoices.csv 的文件夹> [选项]",
    );
    const general = await runCli(["--help", "--lang", "zh-CN"]);
    expect(general.code).toBe(0);
    expect(general.out[0]).toBe("用法：");
  });
});
