import type { components } from './schema';

/** The API's DTOs as the host's OpenAPI document describes them (generated: `npm run api:types`). */
export type Schemas = components['schemas'];
