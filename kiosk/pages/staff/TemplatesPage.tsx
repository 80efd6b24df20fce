import { addReplyTemplate } from '../../api/loop.ts'
import { listReplyTemplates } from '../../api/staff.ts'
import { Pending } from '../../components/staff/Pending.tsx'
import { TemplateForm } from '../../components/staff/TemplateForm.tsx'
import { TemplateRow } from '../../components/staff/TemplateRow.tsx'
import { useLoad } from '../../state/staff-load.ts'
import { useLocale } from '../../state/staff-locale.ts'

/** The reply templates the case page offers: listed, added, edited and deleted by an admin. */
export function TemplatesPage() {
  const { t } = useLocale()
  const { data, error, reload } = useLoad(listReplyTemplates, [])
  return (
    <>
      <h1>{t('templates.title')}</h1>
      <p>{t('templates.hint')}</p>
      {!data ? (
        <Pending error={error} />
      ) : data.length === 0 ? (
        <p>{t('templates.none')}</p>
      ) : (
        <ul class="templates">
          {data.map((tpl) => (
            <TemplateRow key={tpl.id} template={tpl} onChanged={reload} />
          ))}
        </ul>
      )}
      <h2>{t('templates.add')}</h2>
      <TemplateForm save={addReplyTemplate} onDone={reload} />
    </>
  )
}
