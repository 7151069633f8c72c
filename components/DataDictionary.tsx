import { getTranslations } from 'next-intl/server';
import { DICTIONARY, type DictionaryTable } from '@/lib/snapshots/dictionary';

/** One table per download, a row per column, in the order the files give them. */
export async function DataDictionary() {
  const t = await getTranslations('evidence.dictionary');
  return (
    <section aria-labelledby="dictionary-heading">
      <h2 id="dictionary-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      {(Object.keys(DICTIONARY) as DictionaryTable[]).map((table) => (
        <table key={table} className="table">
          <caption>{t(table)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('column')}</th>
              <th scope="col">{t('meaning')}</th>
            </tr>
          </thead>
          <tbody>
            {DICTIONARY[table].map((column) => (
              <tr key={column}>
                <th scope="row">
                  <code>{column}</code>
                </th>
                <td>{t(`columns.${table}.${column}` as 'columns.snapshot.snapshot')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}
