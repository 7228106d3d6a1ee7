// Leases: a job only one server process may run at a time, whichever processes (one machine's
// cores, several machines on one database) are up. The holder renews its lease each round; if
// it stops (a crash, a restart), the lease lapses and another process takes it.
import { readFileSync, readlinkSync } from "node:fs";
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Db } from "~/db.server.ts";

/**
 * Where a pid means one process: the machine's boot and its process namespace (Linux), so
 * two containers with one host name never read each other's pids. Null where unknown: then a
 * holder is only ever waited for until its lease lapses.
 */
function processSpaceOf(): string | null {
  try {
    const boot = readFileSync("/proc/sys/kernel/random/boot_id", "utf8").trim();
    const namespace = /\d+/.exec(readlinkSync("/proc/self/ns/pid"))?.[0];
    return namespace ? `${hostname()}/${boot}/${namespace}` : null;
  } catch {
    return null;
  }
}
export const PROCESS_SPACE = processSpaceOf();

/** This process's name as a holder: where it runs, its pid, and a random part (a pid is reused after a restart). */
export const THIS_PROCESS = `${PROCESS_SPACE ?? hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/**
 * Takes or renews the lease `name` for `holder` until now + ttlMs; true when held. Refused
 * while another holder's lease runs. Two processes asking at once: one wins (the row's key).
 */
export async function holdLease(db: Db, name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  const { count } = await db.lease.updateMany({ where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] }, data: { holder, expiresAt } });
  if (count === 1) return true;
  const current = await db.lease.findUnique({ where: { name }, select: { holder: true } });
  if (current) {
    // A holder that ran where this one runs and has ended (killed, crashed) is not waited for.
    if (!ranHereAndGone(current.holder)) return false;
    const taken = await db.lease.updateMany({ where: { name, holder: current.holder }, data: { holder, expiresAt } });
    return taken.count === 1;
  }
  try {
    await db.lease.create({ data: { name, holder, expiresAt } });
    return true;
  } catch (error) {
    // Another process created it between the two statements: it holds it.
    if ((error as { code?: string }).code === "P2002") return false;
    throw error;
  }
}

/** Whether a holder's name is of a process that ran where this one runs and has ended. */
function ranHereAndGone(holder: string): boolean {
  const [space, pid] = holder.split(":");
  if (PROCESS_SPACE === null || space !== PROCESS_SPACE || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Gives the lease up (a process shutting down), so another takes it at once rather than when it lapses. */
export async function releaseLease(db: Db, name: string, holder: string): Promise<void> {
  await db.lease.deleteMany({ where: { name, holder } });
}
