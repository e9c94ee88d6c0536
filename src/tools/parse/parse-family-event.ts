import type { ExcuseEvent, Relative } from '../leave.js';
import { wordsForMatch } from './normalize-for-match.js';

// Checked in order: compound words first ("anneanne" before "anne", "kayinvalide" before "valide").
const RELATIVE_WORDS: [Relative, RegExp][] = [
  ['grandparent', /^(anneanne|babaanne|buyukanne|buyukbaba|dede|nine|grandmother|grandfather|grandparent|grandma|grandpa)/],
  ['parent_in_law', /^(kayinvalide|kayinpeder|kayinbaba|kayinana|kaynana|kaynata|mother in law|father in law)/],
  ['sibling_in_law', /^(gorumce|baldiz|bacanak|elti|enistesi|yenge|kayinbirader|brother in law|sister in law)/],
  ['grandchild', /^(torun|grandchild|grandson|granddaughter)/],
  ['uncle_aunt', /^(amca|dayi|hala|teyze|uncle|aunt)/],
  ['cousin', /^(kuzen|cousin)/],
  ['mother', /^(anne|annem|anam|validem|mother|mom|mum)$|^(annem|annesi|anneme|annemi)/],
  ['father', /^(baba|babam|babasi|father|dad)$|^(babam|babasi)/],
  ['spouse', /^(es|esim|esimin|esi|esinin|karim|kocam|wife|husband|spouse|hanimim)$/],
  ['child', /^(cocug|cocuk|oglum|ogl|kizim|kizi$|son$|daughter|child|children|kid)/],
  ['sibling', /^(kardes|agabey|abi|abim|abla|ablam|brother|sister|sibling)/],
  ['self', /^(kendim|kendimin|kendisi|evleniyorum|evlenecegim|evlendim|myself|getting married|i m getting married)$/],
];

/** Who the event concerns: the first relative word in the text, in the order above. */
export function findRelative(text: string): Relative | null {
  const words = wordsForMatch(text);
  const joined = words.join(' ');
  for (const [relative, pattern] of RELATIVE_WORDS) {
    if (words.some((w) => pattern.test(w))) return relative;
    if (/ in law|getting married/.test(pattern.source) && pattern.test(joined.replace(/^.*?(?=(mother|father|brother|sister|getting) )/, ''))) return relative;
  }
  if (/\b(i m|i am|i ll|i will) (getting )?marr/.test(joined) || /\bmy (own )?wedding\b/.test(joined)) return 'self';
  return null;
}

const EVENT_PATTERNS: [ExcuseEvent, RegExp][] = [
  ['death', /\b(vefat|olum|oldu|olmus|kaybettim|kaybetti|cenaze|died|death|passed away|funeral|bereavement)/],
  ['marriage', /\b(evlen|dugun|nikah|marriage|married|wedding|marry)/],
  ['birth', /\b(dogum yap|dogurdu|dogum yapacak|baba oldum|baba olacagim|gave birth|giving birth|had a baby|is having a baby)/],
];

export function findExcuseEvent(text: string): ExcuseEvent | null {
  const joined = wordsForMatch(text).join(' ');
  return EVENT_PATTERNS.find(([, pattern]) => pattern.test(joined))?.[0] ?? null;
}
