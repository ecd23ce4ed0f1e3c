// Calls the app as a browser would: over HTTP on the loopback interface, one kept-alive
// connection, with the session cookie and CSRF header. The app listens in the bench's process,
// so a call's time is the server's work plus reading the answer's bytes off the socket.
import http from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { BenchLogin } from './bench-target';

type Method = 'GET' | 'POST' | 'PATCH';
export type Session = Record<string, string>;

export type ApiClient = {
  /** One call; answers the body's bytes, unparsed (parsing them is the client's work). */
  call: (method: Method, url: string, body?: unknown) => Promise<Buffer>;
  close: () => void;
};

export async function listen(app: FastifyInstance, session: Session): Promise<ApiClient> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const call = (method: Method, url: string, body?: unknown) =>
    new Promise<Buffer>((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const headers: Record<string, string> = { ...session };
      if (payload !== undefined) headers['content-type'] = 'application/json';
      const request = http.request({ host: '127.0.0.1', port, path: url, method, agent, headers });
      request.on('error', reject);
      request.on('response', (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const answer = Buffer.concat(chunks);
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve(answer);
          reject(new Error(`${method} ${url}: ${status} ${answer.toString().slice(0, 300)}`));
        });
      });
      request.end(payload);
    });
  return { call, close: () => agent.destroy() };
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
