// Dev/test bridge: the real dispatch and the built renderer over HTTP on 127.0.0.1, so the app
// can be previewed and tested in a plain browser. Never part of the packaged app.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createAppContext } from '../app-context';
import { loadSampleData } from '../services/sample.service';
import { systemClock } from '../services/clock';
import { countActiveCustomers } from '../../db/repositories/customers.repository';
import type { Emit } from '../../shared/ipc/events';
import type { Envelope } from '../../shared/ipc/result';
import { parseBridgeArgs } from './bridge-args';
import { readStatic } from './static-files';
import { contentSecurityPolicy } from '../window/csp';
import { createBridgeNotifier } from '../notifier/bridge-notifier';
import {
  defaultWorkerFile,
  forwardToScheduler,
  startReminderScheduler,
  type RunningScheduler,
} from '../scheduler/setup';

const MAX_BODY = 10 * 1024 * 1024;
const VERSION = '0.1.0';

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function badRequest(detail: string): Envelope<never> {
  return { ok: false, error: { code: 'VALIDATION', message: 'errors.validation', detail } };
}

/** Only this machine, and only pages the bridge served itself (guards DNS rebinding/CSRF). */
function isLocalRequest(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host ?? '';
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!allowedHosts.includes(host)) return false;
  const origin = req.headers.origin;
  return origin === undefined || allowedHosts.some((h) => origin === `http://${h}`);
}

async function main(): Promise<void> {
  const args = parseBridgeArgs(process.argv.slice(2), process.env);
  const dbPath = resolve(args.db);
  const clients = new Set<ServerResponse>();
  let reminders: RunningScheduler | null = null;
  const emit: Emit = (event, payload) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const client of clients) client.write(frame);
    forwardToScheduler(reminders?.scheduler, event, payload);
  };
  // The bridge bundle lives in out/bridge; the job worker beside the main bundle.
  const ctx = await createAppContext({
    dbPath,
    appVersion: VERSION,
    emit,
    workerScript: resolve(__dirname, '../main/worker.cjs'),
  });
  if (args.sample > 0 && (await countActiveCustomers(ctx.db.kysely)) === 0) {
    console.log(`Seeding ${args.sample.toLocaleString('en')} sample customers into ${dbPath} ...`);
    loadSampleData(
      { db: ctx.db, clock: systemClock, emit },
      {
        count: args.sample,
        onProgress: (done, total) => {
          if (done % 100_000 === 0)
            console.log(`  ${done.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        },
      },
    );
  }
  // Reminders fire here too; the renderer shows a toast where the app shows a notification.
  reminders = startReminderScheduler({
    db: ctx.db,
    clock: systemClock,
    emit,
    notifier: createBridgeNotifier(emit),
    workerFile: defaultWorkerFile(__dirname),
  });
  const root = resolve(__dirname, '../renderer');
  let port = args.port;
  const server = createServer((req, res) => {
    void (async () => {
      if (!isLocalRequest(req, port)) {
        sendJson(res, 403, {
          ok: false,
          error: { code: 'FORBIDDEN', message: 'errors.forbidden' },
        });
        return;
      }
      const url = req.url ?? '/';
      if (url === '/api/events' && req.method === 'GET') {
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return;
      }
      if (url.startsWith('/api/')) {
        if (req.method !== 'POST') {
          sendJson(res, 405, badRequest('POST only'));
          return;
        }
        const channel = decodeURIComponent(url.slice('/api/'.length).split('?')[0] ?? '');
        let input: unknown;
        try {
          const body = await readBody(req);
          input = body.trim() === '' ? undefined : (JSON.parse(body) as unknown);
        } catch (error) {
          sendJson(res, 400, badRequest(`request body is not JSON: ${String(error)}`));
          return;
        }
        sendJson(res, 200, await ctx.dispatch(channel, input));
        return;
      }
      const file = await readStatic(root, url);
      if (!file) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Renderer not built: run `npx vite build` first.');
        return;
      }
      res.writeHead(200, {
        'content-type': file.type,
        'content-security-policy': contentSecurityPolicy({ dev: false }),
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      });
      res.end(file.body);
    })().catch((error: unknown) => {
      console.error('[bridge] request failed', error);
      if (!res.headersSent)
        sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: 'errors.internal' } });
    });
  });
  server.listen(args.port, '127.0.0.1', () => {
    port = (server.address() as AddressInfo).port;
    console.log(`KEMAI_BRIDGE_READY http://127.0.0.1:${port}`);
    console.log(`Kemai preview: open http://127.0.0.1:${port} (database: ${dbPath})`);
  });
  const shutdown = (): void => {
    for (const client of clients) client.end();
    server.close();
    const stopping = reminders ? reminders.stop() : Promise.resolve();
    void stopping.then(() => ctx.close()).then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
