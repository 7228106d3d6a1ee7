// `npm run bench:schedule`: the temu bisnis scheduler on an event of 300 participants
// (100 buyers, 200 producers), 2,000 accepted requests, 16 slots and 40 tables. Popular
// buyers draw more requests (as BUMN do), and a third of the participants come for half the
// day. Reports the scheduling time and the meetings placed (and their total match score)
// against the first-come greedy baseline and the upper bound, then a re-run after changes.
import {
  greedySchedule,
  meetingsUpperBound,
  schedule,
  scheduleValue,
  type SchedulerInput,
  type SchedulerRequest,
} from "../../app/models/events/event-scheduler.ts";

const SLOTS = 16;
const TABLES = 40;
const BUYERS = 100;
const PRODUCERS = 200;
const REQUESTS = 2_000;
const RUNS = 5;

function rng(seed: number) {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function event(seed: number): Omit<SchedulerInput, "tables"> {
  const random = rng(seed);
  const availability = new Map<string, number[]>();
  const all = Array.from({ length: SLOTS }, (_, i) => i);
  const half = SLOTS / 2;
  for (const id of [
    ...Array.from({ length: BUYERS }, (_, i) => `b${i}`),
    ...Array.from({ length: PRODUCERS }, (_, i) => `p${i}`),
  ]) {
    const r = random();
    availability.set(
      id,
      r < 0.67 ? all : r < 0.84 ? all.slice(0, half) : all.slice(half)
    );
  }
  const requests: SchedulerRequest[] = [];
  const seen = new Set<string>();
  while (requests.length < REQUESTS) {
    // Buyer popularity falls off like 1/rank: the first buyers are asked by many producers.
    const buyer = Math.min(BUYERS - 1, Math.floor(BUYERS ** random()) - 1);
    const producer = Math.floor(random() * PRODUCERS);
    const key = `b${buyer}-p${producer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    requests.push({
      id: `r${requests.length}`,
      host: `b${buyer}`,
      guest: `p${producer}`,
      weight: Math.round((0.3 + 0.7 * random()) * 100) / 100,
    });
  }
  return { slots: SLOTS, availability, requests };
}

function time<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

// The issue's event, then the same event with twice the tables, where the participants'
// own slots (not the tables) limit what fits.
for (const tables of [TABLES, 2 * TABLES]) run({ ...event(2026), tables });

function run(input: SchedulerInput): void {
  const bound = meetingsUpperBound(input);
  const times: number[] = [];
  let ours = schedule(input);
  for (let i = 0; i < RUNS; i++) {
    const run = time(() => schedule(input));
    times.push(run.ms);
    ours = run.result;
  }
  const greedy = time(() => greedySchedule(input));
  const value = scheduleValue(input, ours);
  const baseline = scheduleValue(input, greedy.result);
  // The best total score any schedule could reach with `bound` meetings: the heaviest ones.
  const weightBound = [...input.requests]
    .map((r) => r.weight)
    .sort((a, b) => b - a)
    .slice(0, bound)
    .reduce((a, b) => a + b, 0);

  // A re-run after changes: 100 requests withdrawn, 100 new ones, published meetings pinned.
  const random = rng(7);
  const withdrawn = new Set(
    input.requests.filter(() => random() < 0.05).map((r) => r.id)
  );
  const added: SchedulerRequest[] = Array.from({ length: 100 }, (_, i) => ({
    id: `n${i}`,
    host: `b${Math.floor(random() * BUYERS)}`,
    guest: `p${Math.floor(random() * PRODUCERS)}`,
    weight: 0.9,
  }));
  const changed = {
    ...input,
    requests: [...input.requests.filter((r) => !withdrawn.has(r.id)), ...added],
    pinned: ours.placed,
  };
  const rerun = time(() => schedule(changed));
  const before = new Map(ours.placed.map((p) => [p.requestId, p]));
  const kept = rerun.result.placed.filter((p) => {
    const old = before.get(p.requestId);
    return old && old.slot === p.slot && old.table === p.table;
  }).length;

  const sorted = [...times].sort((a, b) => a - b);
  const pct = (x: number, of: number) => `${((100 * x) / of).toFixed(1)}%`;
  console.log(
    `\nEvent: ${
      BUYERS + PRODUCERS
    } participants, ${REQUESTS} accepted requests, ${SLOTS} slots × ${
      input.tables
    } tables (${SLOTS * input.tables} meetings at most)`
  );
  console.log(
    `Upper bound: ${bound} meetings, total score ≤ ${weightBound.toFixed(1)}`
  );
  console.log(
    `Scheduler: ${value.meetings} meetings (${pct(
      value.meetings,
      bound
    )} of the bound), score ${value.weight.toFixed(1)} (${pct(
      value.weight,
      weightBound
    )}); time median ${sorted[Math.floor(RUNS / 2)]!.toFixed(
      0
    )} ms, max ${sorted[RUNS - 1]!.toFixed(0)} ms over ${RUNS} runs`
  );
  console.log(
    `Greedy baseline: ${baseline.meetings} meetings (${pct(
      baseline.meetings,
      bound
    )}), score ${baseline.weight.toFixed(1)} (${pct(
      baseline.weight,
      weightBound
    )}); time ${greedy.ms.toFixed(0)} ms`
  );
  console.log(
    `Re-run after 100 withdrawn and 100 new requests: ${
      rerun.result.placed.length
    } meetings, ${kept} of ${
      ours.placed.length -
      rerun.result.moved.length -
      [...withdrawn].filter((id) => before.has(id)).length
    } kept in place, ${
      rerun.result.moved.length
    } moved; time ${rerun.ms.toFixed(0)} ms`
  );
}
