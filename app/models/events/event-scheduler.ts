// The temu bisnis scheduler: accepted meeting requests become a 1:1 schedule of slot × table,
// with no participant in two meetings at once, every meeting in a slot both sides are
// available for, and no slot holding more meetings than there are tables. Pure (no database),
// so it is tested with generated instances and measured on its own.
//
// Method (README, Decisions): placing meetings into slots is edge
// colouring of the request graph, one colour per slot. Requests are taken heaviest first (the
// match score is the weight), the most constrained first among equals, and each goes into a
// free common slot. When none is free, an alternating-path repair moves the meetings in the
// way to other slots, as in the König edge-colouring proof, to a bounded depth. Meetings
// already published are placed first and stay where they are.

export interface SchedulerRequest {
  id: string;
  /** The host, who keeps one table where possible (the buyer at a temu bisnis). */
  host: string;
  guest: string;
  /** Higher weighs more: the match score, or 1 when there is none. */
  weight: number;
}

export interface Placement {
  requestId: string;
  slot: number;
  table: number;
}

export interface SchedulerInput {
  slots: number;
  tables: number;
  /** Slot indexes each participant is available for; a participant not listed is available for none. */
  availability: ReadonlyMap<string, readonly number[]>;
  requests: readonly SchedulerRequest[];
  /** Meetings already published: kept in their slot and table while still possible. */
  pinned?: readonly Placement[];
}

export interface ScheduleResult {
  placed: Placement[];
  /** Requests left out: no common free slot, or every slot's tables full. */
  unplaced: string[];
  /** Pinned meetings that could no longer stay (a side withdrew that slot); placed anew or left out. */
  moved: string[];
}

/** How deep the repair looks for meetings to move out of the way (2 keeps a run under a second). */
const REPAIR_DEPTH = 2;

class Board {
  /** slot → participant → request id */
  private readonly busy: Map<string, string>[];
  readonly load: number[];
  readonly slotOf = new Map<string, number>();
  /** Every put and take, so a failed repair is undone exactly, however deep it went. */
  private readonly journal: { r: SchedulerRequest; slot: number; put: boolean }[] = [];

  constructor(
    readonly slots: number,
    readonly tables: number,
    private readonly available: ReadonlyMap<string, ReadonlySet<number>>,
  ) {
    this.busy = Array.from({ length: slots }, () => new Map());
    this.load = new Array<number>(slots).fill(0);
  }

  canSit(p: string, slot: number): boolean {
    return this.available.get(p)?.has(slot) === true;
  }

  occupant(p: string, slot: number): string | undefined {
    return this.busy[slot]!.get(p);
  }

  /** Both sides available for the slot, and a table left in it. */
  open(r: SchedulerRequest, slot: number): boolean {
    return this.canSit(r.host, slot) && this.canSit(r.guest, slot) && this.load[slot]! < this.tables;
  }

  free(r: SchedulerRequest, slot: number): boolean {
    return this.open(r, slot) && !this.busy[slot]!.has(r.host) && !this.busy[slot]!.has(r.guest);
  }

  put(r: SchedulerRequest, slot: number): void {
    this.journal.push({ r, slot, put: true });
    this.busy[slot]!.set(r.host, r.id);
    this.busy[slot]!.set(r.guest, r.id);
    this.load[slot]!++;
    this.slotOf.set(r.id, slot);
  }

  take(r: SchedulerRequest): void {
    const slot = this.slotOf.get(r.id)!;
    this.journal.push({ r, slot, put: false });
    this.busy[slot]!.delete(r.host);
    this.busy[slot]!.delete(r.guest);
    this.load[slot]!--;
    this.slotOf.delete(r.id);
  }

  /** Forgets the journal once a request is settled (nothing will undo past it). */
  settle(): void {
    this.journal.length = 0;
  }

  mark(): number {
    return this.journal.length;
  }

