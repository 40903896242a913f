import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import { i18nReady } from './i18n';

// The texts load asynchronously (src/i18n/index.ts); every test starts with them in place.
await i18nReady;

afterEach(() => cleanup());
