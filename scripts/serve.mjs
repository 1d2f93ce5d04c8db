#!/usr/bin/env node
// Serves the static export in out/ on localhost, gzip- or brotli-compressed as a CDN would, with the
// security headers docs/deploy asks a real host to add. No dependencies: node:http and node:zlib.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { statSync } from "node:fs";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";

const root = resolve(process.env.OUT_DIR ?? "out");
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".txt", ".xml", ".svg", ".webmanifest"]);

async function findFile(urlPath) {
  const clean = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, "");
  let file = join(root, clean);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) file = join(file, "index.html");
    await stat(file);
    return file;
  } catch {
    try {
      await stat(`${file}.html`);
      return `${file}.html`;
    } catch {
      return null;
    }
  }
}

/** Content-hashed files (Next's static assets, the estimator's island) never change under their name. */
const IMMUTABLE = /^\/(_next\/static|_island)\//;
/** Compressed bodies, kept: brotli at its best setting is slow, and a CDN would compress each file once. */
const compressed = new Map();
const compress = (path, body, encoding) => {
  // The file's size and mtime are in the key, so a rebuild while serving is never answered from old bytes.
  const { mtimeMs, size } = statSync(path);
  const key = `${encoding}:${path}:${mtimeMs}:${size}`;
  if (!compressed.has(key)) compressed.set(key, encoding === "br" ? brotliCompressSync(body) : gzipSync(body));
  return compressed.get(key);
};

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    const file = await findFile(url.pathname);
    const status = file ? 200 : 404;
    const path = file ?? join(root, "404.html");
    let body = await readFile(path);
    const ext = extname(path);
    const headers = {
      "Content-Type": TYPES[ext] ?? "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "X-Frame-Options": "DENY",
      "Content-Security-Policy": "frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
      "Cache-Control": IMMUTABLE.test(url.pathname) ? "public, max-age=31536000, immutable" : "no-cache",
      Vary: "Accept-Encoding",
    };
    const accept = String(req.headers["accept-encoding"] ?? "");
    if (COMPRESSIBLE.has(ext) && body.length > 512) {
      if (/\bbr\b/.test(accept)) {
        body = compress(path, body, "br");
        headers["Content-Encoding"] = "br";
      } else if (/\bgzip\b/.test(accept)) {
        body = compress(path, body, "gzip");
        headers["Content-Encoding"] = "gzip";
      }
    }
    headers["Content-Length"] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === "HEAD" ? undefined : body);
  } catch (error) {
    res.writeHead(500, { "Content-Type": "text/plain" });
    res.end(String(error));
  }
});

server.listen(port, host, () => {
  console.log(`Serving ${root} at http://${host}:${port}/`);
});
