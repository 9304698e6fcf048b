// Sign-in throttling after OWASP's Authentication Cheat Sheet: failures are counted per address and per address and
// account, and past a few free failures each further attempt must wait twice as long as the one before (up to 15
// minutes). A count is forgotten after an hour without a failure, so patience does not reset it. Nothing is counted
// per account alone, so an attacker elsewhere can never lock a person out of their own account.

export interface ThrottleLimits {
  /** Failures for one account from one address before the waits start. */
  perAddressAndAccount: number;
  /** Failures from one address, whatever the account, before the waits start. */
  perAddress: number;
  /** A count is forgotten after this long without a failure. */
  forgetAfterMs?: number;
  /** The first wait; each further failure doubles it. */
  baseDelayMs?: number;
  /** The longest wait. */
  maxDelayMs?: number;
}

export interface FailureCounts {
  address: number;
  addressAndAccount: number;
}

const MAX_KEYS = 10_000;

interface Streak {
  count: number;
  last: number;
}

export class SignInThrottle {
  private readonly failures = new Map<string, Streak>();
  private readonly forgetAfterMs: number;
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(private readonly limits: ThrottleLimits) {
    this.forgetAfterMs = limits.forgetAfterMs ?? 60 * 60_000;
    this.baseDelayMs = limits.baseDelayMs ?? 1000;
    this.maxDelayMs = limits.maxDelayMs ?? 15 * 60_000;
  }

  /** How long this address must wait before it may try this account again; 0 when it may try now. */
  waitMs(address: string, account: string, now = Date.now()): number {
    return Math.max(
      this.wait(addressKey(address), this.limits.perAddress, now),
      this.wait(pairKey(address, account), this.limits.perAddressAndAccount, now),
    );
  }

  recordFailure(address: string, account: string, now = Date.now()): FailureCounts {
    return { address: this.record(addressKey(address), now), addressAndAccount: this.record(pairKey(address, account), now) };
  }

  /** A success forgets this account's failures from this address; the address's own count stays, so one valid account cannot reset it. */
  recordSuccess(address: string, account: string): void {
    this.failures.delete(pairKey(address, account));
  }

  private wait(key: string, free: number, now: number): number {
    const streak = this.current(key, now);
    const beyond = (streak?.count ?? 0) - free;
    if (!streak || beyond < 0) return 0;
    const delay = Math.min(this.baseDelayMs * 2 ** beyond, this.maxDelayMs);
    return Math.max(0, streak.last + delay - now);
  }

  private record(key: string, now: number): number {
    const count = (this.current(key, now)?.count ?? 0) + 1;
    this.failures.delete(key); // re-inserted last, so the map's first key is the one that failed least recently
    this.failures.set(key, { count, last: now });
    if (this.failures.size > MAX_KEYS) this.failures.delete(this.failures.keys().next().value ?? '');
    return count;
  }

  /** The failure streak of a key, or undefined when there is none or it has been forgotten. */
  private current(key: string, now: number): Streak | undefined {
    const streak = this.failures.get(key);
    return streak && now - streak.last < this.forgetAfterMs ? streak : undefined;
  }
}

const addressKey = (address: string) => `address ${address}`;
const pairKey = (address: string, account: string) => `pair ${address} ${account}`;
