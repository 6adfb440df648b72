import { z } from 'zod';
import { none } from './common';

// Native file dialogs. Paths reach the data channels only from here (Electron) or, in the
// browser preview and e2e, typed by the user; main remembers what its dialogs returned so it can
// refuse writes anywhere else (see main/services/picked-paths.ts).

export const OPEN_PURPOSES = ['import', 'restore'] as const;
export type OpenPurpose = (typeof OPEN_PURPOSES)[number];
export const SAVE_PURPOSES = ['export', 'backup', 'rejected'] as const;
export type SavePurpose = (typeof SAVE_PURPOSES)[number];
/** Folders the user may choose: where the automatic snapshots go (e.g. a USB drive). */
export const FOLDER_PURPOSES = ['snapshots'] as const;
export type FolderPurpose = (typeof FOLDER_PURPOSES)[number];

export const fileFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z
      .array(z.string().regex(/^(\*|[A-Za-z0-9-]{1,20})$/))
      .min(1)
      .max(10),
  })
  .strict();
export type FileFilter = z.infer<typeof fileFilterSchema>;

const pickedPath = z.object({ path: z.string().nullable() });

export const dialogChannels = {
  'dialogs.openFile': {
    input: z
      .object({
        purpose: z.enum(OPEN_PURPOSES),
        filters: z.array(fileFilterSchema).max(5).optional(),
      })
      .strict(),
    output: pickedPath,
  },
  'dialogs.saveFile': {
    input: z
      .object({
        purpose: z.enum(SAVE_PURPOSES),
        // A file name only: the folder is the user's choice in the dialog.
        defaultName: z
          .string()
          .min(1)
          .max(200)
          .regex(/^[^/\\:*?"<>|]+$/),
      })
      .strict(),
    output: pickedPath,
  },
  'dialogs.openFolder': {
    input: z.object({ purpose: z.enum(FOLDER_PURPOSES) }).strict(),
    output: pickedPath,
  },
  /** Whether native dialogs exist (Electron) or paths must be typed (browser preview, e2e). */
  'dialogs.capabilities': {
    input: none,
    output: z.object({ nativeDialogs: z.boolean() }),
  },
} as const;
