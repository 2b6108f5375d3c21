import type { EventEmitter } from 'node:events';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import type { CpuUse } from './cpu.js';
import type { LoadResult } from './types.js';

/** autocannon instances still running, so Ctrl-C can stop them. */
const active = new Set<autocannon.Instance>();

export function stopAllLoad(): void {
  for (const instance of active) instance.stop();
}

export type LoadTarget = {
  url: string;
  headers?: Record<string, string>;
  /** Called for every 2xx response; false counts the response as an error. */
  checkBody?: (body: string) => boolean;
};

/**
 * Loads one URL for `seconds` with `connections` keep-alive connections. Every 2xx response
 * time is recorded (autocannon's 'response' event) so percentiles are exact, not taken from
 * autocannon's histogram, which has no p95 and rounds to whole milliseconds.
 */
export async function runLoad(target: LoadTarget, seconds: number, connections: number): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let good2xx = 0;
  let non2xx = 0;
  let badBodies = 0;
  const check = target.checkBody;

  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        headers: target.headers ?? {},
        requests: [
          {
            method: 'GET',
            // Called with status and body for every response, before the 'response' event.
            onResponse: (status: number, body: string) => {
              if (check && status >= 200 && status < 300 && !check(body)) badBodies += 1;
            },
          },
        ],
      },
      (error, finished) => {
        active.delete(instance);
        if (error) reject(error);
        else resolve(finished);
      },
    );
    active.add(instance);
    // The instance emits (client, statusCode, bytes, responseTime); @types/autocannon omits the client.
    (instance as unknown as EventEmitter).on(
      'response',
      (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
        const key = String(statusCode);
        statusCodes[key] = (statusCodes[key] ?? 0) + 1;
        if (statusCode >= 200 && statusCode < 300) {
          good2xx += 1;
          latencies.push(responseTime);
        } else {
          non2xx += 1;
        }
      },
    );
  });
  const elapsed = (performance.now() - started) / 1000;
  const goodResponses = good2xx - badBodies;
  return summarise({
    goodResponses,
    seconds: elapsed,
    non2xx,
    badBodies,
    socketErrors: result.errors,
    statusCodes,
    latencies,
  });
}

/** Pools several rounds: throughput over their summed time, percentiles over all their samples. */
/**
 * Runs that loaded one server *at the same time* (bench/belasting.ts): requests/s add up over the
 * common period, and each run's CPU figure is the whole server's CPU divided by that run's own
 * responses, so the server's CPU per request over all of them is that CPU over all responses.
 */
export function samenTegelijk(results: LoadResult[]): LoadResult {
  const samen = pool(results);
  const seconds = Math.max(...results.map((r) => r.seconds));
  const alle = results.reduce((n, r) => n + r.goodResponses, 0);
  const perVerzoek = (pick: (cpu: CpuUse) => number) =>
    alle > 0
      ? results.reduce((n, r) => n + (r.cpu ? pick(r.cpu) * r.goodResponses : 0), 0) / results.length / alle
      : 0;
  return {
    ...samen,
    seconds,
    requestsPerSecond: seconds > 0 ? alle / seconds : 0,
    ...(samen.cpu
      ? {
          cpu: {
            ...samen.cpu,
            serverUsPerRequest: perVerzoek((cpu) => cpu.serverUsPerRequest),
            databaseUsPerRequest: perVerzoek((cpu) => cpu.databaseUsPerRequest),
          },
        }
      : {}),
  };
}

/** Rounds run one after another: their times add up. */
export function pool(results: LoadResult[]): LoadResult {
  const statusCodes: Record<string, number> = {};
  for (const result of results) {
    for (const [code, count] of Object.entries(result.statusCodes)) {
      statusCodes[code] = (statusCodes[code] ?? 0) + count;
    }
  }
  const sum = (pick: (result: LoadResult) => number) => results.reduce((total, r) => total + pick(r), 0);
  return summarise({
    goodResponses: sum((r) => r.goodResponses),
    seconds: sum((r) => r.seconds),
    non2xx: sum((r) => r.non2xx),
    badBodies: sum((r) => r.badBodies),
    socketErrors: sum((r) => r.socketErrors),
    statusCodes,
    latencies: results.flatMap((r) => r.latencies),
    ...(results.every((r) => r.cpu) ? { cpu: pooledCpu(results) } : {}),
  });
}

/** CPU use of several runs: shares weighted by duration, per-request times by responses. */
function pooledCpu(results: LoadResult[]): CpuUse {
  const weighted = (weight: (r: LoadResult) => number, pick: (cpu: CpuUse) => number) => {
    const sum = results.reduce((total, r) => total + weight(r), 0);
    return sum > 0 ? results.reduce((total, r) => total + (r.cpu ? pick(r.cpu) : 0) * weight(r), 0) / sum : 0;
  };
  const bySeconds = (r: LoadResult) => r.seconds;
  const byResponses = (r: LoadResult) => r.goodResponses;
  return {
    bench: weighted(bySeconds, (cpu) => cpu.bench),
    other: weighted(bySeconds, (cpu) => cpu.other),
    serverUsPerRequest: weighted(byResponses, (cpu) => cpu.serverUsPerRequest),
    databaseUsPerRequest: weighted(byResponses, (cpu) => cpu.databaseUsPerRequest),
  };
}

function summarise(raw: Omit<LoadResult, 'requestsPerSecond' | 'p50' | 'p95' | 'p99'>): LoadResult {
  const sorted = Float64Array.from(raw.latencies).sort();
  return {
    ...raw,
    requestsPerSecond: raw.seconds > 0 ? raw.goodResponses / raw.seconds : 0,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
  };
}

/** Nearest-rank percentile of ascending values: the smallest value with at least p% at or below it. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export function errorCount(result: LoadResult): number {
  return result.non2xx + result.badBodies + result.socketErrors;
}
