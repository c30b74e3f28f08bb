/** 简体中文窗格文本：与 en.ts 一一对应。 */
import type { en } from "./en";

export const zhCN: Record<keyof typeof en, string> = {
  appTitle: "信用管理台",
  appTagline: "本工作簿的贸易信用审查",
  languageLabel: "语言",
  languageEnglish: "English",
  languageChinese: "中文",
  hostDetecting: "正在连接 Office…",
  hostExcel: "已连接到 Excel（{platform}）。",
  hostBrowserTitle: "未在 Office 中运行",
  hostOfficeJsMissing: "Office.js 未能加载，此页面无法访问工作簿。请从 Excel 功能区打开信用管理台来处理工作簿。",
  hostNoOfficeHost: "此页面是在普通浏览器中打开的。请从 Excel 功能区打开信用管理台来处理工作簿；下面的计算器在这里也可以使用。",
  hostOtherOfficeHost: "信用管理台只能在 Excel 中使用。请从 Excel 功能区打开。",
  quickDsoTitle: "快速计算 DSO",
  quickDsoHelp: "应收账款周转天数 = 应收账款 ÷ 赊销额 × 天数。与 =CREDIT.DSO() 使用同一引擎。",
  quickDsoReceivables: "应收账款",
  quickDsoCreditSales: "赊销额",
  quickDsoDays: "期间天数",
  quickDsoResult: "DSO：{days} 天",
  quickDsoNeedNumbers: "请以数字输入应收账款和赊销额。",
  functionsHint: "在任意单元格输入 =CREDIT. 即可使用信用函数。",
};
