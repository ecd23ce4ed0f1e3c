// The one HTTP client of the web app: JSON in and out, the CSRF token for unsafe methods,
// and API errors turned into ApiError.
import type { FieldProblem } from '../../domain/errors';

/** One refused input: its path, the server's English reason and, for some, a code to translate. */
export type ApiErrorDetail = FieldProblem;

/** An error answer of the API (`{ error: { code, message, details } }`), or a network failure. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ApiErrorDetail[];

  constructor(status: number, code: string, message: string, details: ApiErrorDetail[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

const BASE_PATH = '/api/v1';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

// The server issues the token with /auth/me, signup and login; every unsafe request echoes it.
let csrfToken: string | null = null;
let contentLanguage = 'en';

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The UI language, sent as Accept-Language so server messages can follow it. */
export function setRequestLanguage(language: string): void {
  contentLanguage = language;
}

type Body = { json: unknown } | { blob: Blob } | undefined;

async function request<T>(method: string, path: string, body?: Body): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': contentLanguage,
  };
  if (UNSAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body && 'json' in body) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body && 'blob' in body) {
    headers['Content-Type'] = body.blob.type || 'application/octet-stream';
    payload = body.blob;
  }

  let response: Response;
  try {
    response = await fetch(BASE_PATH + path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network_error', 'The server could not be reached.');
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  try {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  } catch {
    throw new ApiError(response.status, 'bad_response', 'The server sent an unreadable answer.');
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  try {
    const answer = (await response.json()) as {
      error?: { code?: string; message?: string; details?: ApiErrorDetail[] };
    };
    const { code, message, details } = answer.error ?? {};
    return new ApiError(
      response.status,
      code ?? `http_${response.status}`,
      message ?? response.statusText,
      details ?? [],
    );
  } catch {
    return new ApiError(response.status, `http_${response.status}`, response.statusText);
  }
}

/** The address of an API resource the browser opens itself (a download link). */
export function apiUrl(path: string): string {
  return BASE_PATH + path;
}

export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, json?: unknown) =>
    request<T>('POST', path, json === undefined ? undefined : { json }),
  patch: <T>(path: string, json: unknown) => request<T>('PATCH', path, { json }),
  put: <T>(path: string, json: unknown) => request<T>('PUT', path, { json }),
  putFile: <T>(path: string, blob: Blob) => request<T>('PUT', path, { blob }),
  postFile: <T>(path: string, blob: Blob) => request<T>('POST', path, { blob }),
  delete: <T>(path: string) => request<T>('DELETE', path),
};

// Every query and mutation of the app fails with an ApiError (request() throws nothing else).
declare module '@tanstack/react-query' {
  interface Register {
    defaultError: ApiError;
  }
}
