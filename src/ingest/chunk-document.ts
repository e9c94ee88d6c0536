import { firstItemOf, splitArticleParagraphs } from './article-paragraphs.js';
import { clip, nextContentLine, splitLines, type Line } from './chunk-lines.js';
import { emitLabelRows, emitTable, labelRunAt, type TableContext } from './chunk-tables.js';
import { findAnnexStart } from './find-annex-start.js';
import { packText, type Span } from './pack-text.js';
import {
  endsWithConjunction,
  isAnnexHeading,
  isAnnexLine,
  isCaptionCandidate,
  isCapsHeadingLine,
  isFootnoteLine,
  isSectionLine,
  isStrategicGoalLine,
  isStrategicTargetLine,
  isThemeLine,
  normaliseSectionLabel,
  parseArticleHeader,
  parseNumberedHeading,
  type ArticleHeader,
} from './structure.js';
import type { Chunk, ChunkKind, Locator, SourceDocument } from './types.js';

/** Plain text is packed into pieces of this size (characters). */
export const TEXT_CHUNK = { min: 500, max: 1000 } as const;
/** An article longer than this is split at paragraph boundaries. */
export const ARTICLE_MAX = 1200;
/** A text region with less content than this does not stop at the next heading (no crumbs). */
const MIN_REGION_CONTENT = 150;

const LEVEL = { section: 0, theme: 1, annex: 1, goal: 2, target: 3, numbered: 4, caps: 8 } as const;

interface Caption {
  firstLine: number;
  text: string;
  /** False when a page break lies between the caption and its article (the chunk then starts at the article). */
  samePage: boolean;
}

interface Section {
  start: number;
  end: number;
  subTitle: string | null;
}

interface HeadingEvent {
  offset: number;
  headings: string[];
}

function sectionsOf(doc: SourceDocument): Section[] {
  const parts = [...doc.parts].sort((a, b) => a.start - b.start);
  const sections: Section[] = [];
  let pos = 0;
  for (const part of parts) {
    if (part.start > pos) sections.push({ start: pos, end: part.start, subTitle: null });
    sections.push({ start: part.start, end: part.end, subTitle: part.title });
    pos = Math.max(pos, part.end);
  }
  if (pos < doc.text.length) sections.push({ start: pos, end: doc.text.length, subTitle: null });
  return sections;
}

function shortTitle(title: string): string {
  const bare = title.replace(/\s*\([^()]*\)\s*$/u, '').trim() || title;
  if (bare.length <= 80) return bare;
  return `${bare.slice(0, bare.lastIndexOf(' ', 78))}…`;
}



/** The document as a locator names it: its (sub)title, with the revision when the corpus holds several. */
function documentLabel(doc: SourceDocument, section: Section): string {
  if (section.subTitle) return section.subTitle;
  const title = shortTitle(doc.title);
  return doc.revision ? `${title} (${doc.revision.label})` : title;
}

/** A date or a figure alone on the next line: a table cell listing "Geçici Madde 7", not an article. */
const DATA_LINE = /^[\d\s./:,;-]+$/u;

/**
 * Splits a document into retrieval chunks that follow its structure: articles (split at paragraphs when
 * long), annexes after the articles (each under its own locator), table rows (one indicator with its
 * sub-rows), and paragraph-packed text. Each chunk carries the headings in force, a locator a person can
 * look up and the same place field by field (`loc`); `chunk.text === doc.text.slice(start, end)`.
 */
