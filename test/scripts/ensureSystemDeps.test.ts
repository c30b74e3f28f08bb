/**
 * What `npm test` does about missing system packages (issue 17, point 10), decided without running apt-get: nothing
 * when all are there; on Debian or Ubuntu, say what and why, then install with apt-get (as root or through sudo);
 * elsewhere, stop with the list and how to get each.
 */
interface Plan {
  action: "none" | "install" | "stop";
  lines: string[];
  commands?: string[][];
}
interface State {
  missing: string[];
  linux: boolean;
  debianLike: boolean;
  aptGet: boolean;
  root: boolean;
  sudo: boolean;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { systemDepsPlan, isDebianLike } = require("../../scripts/ensure-system-deps") as {
  systemDepsPlan: (state: State) => Plan;
  isDebianLike: (osRelease: string) => boolean;
};

const DEBIAN: State = { missing: [], linux: true, debianLike: true, aptGet: true, root: true, sudo: false };
const INSTALL = ["apt-get", "install", "-y", "-qq", "--no-install-recommends"];

describe("systemDepsPlan", () => {
  it("does nothing and says nothing when every package is there", () => {
    expect(systemDepsPlan(DEBIAN)).toEqual({ action: "none", lines: [] });
    expect(systemDepsPlan({ ...DEBIAN, linux: false, debianLike: false })).toEqual({ action: "none", lines: [] });
  });

  it("as root on Debian: says what is missing and for which tests, then installs only that", () => {
    const plan = systemDepsPlan({ ...DEBIAN, missing: ["chromium", "fonts-noto-cjk"] });
    expect(plan.action).toBe("install");
    expect(plan.commands).toEqual([
      ["apt-get", "update", "-qq"],
      [...INSTALL, "chromium", "fonts-noto-cjk"],
    ]);
    expect(plan.lines).toEqual([
      "npm test: these system packages are missing, and some tests need them:",
      "  - Chromium (chromium), for the task pane's end-to-end tests (test/e2e/*.e2e.test.ts drive it with Playwright)",
      "  - Noto CJK fonts (fonts-noto-cjk), for the Chinese pane screenshots (test/e2e/screenshots.e2e.test.ts)",
      `Installing them with apt-get: ${[...INSTALL, "chromium", "fonts-noto-cjk"].join(" ")}`,
    ]);
  });

  it("not root on Ubuntu: through sudo, and says so", () => {
    const plan = systemDepsPlan({ ...DEBIAN, root: false, sudo: true, missing: ["libreoffice-calc-nogui"] });
    expect(plan.commands).toEqual([
      ["sudo", "apt-get", "update", "-qq"],
      ["sudo", ...INSTALL, "libreoffice-calc-nogui"],
    ]);
    expect(plan.lines[1]).toContain("test/files/xlsxReviewSink.test.ts");
    expect(plan.lines.at(-1)).toBe(
      `Installing them with apt-get (through sudo): sudo ${INSTALL.join(" ")} libreoffice-calc-nogui`,
    );
  });

  it("on Debian with neither root nor sudo: stops with the apt-get line to run as root", () => {
    const plan = systemDepsPlan({ ...DEBIAN, root: false, sudo: false, missing: ["chromium"] });
    expect(plan.action).toBe("stop");
    expect(plan.commands).toBeUndefined();
    expect(plan.lines.at(-1)).toBe(
      "Install them as root, then run npm test again: apt-get install --no-install-recommends chromium",
    );
  });

  it.each([
    ["macOS", { linux: false, debianLike: false, aptGet: false }],
    ["Fedora", { linux: true, debianLike: false, aptGet: false }],
    ["a Debian-like system without apt-get", { linux: true, debianLike: true, aptGet: false }],
  ])("on %s: stops with each missing package and how to get it, installs nothing", (_, system) => {
    const plan = systemDepsPlan({ ...DEBIAN, ...system, missing: ["chromium", "libreoffice-calc-nogui"] });
    expect(plan.action).toBe("stop");
    expect(plan.commands).toBeUndefined();
    expect(plan.lines[1]).toMatch(/^ {2}- Chromium \(chromium\), for the task pane's end-to-end tests/);
    expect(plan.lines[2]).toMatch(/^ {2}- LibreOffice Calc \(libreoffice-calc-nogui\), for test\/files\//);
    expect(plan.lines.slice(3)).toEqual([
      "  Chromium: install Chromium or Chrome and set CHROMIUM_PATH to its executable",
      "  LibreOffice Calc: install LibreOffice so that `soffice` is on the PATH",
      "then run npm test again (on Debian or Ubuntu it installs them itself).",
    ]);
  });
});

describe("isDebianLike reads /etc/os-release", () => {
  it.each([
    ['PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', true],
    ["NAME=Ubuntu\nID=ubuntu\nID_LIKE=debian\n", true],
    ['ID=linuxmint\nID_LIKE="ubuntu debian"\n', true],
    ['ID=fedora\nID_LIKE=""\n', false],
    ['ID="opensuse-tumbleweed"\nID_LIKE="opensuse suse"\n', false],
    ["", false],
  ])("%j → %s", (text, expected) => {
    expect(isDebianLike(text)).toBe(expected);
  });
});
