/** What a running job gets from whoever runs it: progress out, cancellation in. */
export interface JobControl {
  progress: (done: number, total: number, rows?: number) => void;
  /** Checked between batches; a cancelled job throws JobCancelledError and rolls back. */
  cancelled: () => boolean;
}

export class JobCancelledError extends Error {
  constructor() {
    super('The job was cancelled; nothing was changed.');
    this.name = 'JobCancelledError';
  }
}

export function checkCancelled(control: JobControl): void {
  if (control.cancelled()) throw new JobCancelledError();
}

export const noControl: JobControl = { progress: () => undefined, cancelled: () => false };
