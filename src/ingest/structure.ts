/**
 * Line-level recognisers for the structure of Turkish legal and planning documents: articles (madde),
 * sections (bölüm), themes and strategic goals, annexes and footnotes. Each looks at one cleaned line.
 */

export interface ArticleHeader {
  /** Normalised label: "Madde 4", "Ek Madde 6", "Geçici Madde 4", "Ek Geçici Madde 1", "Madde 43/A". */
  label: string;
  /** Number of the paragraph that starts on the header line ("MADDE 4 – (1) …" → 1), else null. */
  firstParagraph: number | null;
  /** The line holds the label and nothing else ("Geçici Madde 7"): an article only if text follows it. */
  bare: boolean;
  /** The article number without prefixes (4 for "Geçici Madde 4"). */
  number: number;
  /** True for "Madde N" of the body (no Ek/Geçici prefix, no "/A" suffix). */
  main: boolean;
  /** A caption printed on the header's own line ("Amaç MADDE 1 – …" → "Amaç"), else null. */
  inlineCaption?: string | null;
}

// "MADDE 4 –", "MADDE 1-", "Madde 9-", "MADDE 1.", "Madde 1:", "Madde 2 :", "MADDE  1  − (1)", "Madde 6 (Başlık)",
// "Ek Madde 6 –", "Geçici Madde 4-", "EK GEÇİCİ MADDE 1 –", "Madde 43/A –", "MADDE-5-", a bare "Geçici Madde 7".
const DASH = '[-–—−‐‑―]';
// OCR leaves marks before a header ("• MADDE 1 –", "| MADDE 2 –"); a two-column print can put the caption on
// the header's line ("Amaç MADDE 1 – (1) …": capitalised words, then MADDE in capitals and a dash).
const LEAD = '[ \\t•·|*>\'"“”]*';
const NOT_PREFIX = '(?!(?:EK|GEÇİCİ|Ek|Geçici|MADDE)\\s)';
const INLINE_CAPTION =
  '(?:(' + NOT_PREFIX + '\\p{Lu}[\\p{L}\'’]*(?:[ ,]+' + NOT_PREFIX + '[\\p{L}\'’]+){0,6})\\s+(?=(?:(?:EK|GEÇİCİ)\\s+)*MADDE\\s*\\d{1,4}\\s*' + DASH + '))?';
const ARTICLE_HEADER = new RegExp(
  '^' + LEAD + INLINE_CAPTION + '((?:(?:Ek|EK|Geçici|GEÇİCİ|Mükerrer|MÜKERRER)\\s+)*)(?:MADDE|Madde)\\s*' + DASH + '?\\s*(\\d{1,4})' +
    '(?:\\s*/\\s*([A-ZÇĞİÖŞÜ])(?![\\p{L}]))?()' +
    '(?:\\s*' + DASH + '|\\s*[.:](?!\\d)|\\s*(?=\\()|\\s*$)\\s*(?:\\((\\d{1,2})\\))?',
  'du',
);

export function parseArticleHeader(line: string): ArticleHeader | null {
  // Every line of every document is asked, several times; the header regex needs one of these words, and
  // its optional inline caption is slow to fail on a line in capitals without them.
  if (!line.includes('MADDE') && !line.includes('Madde')) return null;
  const found = ARTICLE_HEADER.exec(line);
  if (!found) return null;
  // Group 1 is the inline caption; the rest as if the header opened the line.
  const inlineCaption = found[1]?.trim() || null;
  const match = [found[0], ...found.slice(2)] as unknown as RegExpExecArray;
  match.indices = found.indices && ([found.indices[0], ...found.indices.slice(2)] as unknown as RegExpIndicesArray);
  const prefix = match[1]!
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const folded = word.toLocaleLowerCase('tr-TR');
      return folded === 'ek' ? 'Ek' : folded === 'mükerrer' ? 'Mükerrer' : 'Geçici';
    });
  const suffix = match[3] ? `/${match[3]}` : '';
  return {
    label: [...prefix, 'Madde', `${match[2]!}${suffix}`].join(' '),
    firstParagraph: match[5] ? Number(match[5]) : null,
    bare: line.slice(match.indices![4]![0]).trim() === '',
    number: Number(match[2]),
    main: prefix.length === 0 && !suffix,
    inlineCaption,
  };
}

/** "(2) …" at the start of a line: a numbered paragraph (fıkra) in the MEB style. */
export function parseParagraphNumber(line: string): number | null {
  const match = /^[ \t]*\((\d{1,2})\)\s/u.exec(line);
  return match ? Number(match[1]) : null;
}

