import { inject } from 'vitest';
import { baseUrl } from './browser';

// Test setup through the API with bearer tokens: fixtures a test makes for itself, so it depends on no demo story.

export async function call<T>(method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl()}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

export async function tokenFor(email: string): Promise<string> {
  const { accessToken } = await call<{ accessToken: string }>('POST', '/api/auth/login', null, { email, password: inject('demoPassword') });
  return accessToken;
}
