import type { Browser } from '@playwright/test';

export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget an issue names; the table says whether the figure is within it. */
  budget?: number;
}

export interface BenchContext {
  /** The production build served with the aptolux demo backend. */
  origin: string;
  /** The same build with the fotolukss demo backend. */
  fotolukssOrigin: string;
  browser: Browser;
  dist: string;
}

/** One group of figures. A new one: a file in tests/bench/, listed in tests/bench/run.ts. */
export type Measurement = (context: BenchContext) => Promise<Figure[]>;
