/**
 * LSP framing (issue 17, item 11): a header without a valid Content-Length,
 * or a message over the cap (64 MB), ends the connection with a message on
 * stderr and a non-zero exit, instead of a server that is alive but deaf or
 * buffers without bound. node-ipc mode (VS Code's transport) still works.
 *
 * Build first: `node esbuild.mjs`.
 */
import { strict as assert } from 'node:assert';
import { fork, spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, IPCMessageReader, IPCMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { SERVER } from './helpers/encodedClient';
import { tempDir } from './helpers/temp';

const INIT = JSON.stringify({
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: {} },
});
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;

/** Writes `input` to a fresh server's stdin (keeping it open) and reports how it ended within `ms`. */
function feed(
  input: string | Buffer,
  ms = 5000,
): Promise<{ code: number | null | 'still running'; stderr: string; stdout: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    proc.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
    });
    proc.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    proc.stdin.on('error', () => undefined);
    const timer = setTimeout(() => {
      proc.kill('SIGKILL');
      resolve({ code: 'still running', stderr, stdout });
    }, ms);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, stdout });
    });
    proc.stdin.write(input);
  });
}

describe('language server framing on stdio', function () {
  this.timeout(30000);

  const bad: [string, string, RegExp][] = [
    [
      'a header without Content-Length',
      'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}' + frame(INIT),
      /no Content-Length/,
    ],
    [
      'a Content-Length that is not a number',
      'Content-Length: twelve\r\n\r\n{}' + frame(INIT),
      /Content-Length is not a number/,
    ],
    ['a header line without a colon', 'Content-Length 12\r\n\r\n{}' + frame(INIT), /malformed header line/],
    ['header lines ending in LF only', 'Content-Length: 2\n\n{}', /carriage return/],
    [
      'Content-Length: 99999999999',
      'Content-Length: 99999999999\r\n\r\n{',
      /99999999999 bytes is over the limit of 67108864 bytes \(64 MB\)/,
    ],
    ['a header that never ends', 'Content-Length: 2\r\nX-Pad: ' + 'a'.repeat(20000), /header is longer than/],
  ];
  for (const [what, input, message] of bad) {
    it(`${what}: a message on stderr and exit code 1`, async () => {
      const r = await feed(input);
      assert.equal(r.code, 1, `exit code (stderr: ${r.stderr})`);
      assert.match(r.stderr, /agency-docs: closing the connection: /);
      assert.match(r.stderr, message);
    });
  }

  it('well-formed messages split at every byte are read', async () => {
    // Header and body cut into single bytes, with a second header field (allowed by LSP).
    const body = INIT;
    const message = Buffer.from(
      `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`,
    );
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    proc.stdout.on('data', (b: Buffer) => {
      stdout += b.toString();
    });
    for (const byte of message) {
      proc.stdin.write(Buffer.from([byte]));
      await new Promise((r) => setImmediate(r));
    }
    const start = Date.now();
    while (!/"positionEncoding"/.test(stdout) && Date.now() - start < 10000)
      await new Promise((r) => setTimeout(r, 20));
    proc.kill('SIGKILL');
    assert.match(stdout, /"positionEncoding"/);
  });

  it('node-ipc (VS Code’s transport) still works', async () => {
    const root = tempDir('agency-ipc-');
    const proc = fork(SERVER, ['--node-ipc'], { cwd: root, execArgv: [], stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    const conn = createMessageConnection(new IPCMessageReader(proc), new IPCMessageWriter(proc));
    conn.onRequest(() => null);
    conn.onNotification(() => undefined);
    conn.listen();
    try {
      const init = (await conn.sendRequest('initialize', {
        processId: process.pid,
        rootUri: pathToFileURL(root).toString(),
        capabilities: {},
      })) as InitializeResult;
      assert.equal(init.capabilities.positionEncoding, 'utf-16');
      await conn.sendRequest('shutdown');
      const exited = new Promise((r) => proc.on('exit', r));
      void conn.sendNotification('exit');
      assert.equal(await exited, 0);
    } finally {
      conn.dispose();
      proc.kill();
    }
  });
});
