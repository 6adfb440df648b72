import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

const fakes = vi.hoisted(() => ({
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
}));

vi.mock('electron', () => ({
  Menu: {
    buildFromTemplate: fakes.buildFromTemplate,
    setApplicationMenu: fakes.setApplicationMenu,
  },
}));

const { buildMenuTemplate, installMenu } = await import('../../main/window/menu');

const base = { isMac: false, isPackaged: true, appName: '客脉 Kemai', onAbout: () => undefined };

function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return flatten(items).flatMap((item) => (item.role ? [item.role] : []));
}

describe('buildMenuTemplate', () => {
  it('uses Chinese labels for zh-CN', () => {
    const template = buildMenuTemplate('zh-CN', base);
    expect(template.map((item) => item.label)).toEqual(['文件', '编辑', '视图', '窗口', '帮助']);
    const labels = flatten(template).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['退出', '撤销', '复制', '粘贴', '关于客脉']));
  });

  it('uses English labels for en', () => {
    const template = buildMenuTemplate('en', base);
    expect(template.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    const labels = flatten(template).map((item) => item.label);
    expect(labels).toEqual(expect.arrayContaining(['Quit Kemai', 'Undo', 'Select All']));
    expect(labels.some((label) => label !== undefined && /[\u4e00-\u9fff]/.test(label))).toBe(
      false,
    );
  });

  it('has the standard edit, zoom and window roles', () => {
    const found = roles(buildMenuTemplate('en', base));
    for (const role of [
      'quit',
      'undo',
      'redo',
      'cut',
      'copy',
      'paste',
      'selectAll',
      'resetZoom',
      'zoomIn',
      'zoomOut',
      'togglefullscreen',
      'minimize',
      'close',
    ]) {
      expect(found, role).toContain(role);
    }
  });

  it('hides reload and devtools in packaged builds only', () => {
    const packaged = roles(buildMenuTemplate('zh-CN', { ...base, isPackaged: true }));
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    const dev = roles(buildMenuTemplate('zh-CN', { ...base, isPackaged: false }));
    expect(dev).toContain('toggleDevTools');
    expect(dev).toContain('reload');
  });

  it('puts the app menu first on macOS and only there', () => {
    const mac = buildMenuTemplate('en', { ...base, isMac: true });
    expect(mac[0]?.role).toBe('appMenu');
    expect(mac[0]?.label).toBe('客脉 Kemai');
    expect(roles(buildMenuTemplate('en', base))).not.toContain('appMenu');
  });

  it('About calls onAbout', () => {
    const onAbout = vi.fn();
    const about = flatten(buildMenuTemplate('en', { ...base, onAbout })).find(
      (item) => item.label === 'About Kemai',
    );
    expect(about?.click).toBeTypeOf('function');
    const click = about?.click as unknown as () => void;
    click();
    expect(onAbout).toHaveBeenCalledTimes(1);
  });

  it('installMenu sets the built menu as the application menu', () => {
    installMenu('en', base);
    expect(fakes.buildFromTemplate).toHaveBeenCalledTimes(1);
    const built = fakes.buildFromTemplate.mock.results[0]?.value as unknown;
    expect(fakes.setApplicationMenu).toHaveBeenCalledWith(built);
  });
});
