// Embedded charts: Charts.ChartType, EmbeddedChartBuilder, EmbeddedChart and its options and position.

import { areaA1, type Area } from './a1';
import type { SheetModel } from './model';
import type { Runtime } from './runtime';
import { RangeImpl, rangeOf } from './range';
import { strict, strictEnum, unwrap } from './strict';
import type { World } from './world';

export const CHART_TYPES = [
  'AREA',
  'BAR',
  'COLUMN',
  'COMBO',
  'HISTOGRAM',
  'LINE',
  'PIE',
  'SCATTER',
  'TABLE',
  'STEPPED_AREA',
] as const;

interface ChartRange {
  sheet: SheetModel;
  area: Area;
}
interface Position {
  anchorRow: number;
  anchorColumn: number;
  offsetX: number;
  offsetY: number;
}

/** A built chart: inserted into a sheet once it has an id. */
export class EmbeddedChartImpl {
  constructor(
    readonly id: number | null,
    readonly type: string,
    readonly ranges: readonly ChartRange[],
    readonly position: Position,
    readonly options: ReadonlyMap<string, unknown>,
  ) {}

  _describe() {
    return {
      id: this.id,
      type: this.type,
      ranges: this.ranges.map((r) => `${r.sheet.name}!${areaA1(r.area)}`),
      position: { ...this.position },
      options: Object.fromEntries(this.options),
    };
  }
}

/** What EmbeddedChart objects wrap. */
export class EmbeddedChartView {
  constructor(
    private readonly world: World,
    readonly chart: EmbeddedChartImpl,
  ) {}

  getChartId(): number | null {
    return this.chart.id;
  }
  getRanges(): unknown[] {
    return this.chart.ranges.map((r) => rangeOf(this.world, r.sheet, r.area));
  }
  getOptions(): unknown {
    return strict(this.world.rt, 'ChartOptions', new ChartOptionsImpl(this.chart.options));
  }
  getContainerInfo(): unknown {
    return strict(this.world.rt, 'ContainerInfo', new ContainerInfoImpl(this.chart.position));
  }
  modify(): unknown {
    return newChartBuilder(this.world, this.chart);
  }
}

class ChartOptionsImpl {
  constructor(private readonly options: ReadonlyMap<string, unknown>) {}
  get(option: string): unknown {
    return this.options.has(option) ? this.options.get(option) : null;
  }
}

class ContainerInfoImpl {
  constructor(private readonly position: Position) {}
  getAnchorRow(): number {
    return this.position.anchorRow;
  }
  getAnchorColumn(): number {
    return this.position.anchorColumn;
  }
  getOffsetX(): number {
    return this.position.offsetX;
  }
  getOffsetY(): number {
    return this.position.offsetY;
  }
}

export function chartOf(world: World, chart: EmbeddedChartImpl): GoogleAppsScript.Spreadsheet.EmbeddedChart {
  return strict(world.rt, 'EmbeddedChart', new EmbeddedChartView(world, chart));
}

export function newChartBuilder(
  world: World,
  from?: EmbeddedChartImpl,
): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
  return strict(world.rt, 'EmbeddedChartBuilder', new EmbeddedChartBuilderImpl(world, from));
}

class EmbeddedChartBuilderImpl {
  private type: string;
  private ranges: ChartRange[];
  private position: Position;
  private options: Map<string, unknown>;
  private readonly id: number | null;

  constructor(
    private readonly world: World,
    from?: EmbeddedChartImpl,
  ) {
    this.id = from?.id ?? null;
    this.type = from?.type ?? 'LINE';
    this.ranges = from ? [...from.ranges] : [];
    this.position = from ? { ...from.position } : { anchorRow: 1, anchorColumn: 1, offsetX: 0, offsetY: 0 };
    this.options = new Map(from?.options ?? []);
  }

  setChartType(type: string): EmbeddedChartBuilderImpl {
    if (!(CHART_TYPES as readonly string[]).includes(String(type))) {
      throw this.world.rt.error(`Charts.ChartType ${String(type)} is not implemented by the emulation`, 'Error');
    }
    this.type = String(type);
    return this;
  }
  getChartType(): string {
    return this.type;
  }
  addRange(range: unknown): EmbeddedChartBuilderImpl {
    const impl = unwrap(this.world.rt, range, RangeImpl, 'Charts.EmbeddedChartBuilder.addRange');
    this.ranges.push({ sheet: impl.sheet, area: { ...impl.area } });
    return this;
  }
  clearRanges(): EmbeddedChartBuilderImpl {
    this.ranges = [];
    return this;
  }
  getRanges(): unknown[] {
    return this.ranges.map((r) => rangeOf(this.world, r.sheet, r.area));
  }
  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): EmbeddedChartBuilderImpl {
    this.position = { anchorRow: anchorRowPos, anchorColumn: anchorColPos, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilderImpl {
    this.options.set(String(option), value);
    return this;
  }
  build(): unknown {
    const chart = new EmbeddedChartImpl(
      this.id,
      this.type,
      [...this.ranges],
      { ...this.position },
      new Map(this.options),
    );
    return chartOf(this.world, chart);
  }
}

export function createCharts(rt: Runtime): GoogleAppsScript.Charts.Charts {
  return strict(rt, 'Charts', new ChartsImpl(), {
    enums: { ChartType: strictEnum(rt, 'Charts.ChartType', CHART_TYPES) },
  });
}

class ChartsImpl {}
