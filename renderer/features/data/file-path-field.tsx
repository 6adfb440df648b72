import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  FileFilter,
  FolderPurpose,
  OpenPurpose,
  SavePurpose,
} from '../../../shared/ipc/channels/dialogs';
import { api } from '../../lib/api';
import { useReportError } from '../../ui/use-report-error';
import { FileIcon } from '../../ui/icons';
import { baseName } from './field-labels';

type Mode =
  | { mode: 'open'; purpose: OpenPurpose; filters?: FileFilter[] }
  | { mode: 'save'; purpose: SavePurpose; defaultName: string }
  | { mode: 'folder'; purpose: FolderPurpose; placeholder: string };

type FilePathFieldProps = Mode & {
  value: string;
  onChange: (path: string) => void;
  /** Visible label for native mode (the button explains itself in preview mode). */
  label: string;
  testId?: string;
};

const TYPED_LABEL = {
  open: 'data.file.previewPathLabel',
  save: 'data.file.savePathLabel',
  folder: 'data.file.folderPathLabel',
} as const;
const PICK_LABEL = {
  open: 'data.file.choose',
  save: 'data.file.chooseSave',
  folder: 'data.file.chooseFolder',
} as const;

/**
 * A file (or folder) chosen through main's native dialog (Electron), or typed when there is none
 * (browser preview and e2e). Main only accepts paths its dialogs returned, so native mode has no
 * field.
 */
export function FilePathField(props: FilePathFieldProps & { native: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const reportError = useReportError();
  const [busy, setBusy] = useState(false);
  const { value, onChange, native, label, testId } = props;

  if (!native) {
    return (
      <div className="field file-field" data-testid={testId}>
        <label className="field__label" htmlFor={id}>
          {t(TYPED_LABEL[props.mode])}
        </label>
        <input
          id={id}
          className="input file-field__input"
          value={value}
          spellCheck={false}
          autoComplete="off"
          placeholder={
            props.mode === 'save'
              ? props.defaultName
              : props.mode === 'folder'
                ? props.placeholder
                : props.purpose === 'import'
                  ? '/path/to/customers.csv'
                  : '/path/to/kemai.kemai-backup'
          }
          aria-describedby={`${id}-hint`}
          onChange={(e) => onChange(e.target.value)}
        />
        <span className="file-field__hint" id={`${id}-hint`}>
          {props.mode === 'folder' ? t('data.file.folderPathHint') : t('data.file.previewPathHint')}
        </span>
      </div>
    );
  }

  async function pick() {
    setBusy(true);
    try {
      const { path } =
        props.mode === 'open'
          ? await api.dialogs.openFile({
              purpose: props.purpose,
              ...(props.filters ? { filters: props.filters } : {}),
            })
          : props.mode === 'folder'
            ? await api.dialogs.openFolder({ purpose: props.purpose })
            : await api.dialogs.saveFile({
                purpose: props.purpose,
                defaultName: props.defaultName,
              });
      if (path) onChange(path);
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field file-field" data-testid={testId}>
      <span className="field__label" id={id}>
        {label}
      </span>
      <div className="file-field__row">
        <button
          type="button"
          className="btn"
          onClick={() => void pick()}
          disabled={busy}
          aria-describedby={id}
        >
          <FileIcon />
          {value ? t('data.file.change') : t(PICK_LABEL[props.mode])}
        </button>
        <span className="file-field__name" title={value || undefined}>
          {value ? baseName(value) : t('data.file.none')}
        </span>
      </div>
      {value ? <span className="file-field__hint">{value}</span> : null}
    </div>
  );
}
