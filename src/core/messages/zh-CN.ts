/** 简体中文消息文本：与 en.ts 一一对应（类型检查保证不缺项）。 */
import type { en } from "./en";

export const zhCN: Record<keyof typeof en, string> = {
  // ── 参数（所有函数共用） ──
  argumentRequired: "缺少参数 {argument}。",
  argumentNotNumber: "{argument} 必须是数字。",
  argumentNotNumberAt: "{argument} 必须是数字；第 {row} 行为“{value}”。",
  argumentNotDate: "{argument} 必须是日期（序列号或 2026-06-30 这样的文本）。",
  argumentNotDateAt: "{argument} 必须是日期；第 {row} 行为“{value}”。",
  argumentNotBoolean: "{argument} 必须是 TRUE 或 FALSE。",
  argumentNotText: "{argument} 必须是文本。",
  argumentEmpty: "{argument} 中没有任何值。",
  argumentShapeMismatch: "{argument} 的行数和列数必须与 {other} 相同。",
  argumentBlankAt: "{argument} 第 {row} 行为空，但 {other} 不为空。",
  argumentNotPositive: "{argument} 必须大于零。",
  argumentNegative: "{argument} 不能为负数。",
  argumentOutOfRange: "{argument} 必须介于 {min} 和 {max} 之间。",
  argumentNotInteger: "{argument} 必须是整数。",
  argumentUnknownOption: "{argument} 必须是以下之一：{options}。",
  argumentNotIncreasing: "{argument} 必须按升序排列。",
  unexpected: "意外错误：{detail}",
  resultNotFinite: "对这些输入，结果过大或无定义。",

  // ── 应收账款 ──
  denominatorZero: "{argument} 为零，比率无意义。",
};
