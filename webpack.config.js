// Builds the add-in's pages into dist/: taskpane.html (React), commands.html (the ribbon's function file),
// dialog.html (the ribbon's message), help.html, plus the manifest and icons. Pages load office.js from
// Microsoft's CDN and nothing else from outside.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { DefinePlugin } = require("webpack");
const { version } = require("./package.json");

const DEV_URL = "https://localhost:3000/";
// The production address the add-in is served from; the manifest's localhost URLs are replaced with it.
const PROD_URL = process.env.ADDIN_URL || "https://www.contoso.com/";

module.exports = async (env, options) => {
  const dev = options.mode === "development";
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
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "esnext", moduleResolution: "bundler" } } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // The pane shows its version beside the help link.
      new DefinePlugin({ __APP_VERSION__: JSON.stringify(version) }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new HtmlWebpackPlugin({ filename: "commands.html", template: "./src/commands/commands.html", chunks: ["commands"] }),
      new HtmlWebpackPlugin({ filename: "dialog.html", template: "./src/dialog/dialog.html", chunks: ["dialog"] }),
      new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: [] }),
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
