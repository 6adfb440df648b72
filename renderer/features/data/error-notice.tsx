import { useErrorText } from '../../ui/use-report-error';
import { AlertIcon } from '../../ui/icons';

/** An inline, persistent error: what went wrong and what to do (toasts vanish too soon here). */
export function ErrorNotice({ error }: { error: unknown }) {
  const errorText = useErrorText();
  const { title, help } = errorText(error);
  return (
    <div className="notice notice--error" role="alert" data-testid="data-error">
      <AlertIcon />
      <div>
        <strong>{title}</strong>
        <span className="notice__detail">{help}</span>
      </div>
    </div>
  );
}
