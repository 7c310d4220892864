/**
 * Runs `task` once the browser has painted the current frame: for work the user does not wait on
 * (re-printing an editor's text, re-placing markers), so the decision badge of a query shows first.
 * Calls made before it runs are coalesced into one. Returns a cancel function.
 */
export function afterPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}

/** A coalescing scheduler over `afterPaint`: `schedule()` many times, `task` runs once. */
export function coalescedAfterPaint(task: () => void): { schedule(): void; flush(): void; cancel(): void } {
  let cancel: (() => void) | null = null;
  const run = () => {
    cancel = null;
    task();
  };
  return {
    schedule() {
      cancel ??= afterPaint(run);
    },
    flush() {
      if (!cancel) return;
      cancel();
      run();
    },
    cancel() {
      cancel?.();
      cancel = null;
    },
  };
}
