export interface HealthView {
  status: 'ok' | 'unavailable';
  checks: { postgres: 'up' | 'down'; redis: 'up' | 'down' };
}
