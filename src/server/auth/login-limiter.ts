/**
 * Slows password guessing: after `maxFailures` failed logins for one user name from one address
 * within the window, further attempts are refused (429) until the window ends. A success clears it.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 5 * 60 * 1000,
  ) {}

  /** Seconds to wait, or 0 when an attempt is allowed now. */
  retryAfter(key: string, now: number): number {
    const entry = this.failures.get(key);
    if (!entry || entry.resetAt <= now || entry.count < this.maxFailures) return 0;
    return Math.ceil((entry.resetAt - now) / 1000);
  }

  fail(key: string, now: number): void {
    const entry = this.failures.get(key);
    if (!entry || entry.resetAt <= now) this.failures.set(key, { count: 1, resetAt: now + this.windowMs });
    else entry.count++;
    if (this.failures.size > 10_000) this.prune(now);
  }

  succeed(key: string): void {
    this.failures.delete(key);
  }

  private prune(now: number): void {
    for (const [key, entry] of this.failures) if (entry.resetAt <= now) this.failures.delete(key);
  }
}
