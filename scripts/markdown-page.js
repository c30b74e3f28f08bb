/** Renders a Markdown document (docs/functions.md) as a standalone HTML page: the target of every function's help link. */
const { marked } = require("marked");

function markdownPage(markdown, title, lang = "en") {
  // The editions link to each other as .md files; as pages they are .html.
  const body = marked
    .parse(markdown, { gfm: true })
    .replace(/href="functions(\.zh-CN)?\.md(#[^"]*)?"/g, 'href="functions$1.html$2"');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src 'self'">
<title>${title}</title>
<style>
body { font: 14px/1.5 "Segoe UI", system-ui, sans-serif; max-width: 860px; margin: 2em auto; padding: 0 1em; color: #242424; }
code { background: #f3f3f3; padding: 0 .25em; border-radius: 3px; }
table { border-collapse: collapse; margin: .5em 0; }
th, td { border: 1px solid #d1d1d1; padding: .25em .5em; text-align: left; vertical-align: top; }
h2 { border-top: 1px solid #e0e0e0; padding-top: 1em; margin-top: 2em; }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

module.exports = { markdownPage };