/** "2. …" at the start of a line: a paragraph numbered the older way ("1. Danıştay, …"). */
export function parseDottedParagraphNumber(line: string): number | null {
  const match = /^[ \t]*(\d{1,2})\.\s+(?=[\p{L}(\d])/u.exec(line);
  return match ? Number(match[1]) : null;
}

/** The lettered item a line opens ("c) …" → "c"), else null. */
export function listItemLetter(line: string): string | null {
  const match = /^[ \t]*([a-zçğıöşü]{1,2})\)\s/u.exec(line);
  return match ? match[1]! : null;
}

/** "a) …", "ç) …": a sub-item (bent), not a paragraph of its own. */
export function isListItem(line: string): boolean {
  return /^[ \t]*[a-zçğıöşü]{1,2}\)\s/u.test(line);
}

/** A line holding only a number: the printed page number in a PDF footer. */
export function isPageNumberLine(line: string): boolean {
  return /^\s*\d{1,5}\s*$/u.test(line);
}

// "BİRİNCİ BÖLÜM", "I.BÖLÜM", "II. BÖLÜM", "V: BÖLÜM", "İKİNCİ KISIM", "Birinci Bölüm".
const SECTION = /^(?:[IVXLC]+\s*[.:]?\s*|[A-ZÇĞİÖŞÜ]+\s+|(?:Birinci|İkinci|Üçüncü|Dördüncü|Beşinci|Altıncı|Yedinci|Sekizinci|Dokuzuncu|Onuncu)\s+)(?:BÖLÜM|KISIM|Bölüm|Kısım)\s*$/u;
export function isSectionLine(line: string): boolean {
  return SECTION.test(line.trim());
}

export function isThemeLine(line: string): boolean {
  return /^TEMA\s*:/u.test(line.trim());
}

export function isStrategicGoalLine(line: string): boolean {
  // (?!\p{L}), not \b: JavaScript's \b knows only ASCII letters, and "Amaç" ends in one it does not.
  return /^(?:\d+\.\s*)?Stratejik\s+Amaç(?!\p{L})/iu.test(line.trim()) && line.trim().length < 60;
}

export function isStrategicTargetLine(line: string): boolean {
  return /^(?:\d+(?:\.\d+)*\.?\s*)?Stratejik\s+[Hh]edef\b/u.test(line.trim()) && line.trim().length < 60;
}

/** "1 SAYILI CETVEL …", a lone "Ek" / "EK-1" line, "EK-2: Başvuru Formu", "Ek 3 – Taahhütname": an annex. */
export function isAnnexLine(line: string): boolean {
  const t = line.trim();
  if (/^\d+\s*SAYILI\s+CETVEL/iu.test(t) || /^EK\s*(?:[-–:]?\s*\(?\d+\)?)?\s*$/iu.test(t)) return true;
  // "FORM-1", "Form 2: Taahhütname": forms are printed after the articles, never inside one.
  if (/^(?:FORM|Form)\s*[-–:.]?\s*\d{1,2}\b[^\n]{0,80}$/u.test(t) && !/[.;]$/u.test(t)) return true;
  // "EK-1 Başvuru Formu", "Ek 2: Taahhütname" — a numbered annex with its name, never an article ("Ek Madde 1").
  return /^(?:EK|Ek)\s*[-–:.]?\s*\d{1,2}\s*[-–:.)]?\s*(?!Madde|MADDE)\p{L}[^\n]{0,80}$/u.test(t) && !/[.;]$/u.test(t);
}

const ANNEX_WORD =
  /(?<!\p{L})(?:liste(?:si)?|cetvel(?:i)?|tablo(?:su)?|çizelge(?:si)?|form(?:u)?|ekler(?:i)?|örne(?:k|ği)|hükümler(?:i)?)(?!\p{L})/u;

/**
 * A heading in capitals that opens material after the articles: "… YÜRÜRLÜĞE GİRİŞ TARİHİNİ GÖSTERİR LİSTE",
 * "… SAYILI KANUNA İŞLENEMEYEN HÜKÜMLER", "… İLGİLİ TABLO", or an annex line.
 */
export function isAnnexHeading(line: string): boolean {
  const t = line.trim();
  if (isAnnexLine(t)) return true;
  // Most lines are prose: once the lower-case letters pass a tenth of the line's length they pass a tenth
  // of its letters too, and the line is no heading — without counting every letter of every line.
  if (lowerCaseAbove(t, t.length * 0.1)) return false;
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const lower = t.match(/\p{Ll}/gu)?.length ?? 0;
  if (letters < 8 || lower > letters * 0.1 || line.startsWith('\t') || parseArticleHeader(t)) return false;
  return ANNEX_WORD.test(t.toLocaleLowerCase('tr-TR'));
}

