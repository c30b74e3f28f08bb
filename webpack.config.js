/* Builds the three Office bundles (taskpane, functions, commands), functions.json from JSDoc, and the docs page. */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { functionsZhCn } = require("./scripts/functions-zh-cn");
const { absoluteHelpUrls, rewriteLocalhost, DEV_URL } = require("./scripts/urls");
const { markdownPage } = require("./scripts/markdown-page");

/** Where the production add-in is hosted; every localhost URL (DEV_URL) in manifest and metadata becomes this. */
const PROD_URL = process.env.CREDIT_DESK_URL || "https://credit-desk.example.com/";
/** Office.js: the official CDN in every build; tests serve the same path from the @microsoft/office-js package. */
const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** DEV_URL served over plain http, when no trusted certificate can be installed. */
const DEV_HTTP_URL = DEV_URL.replace(/^https:/, "http:");

/** HTTPS options from office-addin-dev-certs when a trusted localhost certificate can be installed, else plain http. */
async function devServerProtocol() {
  if (process.env.CREDIT_DESK_HTTP === "1") return { type: "http" };
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.warn(
      `\n[credit-desk] Could not install a trusted localhost certificate (${String(error && error.message ? error.message : error).split("\n")[0]}).` +
        `\n[credit-desk] Serving on plain ${DEV_HTTP_URL} instead: fine for trying the pane in a browser;` +
        "\n[credit-desk] Excel needs https, so sideload from a machine where `npx office-addin-dev-certs install` works.\n",
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serve = Boolean(env && env.WEBPACK_SERVE);
  const server = serve ? await devServerProtocol() : { type: "https" };
  const baseUrl = server.type === "http" ? DEV_HTTP_URL : DEV_URL;
  const publish = (content) => {
    const text = content.toString();
    if (!dev) return rewriteLocalhost(text, PROD_URL);
    return server.type === "http" ? rewriteLocalhost(text, baseUrl) : text;
  };

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/entry.ts",
      commands: "./src/commands/commands.ts",
      // The pane's review worker (src/taskpane/worker): a worker loads its chunks (ExcelJS) with importScripts.
      reviewWorker: { import: "./src/taskpane/worker/reviewWorker.ts", chunkLoading: "import-scripts" },
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // ExcelJS's browser build needs no Node built-ins; the CLI-only modules are never imported by the pane.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: dev } },
          },
        },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane page also hosts the custom functions and the ribbon commands.
        chunks: ["taskpane", "functions", "commands"],
        templateParameters: { officeJsUrl: OFFICE_JS_URL },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl: OFFICE_JS_URL },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/sample-portfolio*.xlsx", to: "assets/[name][ext]", noErrorOnMissing: true },
          { from: "manifest.xml", to: "manifest.xml", transform: publish },
          {
            from: "docs/functions.md",
            to: "functions.html",
            transform: (c) => markdownPage(c.toString(), "CREDIT functions"),
          },
          {
            from: "docs/functions.zh-CN.md",
            to: "functions.zh-CN.html",
            transform: (c) => markdownPage(c.toString(), "CREDIT 函数参考", "zh-CN"),
          },
        ],
      }),
      {
        // functions.json: rewrite help URLs for production, and emit the zh-CN twin from the translation tables.
        apply(compiler) {
          compiler.hooks.thisCompilation.tap("CreditDeskMetadata", (compilation) => {
            compilation.hooks.processAssets.tap(
              { name: "CreditDeskMetadata", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONS + 1 },
              () => {
                const asset = compilation.getAsset("functions.json");
                if (!asset) return;
                const english = publish(absoluteHelpUrls(asset.source.source().toString(), DEV_URL));
                compilation.updateAsset("functions.json", new compiler.webpack.sources.RawSource(english));
                try {
                  const chinese = functionsZhCn(JSON.parse(english), path.join(__dirname, "src/functions/i18n/zh-CN"));
                  compilation.emitAsset(
                    "functions.zh-CN.json",
                    new compiler.webpack.sources.RawSource(JSON.stringify(chinese, null, 2)),
                  );
                } catch (error) {
                  compilation.errors.push(new compiler.webpack.WebpackError(`functions.zh-CN.json: ${error.message}`));
                }
              },
            );
          });
        },
      },
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      host: "localhost",
      port: Number(process.env.npm_package_config_dev_server_port || new URL(DEV_URL).port),
      open: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
