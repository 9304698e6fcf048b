// Work written in steps: a generator that yields between slices of work, run to its end at once (runToEnd) or in
// slices of a few ms with a turn of the event loop between them (inSlices), so the server goes on answering meanwhile.

export function runToEnd<T>(steps: Generator<unknown, T, undefined>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps in slices of about sliceMs (a step is never cut), each followed by a turn of the event loop. */
export async function inSlices<T>(steps: Generator<unknown, T, undefined>, sliceMs: number): Promise<T> {
  for (;;) {
    const until = performance.now() + sliceMs;
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (performance.now() >= until) break;
    }
    await new Promise((resolveTurn) => setImmediate(resolveTurn));
  }
}
