// LockService: document, script and user locks owned by executions, released when the owning execution ends.

import type { LockScope, Runtime } from './runtime';
import { strict } from './strict';

class LockImpl {
  constructor(
    private readonly rt: Runtime,
    private readonly scope: LockScope,
  ) {}

  /**
   * Takes the lock unless another execution holds it. Nothing else runs while the emulation waits, so a lock held
   * by another execution is never released in time: the virtual clock moves on by the timeout and false is returned.
   */
  tryLock(timeoutInMillis: number): boolean {
    const holder = this.rt.locks.get(this.scope);
    if (holder === undefined || holder === this.rt.executionId) {
      this.rt.locks.set(this.scope, this.rt.executionId);
      return true;
    }
    this.rt.advance(Number(timeoutInMillis) || 0);
    return false;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw this.rt.error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    if (this.rt.locks.get(this.scope) === this.rt.executionId) this.rt.locks.delete(this.scope);
  }

  hasLock(): boolean {
    return this.rt.locks.get(this.scope) === this.rt.executionId;
  }
}

class LockServiceImpl {
  constructor(private readonly rt: Runtime) {}

  getDocumentLock(): unknown {
    return strict(this.rt, 'Lock', new LockImpl(this.rt, 'document'));
  }
  getScriptLock(): unknown {
    return strict(this.rt, 'Lock', new LockImpl(this.rt, 'script'));
  }
  getUserLock(): unknown {
    return strict(this.rt, 'Lock', new LockImpl(this.rt, 'user'));
  }
}

export function createLockService(rt: Runtime): GoogleAppsScript.Lock.LockService {
  return strict(rt, 'LockService', new LockServiceImpl(rt));
}
