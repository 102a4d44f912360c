import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/api/server.js';

/** An app with a slow route, to have a request in flight while the server stops. */
function slowApp(): { app: Hono; started: Promise<void> } {
  let markStarted: () => void = () => {};
  const started = new Promise<void>((resolve) => { markStarted = resolve; });
  const app = new Hono();
  app.get('/slow', async (c) => {
    markStarted();
    await new Promise((resolve) => setTimeout(resolve, 300));
    return c.text('done');
  });
  app.get('/fast', (c) => c.text('ok'));
  return { app, started };
}

describe('startServer', () => {
  it('listens on loopback, on a free port when asked for port 0', async () => {
    const server = await startServer(slowApp().app, { port: 0 });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await (await fetch(`${server.url}/fast`)).text()).toBe('ok');
    await server.close();
  });

  it('stops gracefully: the request in flight is answered, new connections are refused', async () => {
    const { app, started } = slowApp();
    const server = await startServer(app, { port: 0 });
    const inFlight = fetch(`${server.url}/slow`).then((r) => r.text());
    await started;
    const closed = server.close();
    expect(await inFlight).toBe('done');
    await closed;
    await expect(fetch(`${server.url}/fast`)).rejects.toThrow();
  });

  it('cuts requests that outlast the grace period', async () => {
    const { app, started } = slowApp();
    const server = await startServer(app, { port: 0 });
    const inFlight = fetch(`${server.url}/slow`).then(() => 'answered', () => 'cut');
    await started;
    await server.close(10);
    expect(await inFlight).toBe('cut');
  });

  it('says which port is taken', async () => {
    const first = await startServer(slowApp().app, { port: 0 });
    await expect(startServer(slowApp().app, { port: first.port })).rejects.toThrow(`port ${first.port} on 127.0.0.1 is in use`);
    await first.close();
  });
});
