/** The development URL and the rewrite of every localhost URL (manifest, functions.json) for another host. */
const DEV_URL = "https://localhost:3000/";

/** Replaces every http(s)://localhost:<port>/ in `text` with `baseUrl` (global, so no URL is left behind). */
function rewriteLocalhost(text, baseUrl) {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return text.replace(/https?:\/\/localhost:\d+\//g, base);
}

module.exports = { DEV_URL, rewriteLocalhost };