  /** Reverses every move made since `mark`. */
  undo(mark: number): void {
    while (this.journal.length > mark) {
      const { r, slot, put } = this.journal.pop()!;
      if (put) {
        this.busy[slot]!.delete(r.host);
        this.busy[slot]!.delete(r.guest);
        this.load[slot]!--;
        this.slotOf.delete(r.id);
      } else {
        this.busy[slot]!.set(r.host, r.id);
        this.busy[slot]!.set(r.guest, r.id);
        this.load[slot]!++;
        this.slotOf.set(r.id, slot);
      }
    }
  }
}

function availabilitySets(availability: ReadonlyMap<string, readonly number[]>): Map<string, Set<number>> {
  return new Map([...availability].map(([p, slots]) => [p, new Set(slots)]));
}

function commonSlots(board: Board, r: SchedulerRequest): number[] {
  const out: number[] = [];
  for (let s = 0; s < board.slots; s++) if (board.canSit(r.host, s) && board.canSit(r.guest, s)) out.push(s);
  return out;
}

/**
 * Places `r`, moving meetings in its way (not pinned, not already moved in this search) to
 * other slots, up to `depth` levels deep. Undoes everything it tried when it fails.
 */
function place(board: Board, byId: ReadonlyMap<string, SchedulerRequest>, r: SchedulerRequest, depth: number, fixed: Set<string>): boolean {
  const common = commonSlots(board, r);
  // A free slot first: the least loaded one, so tables fill evenly and later requests find room.
  let best = -1;
  for (const s of common) if (board.free(r, s) && (best < 0 || board.load[s]! < board.load[best]!)) best = s;
  if (best >= 0) {
    board.put(r, best);
    return true;
  }
  if (depth === 0) return false;
  for (const s of common) {
    const blockers = [...new Set([board.occupant(r.host, s), board.occupant(r.guest, s)].filter((id): id is string => id !== undefined))];
    if (blockers.some((id) => fixed.has(id))) continue;
    // Taking the blockers out frees their tables too, so the slot is open if it was full of them.
    if (board.load[s]! - blockers.length >= board.tables) continue;
    const mark = board.mark();
    const moved = blockers.map((id) => byId.get(id)!);
    for (const m of moved) board.take(m);
    board.put(r, s);
    fixed.add(r.id);
    const ok = moved.every((m) => place(board, byId, m, depth - 1, fixed));
    fixed.delete(r.id);
    if (ok) return true;
    board.undo(mark);
  }
  return false;
}

/** Heaviest first; among equals the one with fewest common slots, then by id so runs agree. */
function order(board: Board, requests: readonly SchedulerRequest[]): SchedulerRequest[] {
  const room = new Map(requests.map((r) => [r.id, commonSlots(board, r).length]));
  return [...requests].sort((x, y) => y.weight - x.weight || room.get(x.id)! - room.get(y.id)! || (x.id < y.id ? -1 : 1));
}

/**
 * Tables within each slot. A pinned meeting keeps its table. Each host gets a home table for
 * the whole event while there are tables enough (the busiest hosts first), so a buyer sits at
 * one table and the producers come to it; other meetings take the lowest free table.
 */
function assignTables(board: Board, requests: readonly SchedulerRequest[], pinned: ReadonlyMap<string, number>): Placement[] {
  const bySlot: SchedulerRequest[][] = Array.from({ length: board.slots }, () => []);
  const hosted = new Map<string, number>();
  for (const r of requests) {
    const s = board.slotOf.get(r.id);
    if (s === undefined) continue;
    bySlot[s]!.push(r);
    hosted.set(r.host, (hosted.get(r.host) ?? 0) + 1);
  }
  const hosts = [...hosted].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([h]) => h);
  const homeTable = new Map(hosts.slice(0, board.tables).map((h, i) => [h, i]));
  const placements: Placement[] = [];
  for (let s = 0; s < board.slots; s++) {
    const used = new Set<number>();
    const rest: SchedulerRequest[] = [];
    for (const r of bySlot[s]!) {
      const table = pinned.get(r.id);
      if (table !== undefined && !used.has(table)) {
        used.add(table);
        placements.push({ requestId: r.id, slot: s, table });
      } else rest.push(r);
    }
    const later: SchedulerRequest[] = [];
    for (const r of rest) {
      const home = homeTable.get(r.host);
      if (home !== undefined && !used.has(home)) {
        used.add(home);
        placements.push({ requestId: r.id, slot: s, table: home });
      } else later.push(r);
    }
    let next = 0;
    for (const r of later) {
      while (used.has(next)) next++;
      used.add(next);
      placements.push({ requestId: r.id, slot: s, table: next });
    }
  }
  return placements;
}

