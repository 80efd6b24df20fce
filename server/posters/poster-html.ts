// The print-ready batch: one HTML document, one page per store, the QR code
// inline as SVG (vector, so it prints sharp at any size and needs no image
// requests). Chrome prints it to paper or PDF with the fonts of the machine
// that prints, which is what makes Chinese text work without shipping a CJK
// font. A city of 2,500 stores is one ~6 MB page that renders in seconds.
import { registry } from '../../shared/i18n/registry.ts'
import { translator } from '../../shared/i18n/translate.ts'
import type { PosterSize } from '../../shared/registry-schemas.ts'
import type { PosterSheet } from './poster-sheets.ts'
import { qrSvg } from './qr-code.ts'

const t = translator(registry, 'zh-CN')

// Sizes in millimetres. The QR side follows the rule of thumb that a code
// scans from about ten times its width: 120 mm on the wall poster reads from
// across a counter, 56 mm on the counter card from arm's length.
const LAYOUT: Record<PosterSize, { page: string; w: number; h: number; qr: number; scale: number }> = {
  a4: { page: 'A4', w: 210, h: 297, qr: 120, scale: 1 },
  a6: { page: 'A6', w: 105, h: 148, qr: 56, scale: 0.5 },
}

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)

function sheet(p: PosterSheet, size: PosterSize): string {
  const { qr } = LAYOUT[size]
  const supervisor = [p.supervisorName, p.supervisorPhone].filter(Boolean).join('  ')
  return `<section class="sheet" data-code="${escape(p.code)}" data-version="${escape(p.version)}">
<header><p class="centre">${escape(t('poster.title'))}</p><h1>${escape(p.name)}</h1>
<p class="code">${escape(t('poster.code'))} ${escape(p.code)}</p></header>
${qrSvg(p.url, `class="qr" width="${qr}mm" height="${qr}mm" data-url="${escape(p.url)}"`)}
<p class="cta">${escape(t('poster.scan'))}</p><p class="hint">${escape(t('poster.scan_hint'))}</p>
<dl>${p.hotline ? `<dt>${escape(t('poster.hotline'))}</dt><dd class="hotline">${escape(p.hotline)}</dd>` : ''}
${supervisor ? `<dt>${escape(t('poster.supervisor'))}</dt><dd>${escape(supervisor)}</dd>` : ''}
${p.headline ? `<dt>${escape(t('poster.notice'))}</dt><dd>${escape(p.headline)}</dd>` : ''}</dl>
<footer>${escape(t('poster.version'))} ${escape(p.version)} · ${escape(p.url)}</footer>
</section>`
}

/** The print-ready page, and its one inline style block (which the page's CSP allows by hash). */
export function postersHtml(sheets: PosterSheet[], size: PosterSize): { html: string; style: string } {
  const { page, w, h, scale } = LAYOUT[size]
  const pt = (n: number) => `${(n * scale).toFixed(1)}pt`
  const css = `@page{size:${page};margin:0}
*{box-sizing:border-box}html,body{margin:0;padding:0;background:#fff;color:#000}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
.sheet{width:${w}mm;height:${h}mm;padding:${(12 * scale).toFixed(1)}mm;display:flex;flex-direction:column;align-items:center;
text-align:center;overflow:hidden;break-after:page;page-break-after:always}
.sheet:last-child{break-after:auto;page-break-after:auto}
.centre{margin:0;font-size:${pt(18)};letter-spacing:.1em}h1{margin:${pt(10)} 0 0;font-size:${pt(34)};line-height:1.2}
.code{margin:${pt(4)} 0 ${pt(10)};font-size:${pt(20)}}.qr{display:block;flex:none}
.cta{margin:${pt(8)} 0 0;font-size:${pt(22)};font-weight:bold}.hint{margin:${pt(2)} 0 ${pt(8)};font-size:${pt(13)}}
dl{margin:0;display:grid;grid-template-columns:auto auto;gap:${pt(3)} ${pt(10)};font-size:${pt(15)};text-align:left}
dt{font-weight:bold}dd{margin:0}.hotline{font-size:${pt(20)};font-weight:bold}
footer{margin-top:auto;font-size:${pt(8)};color:#444;word-break:break-all}
@media screen{body{background:#888}.sheet{margin:8mm auto;background:#fff}}`
  const body = sheets.length > 0 ? sheets.map((s) => sheet(s, size)).join('\n') : `<p>${escape(t('poster.none'))}</p>`
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(t('poster.doc_title'))}</title><style>${css}</style></head><body>
${body}
</body></html>`
  return { html, style: css }
}
