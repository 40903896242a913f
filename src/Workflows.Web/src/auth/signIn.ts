import { ApiError, resetAntiforgery } from '../api/client';
import { http, quietUnauthorized, unwrap } from '../api/http';
import type { Schemas } from '../api/types';

export type SignInResult = 'ok' | 'needsCode' | 'wrongCode' | 'invalid' | 'tooMany';

/**
 * The host answers every refusal with the same 401 (it never says an account is locked or unknown); only a correct
 * password for an account with an authenticator is answered RequiresTwoFactor. The code step is the same call with the code added.
 */
export async function signIn(email: string, password: string, twoFactorCode?: string): Promise<SignInResult> {
  try {
    // Sent as before: no code until the host asks for one (the document lists every field of Identity's request).
    const body = { email, password, twoFactorCode: twoFactorCode || undefined } as Schemas['SignInRequest'];
    await unwrap(http.POST('/api/auth/login', { params: { query: { useCookies: true } }, body, ...quietUnauthorized }));
    resetAntiforgery();
    return 'ok';
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    if (e.status === 429) return 'tooMany';
    if (e.status !== 401) throw e;
    if (e.detail === 'RequiresTwoFactor') return twoFactorCode ? 'wrongCode' : 'needsCode';
    return twoFactorCode ? 'wrongCode' : 'invalid';
  }
}

export async function signOut(): Promise<void> {
  await unwrap(http.POST('/api/auth/logout', quietUnauthorized));
  resetAntiforgery();
}
