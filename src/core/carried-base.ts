// Roll-up rows carry their lower level's base (`Cơ sở tính`): an upper percent target without a base of its own sums
// the latest base each lower level carried (docs/DOMAIN.md "Roll-up to the upper level").

import type { Campaign } from './campaign';
import type { Cell } from './cells';
import type { Day } from './dates';
import { parseNumber } from './numbers';

/** The base a row carries: a number above zero, else null (the row is then an ordinary entry). */
export function carriedBaseOf(cell: Cell): number | null {
  const parsed = parseNumber(cell);
  return parsed.ok && !parsed.percent && parsed.value > 0 ? parsed.value : null;
}

/** The latest carried base per target and unit (a later row on the same day replaces an earlier one). */
export class CarriedBases {
  private readonly latest = new Map<number, Map<number, { day: Day; base: number }>>();

  add(target: number, unit: number, day: Day, base: number): void {
    let byUnit = this.latest.get(target);
    if (!byUnit) this.latest.set(target, (byUnit = new Map()));
    const seen = byUnit.get(unit);
    if (!seen || day >= seen.day) byUnit.set(unit, { day, base });
  }

  /** Sets each percent target's carriedBase to the sum over its units; targets with a base of their own keep it. */
  applyTo(campaign: Campaign): void {
    for (const [target, byUnit] of this.latest) {
      let sum = 0;
      for (const { base } of byUnit.values()) sum += base;
      campaign.targets[target]!.carriedBase = sum;
    }
  }
}
