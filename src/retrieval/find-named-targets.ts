import { foldTurkish, isStopword, stemTurkish, stripTurkishDiacritics, tokenizeRaw } from '../text/index.js';

/** A document, or a document inside a gazette issue, that a question may name. */
export interface NamedTarget {
  docId: string;
  /** Gazette part title, or null for the whole document. */
  subTitle: string | null;
  title: string;
  /** Extra names people use ("Kars İŞKUR raporu", "stratejik plan"). */
  aliases?: string[];
}

// Words every title has; naming "yönerge" alone does not say which directive.
const GENERIC = new Set(
  ['yönerge', 'yönergesi', 'hakkında', 'ilişkin', 'usul', 'esaslar', 'esasları', 'yılı', 'sayfa', 'millî', 'milli',
    'eğitim', 'bakanlığı', 'müdürlüğü', 'il', 'raporu', 'rapor', 'planı', 'tebliğler', 'dergisi', 'haber', 'faaliyet',
    'kurumlarına', 'mesleki', 've', 'teknik', 'çalışma', 'özellikli']
    .map((w) => stripTurkishDiacritics(stemTurkish(foldTurkish(w)))),
);

const distinctiveStems = (text: string) =>
  new Set(
    tokenizeRaw(text)
      .filter((w) => !isStopword(w) && !/^\d+$/.test(w))
      .map((w) => stripTurkishDiacritics(stemTurkish(w)))
      .filter((s) => s.length >= 3 && !GENERIC.has(s)),
  );

// Titles do not change while an index serves: their stems are worked out once per target, not per question.
const stemsCache = new WeakMap<NamedTarget, Set<string>[]>();

function namesOf(target: NamedTarget): Set<string>[] {
  let names = stemsCache.get(target);
  if (!names) {
    names = [target.subTitle ?? target.title, ...(target.aliases ?? [])].map(distinctiveStems);
    stemsCache.set(target, names);
  }
  return names;
}

const uniqueCache = new WeakMap<readonly NamedTarget[], Set<string>>();

/** Title words found in the names of one document only (its parts count as the same document). */
function uniqueStems(targets: readonly NamedTarget[]): Set<string> {
  let unique = uniqueCache.get(targets);
  if (!unique) {
    const owners = new Map<string, Set<string>>();
    for (const target of targets) {
      for (const stems of namesOf(target)) {
        for (const s of stems) owners.set(s, (owners.get(s) ?? new Set()).add(target.docId));
      }
    }
    unique = new Set([...owners].filter(([, docs]) => docs.size === 1).map(([s]) => s));
    uniqueCache.set(targets, unique);
  }
  return unique;
}

export interface TargetMatch {
  target: NamedTarget;
  /** Share of the title's distinctive words found in the question. */
  coverage: number;
  matched: number;
}

/**
 * Which documents the question names. "Madde 4" exists in both directives of the gazette issue; a
 * question that says "Sektörel Mükemmeliyet Merkezleri Yönergesine göre…" must get that directive's.
 * A target counts as named when at least two of its distinctive title words (or its only one) appear.
 */
export function findNamedTargets(question: string, targets: readonly NamedTarget[]): TargetMatch[] {
  const questionStems = distinctiveStems(question);
  const unique = uniqueStems(targets);
  const matches: TargetMatch[] = [];
  for (const target of targets) {
    let best: TargetMatch | null = null;
    for (const stems of namesOf(target)) {
      if (stems.size === 0) continue;
      let matched = 0;
      let matchedUnique = false;
      for (const s of stems) {
        if (!questionStems.has(s)) continue;
        matched++;
        if (unique.has(s)) matchedUnique = true;
      }
      // Two title words name a document; so does one that no other title has ("Erzincan", "Kars").
      const needed = Math.min(2, stems.size);
      if (matched >= needed || matchedUnique) {
        const coverage = matched / stems.size;
        if (!best || coverage > best.coverage) best = { target, coverage, matched };
      }
    }
    if (best) matches.push(best);
  }
  return matches.sort((a, b) => b.matched - a.matched || b.coverage - a.coverage);
}

// Article references are read in the question's analysis; the benchmarks time them from here.
export { findArticleReferences } from '../question/find-document-mentions.js';
