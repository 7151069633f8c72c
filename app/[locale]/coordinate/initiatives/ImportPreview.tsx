'use client';

import { useTranslations } from 'next-intl';
import type { ImportResult } from '@/lib/coordinate-csv/import';

/** Each row's outcome, and each problem with its row and column; announced to screen readers as it appears. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const t = useTranslations();
  const csv = useTranslations('evidence.csv');
  const message = (key: string, values?: Record<string, string | number>) => (t.has(key) ? t(key, values) : t('validation.invalid'));
  return (
    <section aria-labelledby="preview-heading">
      <h3 id="preview-heading">{csv('previewHeading')}</h3>
      <p role="status">{csv('summary', { errors: result.problemCount, changes: result.changeCount })}</p>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{csv('previewHeading')}</caption>
          <thead>
            <tr>
              <th scope="col">{csv('row')}</th>
              <th scope="col">{csv('type')}</th>
              <th scope="col">{t('recordAdmin.initiative')}</th>
              <th scope="col">{csv('outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {result.reports.map((report) => (
              <tr key={report.row} className={report.outcome === 'error' ? 'row--error' : undefined}>
                <th scope="row">{report.row}</th>
                <td>{report.recordType}</td>
                <td>{report.initiative}</td>
                <td>
                  {csv(`outcomes.${report.outcome}`)}
                  {report.problems.length > 0 ? (
                    <ul>
                      {report.problems.map((problem, index) => (
                        <li key={index}>
                          {problem.column
                            ? csv('problem', { column: problem.column, message: message(problem.key, problem.values) })
                            : message(problem.key, problem.values)}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
