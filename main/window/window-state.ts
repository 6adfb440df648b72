import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Screen } from 'electron';

// Pure rules first (validate, clamp), then a thin keeper that reads/writes the JSON file and
// listens to the window. Only electron *types* are imported, so tests need no electron at all.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowState {
  bounds: Rect;
  isMaximized: boolean;
}

/** What BrowserWindow gets: no x/y means "let Electron center it". */
export interface InitialWindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  isMaximized: boolean;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const MIN_WIDTH = 960;
export const MIN_HEIGHT = 600;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 800;
/** How much of the window must lie on a display (a grabbable piece of its title bar). */
const VISIBLE_WIDTH = 100;
const VISIBLE_HEIGHT = 50;
const SAVE_DELAY_MS = 500;

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Accepts only a well-formed state; anything hand-edited or truncated counts as none. */
export function parseWindowState(value: unknown): SavedWindowState | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const bounds = record['bounds'];
  if (typeof bounds !== 'object' || bounds === null) return null;
  const b = bounds as Record<string, unknown>;
  const { x, y, width, height } = b;
  if (!isFiniteNumber(x) || !isFiniteNumber(y)) return null;
  if (!isFiniteNumber(width) || !isFiniteNumber(height) || width <= 0 || height <= 0) return null;
  return {
    bounds: {
      x: Math.round(x),
      y: Math.round(y),
      width: Math.round(width),
      height: Math.round(height),
    },
    isMaximized: record['isMaximized'] === true,
  };
}

function intersection(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** The work area showing the largest part of `bounds`, if that part is big enough to grab. */
export function bestVisibleArea(bounds: Rect, workAreas: readonly Rect[]): Rect | undefined {
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = intersection(bounds, area);
    const visible =
      overlap.width >= Math.min(VISIBLE_WIDTH, bounds.width) &&
      overlap.height >= Math.min(VISIBLE_HEIGHT, bounds.height);
    const size = overlap.width * overlap.height;
    if (visible && size > bestArea) {
      best = area;
      bestArea = size;
    }
  }
  return best;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/** Shrinks to fit the area (never below the window's minimum) and moves fully onto it. */
export function clampToArea(bounds: Rect, area: Rect): Rect {
  const width = Math.max(MIN_WIDTH, Math.min(bounds.width, area.width));
  const height = Math.max(MIN_HEIGHT, Math.min(bounds.height, area.height));
  const x = clamp(bounds.x, area.x, Math.max(area.x, area.x + area.width - width));
  const y = clamp(bounds.y, area.y, Math.max(area.y, area.y + area.height - height));
  return { x, y, width, height };
}

/**
 * Saved bounds come back only when they are still visible on a current display (a monitor may
 * have been unplugged); otherwise a default size, centred, fitted to the primary display.
 */
export function restoreWindowState(
  saved: SavedWindowState | null,
  workAreas: readonly Rect[],
): InitialWindowState {
  const isMaximized = saved?.isMaximized ?? false;
  const area = saved ? bestVisibleArea(saved.bounds, workAreas) : undefined;
  if (saved && area) return { ...clampToArea(saved.bounds, area), isMaximized };
  const primary = workAreas[0];
  const width = primary
    ? Math.max(MIN_WIDTH, Math.min(DEFAULT_WIDTH, primary.width))
    : DEFAULT_WIDTH;
  const height = primary
    ? Math.max(MIN_HEIGHT, Math.min(DEFAULT_HEIGHT, primary.height))
    : DEFAULT_HEIGHT;
  return { width, height, isMaximized };
}

export type TrackedWindow = Pick<
  BrowserWindow,
  'on' | 'getNormalBounds' | 'isMaximized' | 'isFullScreen' | 'isDestroyed'
>;

export interface WindowStateKeeper {
  load: () => InitialWindowState;
  track: (win: TrackedWindow) => void;
}

/** Reads and writes `<userData>/window-state.json`; failures only cost the remembered size. */
export function createWindowStateKeeper(
  userDataDir: string,
  screen: Pick<Screen, 'getAllDisplays' | 'getPrimaryDisplay'>,
): WindowStateKeeper {
  const file = path.join(userDataDir, WINDOW_STATE_FILE);

  function readSaved(): SavedWindowState | null {
    try {
      return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch {
      return null;
    }
  }

  function write(win: TrackedWindow): void {
    if (win.isDestroyed() || win.isFullScreen()) return;
    const state: SavedWindowState = {
      // Normal bounds, so a maximized window un-maximizes to the size the user chose.
      bounds: win.getNormalBounds(),
      isMaximized: win.isMaximized(),
    };
    try {
      fs.mkdirSync(userDataDir, { recursive: true });
      // Write then rename: a crash mid-write leaves the previous file, not half a JSON.
      const temp = `${file}.tmp`;
      fs.writeFileSync(temp, JSON.stringify({ version: 1, ...state }));
      fs.renameSync(temp, file);
    } catch (error) {
      console.warn('[kemai] could not save window state', error);
    }
  }

  return {
    load: () => {
      // restoreWindowState falls back to the first area, so the primary display goes first.
      const primary = screen.getPrimaryDisplay();
      const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
      return restoreWindowState(
        readSaved(),
        [primary, ...others].map((d) => d.workArea),
      );
    },
    track: (win) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const schedule = (): void => {
        if (timer) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          write(win);
        }, SAVE_DELAY_MS);
      };
      win.on('resize', schedule);
      win.on('move', schedule);
      win.on('close', () => {
        if (timer) clearTimeout(timer);
        timer = undefined;
        write(win);
      });
    },
  };
}
