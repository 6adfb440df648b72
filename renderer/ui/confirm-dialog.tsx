import { useTranslation } from 'react-i18next';
import { Modal } from './modal';

interface ConfirmDialogProps {
  title: string;
  body: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

// window.confirm blocks the renderer and cannot be styled or translated consistently.
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal
      title={title}
      onClose={onCancel}
      size="sm"
      testId="confirm-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={onCancel} autoFocus>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn--primary" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </>
      }
    >
      <p>{body}</p>
    </Modal>
  );
}
