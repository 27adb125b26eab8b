/* global require, module, process, __dirname */
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localize-functions");
const { productionUrlOf, rewriteManifestUrls } = require("./scripts/manifest-urls");
const functionSources = require("./scripts/functions-sources");

/**
 * The production URL the manifest points at. Set ADDIN_PRODUCTION_URL when building for a real
 * server; the manifest in dist/ then has every localhost URL rewritten to it. Without it the
 * production build writes the bundle but no manifest: a manifest for a placeholder host must
 * never be shipped.
 */
const productionUrl = productionUrlOf(process.env.ADDIN_PRODUCTION_URL);

/** The sample workbooks the browser preview lists (assets/samples/*.xlsx, copied to dist/samples/). */
function previewSamples() {
  const folder = path.resolve(__dirname, "assets/samples");
  return fs.existsSync(folder)
    ? fs
        .readdirSync(folder)
        .filter((file) => /\.xlsx$/i.test(file) && !file.startsWith("~$"))
        .sort()
    : [];
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].chunk.js",
      // Chunks (the pane's returns codec with exceljs) load beside the page that runs them
      // (taskpane.html, preview.html, all in dist/). A fixed public path also keeps webpack's
      // "auto" detection out, whose global shim falls back to `new Function` (the CSP forbids it).
      publicPath: "",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // The browser preview runs exceljs in the page: its prebuilt browser bundle, not the Node entry.
      alias: { exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js") },
    },
    module: {
      noParse: /exceljs[\\/]dist[\\/]exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, configFile: "tsconfig.build.json" },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: { hints: false },
    // No `global` shim: webpack's would fall back to `new Function`, which the CSP forbids.
    node: { global: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: functionSources.map((file) => `./${file}`),
      }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        table: path.resolve(__dirname, "src/functions/zh-CN.json"),
        output: "functions.zh-CN.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
      }),
      new webpack.DefinePlugin({ ASSESS_PREVIEW_SAMPLES: JSON.stringify(previewSamples()) }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "samples/[name][ext]", noErrorOnMissing: true },
          { from: "src/preview/preview.css", to: "preview.css" },
          ...(dev || productionUrl !== null
            ? [
                {
                  from: "manifest.xml",
                  to: "manifest.xml",
                  transform: (content) =>
                    dev ? content : rewriteManifestUrls(content.toString(), productionUrl),
                },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      static: { directory: path.resolve(__dirname, "dist") },
    },
  };
  if (!dev && productionUrl === null) {
    console.warn(
      "未生成 dist/manifest.xml：请设置 ADDIN_PRODUCTION_URL=https://你的服务器/ 后重新构建。\n" +
        "No dist/manifest.xml: set ADDIN_PRODUCTION_URL=https://your.server/ and build again."
    );
  }
  if (dev && !env.WEBPACK_BUILD) {
    // Dev certificates only for the dev server: a production build needs none.
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
