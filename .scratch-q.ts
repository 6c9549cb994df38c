import { readFileSync } from 'node:fs';
import { QUESTIONS } from './test/fixtures/questions.ts';
import { validateElectionData } from './src/core/elections/validate-election-data.ts';
import { toRecords } from './src/core/elections/records.ts';
import { toAreaEntry } from './src/core/elections/assemble.ts';
import { understandQuestion } from './src/core/elections/understand-question.ts';
const v = validateElectionData(readFileSync('data/examples/kazakhstan-2023.yaml','utf8')); if (!v.ok) throw v;
const areas = toRecords(v.data).areas.map(toAreaEntry);
let i=0,p=0;
for (const c of QUESTIONS) { const u = understandQuestion(c.text, areas); const place = u.place.kind==='one'? u.place.match.area.id : u.place.kind==='many'? 'MANY:'+u.place.matches.map(m=>m.area.id).join('|') : null;
 const ok1 = u.intent===c.intent, ok2 = place===c.place; if(ok1)i++; if(ok2)p++;
 if(!ok1||!ok2) console.log(`${ok1?'  ':'I!'} ${ok2?'  ':'P!'} ${c.text} => ${u.intent} ${place} (want ${c.intent} ${c.place})`); }
console.log(QUESTIONS.length, i/QUESTIONS.length, p/QUESTIONS.length);
