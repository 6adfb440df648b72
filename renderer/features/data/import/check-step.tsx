import { useTranslation } from 'react-i18next';
import type { CellIssue } from '../../../../shared/domain/import';
import { ErrorNotice } from '../error-notice';
import { useFieldLabel } from '../field-labels';
import { useImportStore } from './import-store';
import { WizardNav } from './wizard-nav';

/** The first rows as Kemai will read them, bad cells in red with the reason on hover/focus. */
export function CheckStep() {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  const preview = useImportStore((s) => s.preview);
  const mapping = useImportStore((s) => s.mapping);
  const error = useImportStore((s) => s.error);
  const goTo = useImportStore((s) => s.goTo);
  if (!preview) return null;
  const reason = (key: string) => (i18n.exists(key) ? t(key) : key);
  const columns = mapping.flatMap((field, column) => (field ? [{ field, column }] : []));
  // Main checked the sample against `preview.mapping`, normally the mapping shown here. While a
  // re-check after a change is on its way, the old issues of re-matched columns would mislead,
  // so only those of unchanged columns are shown until it lands.
  const stale = preview.mapping.some((field, column) => field !== mapping[column]);
  const shown = (issue: CellIssue) =>
    issue.column < 0 || preview.mapping[issue.column] === mapping[issue.column];
  const problemCount = preview.rows.reduce((n, row) => n + row.issues.filter(shown).length, 0);

  return (
    <section className="card">
      <p className="card__hint">{t('data.import.check.intro', { count: preview.rows.length })}</p>
      {stale ? (
        <div className="notice" role="status" data-testid="check-summary" aria-busy="true">
          <span className="spinner" aria-hidden="true" />
          {t('data.import.check.rechecking')}
        </div>
      ) : (
        <div
          className={problemCount ? 'notice notice--warning' : 'notice notice--success'}
          role="status"
          data-testid="check-summary"
        >
          {problemCount
            ? t('data.import.check.problems', { count: problemCount, rows: preview.rows.length })
            : t('data.import.check.allGood', { count: preview.rows.length })}
        </div>
      )}
      {/* Room below the last row, so a tooltip there is not cut off by the scroll box. */}
      <div className={problemCount ? 'grid-wrap grid-wrap--tips' : 'grid-wrap'}>
        <table className="grid" data-testid="check-table">
          <thead>
            <tr>
              <th>{t('data.import.check.line')}</th>
              {columns.map(({ field, column }) => (
                <th key={column}>{label(field)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => {
              const rowIssues = row.issues.filter((i) => i.column < 0 || !mapping[i.column]);
              const rowReason = rowIssues.map((i) => reason(i.message)).join('；');
              return (
                <tr key={row.line}>
                  {rowIssues.length ? (
                    <BadCell
                      id={`line-${row.line}`}
                      value={String(row.line)}
                      reason={t('data.import.check.rowProblem', {
                        line: row.line,
                        reason: rowReason,
                      })}
                    />
                  ) : (
                    <td className="grid__line">{row.line}</td>
                  )}
                  {columns.map(({ column }) => {
                    const issues = row.issues.filter((i) => i.column === column && shown(i));
                    const value = row.cells[column] ?? '';
                    return issues.length ? (
                      <BadCell
                        key={column}
                        id={`cell-${row.line}-${column}`}
                        value={value}
                        reason={issues.map((i) => reason(i.message)).join('；')}
                      />
                    ) : (
                      <td key={column}>{value}</td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {problemCount ? (
        <ul className="problem-list" data-testid="problem-list">
          {preview.rows.flatMap((row) =>
            row.issues.filter(shown).map((issue, i) => (
              <li key={`${row.line}-${i}`}>
                {t('data.import.check.rowProblem', {
                  line: row.line,
                  reason: `${issue.column >= 0 ? (preview.headers[issue.column] ?? '') + ' · ' : ''}${reason(issue.message)}`,
                })}
              </li>
            )),
          )}
        </ul>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      <WizardNav onBack={() => goTo('mapping')} onNext={() => goTo('options')} />
    </section>
  );
}

/** Focusable so keyboard users reach the reason too; the tooltip is also its description. */
function BadCell({ id, value, reason }: { id: string; value: string; reason: string }) {
  const tipId = `import-tip-${id}`;
  return (
    <td
      className="grid__bad"
      tabIndex={0}
      aria-invalid="true"
      aria-describedby={tipId}
      data-testid="bad-cell"
    >
      {value || '—'}
      <span className="grid__tip" role="tooltip" id={tipId}>
        {reason}
      </span>
    </td>
  );
}
