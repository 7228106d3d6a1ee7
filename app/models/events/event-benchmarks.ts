// Reference figures reported by brokerage events elsewhere, shown beside each temu bisnis's
// own so officers can compare. Shared by the server and the browser.
export const BENCHMARKS = { acceptedShare: [0.4, 0.6], meetingsPerAttendee: 2, heldShare: 0.8 } as const;
