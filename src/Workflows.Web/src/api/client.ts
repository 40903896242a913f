// One fetch wrapper for the whole app: cookies, the antiforgery header on writes, ProblemDetails as ApiError,
// and a session-expired signal so a half-filled form survives signing in again.

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly fieldErrors: FieldErrors;

  constructor(status: number, title: string, detail?: string, fieldErrors: FieldErrors = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }

  /** Errors for one field, matched case-insensitively because the API names fields as the JSON does. */
  forField(name: string): string[] {
    const key = Object.keys(this.fieldErrors).find((k) => k.toLowerCase() === name.toLowerCase());
    return key ? this.fieldErrors[key] : [];
  }
}

type SessionListener = () => void;
const sessionListeners = new Set<SessionListener>();

export function onSessionExpired(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => sessionListeners.delete(listener);
}

let antiforgery: Promise<{ headerName: string; token: string }> | null = null;

/** Forget the antiforgery token: it belongs to the signed-in user, so it changes with every sign-in. */
export function resetAntiforgery(): void {
  antiforgery = null;
}

function needsAntiforgery(method: string, path: string): boolean {
  if (method === 'GET' || method === 'HEAD') return false;
  return !path.startsWith('/api/auth/') || path.startsWith('/api/auth/manage');
}

async function antiforgeryHeader(): Promise<Record<string, string>> {
  antiforgery ??= fetch('/api/auth/antiforgery', { credentials: 'same-origin' }).then(async (r) => {
    if (!r.ok) throw await toError(r);
    return (await r.json()) as { headerName: string; token: string };
  });
  try {
    const { headerName, token } = await antiforgery;
    return { [headerName]: token };
  } catch (e) {
    antiforgery = null;
    throw e;
  }
}

async function toError(response: Response): Promise<ApiError> {
  let body: { title?: string; detail?: string; errors?: FieldErrors } = {};
  try {
    if ((response.headers.get('content-type') ?? '').includes('json')) body = await response.json();
  } catch {
    // A body that is not ProblemDetails still leaves the status to report.
  }
  return new ApiError(response.status, body.title ?? response.statusText ?? `HTTP ${response.status}`, body.detail, body.errors ?? {});
}

export interface RequestOptions {
  signal?: AbortSignal;
  /** Sign-in calls expect 401 as an answer, not as an expired session. */
  quietUnauthorized?: boolean;
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (needsAntiforgery(method, path)) Object.assign(headers, await antiforgeryHeader());

  const send = () =>
    fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: options.signal,
    });

  let response = await send();
  if (response.status === 400 && needsAntiforgery(method, path)) {
    const error = await toError(response.clone());
    if (error.title.startsWith('Antiforgery')) {
      resetAntiforgery();
      Object.assign(headers, await antiforgeryHeader());
      response = await send();
    }
  }

  if (response.status === 401 && !options.quietUnauthorized) {
    sessionListeners.forEach((l) => l());
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204 || response.headers.get('content-length') === '0') return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) return (await response.json()) as T;
  return (await response.text()) as unknown as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('PUT', path, body ?? {}, options),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};

/** Builds a query string from defined values only. */
export function query(params: Record<string, string | number | boolean | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
