/**
 * The preview server: plain http on 127.0.0.1 (node's http module, nothing else), serving
 *
 *   /                       the preview page (preview/host.html)
 *   /preview/*.js           its scripts (build/preview-web: the page, the office.js stand-in)
 *   /pane/*                 the built task pane (dist/), with its office.js script tag pointed at the
 *                           stand-in instead of Microsoft's CDN, so nothing leaves the machine
 *   /wps-pane/*             the built WPS add-in (dist/wps/jixiao), its taskpane.html given the preview's
 *                           `wps` (wps-stub.js) before the pane's script
 *   /workbooks              [{ id, name }] of the workbooks it holds
 *   /workbooks/<id>.json    one of them (WorkbookJson)
 */
import { promises as fs } from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import type { WorkbookJson } from "./workbook-json";

/** Where the real task pane page loads office.js from. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
export const OFFICE_JS_STUB = "/preview/office-stub.js";
export const WPS_STUB = "/preview/wps-stub.js";

export interface PreviewPaths {
  /** The repository root. */
  root: string;
  /** The built pane (dist/). */
  dist: string;
  /** The built preview scripts (build/preview-web/). */
  web: string;
  /** The built WPS add-in (dist/wps/jixiao/). */
  wps: string;
}

export function previewPaths(root: string): PreviewPaths {
  return {
    root,
    dist: path.join(root, "dist"),
    web: path.join(root, "build", "preview-web"),
    wps: path.join(root, "dist", "wps", "jixiao"),
  };
}

export interface PreviewServer {
  url: string;
  /** Add (or replace) a workbook; the default one is "default". */
  addWorkbook(id: string, json: WorkbookJson): void;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
};

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The pane page with its office.js tag pointed at the stand-in; refuses a page that does not load office.js from the CDN. */
export function rewritePanePage(html: string): string {
  const parts = html.split(OFFICE_JS_CDN);
  if (parts.length !== 2)
    throw new Error(`dist/taskpane.html should load office.js from ${OFFICE_JS_CDN} exactly once`);
  return parts.join(OFFICE_JS_STUB);
}

/**
 * The WPS pane page with the preview's `wps` script first after the Content-Security-Policy (a script of
 * the same origin: the policy's 'self' allows it, as it allows the add-in's own).
 */
export function rewriteWpsPanePage(html: string): string {
  const meta = /<meta http-equiv="?Content-Security-Policy"?[^>]*>/i.exec(html);
  if (!meta) throw new Error("dist/wps/jixiao/taskpane.html should carry a Content-Security-Policy");
  const at = meta.index + meta[0].length;
  return `${html.slice(0, at)}<script src="${WPS_STUB}"></script>${html.slice(at)}`;
}

/** A file under `dir`, or null when the request path leaves it. */
function inside(dir: string, rel: string): string | null {
  const file = path.resolve(dir, `.${path.posix.normalize(`/${rel}`)}`);
  return file.startsWith(dir + path.sep) ? file : null;
}

export async function startPreviewServer(paths: PreviewPaths, port = 0): Promise<PreviewServer> {
  const workbooks = new Map<string, WorkbookJson>();

  const send = (res: http.ServerResponse, status: number, type: string, body: string | Buffer): void => {
    res.writeHead(status, {
      "Content-Type": type,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    res.end(body);
  };
  const sendFile = async (
    res: http.ServerResponse,
    file: string | null,
    transform?: (s: string) => string,
  ): Promise<void> => {
    if (!file) return send(res, 404, TYPES[".txt"], "not found");
    let body: Buffer;
    try {
      body = await fs.readFile(file);
    } catch {
      return send(res, 404, TYPES[".txt"], `not found: ${path.relative(paths.root, file)}`);
    }
    const type = TYPES[path.extname(file)] ?? "application/octet-stream";
    send(res, 200, type, transform ? transform(body.toString("utf8")) : body);
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    if (req.method !== "GET" && req.method !== "HEAD")
      return send(res, 405, TYPES[".txt"], "method not allowed");
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const p = decodeURIComponent(url.pathname);
    if (p === "/" || p === "/index.html") return sendFile(res, path.join(paths.root, "preview", "host.html"));
    if (p === "/favicon.ico") return send(res, 204, TYPES[".txt"], "");
    if (p.startsWith("/preview/")) return sendFile(res, inside(paths.web, p.slice("/preview/".length)));
    if (p === "/pane/taskpane.html")
      return sendFile(res, path.join(paths.dist, "taskpane.html"), rewritePanePage);
    if (p.startsWith("/pane/")) return sendFile(res, inside(paths.dist, p.slice("/pane/".length)));
    if (p === "/wps-pane/taskpane.html")
      return sendFile(res, path.join(paths.wps, "taskpane.html"), rewriteWpsPanePage);
    if (p.startsWith("/wps-pane/")) return sendFile(res, inside(paths.wps, p.slice("/wps-pane/".length)));
    if (p === "/workbooks") {
      const list = [...workbooks].map(([id, wb]) => ({ id, name: wb.name }));
      return send(res, 200, TYPES[".json"], JSON.stringify(list));
    }
    const m = /^\/workbooks\/([^/]+)\.json$/.exec(p);
    if (m) {
      const wb = workbooks.get(m[1]);
      return wb
        ? send(res, 200, TYPES[".json"], JSON.stringify(wb))
        : send(res, 404, TYPES[".txt"], `no workbook "${m[1]}"`);
    }
    send(res, 404, TYPES[".txt"], "not found");
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) send(res, 500, TYPES[".txt"], err instanceof Error ? err.message : String(err));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    addWorkbook(id, json) {
      if (!ID.test(id)) throw new Error(`workbook id "${id}" must be letters, digits, - or _`);
      workbooks.set(id, json);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
