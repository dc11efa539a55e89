/**
 * One ingest at a time per database: a lock file beside it, created exclusively, holding the
 * owner's pid. A lock whose owner is gone (killed, crashed, machine restarted) is taken over, so
 * a SIGKILL never leaves the data folder locked; a live owner makes the second ingest stop with
 * a clear error — whether it is another CLI run or the scheduler inside `serve`.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { ConflictError } from '../shared/domain/errors.js';

interface LockOwner {
  readonly pid: number;
  readonly since: string;
  readonly command: string;
}

export function lockPathFor(dbPath: string): string {
  return `${dbPath}.ingest.lock`;
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockOwner;
  } catch {
    return null; // Missing, or half-written by an owner that died while writing it.
  }
}

/** Takes the lock or throws ConflictError naming the live owner. Returns the release function. */
export function acquireIngestLock(path: string, command: string): () => void {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString(), command } satisfies LockOwner));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(path);
    if (owner !== null && owner.pid !== process.pid && isAlive(owner.pid)) {
      throw new ConflictError(`another ingest is running on this database (${owner.command}, pid ${owner.pid}, since ${owner.since}); lock file ${path}`);
    }
    rmSync(path, { force: true }); // Its owner is dead: the lock is stale.
  }
  throw new ConflictError(`could not take the ingest lock ${path}`);
}

export async function withIngestLock<T>(ctx: { readonly dbPath: string }, work: () => Promise<T>, command = 'culture-index ingest'): Promise<T> {
  const release = acquireIngestLock(lockPathFor(ctx.dbPath), command);
  try {
    return await work();
  } finally {
    release();
  }
}
