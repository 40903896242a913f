import createClient from 'openapi-fetch';
import { problemOf, send } from './client';
import type { paths } from './schema';

/** Query values as the API has always been sent them: empty, null and undefined values are left out. */
function querySerializer(params: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  return search.toString();
}

function transport(quietUnauthorized: boolean) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const text = await request.text();
    // A write without a body still sends an empty JSON object, as the endpoints have always received.
    const body = text !== '' ? text : request.method === 'POST' || request.method === 'PUT' ? '{}' : undefined;
    return send(request.method, `${url.pathname}${url.search}`, body, { signal: request.signal, quietUnauthorized });
  };
}

// An absolute base only so the Request can be built outside a browser page (tests); requests go to the page's origin.
const baseUrl = globalThis.location?.origin ?? 'http://localhost';

/** The API, typed by the host's OpenAPI document (`schema.d.ts`): paths, parameters, bodies and answers. */
export const http = createClient<paths>({ baseUrl, querySerializer, fetch: transport(false) });

/** For calls that expect 401 as an answer (sign-in, the session probe): no session-expired signal. */
export const quietUnauthorized = { fetch: transport(true) };

type Answer<T> = { data?: T; error?: unknown; response: Response };

/** The answer's data, or the failure as ApiError (ProblemDetails → title, detail, field errors). */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw problemOf(response, error);
  return data as T;
}
