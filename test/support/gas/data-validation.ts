// DataValidationBuilder and DataValidation: the rule kinds the add-on sets (range and list dropdowns, dates, numbers).

import { areaA1 } from './a1';
import type { SheetModel } from './model';
import { isDate } from './runtime';
import { RangeImpl, rangeOf } from './range';
import { strict, unwrap } from './strict';
import type { World } from './world';

export const DATA_VALIDATION_CRITERIA = [
  'VALUE_IN_RANGE',
  'VALUE_IN_LIST',
  'DATE_IS_VALID_DATE',
  'DATE_ON_OR_AFTER',
  'DATE_ON_OR_BEFORE',
  'DATE_BETWEEN',
  'NUMBER_BETWEEN',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_LESS_THAN_OR_EQUAL_TO',
  'CHECKBOX',
] as const;
export type Criteria = (typeof DATA_VALIDATION_CRITERIA)[number];

/** A criteria argument as stored: ranges keep their sheet and area so a fresh Range can be handed out each time. */
type Stored = { range: { sheet: SheetModel; area: RangeImpl['area'] } } | { value: unknown };

/** An immutable rule, as Range.setDataValidation stores it. */
export class DataValidationImpl {
  constructor(
    readonly criteria: Criteria,
    readonly args: readonly Stored[],
    readonly helpText: string | null,
    readonly allowInvalid: boolean,
  ) {}

  _proxy(world: World): GoogleAppsScript.Spreadsheet.DataValidation {
    return strict(world.rt, 'DataValidation', new DataValidationView(world, this));
  }

  /** A plain description for test snapshots. */
  _describe(): { criteria: Criteria; values: unknown[]; helpText: string | null; allowInvalid: boolean } {
    const values = this.args.map((a) =>
      'range' in a ? `${a.range.sheet.name}!${areaA1(a.range.area)}` : (a.value as unknown),
    );
    return { criteria: this.criteria, values, helpText: this.helpText, allowInvalid: this.allowInvalid };
  }
}

function criteriaValues(world: World, args: readonly Stored[]): unknown[] {
  return args.map((a) => ('range' in a ? rangeOf(world, a.range.sheet, a.range.area) : a.value));
}

/** What DataValidation objects wrap; Range.setDataValidation takes `rule` from it. */
export class DataValidationView {
  constructor(
    private readonly world: World,
    readonly rule: DataValidationImpl,
  ) {}

  getCriteriaType(): string {
    return this.rule.criteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.world, this.rule.args);
  }
  getHelpText(): string | null {
    return this.rule.helpText;
  }
  getAllowInvalid(): boolean {
    return this.rule.allowInvalid;
  }
  copy(): unknown {
    return newDataValidationBuilder(this.world, this.rule);
  }
}

export function newDataValidationBuilder(world: World, from?: DataValidationImpl): unknown {
  return strict(world.rt, 'DataValidationBuilder', new DataValidationBuilderImpl(world, from));
}

class DataValidationBuilderImpl {
  private criteria: Criteria | null;
  private args: Stored[];
  private helpText: string | null;
  private allowInvalid: boolean;

  constructor(
    private readonly world: World,
    from?: DataValidationImpl,
  ) {
    this.criteria = from?.criteria ?? null;
    this.args = from ? [...from.args] : [];
    this.helpText = from?.helpText ?? null;
    this.allowInvalid = from?.allowInvalid ?? true;
  }

  private _set(criteria: Criteria, args: Stored[]): DataValidationBuilderImpl {
    this.criteria = criteria;
    this.args = args;
    return this;
  }

  private _number(value: unknown, method: string): Stored {
    if (typeof value !== 'number') {
      throw this.world.rt.error(`The parameters (${typeof value}) don't match the method signature for ${method}.`);
    }
    return { value };
  }

  private _date(value: unknown, method: string): Stored {
    if (!isDate(value)) {
      throw this.world.rt.error(`The parameters (${typeof value}) don't match the method signature for ${method}.`);
    }
    return { value: new Date(value.getTime()) };
  }

  requireValueInRange(range: unknown, showDropdown = true): DataValidationBuilderImpl {
    const impl = unwrap(this.world.rt, range, RangeImpl, 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
    return this._set('VALUE_IN_RANGE', [
      { range: { sheet: impl.sheet, area: { ...impl.area } } },
      { value: Boolean(showDropdown) },
    ]);
  }

  requireValueInList(values: unknown, showDropdown = true): DataValidationBuilderImpl {
    if (!Array.isArray(values)) {
      throw this.world.rt.error(
        "The parameters don't match the method signature for SpreadsheetApp.DataValidationBuilder.requireValueInList.",
      );
    }
    return this._set('VALUE_IN_LIST', [{ value: values.map(String) }, { value: Boolean(showDropdown) }]);
  }

  requireDate(): DataValidationBuilderImpl {
    return this._set('DATE_IS_VALID_DATE', []);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilderImpl {
    return this._set('DATE_ON_OR_AFTER', [this._date(date, 'requireDateOnOrAfter')]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilderImpl {
    return this._set('DATE_ON_OR_BEFORE', [this._date(date, 'requireDateOnOrBefore')]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilderImpl {
    return this._set('DATE_BETWEEN', [this._date(start, 'requireDateBetween'), this._date(end, 'requireDateBetween')]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    const where = 'requireNumberBetween';
    return this._set('NUMBER_BETWEEN', [this._number(start, where), this._number(end, where)]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilderImpl {
    return this._set('NUMBER_GREATER_THAN', [this._number(number, 'requireNumberGreaterThan')]);
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilderImpl {
    return this._set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [this._number(number, 'requireNumberGreaterThanOrEqualTo')]);
  }
  requireNumberLessThanOrEqualTo(number: number): DataValidationBuilderImpl {
    return this._set('NUMBER_LESS_THAN_OR_EQUAL_TO', [this._number(number, 'requireNumberLessThanOrEqualTo')]);
  }
  requireCheckbox(): DataValidationBuilderImpl {
    return this._set('CHECKBOX', []);
  }

  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderImpl {
    this.allowInvalid = Boolean(allowInvalidData);
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.helpText = String(helpText);
    return this;
  }

  getCriteriaType(): string | null {
    return this.criteria;
  }
  getCriteriaValues(): unknown[] {
    return criteriaValues(this.world, this.args);
  }
  getHelpText(): string | null {
    return this.helpText;
  }
  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  build(): unknown {
    if (!this.criteria) throw this.world.rt.error('You must set a criteria type before building the rule.');
    return new DataValidationImpl(this.criteria, [...this.args], this.helpText, this.allowInvalid)._proxy(this.world);
  }
}

/** The rule behind a DataValidation object the script passed to a range (anything else throws as Apps Script does). */
export function ruleOf(world: World, value: unknown, method: string): DataValidationImpl {
  return unwrap(world.rt, value, DataValidationView, method).rule;
}
