import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadIcon } from '../../../ui/icons';
import { ExportDialog } from './export-dialog';

/** The customer list's Export button; the dialog exports what the list shows, or everything. */
export function ExportButton() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="btn" onClick={() => setOpen(true)}>
        <DownloadIcon />
        {t('data.entry.export')}
      </button>
      {open ? <ExportDialog onClose={() => setOpen(false)} /> : null}
    </>
  );
}
