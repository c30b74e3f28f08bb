#!/usr/bin/env node
/**
 * Runs before `npm test` (pretest): some tests need system packages (a browser, LibreOffice, Chinese fonts). When
 * all are there it does nothing and says nothing. When one is missing it first says which, and which tests need it,
 * then: on Debian or Ubuntu, installs them with apt-get (as root, or with sudo), as `npm test` always did; elsewhere,
 * or without a way to be root, stops with the list and how to get each.
 */
const { execFileSync, spawnSync } = require("node:child_process");
const { existsSync, readFileSync } = require("node:fs");

/** What the tests need: the Debian package, who needs it, and how to get it on another system. */
const NEEDS = [
  {
    pkg: "chromium",
    name: "Chromium",
    tests: "the task pane's end-to-end tests (test/e2e/*.e2e.test.ts drive it with Playwright)",
    elsewhere: "install Chromium or Chrome and set CHROMIUM_PATH to its executable",
  },
  {
    pkg: "libreoffice-calc-nogui",
    name: "LibreOffice Calc",
    tests: "test/files/xlsxReviewSink.test.ts and xlsxCharts.test.ts (they open the written workbooks with soffice)",
    elsewhere: "install LibreOffice so that `soffice` is on the PATH",
  },
  {
    pkg: "fonts-noto-cjk",
    name: "Noto CJK fonts",
    tests: "the Chinese pane screenshots (test/e2e/screenshots.e2e.test.ts)",
    elsewhere: "install a font with Chinese glyphs (`fc-list :lang=zh` lists it)",
  },
];

/** True when /etc/os-release names Debian or Ubuntu, or a system built on them (ID or ID_LIKE). */
function isDebianLike(osRelease) {
  const field = (key) => (new RegExp(`^${key}="?([^"\\n]*)"?$`, "m").exec(osRelease ?? "") ?? [])[1] ?? "";
  return `${field("ID")} ${field("ID_LIKE")}`.split(/\s+/).some((id) => id === "debian" || id === "ubuntu");
}

/**
 * What to do (a pure function of the machine's state): `none` when nothing is missing; `install` the missing
 * Debian packages on a Debian-like Linux with apt-get when root or sudo is there; else `stop` with how to get them.
 * `lines` are what is said first, whatever is then done.
 * @param state { missing: string[] (Debian package names), linux, debianLike, aptGet, root, sudo }
 * @example systemDepsPlan({ missing: ["chromium"], linux: true, debianLike: true, aptGet: true, root: false, sudo: true })
 *   // { action: "install", commands: [["sudo", "apt-get", "update", "-qq"], ["sudo", "apt-get", "install", …]], lines }
 */
function systemDepsPlan(state) {
  const missing = NEEDS.filter((n) => state.missing.includes(n.pkg));
  if (missing.length === 0) return { action: "none", lines: [] };
  const debian = state.linux && state.debianLike && state.aptGet;
  const asRoot = state.root ? [] : state.sudo ? ["sudo"] : undefined;
  const names = missing.map((n) => n.pkg);
  const apt = ["apt-get", "install", "-y", "-qq", "--no-install-recommends", ...names];
  const list = missing.map((n) => `  - ${n.name} (${n.pkg}), for ${n.tests}`);
  if (debian && asRoot) {
    return {
      action: "install",
      lines: [
        "npm test: these system packages are missing, and some tests need them:",
        ...list,
        `Installing them with apt-get${asRoot.length ? " (through sudo)" : ""}: ${[...asRoot, ...apt].join(" ")}`,
      ],
      commands: [
        [...asRoot, "apt-get", "update", "-qq"],
        [...asRoot, ...apt],
      ],
    };
  }
  const how = debian
    ? [`Install them as root, then run npm test again: apt-get install --no-install-recommends ${names.join(" ")}`]
    : [
        ...missing.map((n) => `  ${n.name}: ${n.elsewhere}`),
        "then run npm test again (on Debian or Ubuntu it installs them itself).",
      ];
  return {
    action: "stop",
    lines: ["npm test: these system packages are missing, and some tests need them:", ...list, ...how],
  };
}

const has = (cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`], { stdio: "ignore" }).status === 0;

/** Which needs are present on this machine, by the same test the tests use to find them. */
const PRESENT = {
  chromium: () =>
    [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].some((p) => p && existsSync(p)),
  "libreoffice-calc-nogui": () => has("soffice"),
  "fonts-noto-cjk": () => {
    const r = spawnSync("sh", ["-c", "fc-list :lang=zh family"], { encoding: "utf8" });
    return r.status === 0 && r.stdout.trim().length > 0;
  },
};

/** The machine's state, for systemDepsPlan. */
function machineState() {
  const osRelease = existsSync("/etc/os-release") ? readFileSync("/etc/os-release", "utf8") : "";
  return {
    missing: NEEDS.filter((n) => !PRESENT[n.pkg]()).map((n) => n.pkg),
    linux: process.platform === "linux",
    debianLike: isDebianLike(osRelease),
    aptGet: has("apt-get"),
    root: typeof process.getuid === "function" && process.getuid() === 0,
    sudo: has("sudo"),
  };
}

function ensureSystemDeps() {
  const plan = systemDepsPlan(machineState());
  if (plan.action === "none") return 0;
  plan.lines.forEach((line) => (plan.action === "stop" ? console.error(line) : console.log(line)));
  if (plan.action === "stop") return 1;
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const [command, ...args] of plan.commands) execFileSync(command, args, { stdio: "inherit", env });
  const still = machineState().missing;
  if (still.length) console.error(`Still missing after the install: ${still.join(", ")}`);
  return still.length ? 1 : 0;
}

if (require.main === module) process.exitCode = ensureSystemDeps();

module.exports = { NEEDS, isDebianLike, systemDepsPlan };
