export type DatabaseState = 'up' | 'down';

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  database: DatabaseState;
}
