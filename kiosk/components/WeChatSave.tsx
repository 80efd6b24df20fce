import { useEffect, useState } from 'preact/hooks'
import { useLocale } from '../state/buyer-locale.ts'

/**
 * How to keep the receipt in WeChat, where most buyers open a poster's QR
 * code: inside WeChat's browser (its user agent says MicroMessenger) the
 * steps, elsewhere a hint. Decided after the first render, so the page the
 * server rendered hydrates unchanged.
 */
export function WeChatSave() {
  const { t } = useLocale()
  const [inWeChat, setInWeChat] = useState(false)
  useEffect(() => setInWeChat(/MicroMessenger/i.test(navigator.userAgent)), [])
  if (!inWeChat) return <p class="hint wechat-save">{t('pages.wechat_hint')}</p>
  return (
    <section class="warning wechat-save" aria-labelledby="wechat-save-title">
      <h3 id="wechat-save-title">{t('pages.wechat_title')}</h3>
      <p>{t('pages.wechat_steps')}</p>
    </section>
  )
}
