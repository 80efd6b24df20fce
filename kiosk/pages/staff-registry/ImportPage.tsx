import { useState } from 'preact/hooks'
import type { StoreImportReport } from '../../../shared/api-types.ts'
import { importStoresCsv } from '../../api/registry.ts'
import { ApiProblem } from '../../components/staff/ApiProblem.tsx'
import type { ErrorKeys } from '../../components/staff/error-key.ts'
import { useAction } from '../../state/staff-action.ts'
import { useLocale } from '../../state/staff-locale.ts'
import { columnLabel, reasonLabel } from './import-labels.ts'

// What the upload's refusals mean for a file (the JSON-body wording does not fit).
const REFUSALS: ErrorKeys = {
  bad_request: 'import.error.unreadable',
  payload_too_large: 'import.error.too_large',
  unsupported_media_type: 'import.error.not_csv',
  validation_failed: 'import.error.columns',
}

/** The store list from CSV: a dry run shows what would change, then one click applies it. */
export function ImportPage() {
  const { t } = useLocale()
  const [file, setFile] = useState<File | null>(null)
  const [deactivateMissing, setDeactivateMissing] = useState(false)
  const [report, setReport] = useState<StoreImportReport | null>(null)
  const action = useAction(() => undefined)

  function run(apply: boolean) {
    if (!file) return
    void action.run(async () => {
      try {
        setReport(await importStoresCsv(file, { apply, deactivateMissing }))
      } catch (err) {
        setReport(null)
        throw err
      }
    })
  }

  return (
    <section aria-labelledby="import-title" class="registry-import">
      <h2 id="import-title">{t('import.title')}</h2>
      <p>{t('import.help')}</p>
      <label for="import-file">{t('import.file')}</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,text/csv"
        onChange={(e) => {
          setFile(e.currentTarget.files?.[0] ?? null)
          setReport(null)
        }}
      />
      <label class="inline">
        <input type="checkbox" checked={deactivateMissing} onChange={(e) => setDeactivateMissing(e.currentTarget.checked)} />{' '}
        {t('import.deactivate_missing')}
      </label>
      <p>
        <button type="button" disabled={!file || action.busy} onClick={() => run(false)}>
          {t('import.dry_run')}
        </button>{' '}
        {report && !report.applied && (
          <button type="button" class="primary" disabled={action.busy} onClick={() => run(true)}>
            {t('import.apply')}
          </button>
        )}
      </p>
      <ApiProblem
        error={action.error}
        codes={REFUSALS}
        fieldName={(path) => t('import.column', { column: columnLabel(t, path.replace(/^column\./, '')) })}
      />
      {report && <ImportReport report={report} />}
    </section>
  )
}

interface ReportProps {
  report: StoreImportReport
}

function ImportReport({ report }: ReportProps) {
  const { t } = useLocale()
  return (
    <div class="import-report" data-applied={String(report.applied)}>
      {report.applied && <p role="status">{t('import.applied')}</p>}
      <p>{t('import.rows', { n: report.rows, encoding: report.encoding })}</p>
      <ul class="counts">
        <li data-count="add">{t('import.add', { n: report.add.length })}</li>
        <li data-count="change">{t('import.change', { n: report.change.length })}</li>
        <li data-count="deactivate">{t('import.deactivate', { n: report.deactivate.length })}</li>
        <li data-count="unchanged">{t('import.unchanged', { n: report.unchanged })}</li>
        <li data-count="missing">{t('import.missing', { n: report.missing.length })}</li>
        <li data-count="invalid">{t('import.invalid', { n: report.invalid.length })}</li>
      </ul>
      {report.unknownColumns.length > 0 && <p>{t('import.unknown_columns', { columns: report.unknownColumns.join('、') })}</p>}
      {report.invalid.length > 0 && (
        <table class="invalid-rows">
          <tbody>
            {report.invalid.map((row) => (
              <tr key={`${row.line}-${row.field}`} data-line={row.line}>
                <td class="mono">{t('import.line', { line: row.line })}</td>
                <td>{row.code ?? ''}</td>
                <td>{columnLabel(t, row.field)}</td>
                <td>{reasonLabel(t, row.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
