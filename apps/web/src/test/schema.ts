import type { components } from '../lib/api/schema.gen';

/**
 * The API's response and request shapes, from the same generated types the client uses: a test
 * fixture typed with them is a response the API could really give (and breaks when it changes).
 */
export type Schemas = components['schemas'];
