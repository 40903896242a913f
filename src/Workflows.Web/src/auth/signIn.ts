import { api, ApiError, resetAntiforgery } from '../api/client';

export type SignInResult = 'ok' | 'needsCode' | 'wrongCode' | 'invalid' | 'lockedOut' | 'tooMany';

/** Identity answers 401 with a detail naming why; the code step is the same call with the code added. */
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
    if (e.detail === 'LockedOut') return 'lockedOut';
    return twoFactorCode ? 'wrongCode' : 'invalid';
  }
}

export async function signOut(): Promise<void> {
  await api.post('/api/auth/logout', undefined, { quietUnauthorized: true });
  resetAntiforgery();
}
