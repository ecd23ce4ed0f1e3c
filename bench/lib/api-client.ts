// Calls the app as a browser would: over HTTP/1.1 on the loopback interface, one kept-alive
// connection, with the session cookie and CSRF header. The app listens in the bench's process,
// so a call's time is the server's work plus the request's and the answer's bytes crossing the
// socket.
// The client writes each request and reads each answer itself, on a plain socket: Node's HTTP
// client makes a request object, header maps and a response stream per call, on the same thread
// as the server, and that work counted as the API's (BENCHMARKS.md, "The bench's HTTP client").
import net from 'node:net';
import { once } from 'node:events';
import type { FastifyInstance } from 'fastify';
import type { BenchLogin } from './bench-target';

type Method = 'GET' | 'POST' | 'PATCH';
export type Session = Record<string, string>;

export type ApiClient = {
  /** One call; answers the body's bytes, unparsed (parsing them is the client's work). */
  call: (method: Method, url: string, body?: unknown) => Promise<Buffer>;
  close: () => void;
};

const HEADER_END = Buffer.from('\r\n\r\n');

/** The parts of an answer read so far, and what the call waits for. */
type Waiting = {
  what: string;
  resolve: (body: Buffer) => void;
  reject: (error: Error) => void;
  chunks: Buffer[];
  received: number;
  /** Bytes of the status line and headers, blank line included, once they have all arrived. */
  headBytes: number;
  status: number;
  bodyBytes: number;
};

/** The status and body length of an answer's head (Fastify sends Content-Length for bytes). */
function readHead(head: string, what: string) {
  const status = Number(head.slice(9, 12));
  if (status === 204 || status === 304) return { status, bodyBytes: 0 };
  const length = /\r\ncontent-length: *(\d+)/i.exec(head);
  if (!length) throw new Error(`${what}: an answer without Content-Length:\n${head}`);
  return { status, bodyBytes: Number(length[1]) };
}

export async function listen(app: FastifyInstance, session: Session): Promise<ApiClient> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const socket = net.connect({ host: '127.0.0.1', port, noDelay: true });
  await once(socket, 'connect');
  const sessionHeaders = Object.entries(session)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const fixedHeaders = `Host: 127.0.0.1:${port}\r\n${sessionHeaders}`;
  let waiting: Waiting | null = null;

  const fail = (error: Error) => {
    const call = waiting;
    waiting = null;
    call?.reject(error);
  };
  socket.on('error', fail);
  socket.on('close', () => fail(new Error('the server closed the connection')));
  socket.on('data', (chunk: Buffer) => {
    const call = waiting;
    if (!call) return fail(new Error(`bytes nobody asked for: ${chunk.toString().slice(0, 200)}`));
    call.chunks.push(chunk);
    call.received += chunk.length;
    if (call.headBytes === 0) {
      const bytes = call.chunks.length === 1 ? chunk : Buffer.concat(call.chunks);
      const end = bytes.indexOf(HEADER_END);
      if (end < 0) return;
      try {
        Object.assign(call, readHead(bytes.toString('latin1', 0, end), call.what));
      } catch (error) {
        return fail(error as Error);
      }
      call.headBytes = end + HEADER_END.length;
    }
    const expected = call.headBytes + call.bodyBytes;
    if (call.received < expected) return;
    waiting = null;
    if (call.received > expected)
      return call.reject(new Error(`${call.what}: bytes past the answer`));
    const answer = call.chunks.length === 1 ? chunk : Buffer.concat(call.chunks, call.received);
    const body = answer.subarray(call.headBytes);
    if (call.status >= 200 && call.status < 300) return call.resolve(body);
    call.reject(new Error(`${call.what}: ${call.status} ${body.toString().slice(0, 300)}`));
  });

  const call = (method: Method, url: string, body?: unknown) =>
    new Promise<Buffer>((resolve, reject) => {
      const what = `${method} ${url}`;
      if (waiting) return reject(new Error(`${what}: the client makes one call at a time`));
      const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
      const bodyHeaders = payload
        ? `content-type: application/json\r\ncontent-length: ${payload.length}\r\n`
        : '';
      waiting = {
        what,
        resolve,
        reject,
        chunks: [],
        received: 0,
        headBytes: 0,
        status: 0,
        bodyBytes: 0,
      };
      const head = `${what} HTTP/1.1\r\n${fixedHeaders}${bodyHeaders}\r\n`;
      socket.write(payload ? Buffer.concat([Buffer.from(head), payload]) : head);
    });
  return { call, close: () => socket.destroy() };
}

/** Signs in; answers the session cookie and CSRF header a browser would then send. */
export async function signIn(app: FastifyInstance, login: BenchLogin): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email: login.email, password: login.password },
  });
  const session = response.cookies.find((cookie) => cookie.name === 'carta_session');
  if (response.statusCode !== 200 || !session) {
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  }
  return {
    cookie: `carta_session=${session.value}`,
    'x-csrf-token': response.json<{ csrfToken: string }>().csrfToken,
  };
}
