import { MoneySum, money, sumMoney } from "../../src/core/money";

describe("money", () => {
  it("adds decimal amounts exactly, unlike floating point", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(sumMoney([0.1, 0.2]).toNumber()).toBe(0.3);
    expect(money(0.1).plus(0.2).equals(0.3)).toBe(true);
  });

  it("sums a million cents exactly", () => {
    const acc = new MoneySum();
    for (let i = 0; i < 1_000_000; i++) acc.add(0.01);
    expect(acc.toNumber()).toBe(10000);
    expect(acc.count).toBe(1_000_000);
  });

  it("keeps sub-cent amounts exact instead of rounding them away", () => {
    expect(sumMoney([0.005, 0.005, 1.1]).toString()).toBe("1.11");
  });

  it("nets credit notes and survives totals beyond 2^53 cents", () => {
    expect(sumMoney([1250.5, -250.5]).toNumber()).toBe(1000);
    const big = new MoneySum().add(9e13).add(9e13).add(0.01);
    expect(big.total().toString()).toBe("180000000000000.01");
  });

  it("merges running totals", () => {
    const a = new MoneySum().add(10.1);
    const b = new MoneySum().add(0.2).add(money("0.001"));
    expect(a.addSum(b).total().toString()).toBe("10.301");
  });

  it("refuses NaN and Infinity", () => {
    expect(() => new MoneySum().add(NaN)).toThrow(RangeError);
    expect(() => new MoneySum().add(Infinity)).toThrow(RangeError);
  });
});
