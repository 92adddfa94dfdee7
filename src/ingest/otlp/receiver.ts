// ingest/otlp: a live OTLP/HTTP trace receiver (POST /v1/traces, JSON or protobuf, optional gzip)
// bound to 127.0.0.1 by default. Each export request is one OTLP record: its model-call spans go
// through the 'otlp' adapter, the exchange contract and dedupe exactly as a file would, and the
// accepted exchanges are handed to onExchanges. Follows the OTLP/HTTP spec (status 200 with an
// ExportTraceServiceResponse; 400 for undecodable bodies; 413 over the size limit; 415 otherwise).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import type { Exchange } from '../../schema/index.js';
import { RecordSink, type ReadOptions } from '../record-sink.js';
import { decodeTraceRequest } from './decode-protobuf.js';

export interface OtlpReceiverOptions extends Omit<ReadOptions, 'format' | 'maxLineBytes'> {
  /** TCP port; 0 picks a free one (see the returned port). */
  port: number;
  /** Address to bind (default 127.0.0.1: the receiver is not exposed beyond this host). */
  host?: string;
  /** Largest accepted request body in bytes (default 64 MiB). */
  maxBodyBytes?: number;
  /** Receives each request's accepted exchanges; the response waits for it (backpressure). */
  onExchanges: (xs: Exchange[]) => void | Promise<void>;
  /** Told when the response to export request n has been sent (any status). */
  onResponded?: (n: number) => void;
}

export interface OtlpReceiver {
  readonly port: number;
  readonly url: string;
  /** Export requests received so far. */
  readonly requests: number;
  close(): Promise<void>;
}

const DEFAULT_MAX_BODY = 64 * 1024 * 1024;

function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let n = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      n += c.length;
      if (n > max) over = true;
      else if (!over) chunks.push(c);
    });
    req.on('end', () => resolve(over ? 'too-large' : Buffer.concat(chunks, n)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, protobuf: boolean, message?: string): void {
  if (status === 200) {
    // an empty ExportTraceServiceResponse: {} in JSON, zero bytes in protobuf
    res.writeHead(200, { 'content-type': protobuf ? 'application/x-protobuf' : 'application/json' });
    res.end(protobuf ? undefined : '{}');
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code: status, message: message ?? '' }));
}

export async function startOtlpReceiver(o: OtlpReceiverOptions): Promise<OtlpReceiver> {
  const host = o.host ?? '127.0.0.1';
  const max = o.maxBodyBytes ?? DEFAULT_MAX_BODY;
  let requests = 0;
  let sink: RecordSink<'exchange'> | undefined;
  let responded = 0;
  const server: Server = createServer((req, res) => {
    res.once('finish', () => o.onResponded?.(++responded));
    void handle(req, res).catch((err: unknown) => {
      if (!res.headersSent) reply(res, 500, false, (err as Error).message);
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || path !== '/v1/traces') {
      reply(res, 404, false, 'only POST /v1/traces is served');
      return;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    const protobuf = type === 'application/x-protobuf' || type === 'application/protobuf';
    if (!protobuf && type !== 'application/json') {
      reply(res, 415, false, `unsupported content-type '${type}'`);
      return;
    }
    const body = await readBody(req, max);
    const n = ++requests;
    const s = (sink ??= new RecordSink('exchange', `otlp-http:${port}`, { ...o, format: 'otlp' }));
    if (body === 'too-large') {
      s.seen++;
      s.reject('DW_E_TOO_LONG', `export request ${n} is over the limit of ${max} bytes`, n, '');
      reply(res, 413, protobuf, 'request too large');
      return;
    }
    let decoded: unknown;
    try {
      const bytes = req.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
      decoded = protobuf ? decodeTraceRequest(bytes) : JSON.parse(bytes.toString('utf8'));
    } catch (err) {
      s.seen++;
      s.reject(protobuf ? 'DW_E_ADAPTER' : 'DW_E_JSON', `export request ${n} could not be decoded: ${(err as Error).message}`, n, protobuf ? body.subarray(0, 2048).toString('base64') : body.subarray(0, 4096).toString('utf8'));
      reply(res, 400, protobuf, 'undecodable export request');
      return;
    }
    if (decoded === null || typeof decoded !== 'object' || Array.isArray(decoded)) {
      s.seen++;
      s.reject('DW_E_JSON', `export request ${n} is not a JSON object`, n, body.subarray(0, 4096).toString('utf8'));
      reply(res, 400, protobuf, 'not an ExportTraceServiceRequest');
      return;
    }
    // the request number stands in for the line number in record references
    s.object(decoded as Record<string, unknown>, n);
    const xs = s.take();
    if (xs.length > 0) await o.onExchanges(xs);
    reply(res, 200, protobuf);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host}:${port}/v1/traces`,
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        // answered keep-alive connections are idle: close them now rather than after their timeout
        server.closeIdleConnections();
      }),
  };
}
