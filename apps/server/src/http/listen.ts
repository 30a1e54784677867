import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Database } from '../db/database';
import { createApp, type AppOptions } from './app';

/** A running API server. */
export interface RunningServer {
  /** The API root, e.g. `http://127.0.0.1:8787/api`: give it to `createRestAdapter({ baseUrl })`. */
  url: string;
  port: number;
  /** Stops accepting connections and waits for open ones to end. The database stays open. */
  close(): Promise<void>;
}

/** Serves the API over `db` on `hostname:port` (port 0 picks a free one). */
export function listen(db: Database, options: AppOptions & { port?: number; hostname?: string } = {}): Promise<RunningServer> {
  const { port = 0, hostname = '127.0.0.1', ...appOptions } = options;
  const app = createApp(db, appOptions);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}/api`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Idle keep-alive sockets would hold `close` open; closing them ends it promptly.
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}
