/**
 * The fake Excel's charts (ExcelApi 1.1): a worksheet's chart collection, charts added from a range of the same
 * sheet, named, titled and placed, and deleted. Changes apply at sync, as in Office; the charts live with their
 * sheet, so deleting the sheet deletes them.
 */
export interface FakeChartData {
  name: string;
  type: string;
  /** The source range's address on the chart's sheet, and its values when the chart was made. */
  source: string;
  values: unknown[][];
  seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
}

/** What the chart proxies need of the fake: queueing, loading, and the sheet's charts. */
export interface ChartHost {
  enqueue(description: unknown, apply: () => void): void;
  enqueueLoad(description: unknown, resolve: () => void): void;
  charts(sheet: string): FakeChartData[];
  /** The range's address and values at the moment the batch runs. */
  resolveRange(range: unknown): { sheet: string; address: string; values: unknown[][] };
}

const TYPES = new Set(["Pie", "BarClustered", "ColumnClustered", "Line", "Doughnut"]);

export class FakeChart {
  /** Filled when the batch that adds the chart runs. */
  data?: FakeChartData;
  readonly title: { text: string };

  constructor(
    private readonly host: ChartHost,
    private readonly sheet: string,
    loaded?: FakeChartData,
  ) {
    this.data = loaded;
    const live = () => this.live();
    this.title = {
      get text() {
        return live().title;
      },
      set text(v: string) {
        host.enqueue({ chartTitle: v }, () => (live().title = v));
      },
    };
  }

  private live(): FakeChartData {
    if (!this.data) throw new Error("FakeExcel: the chart does not exist");
    return this.data;
  }

  get name(): string {
    return this.live().name;
  }

  set name(v: string) {
    this.host.enqueue({ chartName: v }, () => (this.live().name = v));
  }

  setPosition(start: string, end?: string): void {
    this.host.enqueue({ chartPosition: [start, end] }, () => (this.live().position = { start, end }));
  }

  delete(): void {
    this.host.enqueue({ deleteChart: this.sheet }, () => {
      const charts = this.host.charts(this.sheet);
      const i = charts.indexOf(this.live());
      if (i >= 0) charts.splice(i, 1);
    });
  }
}

export class FakeChartCollection {
  private _items?: FakeChart[];

  constructor(
    private readonly host: ChartHost,
    private readonly sheet: string,
  ) {}

  get items(): FakeChart[] {
    if (!this._items) throw new Error("PropertyNotLoaded: the property 'items' is not available.");
    return this._items;
  }

  load(_props?: string): this {
    this.host.enqueueLoad({ load: "charts", sheet: this.sheet }, () => {
      this._items = this.host.charts(this.sheet).map((d) => new FakeChart(this.host, this.sheet, d));
    });
    return this;
  }

  add(type: string, source: unknown, seriesBy = "Auto"): FakeChart {
    const chart = new FakeChart(this.host, this.sheet);
    this.host.enqueue({ addChart: type, sheet: this.sheet }, () => {
      if (!TYPES.has(type)) throw new Error(`FakeExcel: InvalidArgument: chart type ${type}`);
      const range = this.host.resolveRange(source);
      if (range.sheet !== this.sheet) throw new Error("FakeExcel: InvalidArgument: a chart's data is on its own sheet here");
      chart.data = { name: `Chart ${this.host.charts(this.sheet).length + 1}`, type, source: range.address, values: range.values, seriesBy, title: "" };
      this.host.charts(this.sheet).push(chart.data);
    });
    return chart;
  }
}
