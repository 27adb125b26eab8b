import type { Server } from "http";

/** Options of {@link startPreviewServer}. */
export interface PreviewServerOptions {
  /** The folder to serve, default dist/. */
  readonly root?: string;
  /** The interface to listen on, default 127.0.0.1. */
  readonly host?: string;
  /** The port, default 3001; 0 picks a free one. */
  readonly port?: number | string;
}

/** Starts the preview's static server; resolves to the server and its base URL ("http://127.0.0.1:3001/"). */
export function startPreviewServer(
  options?: PreviewServerOptions
): Promise<{ server: Server; url: string }>;

/** Content types by file extension (".html" → "text/html; charset=utf-8"). */
export const contentTypes: Readonly<Record<string, string>>;
