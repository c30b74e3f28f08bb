/**
 * The add-in's development URL, written once: manifest.xml spells it out (Office reads that file as it is, so its URLs
 * must be absolute; test/manifest checks they all start with it), the dev server listens on its port, the functions'
 * `@helpurl` tags are relative to it, and the production build rewrites it to $CREDIT_DESK_URL.
 */
const DEV_URL = "https://localhost:3000/";

/** Replaces every http(s)://localhost:<port>/ in `text` with `baseUrl` (global, so no URL is left behind). */
function rewriteLocalhost(text, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return text.replace(/https?:\/\/localhost:\d+\//g, base);
}

/**
 * functions.json with each relative `helpUrl` (`@helpurl functions.html#credit-dso` in src/functions/functions.ts)
 * made absolute against `baseUrl`: Office documents helpUrl as a full URL, and the source then names no host.
 * @example absoluteHelpUrls('{"functions":[{"helpUrl":"functions.html#credit-dso"}]}', DEV_URL)
 *   // '{"functions":[{"helpUrl":"https://localhost:3000/functions.html#credit-dso"}]}' (indented)
 */
function absoluteHelpUrls(metadataJson, baseUrl) {
  const metadata = JSON.parse(metadataJson);
  for (const fn of metadata.functions ?? []) if (fn.helpUrl) fn.helpUrl = new URL(fn.helpUrl, baseUrl).href;
  return JSON.stringify(metadata, null, 2);
}

module.exports = { DEV_URL, rewriteLocalhost, absoluteHelpUrls };
