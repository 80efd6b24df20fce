import { submissionLoad } from './submit-load.ts'
const [url, secs, seed] = process.argv.slice(2)
const r = await submissionLoad(url!, Number(secs), Number(seed))
console.log(JSON.stringify(r))
