import { ConfigError, loadConfig } from './config';

describe('loadConfig: METRICS_PORT', () => {
  it('is null when unset or blank: no metrics are served', () => {
    expect(loadConfig({}).metricsPort).toBeNull();
    expect(loadConfig({ METRICS_PORT: ' ' }).metricsPort).toBeNull();
  });

  it('takes a port apart from PORT', () => {
    expect(loadConfig({ METRICS_PORT: '9464' }).metricsPort).toBe(9464);
    expect(() => loadConfig({ PORT: '9464', METRICS_PORT: '9464' })).toThrow(
      new ConfigError('METRICS_PORT must differ from PORT'),
    );
  });

  it.each(['0', '65536', 'abc', '-1'])('refuses %s, naming the variable', (value) => {
    expect(() => loadConfig({ METRICS_PORT: value })).toThrow(/^METRICS_PORT must/);
  });
});
