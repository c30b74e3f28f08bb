/** Test harness for the pane: serves dist/ on loopback and opens it in headless Debian Chromium. */
import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const DIST = join(__dirname, "../../dist");
const OFFICE_JS_DIR = join(__dirname, "../../node_modules/@microsoft/office-js/dist");
/** The production pages load Office.js from this CDN; tests answer it from the @microsoft/office-js package. */
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    Boolean,
  ) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found)
    throw new Error("Chromium not found: run `node scripts/ensure-system-deps.js` (installs Debian's chromium)");
  return found;
}

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveDist(root = DIST): Promise<{ server: Server; url: string }> {
  if (!existsSync(join(root, "taskpane.html")))
    throw new Error(`${root}/taskpane.html is missing: run \`npm run build\` first`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(root, path === "/" ? "taskpane.html" : path);
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}/` };
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/** Every request the page makes, and the Office.js CDN answered from the local package. */
export async function openPane(browser: Browser, url: string, options: { locale?: string; width?: number } = {}) {
  const context = await browser.newContext({
    locale: options.locale ?? "en-US",
    viewport: { width: options.width ?? 360, height: 900 },
  });
  const page: Page = await context.newPage();
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  page.on("request", (r) => requests.push(r.url()));
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  page.on("pageerror", (e) => consoleErrors.push(e.message));
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const name = route.request().url().slice(OFFICE_CDN.length).split("?")[0];
    const file = join(OFFICE_JS_DIR, normalize(name));
    if (!file.startsWith(OFFICE_JS_DIR) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
  });
  await page.goto(url);
  return { page, requests, consoleErrors, context };
}

/** Serves dist/ and launches Chromium before the tests of a file, and closes both after them. */
export function paneSession(): { readonly url: string; readonly browser: Browser } {
  const session = {} as { url: string; browser: Browser; server?: Server };
  beforeAll(async () => {
    const served = await serveDist();
    session.server = served.server;
    session.url = served.url;
    session.browser = await launchChromium();
  });
  afterAll(async () => {
    await session.browser?.close();
    await new Promise((resolve) => session.server?.close(resolve));
  });
  return session;
}
