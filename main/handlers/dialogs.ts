import type { Handlers } from '../../shared/ipc/contract';
import type {
  FileFilter,
  FolderPurpose,
  OpenPurpose,
  SavePurpose,
} from '../../shared/ipc/channels/dialogs';
import type { HandlerContext } from './handler-context';

type DialogChannels =
  'dialogs.openFile' | 'dialogs.saveFile' | 'dialogs.openFolder' | 'dialogs.capabilities';

/** The native dialogs main shows (Electron's, in main/window/file-dialogs.ts); null = cancelled. */
export interface FileDialogs {
  openFile(options: { purpose: OpenPurpose; filters: FileFilter[] }): Promise<string | null>;
  saveFile(options: {
    purpose: SavePurpose;
    defaultName: string;
    filters: FileFilter[];
  }): Promise<string | null>;
  openFolder(options: { purpose: FolderPurpose }): Promise<string | null>;
}

// Filter names are bilingual because the dialog opens before the renderer's language is known
// to main; the OS draws the rest of the dialog in its own language.
const CSV: FileFilter = { name: 'CSV 文件 / CSV files', extensions: ['csv', 'txt', 'tsv'] };
const BACKUP: FileFilter = { name: '客脉备份 / Kemai backup', extensions: ['kemai-backup', 'zip'] };
const SNAPSHOT: FileFilter = { name: '数据库快照 / Snapshot', extensions: ['db', 'sqlite'] };
const ANY: FileFilter = { name: '所有文件 / All files', extensions: ['*'] };

const OPEN_FILTERS: Record<OpenPurpose, FileFilter[]> = {
  import: [CSV, ANY],
  restore: [BACKUP, SNAPSHOT, ANY],
};
const SAVE_FILTERS: Record<SavePurpose, FileFilter[]> = {
  export: [CSV],
  rejected: [CSV],
  backup: [BACKUP],
};

export function dialogHandlers(ctx: HandlerContext): Pick<Handlers, DialogChannels> {
  return {
    'dialogs.capabilities': () => ({ nativeDialogs: ctx.dialogs !== undefined }),
    'dialogs.openFile': async ({ purpose, filters }) => {
      // Without native dialogs (bridge) the renderer shows a path field instead.
      if (!ctx.dialogs) return { path: null };
      const path = await ctx.dialogs.openFile({
        purpose,
        filters: filters ?? OPEN_FILTERS[purpose],
      });
      if (path) ctx.pickedPaths.remember(path, 'read');
      return { path };
    },
    'dialogs.saveFile': async ({ purpose, defaultName }) => {
      if (!ctx.dialogs) return { path: null };
      const path = await ctx.dialogs.saveFile({
        purpose,
        defaultName,
        filters: SAVE_FILTERS[purpose],
      });
      if (path) ctx.pickedPaths.remember(path, 'write');
      return { path };
    },
    'dialogs.openFolder': async ({ purpose }) => {
      if (!ctx.dialogs) return { path: null };
      const path = await ctx.dialogs.openFolder({ purpose });
      if (path) ctx.pickedPaths.remember(path, 'folder');
      return { path };
    },
  };
}
