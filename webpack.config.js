// Builds the add-in's pages into dist/: taskpane.html (React), commands.html (the ribbon's function file),
// dialog.html (the ribbon's message), help.html, plus the manifest and icons. Pages load office.js from
// Microsoft's CDN (or the one chosen below) and nothing else from outside.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");

const DEV_URL = "https://localhost:3000/";
// The production address the add-in is served from; the manifest's localhost URLs are replaced with it.
const PROD_URL = process.env.ADDIN_URL || "https://www.contoso.com/";

/**
 * Where the pages load office.js from, as Microsoft documents it ("Referencing the Office JavaScript API library",
 * CDN references for other Microsoft 365 environments): the worldwide CDN, or for Office 365 operated by 21Vianet
 * in China the CDN of that cloud (OFFICE_CDN=china). OFFICE_JS_URL names any other copy (an https URL).
 */
const OFFICE_JS_CDNS = {
  global: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};

function officeJsUrl(env) {
  if (env.OFFICE_JS_URL) {
    if (!/^https:\/\/[^\s"'<>]+$/.test(env.OFFICE_JS_URL)) throw new Error(`OFFICE_JS_URL must be an https URL: ${env.OFFICE_JS_URL}`);
    return env.OFFICE_JS_URL;
  }
  const cdn = env.OFFICE_CDN || "global";
  if (!Object.hasOwn(OFFICE_JS_CDNS, cdn)) throw new Error(`OFFICE_CDN must be one of ${Object.keys(OFFICE_JS_CDNS).join(", ")}: ${cdn}`);
  return OFFICE_JS_CDNS[cdn];
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const page = (name, chunks) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks,
      templateParameters: { officeJsUrl: officeJsUrl(process.env) },
    });
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      dialog: "./src/dialog/dialog.ts",
    },
    output: { path: path.resolve(__dirname, "dist"), filename: "[name].[contenthash:8].js", clean: true },
    // ".js" in an import() may name a .ts file: TypeScript's node16 resolution asks for the extension there.
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The pane shows its version beside the help link.
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      page("taskpane", ["taskpane"]),
      page("commands", ["commands"]),
      page("dialog", ["dialog"]),
      page("help", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().split(DEV_URL).join(PROD_URL)),
          },
        ],
      }),
    ],
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
      server: dev ? { type: "https", options: await devCerts() } : "http",
    },
  };
  return config;
};

/** The Office dev certificates (npx office-addin-dev-certs install), when they exist. */
async function devCerts() {
  const os = require("os");
  const fs = require("fs");
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const file = (n) => path.join(dir, n);
  if (!fs.existsSync(file("localhost.crt"))) return {};
  return { ca: fs.readFileSync(file("ca.crt")), key: fs.readFileSync(file("localhost.key")), cert: fs.readFileSync(file("localhost.crt")) };
}

module.exports.officeJsUrl = officeJsUrl;
module.exports.OFFICE_JS_CDNS = OFFICE_JS_CDNS;
