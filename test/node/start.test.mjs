// `npm start` as a real process: the dev server listens on 127.0.0.1 alone, and a busy port gives a
// message saying what to do instead of a stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A port free on this machine just now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves to true when a TCP connection to host:port opens, false when it is refused. */
function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** Whether this machine can listen on `host` at all (an IPv6 loopback may be missing). */
function canListen(host) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(0, host, () => probe.close(() => resolve(true)));
  });
}

/** Runs `npm start -- ...args` in its own process group; `output()` is what it printed so far. */
function start(args) {
  const child = spawn('npm', ['start', '--', ...args], { cwd: root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    output: () => out,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      return exited;
    },
  };
}

async function waitFor(condition, what, ms = 60000) {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

test('npm start listens on 127.0.0.1 only: the loopback answers, ::1 and the network addresses do not', { timeout: 90000 }, async () => {
  const port = await freePort();
  const server = start(['--port', String(port)]);
  try {
    await waitFor(() => server.output().includes(`http://127.0.0.1:${port}/`) || server.child.exitCode !== null, 'the server to start');
    assert.match(server.output(), new RegExp(`news-quiz dev server on http://127\\.0\\.0\\.1:${port}/`), server.output());
    const response = await fetch(`http://127.0.0.1:${port}/`, { redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(new URL(response.headers.get('location'), `http://127.0.0.1:${port}/`).pathname, '/demo/');
    assert.equal((await fetch(`http://127.0.0.1:${port}/demo/`)).status, 200);

    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => !address.internal)
      .map((address) => address.address);
    if (await canListen('::1')) others.push('::1');
    assert.ok(others.length > 0, 'this machine has an address other than 127.0.0.1 to try');
    for (const host of others) assert.equal(await reachable(host, port), false, `reachable on ${host}`);
  } finally {
    await server.stop();
  }
});

test('npm start on a busy port says so and how to pick another, with no stack trace, and exits 1', { timeout: 90000 }, async () => {
  const port = await freePort();
  const holder = createServer();
  await new Promise((resolve) => holder.listen(port, '127.0.0.1', resolve));
  const server = start(['--port', String(port)]);
  try {
    const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 60000))]);
    const output = server.output();
    assert.equal(code, 1, output);
    assert.ok(output.includes(`Port ${port} on 127.0.0.1 is already in use`), output);
    assert.ok(output.includes(`npm start -- --port ${port + 1}`), output);
    assert.doesNotMatch(output, /EADDRINUSE|^\s+at /m);
  } finally {
    await server.stop();
    holder.close();
  }
});
