import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { createServer, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';

/** Where a gauge's value comes from at scrape time (labels → value). */
export type GaugeSource = () => Promise<{ labels: Record<string, string>; value: number }[]>;

/**
 * This process's Prometheus registry and the server that exposes it on METRICS_PORT
 * (`GET /metrics`, text format), apart from the public port so that it is never reached
 * through the load balancer. Off when METRICS_PORT is unset: nothing listens, and the
 * HTTP histogram is not recorded. Gauges read PostgreSQL and Redis when scraped, so a
 * scrape costs a few queries and nothing is counted between scrapes.
 */
@Injectable()
export class Metrics implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(Metrics.name);
  readonly registry = new Registry();
  private server: Server | null = null;
  private readonly liveSources = new Map<string, () => number>();

  /** Seconds from request to answer by route template (never ids), method and 2xx/4xx/5xx. */
  readonly httpDuration = new Histogram({
    name: 'cordon_http_request_duration_seconds',
    help: 'HTTP answers by route template, method and status class',
    labelNames: ['route', 'method', 'status_class'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    if (config.metricsPort !== null)
      collectDefaultMetrics({ register: this.registry, prefix: 'cordon_' });
    const sources = this.liveSources;
    new Gauge({
      name: 'cordon_live_clients',
      help: 'socket.io clients connected to this api process, by namespace',
      labelNames: ['namespace'] as const,
      registers: [this.registry],
      collect() {
        for (const [namespace, count] of sources) this.set({ namespace }, count());
      },
    });
  }

  get enabled(): boolean {
    return this.config.metricsPort !== null;
  }

  /** A socket.io namespace whose connected clients are counted (local to this process). */
  countLiveClients(namespace: string, count: () => number): void {
    this.liveSources.set(namespace, count);
  }

  /** A gauge whose values are read from `source` at each scrape. */
  gauge(name: string, help: string, labelNames: string[], source: GaugeSource): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        for (const { labels, value } of await source()) this.set(labels, value);
      },
    });
  }

  /** The metrics server's address once listening (tests ask for port 0). */
  get url(): string | null {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? `http://127.0.0.1:${address.port}/metrics` : null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.metricsPort === null) return;
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
        res.writeHead(404).end();
        return;
      }
      this.registry
        .metrics()
        .then((text) => res.writeHead(200, { 'Content-Type': this.registry.contentType }).end(text))
        .catch((err: Error) => {
          this.logger.warn(`metrics scrape failed: ${err.message}`);
          res.writeHead(503, { 'Content-Type': 'text/plain' }).end('metrics unavailable\n');
        });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.metricsPort ?? 0, () => resolve());
    });
    this.server = server;
    this.logger.log({ msg: 'metrics listening', port: (server.address() as AddressInfo).port });
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