/** Whether `text` holds more than `limit` lower-case letters, counting only the common ones (a lower bound). */
function lowerCaseAbove(text: string, limit: number): boolean {
  let lower = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || c === 0xe7 || c === 0x11f || c === 0x131 || c === 0xf6 || c === 0x15f || c === 0xfc) {
      if (++lower > limit) return true;
    }
  }
  return false;
}

/** "([1]) …" (a regulation saved from the web) or "[1] …" (consolidated law texts): a footnote. */
export function isFootnoteLine(line: string): boolean {
  return /^\s*(?:\(\[\d+\]\)|\[\d+\]\s)/u.test(line);
}

/** Words joined in a line ending with these continue on the next line ("… Görev ve" / "Sorumlulukları"). */
export function endsWithConjunction(line: string): boolean {
  return /(?:\s|^)(?:ve|ile|veya|ya da|,)$/u.test(line.trim()) || line.trim().endsWith(',');
}

/**
 * An article caption ("Amaç ve kapsam", "Yeniden Hizmete Alınma"): a short line without sentence
 * punctuation at its end, not a paragraph, list item, page number or footnote.
 */
export function isCaptionCandidate(line: string): boolean {
  const t = line.trim();
  if (t.length < 3 || t.length > 110 || line.startsWith('\t')) return false;
  // "Avukatlığın amacı:" — consolidated law texts end captions with a colon.
  if (/[.;,)]$/u.test(t) || /^[("“«-]/u.test(t)) return false;
  if (t.endsWith(':') && (t.endsWith('::') || t.split(/\s+/).length > 8)) return false;
  // "Kabul Tarihi : 19/3/1969", "Sayı: 12": a label and its value, not a caption.
  if (/:(?!$)/u.test(t)) return false;
  // "II. Cumhuriyetin nitelikleri", "A. Hizmete girme", "1. Genel ilkeler": numbered captions of a constitution.
  const bare = t.replace(/^(?:[IVXLC]+|[A-ZÇĞİÖŞÜ]|\d{1,2})\.\s+(?=\p{L})/u, '');
  if (/^\d/u.test(bare)) return false;
  if (isListItem(bare) || isSectionLine(t) || parseArticleHeader(t) || isFootnoteLine(t)) return false;
  if (bare.split(/\s+/).length > 14) return false;
  return /^\p{L}/u.test(bare);
}

/** "BİRİNCİ BÖLÜM" → "BİRİNCİ BÖLÜM"; "I.BÖLÜM" → "I. BÖLÜM". */
export function normaliseSectionLabel(line: string): string {
  return line.trim().replace(/^([IVXLC]+)\s*[.:]?\s*BÖLÜM$/u, '$1. BÖLÜM');
}

const UPPER_LETTERS = /\p{Lu}/gu;
const LOWER_LETTERS = /\p{Ll}/gu;

/** A line in capitals ("GİRİŞ", "2021 YILI İSTİHDAM FAALİYETLERİ KAPSAMINDA"), short enough to be a title. */
export function isCapsHeadingLine(line: string): boolean {
  const t = line.trim();
  if (t.length < 4 || t.length > 110 || line.startsWith('\t') || !/^[\p{L}\d]/u.test(t)) return false;
  const upper = t.match(UPPER_LETTERS)?.length ?? 0;
  const lower = t.match(LOWER_LETTERS)?.length ?? 0;
  if (upper < 4 || lower > upper / 10) return false;
  if (/[.;,]$/u.test(t) || /\d[\d.,]{3,}/u.test(t)) return false;
  // Figures after the first word ("YÖNETİCİLER 13 20 33", "TARIM 0 0 0") make a table row, not a title.
  if (t.split(/\s+/).slice(1).some((word) => /^[\d%,.\-–]+$/u.test(word))) return false;
  return true;
}

/** "1. İLİN SOSYO-EKONOMİK YAPISI", "1.1 Nüfus", "Tablo 3: Göç Durumu": numbered report headings. */
export function parseNumberedHeading(line: string): { depth: number } | null {
  const t = line.trim();
  if (t.length > 100 || line.startsWith('\t') || /[.;,:]$/u.test(t)) return null;
  if (/^Tablo\s+\d+\s*[:.-]\s*\p{L}/u.test(t)) return { depth: 4 };
  const match = /^(\d{1,2}(?:\.\d{1,2}){0,2})\.?\s+(\p{Lu}[\p{L}\s\-–,()/']{2,})$/u.exec(t);
  if (!match) return null;
  // A table row such as "1 Merkez 60.938 …" has figures after the label; the regex refuses digits there.
  const depth = match[1]!.split('.').length;
  return { depth };
}
