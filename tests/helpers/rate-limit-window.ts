// The app's rate limits count attempts in fixed windows (app/models/platform/rate-limit.server.ts):
// a test counting attempts up to a limit must not straddle a window's start, where the count
// starts again and the expected refusal never comes.

/** Waits for the next window when fewer than `needMs` are left in the current one. */
export async function roomInWindow(windowMs: number, needMs = 20_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
