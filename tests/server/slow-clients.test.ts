// Slow clients cannot hold the server: a body dripped one byte every few seconds is cut off within 30 s with the
// default settings, headers must arrive within HEADERS_TIMEOUT_MS, and connections beyond MAX_CONNECTIONS are closed.
import { connect, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { ProblemSchema } from '../../shared/src/schemas/common.ts';
import { buildTestApp } from '../helpers/app.ts';

const apps: FastifyInstance[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await Promise.all(apps.splice(0).map((a) => a.close()));
});

async function listening(config: Record<string, string> = {}) {
  const { app } = await buildTestApp({ config });
  apps.push(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

interface Ended {
  afterMs: number;
  answer: string;
}

/** Opens a socket, writes `head`, then one byte of `drip` every `everyMs` until the server ends the connection. */
function drip(port: number, head: string, drip: string, everyMs: number, giveUpMs: number): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    sockets.push(socket);
    let answer = '';
    let sent = 0;
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      clearInterval(timer);
      socket.destroy();
      reject(new Error(`still connected after ${giveUpMs} ms, ${sent} bytes dripped`));
    }, giveUpMs);
    socket.on('connect', () => {
      socket.write(head);
      timer = setInterval(() => {
        if (socket.writable && sent < drip.length) socket.write(drip[sent++] ?? '');
      }, everyMs);
    });
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearInterval(timer);
      clearTimeout(giveUp);
      resolve({ afterMs: Date.now() - started, answer });
    });
  });
}

describe('slow clients', () => {
  it('a body dripped one byte every 3 s is answered 408 and cut off within 30 s (defaults)', async () => {
    const port = await listening();
    const body = JSON.stringify({ direction: 'increase', observations: [{ cycle: '13MSP', value: 1 }] });
    const head = `POST /api/v1/classify HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`;
    const ended = await drip(port, head, body, 3000, 40_000);
    expect(ended.afterMs).toBeLessThan(30_000);
    expect(ended.answer).toMatch(/^HTTP\/1\.1 408 /);
    expect(ended.answer).toMatch(/content-type: application\/problem\+json/i);
    expect(ProblemSchema.parse(JSON.parse(ended.answer.split('\r\n\r\n')[1] ?? '')).status).toBe(408);
  }, 45_000);

  it('headers dripped one byte a second are cut off after HEADERS_TIMEOUT_MS', async () => {
    const port = await listening({ HEADERS_TIMEOUT_MS: '2000', REQUEST_TIMEOUT_MS: '20000' });
    const ended = await drip(port, 'GET /api/health HTTP/1.1\r\n', 'X-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', 1000, 15_000);
    expect(ended.afterMs).toBeLessThan(5000);
    expect(ended.answer).toMatch(/^HTTP\/1\.1 408 /);
  }, 20_000);

  it('a connection beyond MAX_CONNECTIONS is closed at once; the ones within it are served', async () => {
    const port = await listening({ MAX_CONNECTIONS: '2' });
    const open = () =>
      new Promise<Socket>((resolve) => {
        const s = connect(port, '127.0.0.1', () => resolve(s));
        s.on('error', () => undefined);
        sockets.push(s);
      });
    const [first, second] = [await open(), await open()];
    // Let the server count both before the third arrives.
    await new Promise((r) => setTimeout(r, 100));
    const third = await open();
    const closed = await new Promise<boolean>((resolve) => {
      third.once('close', () => resolve(true));
      setTimeout(() => resolve(false), 2000);
    });
    expect(closed).toBe(true);
    first.destroy();
    second.destroy();
    await new Promise((r) => setTimeout(r, 100));
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(res.status).toBe(200);
  });

  it('a normal request is untouched by the limits', async () => {
    const port = await listening();
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/classify`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ direction: 'increase', observations: [{ cycle: '13MSP', value: 1 }] }),
    });
    expect(res.status).toBe(200);
  });
});
