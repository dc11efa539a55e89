import { prepare } from './shared/domain/extract/tokens.js';
import { STOP_CAPS } from './shared/domain/extract/lexicon.js';
const p = prepare('The event was organized by X. The Deputy Chairman of the Public Union "Film Industry Development Fund," Azer Aydemir, spoke.');
for (const s of p.sentences) console.log(s.tokens.map(t=>`${t.text}/${t.key}${t.cap?'^':''}${t.allCaps?'A':''}`).join(' '));
console.log(STOP_CAPS.has('the'), [...STOP_CAPS].slice(0,5));
