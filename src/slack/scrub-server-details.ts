/** Node's system error codes in words a Slack user can act on (the raw "EISDIR: illegal operation…" is not). */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'dosya ya da klasör bulunamadı',
  EISDIR: 'dosya beklenen yerde bir klasör var',
  ENOTDIR: 'klasör beklenen yerde bir dosya var',
  EACCES: 'sunucuda erişim izni yok',
  EPERM: 'sunucuda işlem izni yok',
  ENOSPC: 'sunucunun diski dolu',
  EDQUOT: 'sunucudaki disk kotası dolu',
  EROFS: 'sunucudaki disk salt okunur',
  ENAMETOOLONG: 'dosya adı çok uzun',
  EMFILE: 'sunucuda çok fazla açık dosya var',
  EEXIST: 'aynı adda bir dosya zaten var',
  EBUSY: 'dosya başka bir işlem tarafından kullanılıyor',
  ECONNREFUSED: 'bir sunucu bağlantıyı reddetti',
  ETIMEDOUT: 'bir bağlantı zaman aşımına uğradı',
  ECONNRESET: 'bir bağlantı koptu',
};

// An absolute POSIX path (two segments or more) or a Windows drive path, up to a quote, space or bracket.
const ABSOLUTE_PATH = /(?:[A-Za-z]:\\|(?<![\w.:/])\/(?=[^\s/]+\/))[^\s'"`()<>,;]*/g;
const ERRNO_PREFIX = /\b(E[A-Z]{3,15}):[^()]*?(?=$|[()]|\.\s)/g;

/**
 * What may go into a Slack message about a failure: no server paths (`/srv/kurum/data/feedback.jsonl` becomes
 * `feedback.jsonl`), no raw system errors (`EISDIR: illegal operation on a directory, open …` becomes "dosya
 * beklenen yerde bir klasör var"). For ordinary users and admins alike; the log keeps the full detail.
 */
export function scrubServerDetails(text: string): string {
  return text
    .replace(ERRNO_PREFIX, (_m, code: string) => SYSTEM_ERRORS[code] ?? `sistem hatası (${code})`)
    .replace(ABSOLUTE_PATH, (p) => {
      const base = p.split(/[\\/]/).filter(Boolean).pop() ?? '';
      return base ? `…/${base}` : '(sunucu yolu)';
    });
}
