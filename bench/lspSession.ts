// A minimal LSP client over a child process's stdio: Content-Length framing, requests with
// ids, notifications, and waiting for the server's publishDiagnostics. Shared by both servers.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface PublishedDiagnostics {
  readonly uri: string;
  readonly version?: number;
  readonly diagnostics: readonly unknown[];
}

interface Waiter {
  readonly uri: string;
  readonly accept: (published: PublishedDiagnostics) => boolean;
  readonly resolve: (published: PublishedDiagnostics) => void;
}

export class LspSession {
  private readonly child: ChildProcessWithoutNullStreams;
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  private waiters: Waiter[] = [];
  private exited = false;

  /** Settings by section, for servers that pull them with `workspace/configuration`. */
  settings: Record<string, unknown> = {};

  constructor(
    readonly name: string,
    command: string,
    args: readonly string[],
  ) {
    this.child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr.on('data', (chunk: Buffer) => {
      if (process.env.BENCH_SERVER_STDERR) process.stderr.write(chunk);
    }); // servers log here; not part of the protocol
    this.child.on('exit', () => {
      this.exited = true;
      for (const { reject } of this.pending.values()) reject(new Error(`${name} exited`));
    });
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next diagnostics published for `uri` that `accept` takes. Register before sending. */
  nextDiagnostics(uri: string, accept: (published: PublishedDiagnostics) => boolean = () => true): Promise<PublishedDiagnostics> {
    return new Promise((resolve) => this.waiters.push({ uri, accept, resolve }));
  }

  /** Resident set size of the server process in bytes (Linux /proc). */
  residentBytes(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(status);
    return match ? Number(match[1]) * 1024 : Number.NaN;
  }

  async shutdown(): Promise<void> {
    if (this.exited) return;
    try {
      await this.request('shutdown', null);
      this.notify('exit', null);
    } catch {
      // already gone
    }
    setTimeout(() => {
      if (!this.exited) this.child.kill();
    }, 2000).unref();
  }

  private send(message: unknown): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  private receive(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.dispatch(JSON.parse(body) as { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } });
    }
  }

  private dispatch(message: { id?: number; method?: string; params?: unknown; result?: unknown; error?: { message: string } }): void {
    if (message.method !== undefined) {
      if (message.id !== undefined) {
        // A request from the server: settings it pulls come from `settings`; anything else
        // (registerCapability…) is acknowledged with null.
        const result =
          message.method === 'workspace/configuration'
            ? ((message.params as { items?: { section?: string }[] }).items ?? []).map((item) => this.settings[item.section ?? ''] ?? null)
            : null;
        this.send({ jsonrpc: '2.0', id: message.id, result });
      }
      if (message.method === 'textDocument/publishDiagnostics') this.published(message.params as PublishedDiagnostics);
      return;
    }
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.error) pending.reject(new Error(`${this.name}: ${message.error.message}`));
    else pending.resolve(message.result);
  }

  private published(published: PublishedDiagnostics): void {
    const index = this.waiters.findIndex((waiter) => waiter.uri === published.uri && waiter.accept(published));
    if (index < 0) return;
    const [waiter] = this.waiters.splice(index, 1);
    waiter.resolve(published);
  }
}
