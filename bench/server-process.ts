// Starts the production server (node --import tsx server/src/server.ts, one PID), and the bench's bare node:http server,
// as child processes for the benchmark and Lighthouse, and makes sure they are stopped: by the caller's finally block,
// on SIGINT/SIGTERM, at exit.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the bare server (bench/bare-server.ts) answers 204 on once it has fetched the API's responses. */
export const BARE_READY_PATH = '/__bare/ready';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface RunningServer {
  url: string;
  pid: number;
  /** Server CPU time (user + system) so far in ms, from /proc; null where /proc is not available. */
  cpuMs: () => number | null;
  /** Resident memory in MB, from /proc; null where /proc is not available. */
  rssMb: () => number | null;
  output: () => string;
  stop: () => Promise<void>;
}

/** Child processes to stop if we exit early, with the signal each stops cleanly on. */
const running = new Map<ChildProcess, NodeJS.Signals>();
const temporaryPaths = new Set<string>();
let handlersInstalled = false;

/** Stops this child process (with `signal`) if the benchmark exits before the child does. */
export function stopOnExit(child: ChildProcess, signal: NodeJS.Signals): void {
  installExitHandlers();
  running.set(child, signal);
  child.once('exit', () => running.delete(child));
}

/** Deletes a temporary directory when the process exits, however it exits (the finally blocks do not run on SIGINT). */
export function removeOnExit(path: string): string {
  installExitHandlers();
  temporaryPaths.add(path);
  return path;
}

function installExitHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const killAll = () => {
    for (const [child, signal] of running) child.kill(signal);
    for (const path of temporaryPaths) rmSync(path, { recursive: true, force: true });
  };
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping ${running.size} child process${running.size === 1 ? '' : 'es'} and exiting\n`);
      killAll();
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Runs an npm script (or any command) in the repository and fails loudly if it fails. */
export function runCommand(command: string, args: string[]): void {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'], timeout: 300_000 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal ?? 'unknown'})`);
  process.stdout.write(`  (${command} ${args.join(' ')}: ${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return null;
  }
}

const CLOCK_TICKS_PER_SECOND = 100; // USER_HZ on Linux

/**
 * The production server. BENCH_SERVER_NODE_ARGS adds options for node (space-separated), to profile the server under
 * the benchmark: BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" (written when the server stops).
 */
export async function startServer(options: { databasePath: string; clientDist: string; env?: Record<string, string> }): Promise<RunningServer> {
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((arg) => arg !== '');
  return startProcess({
    args: [...nodeArgs, '--import', 'tsx', 'server/src/server.ts'],
    env: {
      DATABASE_PATH: options.databasePath,
      SEED_ON_START: 'true',
      CLIENT_DIST: options.clientDist,
      LOG_LEVEL: 'warn',
      BENCH_LIMIT_ROUTES: 'true',
      ...options.env,
    },
    readyPath: '/api/health',
  });
}

/** The bare node:http server (bench/bare-server.ts) serving the API's exact responses for these paths. */
export async function startBareServer(options: { upstream: string; routes: readonly string[] }): Promise<RunningServer> {
  return startProcess({
    args: ['--import', 'tsx', 'bench/bare-server.ts'],
    env: { BARE_UPSTREAM: options.upstream, BARE_ROUTES: options.routes.join(',') },
    readyPath: BARE_READY_PATH,
  });
}

/** Starts `node ...args` on a free port (PORT, HOST=127.0.0.1) and waits until GET readyPath answers 2xx. */
async function startProcess(options: { args: string[]; env: Record<string, string>; readyPath: string }): Promise<RunningServer> {
  installExitHandlers();
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, options.args, {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // SIGKILL: an early exit cannot wait for a graceful shutdown, and the database is a throw-away one.
  stopOnExit(child, 'SIGKILL');
  const append = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');

  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolveStop();
      });
      child.kill('SIGTERM');
    });

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${options.args.join(' ')} exited with ${child.exitCode}:\n${output}`);
    try {
      const res = await fetch(`${url}${options.readyPath}`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`${options.args.join(' ')} did not answer ${options.readyPath} within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    pid,
    cpuMs: () => {
      const stat = readProc(pid, 'stat');
      if (!stat) return null;
      // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    rssMb: () => {
      const status = readProc(pid, 'status');
      const match = status?.match(/^VmRSS:\s+(\d+) kB/m);
      return match ? Math.round(Number(match[1]) / 1024) : null;
    },
    output: () => output,
    stop,
  };
}
