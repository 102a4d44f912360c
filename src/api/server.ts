import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';

/** How long requests in flight may take to finish when the server stops, by default. */
export const DEFAULT_GRACE_MS = 10_000;

/** A listening server. */
export interface RunningServer {
  /** `http://127.0.0.1:8080` */
  url: string;
  port: number;
  /**
   * Stops gracefully: no new connections, idle ones closed at once, requests in flight answered
   * (cut after `graceMs`). Resolves when every connection is closed.
   */
  close(graceMs?: number): Promise<void>;
}

/**
 * Serves an app on `host:port` (port 0 picks a free one). Rejects with a clear message when the port
 * is taken. `const server = await startServer(app, {port: 8080}); ... await server.close()`.
 */
export async function startServer(app: Hono, options: { port: number; host?: string }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<Server>((resolve, reject) => {
    const created = serve({ fetch: app.fetch, port: options.port, hostname: host }) as Server;
    created.once('listening', () => resolve(created));
    created.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new Error(`port ${options.port} on ${host} is in use: choose another with --port`) : error);
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  // once stopping, a connection is closed as soon as its last response is sent (not at its keep-alive timeout)
  server.on('request', (_request, response: ServerResponse) => {
    response.once('finish', () => {
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    close(graceMs = DEFAULT_GRACE_MS) {
      closing ??= new Promise<void>((resolve) => {
        const timer = setTimeout(() => server.closeAllConnections(), graceMs);
        timer.unref();
        server.close(() => {
          clearTimeout(timer);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
