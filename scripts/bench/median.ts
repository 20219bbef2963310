// The bench's one median: the middle value (the upper middle for an even count), `empty` when there
// are none. scripts/gates/budgets.ts has its own, which averages the two middle values: the budget
// gate reports a figure, the bench picks one measured run.
export const median = (xs: number[], empty = NaN): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? empty;
