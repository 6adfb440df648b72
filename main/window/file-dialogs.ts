import path from 'node:path';
import { app, dialog, type BrowserWindow, type OpenDialogOptions } from 'electron';
import type { FileDialogs } from '../handlers/dialogs';

/**
 * Electron's native open/save/folder dialogs, attached to the main window so they are modal to
 * it. Save dialogs start in Documents with the suggested name; the OS asks before overwriting.
 */
export function createElectronFileDialogs(getWindow: () => BrowserWindow | null): FileDialogs {
  const parent = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    async openFile({ filters }) {
      const options: OpenDialogOptions = { properties: ['openFile'], filters };
      const win = parent();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async saveFile({ defaultName, filters }) {
      const options = {
        defaultPath: path.join(app.getPath('documents'), defaultName),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'] as (
          'createDirectory' | 'showOverwriteConfirmation'
        )[],
      };
      const win = parent();
      const result = win
        ? await dialog.showSaveDialog(win, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async openFolder() {
      // A folder that does not exist yet can be made in the dialog (e.g. "Kemai" on a USB drive).
      const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const win = parent();
      const result = win
        ? await dialog.showOpenDialog(win, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