export function chunkDocument(doc: SourceDocument): Chunk[] {
  const lines = splitLines(doc);
  const text = doc.text;
  const genericHeadings = doc.kind === 'report' || doc.kind === 'strategic-plan' || doc.kind === 'other';
  const chunks: Chunk[] = [];
  const superseded = Boolean(doc.supersededBy);

  const pageAt = (offset: number): number | null => {
    if (doc.pages.length === 0) return null;
    const span = doc.pages.find((p) => offset >= p.start && offset <= p.end) ?? doc.pages.find((p) => p.start >= offset);
    return span?.page ?? doc.pages.at(-1)!.page;
  };
  const lineIndexAt = (offset: number): number => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  // Material after the last article (annexes, footnotes) per section: article headers there are quotes.
  const sections = sectionsOf(doc).map((section) => {
    const first = lineIndexAt(section.start);
    const last = lineIndexAt(Math.max(section.start, section.end - 1));
    return { ...section, first, last, annexStart: findAnnexStart(lines, first, last) };
  });
  const inAnnex = (k: number): boolean => sections.some((s) => s.annexStart !== null && k >= s.annexStart && k <= s.last);

  /** The article header on line k, when it opens an article (a bare label must be followed by article text). */
  const headerAt = (k: number): ArticleHeader | null => {
    const line = lines[k]!;
    if (line.tab || inAnnex(k)) return null;
    const header = parseArticleHeader(line.text);
    if (!header || !header.bare) return header;
    const next = nextContentLine(lines, k + 1, lines.length - 1);
    if (next < 0 || lines[next]!.tab) return null;
    const t = lines[next]!.text.trim();
    return DATA_LINE.test(t) || parseArticleHeader(t) ? null : header;
  };
  const headers = new Map<number, ArticleHeader>();
  lines.forEach((_, k) => {
    const header = headerAt(k);
    if (header) headers.set(k, header);
  });

  // Captions: the line(s) just before an article ("Amaç ve kapsam", "Avukatlığın amacı:"), skipping blanks
  // and page numbers. Consolidated texts print each caption at the end of the previous article's block: it
  // belongs to the article below it.
  const captionOwner = new Map<number, number>();
  const captions = new Map<number, Caption>();
  for (const j of headers.keys()) {
    let k = j - 1;
    let samePage = true;
    while (k >= 0 && (lines[k]!.blank || lines[k]!.footer)) {
      if (lines[k]!.footer) samePage = false;
      k--;
    }
    if (k < 0 || lines[k]!.tab || !isCaptionCandidate(lines[k]!.text) || captionOwner.has(k) || headers.has(k)) continue;
    let first = k;
    // "Mesleki gelişim … aranacak" / "şartlar": a caption wrapped over two lines.
    if (/^\p{Ll}/u.test(lines[k]!.text.trim()) && k > 0 && !lines[k - 1]!.blank && isCaptionCandidate(lines[k - 1]!.text)) {
      first = k - 1;
    }
    for (let c = first; c <= k; c++) captionOwner.set(c, j);
    const captionText = lines
      .slice(first, k + 1)
      .map((l) => l.text.trim())
      .join(' ')
      .replace(/:$/u, '');
    captions.set(j, { firstLine: first, text: captionText, samePage });
  }

  // A revision names itself among the headings, so "eski yönergede", "2019'daki metin" find the right one.
  const revisionHeading = doc.revision
    ? `${doc.revision.rank === 1 ? 'güncel' : 'eski'} sürüm ${doc.revision.label}${doc.asOf ? ` (${doc.asOf.slice(0, 4)})` : ''}`
    : null;
  const push = (span: Span, kind: ChunkKind, section: Section, headings: string[], article: string | null, locator: string, loc: Locator): void => {
    const page = pageAt(span.start);
    if (revisionHeading) headings = [...headings, revisionHeading];
    chunks.push({
      id: `${doc.id}#${chunks.length}`,
      docId: doc.id,
      source: doc.source,
      title: doc.title,
      subTitle: section.subTitle,
      locator,
      loc: { ...loc, ...(section.subTitle ? { part: section.subTitle } : {}), ...(page !== null ? { page } : {}) },
      article,
      page,
      kind,
      headings,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      ...(superseded ? { superseded: true } : {}),
      ...(doc.revision ? { revision: { label: doc.revision.label, rank: doc.revision.rank, asOf: doc.asOf } } : {}),
    });
  };

  /** End offset of the last line in [from, to) holding text (page footers and blanks left out). */
  const contentEnd = (from: number, to: number): number | null => {
    for (let k = to - 1; k >= from; k--) {
      if (!lines[k]!.blank && !lines[k]!.footer) return lines[k]!.end;
    }
    return null;
  };

  for (const section of sections) {
    const { first, last, annexStart } = section;
    const stack: (string | undefined)[] = [];
    const events: HeadingEvent[] = [];
    const docLabel = documentLabel(doc, section);
    let annex: string | null = null;
    const snapshot = (): string[] => [
      ...(section.subTitle ? [section.subTitle] : []),
      ...stack.filter((h): h is string => Boolean(h)),
    ];
    const setHeading = (level: number, label: string, offset: number): void => {
      stack[level] = label;
      stack.length = level + 1;
      events.push({ offset, headings: snapshot() });
    };
    const headingsAt = (offset: number): string[] => {
      let found: string[] = section.subTitle ? [section.subTitle] : [];
      for (const event of events) if (event.offset <= offset) found = event.headings;
      return found;
    };
    const nearestHeading = (headings: string[]): string | null => {
      const own = section.subTitle ? headings.slice(1) : headings;
      return own.length > 0 ? clip(own.at(-1)!, 80) : null;
    };
    const pageSuffix = (offset: number): string => {
      const page = pageAt(offset);
      return page !== null ? `s. ${page}` : '';
    };

    // ---- plain text regions -------------------------------------------------------------------------
    let regionStart: number | null = null;
    let regionEnd = 0;
    let regionContent = 0;
    // Headings met inside a region too short to stop at them ("VİZYON" over one sentence, then "TEMEL
    // DEĞERLER"): the chunk's headings name every one of them, so "vizyonu nedir?" finds the chunk.
    let innerHeadings: { offset: number; label: string }[] = [];
    const flushRegion = (): void => {
      if (regionStart !== null && regionContent > 0) {
        for (const span of packText(text, regionStart, regionEnd, TEXT_CHUNK)) {
          const inForce = headingsAt(span.start);
          const inside = innerHeadings.filter((h) => h.offset >= span.start && h.offset < span.end && !inForce.includes(h.label));
          // A chunk that opens on a heading line is located by that heading.
          const opening = innerHeadings.find((h) => h.offset === span.start)?.label;
          const nearest = opening ? clip(opening, 80) : nearestHeading(inForce);
          const sectionLabel = nearest && (annex === null || nearest !== clip(annex, 80)) ? nearest : null;
          // No "paragraf 185": a reader finds a passage by its annex, its heading and its printed page.
          const locator = [docLabel, annex, sectionLabel, pageSuffix(span.start)].filter(Boolean).join(', ');
          const loc: Locator = { document: docLabel, ...(annex ? { annex } : {}), ...(sectionLabel ? { section: sectionLabel } : {}) };
          push(span, 'text', section, [...inForce, ...new Set(inside.map((h) => h.label))], null, locator, loc);
        }
      }
      regionStart = null;
      regionContent = 0;
      innerHeadings = [];
    };
    const addToRegion = (line: Line, isContent: boolean): void => {
      if (regionStart === null) regionStart = line.start;
      regionEnd = line.end;
      if (isContent && !line.footer) regionContent += line.text.trim().length;
    };

    // ---- headings -----------------------------------------------------------------------------------
    const nextNonBlank = (i: number): number => {
      let k = i;
      while (k <= last && lines[k]!.blank) k++;
      return k;
    };
    /** An annex heading with the lines in capitals that continue it ("… GETİREN MEVZUATIN VEYA" / "… LİSTE"). */
    const readAnnexHeading = (i: number): { label: string; lastLine: number; named: boolean } => {
      const parts = [lines[i]!.text.trim()];
      let lastLine = i;
      // "EK-1" alone on its line is followed by the annex's name ("STAJ BAŞVURU FORMU"): one heading.
      const bareNumber = /^EK\s*[-–:]?\s*\d*\s*$/iu.test(parts[0]!);
      let named = isAnnexHeading(parts[0]!) && !bareNumber;
      for (let k = nextNonBlank(i + 1); !named && k <= last && k - lastLine <= 2 && parts.length < 4; k = nextNonBlank(k + 1)) {
        const t = lines[k]!.text.trim();
        const annexName = bareNumber && parts.length === 1 && t.split(/\s+/u).length <= 8 && !/[.:;]$/u.test(t);
        if (lines[k]!.tab || lines[k]!.footer || (/\p{Ll}/u.test(t) && !annexName) || (t.match(/\p{L}/gu)?.length ?? 0) < 6 || isAnnexLine(t)) break;
        parts.push(t);
        lastLine = k;
        // A bare "EK-1" takes the name printed under it, however many lines in capitals it runs over.
        named = isAnnexHeading(t) && !bareNumber;
      }
      const label = clip(parts.join(' ').replace(/\s*\[\d+\]\s*$/u, '').replace(/:$/u, ''), 140);
      return { label, lastLine, named: named || bareNumber };
    };
    /** Recognises a heading at line i; returns how many lines it takes, or 0. */
    const readHeading = (i: number): { level: number; label: string; lastLine: number; opensAnnex?: boolean } | null => {
      const t = lines[i]!.text.trim();
      if (annexStart !== null && i >= annexStart && !isFootnoteLine(t) && !lines[i]!.tab && (!/\p{Ll}/u.test(t) || isAnnexLine(t))) {
        const heading = readAnnexHeading(i);
        // "A – … CETVEL", "B – …": the lettered tables inside one annex, not annexes of their own.
        const subTable = /^\p{Lu}\s*[-–—.)]\s*\p{Lu}/u.test(t);
        if (i === annexStart || (heading.named && !subTable)) return { level: LEVEL.annex, label: heading.label, lastLine: heading.lastLine, opensAnnex: true };
      }
      if (isSectionLine(t)) {
        let label = normaliseSectionLabel(t);
        let lastLine = i;
        const titleLine = nextNonBlank(i + 1);
        const title = lines[titleLine];
        if (title && titleLine <= last && !title.tab && !title.footer && !captionOwner.has(titleLine) && !headers.has(titleLine)) {
          label += ` – ${title.text.trim()}`;
          lastLine = titleLine;
          const more = lines[titleLine + 1];
          if (more && titleLine + 1 <= last && !more.blank && !more.tab && endsWithConjunction(title.text) && !captionOwner.has(titleLine + 1)) {
            label += ` ${more.text.trim()}`;
            lastLine = titleLine + 1;
          }
        }
        return { level: LEVEL.section, label, lastLine };
      }
      if (isThemeLine(t)) return { level: LEVEL.theme, label: t.replace(/\s+/g, ' '), lastLine: i };
      const goal = isStrategicGoalLine(t);
      if (goal || isStrategicTargetLine(t)) {
        const descLine = nextNonBlank(i + 1);
        const desc = lines[descLine];
        const hasDesc = desc && descLine <= last && !desc.tab && !isStrategicGoalLine(desc.text) && !isStrategicTargetLine(desc.text) && !isThemeLine(desc.text);
        const label = hasDesc ? `${t} ${clip(desc.text, 140)}` : t;
        return { level: goal ? LEVEL.goal : LEVEL.target, label: label.replace(/\s+/g, ' '), lastLine: hasDesc ? descLine : i };
      }
      if (isAnnexLine(t)) return { level: LEVEL.annex, label: t, lastLine: i };
      if (genericHeadings) {
        const numbered = parseNumberedHeading(t);
        if (numbered) return { level: LEVEL.numbered + numbered.depth, label: t, lastLine: i };
        if (isCapsHeadingLine(t)) return { level: LEVEL.caps, label: t, lastLine: i };
      }
      return null;
    };

    // ---- articles -----------------------------------------------------------------------------------
    const endsArticle = (k: number): boolean => {
      const line = lines[k]!;
      if (line.blank || line.footer) return false;
      if (k === annexStart || captionOwner.has(k) || headers.has(k)) return true;
      const t = line.text.trim();
      return isSectionLine(t) || isAnnexLine(t) || isFootnoteLine(t) || isThemeLine(t);
    };
    const emitArticle = (i: number, header: ArticleHeader): number => {
      let j = i + 1;
      while (j <= last && !endsArticle(j)) j++;
      const caption = captions.get(i);
      const start = caption?.samePage ? lines[caption.firstLine]!.start : lines[i]!.start;
      const end = contentEnd(i, j) ?? lines[i]!.end;
      const captionText = caption?.text ?? header.inlineCaption ?? null;
      const headings = [...headingsAt(start), ...(captionText ? [captionText] : [])];
      const label = header.label;
      const locate = (offset: number, paragraphs: string): string => {
        const page = pageAt(offset);
        return `${docLabel}, ${label}${paragraphs}${page !== null ? `, s. ${page}` : ''}`;
      };
      const articleLoc: Locator = { document: docLabel, article: label, ...(captionText ? { caption: captionText } : {}) };
      if (end - start <= ARTICLE_MAX) {
        push({ start, end }, 'article', section, headings, label, locate(start, ''), articleLoc);
        return j;
      }
      const paragraphs = splitArticleParagraphs(lines, i, j, header, start).map((p) => ({ ...p, end: Math.min(p.end, end) }));
      // Greedy groups of whole paragraphs; a paragraph longer than the limit is packed on its own.
      const groups: { start: number; end: number; from: number; to: number }[] = [];
      for (const p of paragraphs) {
        const open = groups.at(-1);
        if (open && p.end - open.start <= ARTICLE_MAX) {
          open.end = p.end;
          open.to = p.n;
        } else {
          groups.push({ start: p.start, end: p.end, from: p.n, to: p.n });
        }
      }
      for (const group of groups) {
        const range = group.from === group.to ? `(${group.from})` : `(${group.from})-(${group.to})`;
        const spans =
          group.end - group.start > ARTICLE_MAX ? packText(text, group.start, group.end, { min: 600, max: ARTICLE_MAX }) : [group];
        for (const span of spans) {
          const trimmedEnd = contentEnd(lineIndexAt(span.start), lineIndexAt(Math.max(span.start, span.end - 1)) + 1) ?? span.end;
          const piece = { start: span.start, end: Math.min(span.end, Math.max(trimmedEnd, span.start + 1)) };
          // A piece of one long paragraph that opens at a lettered item is located at that item.
          const item = group.from === group.to && spans.length > 1 ? firstItemOf(text.slice(piece.start, piece.end)) : null;
          const loc: Locator = { ...articleLoc, paragraphs: [group.from, group.to], ...(item ? { item } : {}) };
          push(piece, 'paragraph', section, headings, label, locate(piece.start, `${range}${item ? `(${item})` : ''}`), loc);
        }
      }
      return j;
    };

    // ---- tables and label-led rows (chunk-tables.ts) -------------------------------------------------------
    const tables: TableContext = {
      lines, text, first, last, docLabel,
      get annex() {
        return annex;
      },
      headingsAt,
      nearestHeading,
      contentEnd,
      nextNonBlank,
      rowMax: ARTICLE_MAX,
      emit: (span, headings, locator, loc) => push(span, 'table-row', section, headings, null, locator, loc),
    };

    // ---- the walk -----------------------------------------------------------------------------------
    let i = first;
    while (i <= last) {
      const line = lines[i]!;
      if (line.blank) {
        i++;
        continue;
      }
      if (captionOwner.has(i)) {
        flushRegion();
        i = captionOwner.get(i)!;
        continue;
      }
      const header = headers.get(i);
      if (header) {
        flushRegion();
        i = emitArticle(i, header);
        continue;
      }
      // An empty cell in an annex's list (amendment tables of consolidated laws) does not cut the list into crumbs.
      if (line.tab && annex !== null && line.text.trim() === '') {
        if (regionStart !== null) addToRegion(line, false);
        i++;
        continue;
      }
      if (line.tab) {
        flushRegion();
        i = emitTable(tables, i);
        continue;
      }
      if (line.footer) {
        if (regionStart !== null) addToRegion(line, false);
        i++;
        continue;
      }
      const labelRun = labelRunAt(tables, i);
      if (labelRun.length > 0) {
        flushRegion();
        i = emitLabelRows(tables, labelRun);
        continue;
      }
      const heading = readHeading(i);
      if (heading) {
        // An annex never shares a chunk with what precedes it: its locator names the annex.
        if (regionContent >= MIN_REGION_CONTENT || (heading.opensAnnex && regionContent > 0)) flushRegion();
        if (heading.opensAnnex) annex = heading.label;
        setHeading(heading.level, heading.label, regionStart ?? line.start);
        innerHeadings.push({ offset: line.start, label: heading.label });
        // An annex's heading is its content too: an annex printed as a title alone still gets its chunk.
        for (let k = i; k <= heading.lastLine; k++) if (!lines[k]!.blank) addToRegion(lines[k]!, heading.opensAnnex === true);
        i = heading.lastLine + 1;
        continue;
      }
      if (isFootnoteLine(line.text) && stack[LEVEL.annex] !== 'Dipnotlar') {
        if (regionContent > 0) flushRegion();
        setHeading(LEVEL.annex, 'Dipnotlar', line.start);
        annex = 'Dipnotlar';
      }
      addToRegion(line, true);
      i++;
    }
    flushRegion();
  }
  return chunks;
}
