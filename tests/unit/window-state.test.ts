import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Display } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MIN_HEIGHT,
  MIN_WIDTH,
  createWindowStateKeeper,
  parseWindowState,
  restoreWindowState,
  type Rect,
  type TrackedWindow,
} from '../../main/window/window-state';

const primary: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rect = { x: 1920, y: 0, width: 1280, height: 984 };

describe('restoreWindowState', () => {
  it('restores valid saved bounds as they were', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1200, height: 760 }, isMaximized: false };
    expect(restoreWindowState(saved, [primary])).toEqual({ ...saved.bounds, isMaximized: false });
  });

  it('restores bounds on a second display that is still attached', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1100, height: 700 }, isMaximized: true };
    expect(restoreWindowState(saved, [primary, right])).toEqual({
      ...saved.bounds,
      isMaximized: true,
    });
  });

  it('rejects bounds on a display that is gone and centres a default size instead', () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1100, height: 700 }, isMaximized: false };
    const restored = restoreWindowState(saved, [primary]);
    expect(restored.x).toBeUndefined();
    expect(restored.y).toBeUndefined();
    expect(restored.width).toBeLessThanOrEqual(primary.width);
    expect(restored.width).toBeGreaterThanOrEqual(MIN_WIDTH);
  });

  it('rejects a window with only a sliver on screen', () => {
    const saved = { bounds: { x: 1900, y: 1030, width: 1000, height: 700 }, isMaximized: false };
    expect(restoreWindowState(saved, [primary]).x).toBeUndefined();
  });

  it('pulls a mostly visible window fully onto its display and shrinks an oversized one', () => {
    const partly = restoreWindowState(
      { bounds: { x: -200, y: 100, width: 1200, height: 700 }, isMaximized: false },
      [primary],
    );
    expect(partly).toEqual({ x: 0, y: 100, width: 1200, height: 700, isMaximized: false });

    const huge = restoreWindowState(
      { bounds: { x: 0, y: 0, width: 5000, height: 3000 }, isMaximized: false },
      [primary],
    );
    expect(huge).toEqual({ x: 0, y: 0, width: 1920, height: 1040, isMaximized: false });
  });

  it('never restores below the minimum window size', () => {
    const tiny = restoreWindowState(
      { bounds: { x: 10, y: 10, width: 200, height: 100 }, isMaximized: false },
      [primary],
    );
    expect(tiny.width).toBe(MIN_WIDTH);
    expect(tiny.height).toBe(MIN_HEIGHT);
  });

  it('uses a default when nothing was saved', () => {
    expect(restoreWindowState(null, [primary])).toEqual({
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });
});

describe('parseWindowState', () => {
  it('accepts the saved shape and rejects garbage', () => {
    const good = {
      version: 1,
      bounds: { x: 1, y: 2, width: 1000, height: 700 },
      isMaximized: true,
    };
    expect(parseWindowState(good)).toEqual({ bounds: good.bounds, isMaximized: true });
    expect(parseWindowState(null)).toBeNull();
    expect(parseWindowState('x')).toBeNull();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: -5, height: 700 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 'a', y: 2, width: 5, height: 700 } })).toBeNull();
    expect(parseWindowState({ bounds: { x: 1, y: 2, width: Infinity, height: 7 } })).toBeNull();
  });
});

describe('createWindowStateKeeper', () => {
  let dir: string;
  const screen = {
    getPrimaryDisplay: () => ({ id: 1, workArea: primary }) as Display,
    getAllDisplays: () => [{ id: 1, workArea: primary }] as Display[],
  };

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kemai-window-state-'));
  });
  afterEach(() => {
    vi.useRealTimers();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  function fakeWindow(bounds: Rect, maximized: boolean) {
    const listeners = new Map<string, () => void>();
    const win = {
      on: (name: string, listener: () => void) => {
        listeners.set(name, listener);
        return win;
      },
      getNormalBounds: () => bounds,
      isMaximized: () => maximized,
      isFullScreen: () => false,
      isDestroyed: () => false,
    };
    return {
      win: win as unknown as TrackedWindow,
      fire: (name: string) => listeners.get(name)?.(),
    };
  }

  it('writes window-state.json on close and restores it next time', () => {
    const keeper = createWindowStateKeeper(dir, screen);
    const bounds = { x: 50, y: 60, width: 1111, height: 777 };
    const { win, fire } = fakeWindow(bounds, true);
    keeper.track(win);
    fire('close');
    expect(fs.existsSync(path.join(dir, 'window-state.json'))).toBe(true);
    expect(createWindowStateKeeper(dir, screen).load()).toEqual({ ...bounds, isMaximized: true });
  });

  it('debounces saves on resize', () => {
    vi.useFakeTimers();
    const keeper = createWindowStateKeeper(dir, screen);
    const { win, fire } = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 }, false);
    keeper.track(win);
    fire('resize');
    fire('move');
    expect(fs.existsSync(path.join(dir, 'window-state.json'))).toBe(false);
    vi.runAllTimers();
    expect(fs.existsSync(path.join(dir, 'window-state.json'))).toBe(true);
  });

  it('falls back to defaults when the file is corrupt', () => {
    fs.writeFileSync(path.join(dir, 'window-state.json'), '{"bounds": {"x": 1');
    expect(createWindowStateKeeper(dir, screen).load()).toEqual({
      width: 1280,
      height: 800,
      isMaximized: false,
    });
  });
});
