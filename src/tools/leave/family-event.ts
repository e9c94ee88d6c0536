import { PhraseSet, phrases } from '../question/phrase-set.js';
import type { ToolQuestion } from '../question/tool-question.js';
import type { ExcuseEvent, Relative } from './leave.js';

// Checked in order: compound words first ("anneanne" before "anne", "kayınvalide" before "valide").
const RELATIVE_WORDS: [Relative, PhraseSet][] = [
  ['grandparent', phrases('anneanne', 'babaanne', 'büyükanne', 'büyükbaba', 'dede$', 'dedem', 'dedesi', 'dedemin', 'nine$', 'ninem', 'ninesi', 'grandmother', 'grandfather', 'grandparent', 'grandma', 'grandpa')],
  ['parent_in_law', phrases('kayınvalide', 'kayınpeder', 'kayınbaba', 'kayınana', 'kaynana', 'kaynata', 'mother-in-law', 'father-in-law', 'mother in law', 'father in law')],
  ['sibling_in_law', phrases('görümce', 'baldız', 'bacanak', 'elti', 'enişte', 'yenge', 'kayınbirader', 'brother in law', 'sister in law', 'brother-in-law', 'sister-in-law')],
  ['grandchild', phrases('torun', 'grandchild', 'grandson', 'granddaughter')],
  ['uncle_aunt', phrases('amca', 'dayı', 'halam', 'halası', 'halamın', 'teyze', 'uncle', 'aunt')],
  ['cousin', phrases('kuzen', 'cousin')],
  ['mother', phrases('anne', 'anam', 'validem', 'mother', 'mom$', 'mum$')],
  ['father', phrases('baba', 'father', 'dad$')],
  ['spouse', phrases('eş$', 'eşim', 'eşi$', 'eşinin', 'karım', 'karımın', 'kocam', 'kocamın', 'hanımım', 'wife', 'husband', 'spouse')],
  ['child', phrases('çocu', 'oğl', 'kızım', 'kızı$', 'kızının', 'my son', 'daughter', 'child', 'children', 'kid$', 'kids$')],
  ['sibling', phrases('kardeş', 'ağabey', 'abi$', 'abim', 'abla', 'brother', 'sister', 'sibling')],
  ['self', phrases('kendim', 'evleniyorum', 'evleneceğim', 'evlendim', 'evlenirsem', 'evleneceksem', 'myself', "i'm getting married", 'i am getting married', 'i m getting married', 'my wedding', 'my own wedding')],
];

/** Who the event concerns: the first relative word in the order above. */
export function findRelative(question: ToolQuestion): Relative | null {
  return RELATIVE_WORDS.find(([, words]) => words.test(question))?.[0] ?? null;
}

const EVENT_WORDS: [ExcuseEvent, PhraseSet][] = [
  ['death', phrases('vefat', 'ölüm', 'öldü', 'ölmüş', 'ölen', 'ölürse', 'ölmesi', 'kaybettim', 'kaybetti', 'cenaze', 'died', 'death', 'passed away', 'funeral', 'bereavement')],
  ['marriage', phrases('evlen', 'düğün', 'nikah', 'nikâh', 'marriage', 'married', 'wedding', 'marry')],
  ['birth', phrases('doğum yap', 'doğurdu', 'doğuracak', 'baba old', 'baba olac', 'baba oluyor', 'gave birth', 'giving birth', 'had a baby', 'having a baby')],
];

// "Annesini kaybeden", "babasının kaybı": a loss is a death only when a relative is named ("hakkını
// kaybeden" loses a right, not a person).
const LOSS_WORDS = phrases('kaybed', 'kaybet', 'kayb', 'yitir', 'lost my', 'lost his', 'lost her', 'loss of');

/** Becoming a father: the staff member's spouse gives birth. */
export const BECOMING_A_FATHER = phrases('baba old', 'baba olac', 'baba oluyor', 'becoming a father', 'become a father', 'became a father');
const BIRTH_WORD = phrases('doğum', 'doğur', 'birth', 'baby');

export function findExcuseEvent(question: ToolQuestion): ExcuseEvent | null {
  const event = EVENT_WORDS.find(([, words]) => words.test(question))?.[0] ?? null;
  if (event) return event;
  const relative = findRelative(question);
  if (relative !== null && relative !== 'self' && LOSS_WORDS.test(question)) return 'death';
  // "Eşim dün doğum yaptı": the birth word need not follow the spouse word.
  return relative === 'spouse' && BIRTH_WORD.test(question) ? 'birth' : null;
}
