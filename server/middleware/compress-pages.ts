// Pages and the files served under fixed names (the service worker, the
// manifest, the icon) compressed per answer when the browser accepts it: on
// the 3G of issue 12 (400 kbps) every KB costs 20 ms. Hashed assets come
// precompressed from the build (routes/pages.ts); the JSON API is left as it
// is, its answers are small and its clients many.
import { compress } from 'hono/compress'

const PAGE_TYPES = /^(?:text\/(?:html|css|javascript)|application\/(?:javascript|manifest\+json)|image\/svg\+xml)\b/

export const compressPages = compress({ contentTypeFilter: PAGE_TYPES })
