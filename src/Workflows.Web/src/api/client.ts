// The transport under the typed client (http.ts): cookies, the antiforgery header on writes, ProblemDetails as
// ApiError, and a session-expired signal so a half-filled form survives signing in again.

export type FieldErrors = Record<string, string[]>;

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail?: string;
  readonly fieldErrors: FieldErrors;
  /** The ProblemDetails' extension members (e.g. the consent `purpose` of a 409). */
  readonly extensions: Record<string, unknown>;

  constructor(status: number, title: string, detail?: string, fieldErrors: FieldErrors = {}, extensions: Record<string, unknown> = {}) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
    this.extensions = extensions;
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
  let body: unknown = null;
  try {
    if ((response.headers.get('content-type') ?? '').includes('json')) body = await response.json();
  } catch {
    // A body that is not ProblemDetails still leaves the status to report.
  }
  return problemOf(response, body);
}

export interface SendOptions {
  signal?: AbortSignal;
  /** Sign-in calls expect 401 as an answer, not as an expired session. */
  quietUnauthorized?: boolean;
}

/**
 * Sends one request as the app always has: JSON, same-origin cookies, the antiforgery header on writes (fetched again
 * once when the host no longer accepts it), and the session-expired signal on 401. The caller reads the response.
 */
export async function send(method: string, path: string, body: string | FormData | undefined, options: SendOptions = {}): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  // Texts the server renders (task titles, labels, outcomes) come in the language the page shows, saved or not.
  const language = globalThis.document?.documentElement.lang;
  if (language) headers['Accept-Language'] = language;
  // A FormData body (a file upload) sets its own multipart type with the boundary.
  if (typeof body === 'string') headers['Content-Type'] = 'application/json';
  if (needsAntiforgery(method, path)) Object.assign(headers, await antiforgeryHeader());

  const attempt = () => fetch(path, { method, headers, credentials: 'same-origin', body, signal: options.signal });

  let response = await attempt();
  if (response.status === 400 && needsAntiforgery(method, path)) {
    const error = await toError(response.clone());
    if (error.title.startsWith('Antiforgery')) {
      resetAntiforgery();
      Object.assign(headers, await antiforgeryHeader());
      response = await attempt();
    }
  }

  if (response.status === 401 && !options.quietUnauthorized) {
    sessionListeners.forEach((l) => l());
  }
  return response;
}

/** A failed response as ApiError: the ProblemDetails' title, detail and field errors when the body is JSON. */
export function problemOf(response: Response, body: unknown): ApiError {
  const json = (response.headers.get('content-type') ?? '').includes('json') && typeof body === 'object' && body !== null;
  const problem = (json ? body : {}) as { title?: string; detail?: string; errors?: FieldErrors } & Record<string, unknown>;
  const { title, detail, errors, type: _type, status: _status, instance: _instance, ...extensions } = problem;
  return new ApiError(response.status, title ?? response.statusText ?? `HTTP ${response.status}`, detail, errors ?? {}, extensions);
}
