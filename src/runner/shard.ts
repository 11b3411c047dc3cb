// Splitting one suite over many CI machines with no coordinator: each machine runs the scripts of
// its shard, and a script's shard is a stable hash of its path (relative to the current folder,
// '/'-separated) modulo the number of shards, so adding or removing a script moves no other.

import { createHash } from 'node:crypto';

export class ShardError extends Error {}

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
  /** Where it came from, for messages: --shard, GitLab's or a Kubernetes Indexed Job's variables. */
  source: string;
}

/** The 0-based shard of a script: the first 8 bytes of SHA-256 of its path, mod total. */
export function shardOf(rel: string, total: number): number {
  return Number(createHash('sha256').update(rel).digest().readBigUInt64BE(0) % BigInt(total));
}

export function inShard(rel: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(rel, shard.total) === shard.index - 1;
}

const count = (v: string, what: string): number => {
  if (!/^\d+$/.test(v.trim())) throw new ShardError(`bad ${what} '${v}': a whole number`);
  return Number(v);
};

function checked(index: number, total: number, source: string): Shard {
  if (total < 1 || index < 1 || index > total) throw new ShardError(`bad shard ${index}/${total} (from ${source}): 1 <= I <= N`);
  return { index, total, source };
}

/**
 * The shard to run: `--shard I/N`; else GitLab's CI_NODE_INDEX/CI_NODE_TOTAL (1-based, `parallel:`);
 * else a Kubernetes Indexed Job's JOB_COMPLETION_INDEX (0-based), its total from --shard-total or
 * A64DBG_SHARD_TOTAL; else none (all scripts).
 */
export function resolveShard(shard: string | undefined, shardTotal: string | undefined, env: NodeJS.ProcessEnv): Shard | undefined {
  if (shard !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(shard.trim());
    if (!m) throw new ShardError(`bad --shard '${shard}': I/N, e.g. 2/4 (1-based)`);
    if (shardTotal !== undefined) throw new ShardError('--shard I/N already gives the total: leave out --shard-total');
    return checked(Number(m[1]), Number(m[2]), '--shard');
  }
  if (env.CI_NODE_INDEX !== undefined && env.CI_NODE_TOTAL !== undefined) {
    return checked(count(env.CI_NODE_INDEX, 'CI_NODE_INDEX'), count(env.CI_NODE_TOTAL, 'CI_NODE_TOTAL'), 'CI_NODE_INDEX/CI_NODE_TOTAL');
  }
  const total = shardTotal ?? env.A64DBG_SHARD_TOTAL;
  if (env.JOB_COMPLETION_INDEX !== undefined) {
    if (total === undefined) {
      throw new ShardError('JOB_COMPLETION_INDEX is set (a Kubernetes Indexed Job) but not the number of shards: give --shard-total N or A64DBG_SHARD_TOTAL (or --shard 1/1 to run everything)');
    }
    const source = `JOB_COMPLETION_INDEX/${shardTotal !== undefined ? '--shard-total' : 'A64DBG_SHARD_TOTAL'}`;
    return checked(count(env.JOB_COMPLETION_INDEX, 'JOB_COMPLETION_INDEX') + 1, count(total, 'shard total'), source);
  }
  if (shardTotal !== undefined) throw new ShardError('--shard-total goes with JOB_COMPLETION_INDEX (a Kubernetes Indexed Job); give --shard I/N otherwise');
  return undefined;
}
