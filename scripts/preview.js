/* global require, module, process, __dirname, console */
/**
 * The browser preview's web server: serves the production build in dist/ over plain http on
 * 127.0.0.1 (never on other interfaces), so preview.html can show the real task pane next to an
 * in-browser workbook. `node scripts/preview.js` (port from env PORT, default 3001) prints the URL.
 * The e2e tests start it on a free port through {@link startPreviewServer}.
 */
const fs = require("fs");
const http = require("http");
const path = require("path");

/** Content types of the files the build emits. */
const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".svg": "image/svg+xml",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

const defaultRoot = path.resolve(__dirname, "..", "dist");

/** The file a request path names inside root, or null when it would leave root. */
function fileOf(root, requestPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(requestPath.split("?")[0].split("#")[0]);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) {
    return null;
  }
  const relative = decoded === "/" ? "preview.html" : decoded.replace(/^\/+/, "");
  const file = path.resolve(root, relative);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

function send(response, status, body, headers) {
  response.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", ...headers });
  response.end(body);
}

/**
 * Starts the static server over `root` (default dist/) on `host` (default 127.0.0.1) and `port`
 * (0 = a free port). Resolves to the server and its base URL, "http://127.0.0.1:3001/".
 */
function startPreviewServer(options = {}) {
  const root = path.resolve(options.root || defaultRoot);
  const host = options.host || "127.0.0.1";
  const port = options.port === undefined ? 3001 : Number(options.port);
  const server = http.createServer((request, response) => {
    if (request.method !== "GET" && request.method !== "HEAD") {
      send(response, 405, "Method not allowed", { Allow: "GET, HEAD" });
      return;
    }
    const file = fileOf(root, request.url || "/");
    if (file === null) {
      send(response, 403, "Forbidden");
      return;
    }
    fs.stat(file, (error, stats) => {
      if (error || !stats.isFile()) {
        send(response, 404, `Not found: ${request.url}`);
        return;
      }
      const type = contentTypes[path.extname(file).toLowerCase()] || "application/octet-stream";
      response.writeHead(200, {
        "Content-Type": type,
        "Content-Length": stats.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (request.method === "HEAD") {
        response.end();
        return;
      }
      fs.createReadStream(file).pipe(response);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve({ server, url: `http://${host}:${address.port}/` });
    });
  });
}

module.exports = { startPreviewServer, contentTypes };

if (require.main === module) {
  if (!fs.existsSync(path.join(defaultRoot, "preview.html"))) {
    console.error(
      "dist/preview.html 不存在：请先运行 npm run build。/ dist/preview.html is missing: run npm run build first."
    );
    process.exit(1);
  }
  startPreviewServer({ port: process.env.PORT || 3001 }).then(
    ({ url }) => {
      console.log(`预览已启动 / Preview running: ${url}preview.html`);
      console.log("按 Ctrl+C 停止 / Press Ctrl+C to stop.");
    },
    (error) => {
      console.error(`预览服务器无法启动 / The preview server could not start: ${error.message}`);
      process.exit(1);
    }
  );
}
