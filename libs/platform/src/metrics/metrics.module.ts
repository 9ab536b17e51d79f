import { Global, Module } from '@nestjs/common';
import { Metrics } from './metrics';
import { OutboxMetrics } from './outbox-metrics';
import { QueueMetrics } from './queue-metrics';

/** Prometheus metrics of this process (served on METRICS_PORT when it is set). */
@Global()
@Module({
  providers: [Metrics, QueueMetrics, OutboxMetrics],
  exports: [Metrics],
})
export class MetricsModule {}
