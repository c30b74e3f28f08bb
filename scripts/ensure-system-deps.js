#!/usr/bin/env node
/**
 * Installs the Debian packages the tests need when they are missing: Chromium (pane e2e tests), LibreOffice Calc
 * (opens the workbooks the CLI writes) and Noto CJK fonts (Chinese screenshots). Runs before `npm test`, so the
 * tests that need them are never skipped. Needs root (or sudo) and apt-get; says what to do otherwise.
 */
const { execSync, spawnSync } = require("child_process");
const { existsSync } = require("fs");

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;
const hasCjkFont = () => {
  const r = spawnSync("sh", ["-c", "fc-list :lang=zh family"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim().length > 0;
};

const needs = [
  { pkg: "chromium", ok: () => existsSync("/usr/bin/chromium") || Boolean(process.env.CHROMIUM_PATH) },
  { pkg: "libreoffice-calc-nogui", ok: () => has("soffice") || has("libreoffice") },
  { pkg: "fonts-noto-cjk", ok: hasCjkFont },
];

const missing = needs.filter((n) => !n.ok()).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const root = typeof process.getuid === "function" && process.getuid() === 0;
const sudo = root ? "" : has("sudo") ? "sudo " : null;
if (sudo === null || !has("apt-get")) {
  console.error(`Missing system packages for the tests: ${missing.join(", ")}.`);
  console.error(
    "Install them with your package manager (Debian: apt-get install " + missing.join(" ") + ") and run again.",
  );
  process.exit(1);
}
console.log(`Installing Debian packages the tests need: ${missing.join(", ")} …`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execSync(`${sudo}apt-get update -qq`, { stdio: "inherit", env });
execSync(`${sudo}apt-get install -y -qq --no-install-recommends ${missing.join(" ")}`, { stdio: "inherit", env });
const still = needs.filter((n) => missing.includes(n.pkg) && !n.ok()).map((n) => n.pkg);
if (still.length) {
  console.error(`Still missing after install: ${still.join(", ")}`);
  process.exit(1);
}