export function schedule(input: SchedulerInput): ScheduleResult {
  const board = new Board(input.slots, input.tables, availabilitySets(input.availability));
  const byId = new Map(input.requests.map((r) => [r.id, r]));
  const fixed = new Set<string>();
  const pinnedTables = new Map<string, number>();
  const moved: string[] = [];
  for (const p of input.pinned ?? []) {
    const r = byId.get(p.requestId);
    if (!r) continue; // the request was withdrawn: its meeting goes
    if (p.slot < input.slots && p.table < input.tables && board.free(r, p.slot)) {
      board.put(r, p.slot);
      fixed.add(r.id);
      pinnedTables.set(r.id, p.table);
    } else moved.push(r.id);
  }
  const unplaced: string[] = [];
  for (const r of order(board, input.requests.filter((r) => !fixed.has(r.id)))) {
    if (!place(board, byId, r, REPAIR_DEPTH, fixed)) unplaced.push(r.id);
    board.settle();
  }
  return { placed: assignTables(board, input.requests, pinnedTables), unplaced, moved };
}

/**
 * The baseline the scheduler is measured against: requests in the order they came, each in
 * the first slot both sides are free for, nothing ever moved.
 */
export function greedySchedule(input: SchedulerInput): ScheduleResult {
  const board = new Board(input.slots, input.tables, availabilitySets(input.availability));
  const unplaced: string[] = [];
  for (const r of input.requests) {
    const slot = commonSlots(board, r).find((s) => board.free(r, s));
    if (slot === undefined) unplaced.push(r.id);
    else board.put(r, slot);
  }
  return { placed: assignTables(board, input.requests, new Map()), unplaced, moved: [] };
}

/**
 * No schedule can place more than this. Every meeting takes a table in a slot, so no more
 * than slots × tables. Every meeting has one host and one guest, and a participant is in at
 * most one meeting per slot it shares with the people it is to meet: so meetings are at most
 * the sum over hosts of min(requests hosted, usable slots), and the same over guests.
 */
export function meetingsUpperBound(input: SchedulerInput): number {
  const sets = availabilitySets(input.availability);
  const ends = { host: new Map<string, { requests: number; usable: Set<number> }>(), guest: new Map<string, { requests: number; usable: Set<number> }>() };
  let feasible = 0;
  for (const r of input.requests) {
    const shared = [...(sets.get(r.host) ?? [])].filter((s) => sets.get(r.guest)?.has(s));
    if (shared.length === 0) continue;
    feasible++;
    for (const [side, p] of [
      ["host", r.host],
      ["guest", r.guest],
    ] as const) {
      const end = ends[side].get(p) ?? { requests: 0, usable: new Set<number>() };
      end.requests++;
      for (const s of shared) end.usable.add(s);
      ends[side].set(p, end);
    }
  }
  const sideBound = (side: "host" | "guest") => [...ends[side].values()].reduce((sum, e) => sum + Math.min(e.requests, e.usable.size), 0);
  return Math.min(feasible, input.slots * input.tables, sideBound("host"), sideBound("guest"));
}

/** What the officer compares: meetings placed and their total weight. */
export function scheduleValue(input: SchedulerInput, result: ScheduleResult): { meetings: number; weight: number } {
  const weight = new Map(input.requests.map((r) => [r.id, r.weight]));
  return { meetings: result.placed.length, weight: result.placed.reduce((sum, p) => sum + weight.get(p.requestId)!, 0) };
}
