import type { Catalogue, Messages } from './translate.ts'

/** One catalogue from several areas' catalogues (keys must not overlap). */
export function mergeCatalogues<A extends Messages, B extends Messages>(a: Catalogue<A>, b: Catalogue<B>): Catalogue<A & B> {
  return { 'zh-CN': { ...a['zh-CN'], ...b['zh-CN'] }, en: { ...a.en, ...b.en } } as Catalogue<A & B>
}
