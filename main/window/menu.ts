import { Menu, type MenuItemConstructorOptions } from 'electron';

export type MenuLanguage = 'zh-CN' | 'en';

export interface MenuOptions {
  isMac: boolean;
  isPackaged: boolean;
  appName: string;
  onAbout: () => void;
}

const LABELS = {
  'zh-CN': {
    file: '文件',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    quit: '退出',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新加载',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '切换全屏',
    minimize: '最小化',
    close: '关闭窗口',
    about: '关于客脉',
    hide: '隐藏客脉',
    hideOthers: '隐藏其他',
    unhide: '全部显示',
    services: '服务',
  },
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    quit: 'Quit Kemai',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Toggle Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Toggle Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    about: 'About Kemai',
    hide: 'Hide Kemai',
    hideOthers: 'Hide Others',
    unhide: 'Show All',
    services: 'Services',
  },
} as const satisfies Record<MenuLanguage, Record<string, string>>;

const separator: MenuItemConstructorOptions = { type: 'separator' };

/**
 * The native menu as plain data, so tests can read it. Only items that do something: standard
 * roles, plus About. Reload and devtools exist only in unpackaged (developer) builds.
 */
export function buildMenuTemplate(
  language: MenuLanguage,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const t = LABELS[language];
  const about: MenuItemConstructorOptions = { label: t.about, click: () => options.onAbout() };
  const template: MenuItemConstructorOptions[] = [];

  if (options.isMac) {
    // macOS puts the app's own menu first and Quit lives there, not under File.
    template.push({
      label: options.appName,
      role: 'appMenu',
      submenu: [
        about,
        separator,
        { role: 'services', label: t.services },
        separator,
        { role: 'hide', label: t.hide },
        { role: 'hideOthers', label: t.hideOthers },
        { role: 'unhide', label: t.unhide },
        separator,
        { role: 'quit', label: t.quit },
      ],
    });
    template.push({ label: t.file, submenu: [{ role: 'close', label: t.close }] });
  } else {
    template.push({ label: t.file, submenu: [{ role: 'quit', label: t.quit }] });
  }

  template.push({
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo },
      { role: 'redo', label: t.redo },
      separator,
      { role: 'cut', label: t.cut },
      { role: 'copy', label: t.copy },
      { role: 'paste', label: t.paste },
      { role: 'selectAll', label: t.selectAll },
    ],
  });

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [
        { role: 'reload', label: t.reload },
        { role: 'toggleDevTools', label: t.toggleDevTools },
        separator,
      ];
  template.push({
    label: t.view,
    submenu: [
      ...developer,
      { role: 'resetZoom', label: t.resetZoom },
      { role: 'zoomIn', label: t.zoomIn },
      { role: 'zoomOut', label: t.zoomOut },
      separator,
      { role: 'togglefullscreen', label: t.togglefullscreen },
    ],
  });

  template.push({
    label: t.window,
    role: 'window',
    submenu: [
      { role: 'minimize', label: t.minimize },
      { role: 'close', label: t.close },
    ],
  });

  template.push({ label: t.help, role: 'help', submenu: [about] });
  return template;
}

/** Builds and installs the application menu (call again after a language change). */
export function installMenu(language: MenuLanguage, options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(language, options)));
}
