import { api, ApiError, resetAntiforgery } from '../api/client';

export type SignInResult = 'ok' | 'needsCode' | 'wrongCode' | 'invalid' | 'tooMany';

/**
 * The host answers every refusal with the same 401 (it never says an account is locked or unknown); only a correct
 * password for an account with an authenticator is answered RequiresTwoFactor. The code step is the same call with the code added.
 */
export async function signIn(email: string, password: string, twoFactorCode?: string): Promise<SignInResult> {
  try {
    await api.post('/api/auth/login?useCookies=true', { email, password, twoFactorCode: twoFactorCode || undefined }, { quietUnauthorized: true });
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
  await api.post('/api/auth/logout', undefined, { quietUnauthorized: true });
  resetAntiforgery();
}
